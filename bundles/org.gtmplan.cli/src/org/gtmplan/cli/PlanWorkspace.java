package org.gtmplan.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.gtmplan.cli.PlanFiles.PlanFile;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Loads a set of plan files together, so that a library in one file serves the plans in the
 * others, and validates each of them with the same checks the editor runs.
 */
public class PlanWorkspace {

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceValidator validator;

    private XtextResourceSet resourceSet;
    // In load order, so every command reports files in the order it was given them.
    private final Map<Resource, PlanFile> files = new java.util.LinkedHashMap<>();

    /** Loads every file into one resource set; the index then sees all of them. */
    public void load(List<PlanFile> planFiles) {
        resourceSet = resourceSets.get();
        resourceSet.addLoadOption(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
        for (PlanFile file : planFiles) {
            URI uri = URI.createFileURI(file.path().toAbsolutePath().normalize().toString());
            Resource resource = resourceSet.createResource(uri);
            try {
                resource.load(new ByteArrayInputStream(file.text().getBytes(StandardCharsets.UTF_8)),
                        resourceSet.getLoadOptions());
            } catch (IOException e) {
                throw new IllegalStateException("cannot parse " + file.displayName(), e);
            }
            files.put(resource, file);
        }
    }

    public PlanFile fileOf(Resource resource) {
        return files.get(resource);
    }

    /** The syntax errors of one file, as diagnostics (formatting refuses such a file). */
    public List<Diagnostic> syntaxErrors(Resource resource) {
        PlanFile file = files.get(resource);
        List<Diagnostic> result = new ArrayList<>();
        for (Issue issue : validator.validate(resource, CheckMode.NORMAL_AND_FAST, CancelIndicator.NullImpl)) {
            if (org.gtmplan.lang.validation.GtmIssueCodes.SYNTAX.equals(issue.getCode())) {
                result.add(toDiagnostic(file, issue));
            }
        }
        return result;
    }

    public List<Resource> resources() {
        return Collections.unmodifiableList(new ArrayList<>(files.keySet()));
    }

    /** Every diagnostic of every loaded file, in reading order. */
    public List<Diagnostic> validate() {
        List<Diagnostic> result = new ArrayList<>();
        for (Map.Entry<Resource, PlanFile> entry : files.entrySet()) {
            List<Issue> issues = validator.validate(entry.getKey(), CheckMode.ALL, CancelIndicator.NullImpl);
            for (Issue issue : issues) {
                result.add(toDiagnostic(entry.getValue(), issue));
            }
        }
        result.sort(Diagnostic.READING_ORDER);
        return result;
    }

    private static Diagnostic toDiagnostic(PlanFile file, Issue issue) {
        Diagnostic.Severity severity = switch (issue.getSeverity()) {
            case ERROR -> Diagnostic.Severity.ERROR;
            case WARNING -> Diagnostic.Severity.WARNING;
            default -> Diagnostic.Severity.INFO;
        };
        int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
        int column = issue.getColumn() == null ? 1 : issue.getColumn();
        int endLine = issue.getLineNumberEnd() == null ? line : issue.getLineNumberEnd();
        int endColumn = issue.getColumnEnd() == null ? column + Math.max(1, lengthOf(issue)) : issue.getColumnEnd();
        String code = issue.getCode() == null ? "syntax" : issue.getCode();
        return new Diagnostic(file.displayName(), line, column, endLine, endColumn, severity, code, oneLine(issue.getMessage()));
    }

    private static int lengthOf(Issue issue) {
        return issue.getLength() == null ? 1 : issue.getLength();
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replace('\n', ' ').replace('\r', ' ');
    }

    /** Line {@code line} (1-based) of the file shown as {@code displayName}, without its line break; null when there is none. */
    public String sourceLine(String displayName, int line) {
        for (PlanFile file : files.values()) {
            if (file.displayName().equals(displayName)) {
                String[] lines = file.text().split("\\R", -1);
                return line >= 1 && line <= lines.length ? lines[line - 1] : null;
            }
        }
        return null;
    }
}
