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
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.gtmplan.cli.PlanFiles.PlanFile;
import org.gtmplan.lang.issues.GtmIssueCodes;
import org.gtmplan.lang.validation.GtmResourceValidator;
import org.gtmplan.lang.validation.ValidationOptions;

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
    /** The files that could not be loaded or checked because of a defect of ours, with the one diagnostic each gets. */
    private final Map<Resource, Diagnostic> failures = new java.util.HashMap<>();

    /** Loads every file into one resource set, checked without options (no as-of day). */
    public void load(List<PlanFile> planFiles) {
        load(planFiles, ValidationOptions.DEFAULT);
    }

    /**
     * Loads every file into one resource set, which the index then sees whole; its checks read
     * {@code options} (the as-of day), which travel with that set.
     */
    public void load(List<PlanFile> planFiles, ValidationOptions options) {
        resourceSet = resourceSets.get();
        resourceSet.addLoadOption(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
        options.attachTo(resourceSet);
        for (PlanFile file : planFiles) {
            URI uri = URI.createFileURI(file.path().toAbsolutePath().normalize().toString());
            Resource resource = resourceSet.createResource(uri);
            try {
                resource.load(new ByteArrayInputStream(file.text().getBytes(StandardCharsets.UTF_8)),
                        resourceSet.getLoadOptions());
            } catch (IOException | RuntimeException e) {
                // A defect of ours (the text is in memory and decoded already): this file gets one
                // internal error and is left out of the set, the other files are still checked.
                resourceSet.getResources().remove(resource);
                failures.put(resource, internalError(file, "reading the file", e));
            }
            files.put(resource, file);
        }
    }

    public PlanFile fileOf(Resource resource) {
        return files.get(resource);
    }

    /** The internal error that stopped this file from being read or checked, or null. */
    public Diagnostic failureOf(Resource resource) {
        return failures.get(resource);
    }

    /** The syntax errors of one file, as diagnostics (formatting refuses such a file). */
    public List<Diagnostic> syntaxErrors(Resource resource) {
        PlanFile file = files.get(resource);
        if (failures.containsKey(resource)) {
            return List.of(failures.get(resource));
        }
        List<Diagnostic> result = new ArrayList<>();
        List<Issue> issues = validate(resource, file, CheckMode.NORMAL_AND_FAST);
        if (failures.containsKey(resource)) {
            return List.of(failures.get(resource));
        }
        for (Issue issue : issues) {
            if (GtmIssueCodes.SYNTAX.equals(issue.getCode())) {
                result.add(toDiagnostic(file, issue));
            }
        }
        return result;
    }

    /**
     * Lets the loaded files' models go, keeping each resource (it names its file in messages): their
     * contents, node models, diagnostics, lazy links and caches. Nothing may read the models afterwards.
     * Not {@link Resource#unload()}: it turns every element into a proxy first, which cost more than
     * it saved (100,000 tasks with -Xmx1g: 15.2 to 16.1 s against 11.9 s; docs/performance.md).
     */
    public void releaseModels() {
        for (Resource resource : files.keySet()) {
            resource.eAdapters().clear(); // caches of the model (names, descriptions, scopes)
            resource.getContents().clear();
            resource.getErrors().clear();
            resource.getWarnings().clear();
            if (resource instanceof LazyLinkingResource linking) {
                linking.clearLazyProxyInformation();
            }
            if (resource instanceof XtextResource xtext) {
                xtext.setParseResult(null);
            }
        }
    }

    public List<Resource> resources() {
        return Collections.unmodifiableList(new ArrayList<>(files.keySet()));
    }

    /** Every diagnostic of every loaded file, in reading order. */
    public List<Diagnostic> validate() {
        List<Diagnostic> result = new ArrayList<>();
        for (Map.Entry<Resource, PlanFile> entry : files.entrySet()) {
            if (failures.containsKey(entry.getKey())) {
                result.add(failures.get(entry.getKey()));
                continue;
            }
            for (Issue issue : validate(entry.getKey(), entry.getValue(), CheckMode.ALL)) {
                result.add(toDiagnostic(entry.getValue(), issue));
            }
        }
        result.sort(Diagnostic.READING_ORDER);
        return result;
    }

    /** The issues of one file; an exception while checking it (a defect of ours) is one internal error of that file. */
    private List<Issue> validate(Resource resource, PlanFile file, CheckMode mode) {
        try {
            return validator.validate(resource, mode, CancelIndicator.NullImpl);
        } catch (RuntimeException e) {
            failures.put(resource, internalError(file, "checking the file", e));
            return List.of(GtmResourceValidator.internalError(resource, "checking the file", e));
        }
    }

    /** {@code path:1:1: error [internal] Internal error in ...: the exception; please report it with this file}. */
    static Diagnostic internalError(PlanFile file, String during, Throwable exception) {
        return new Diagnostic(file.displayName(), 1, 1, 1, 2, Diagnostic.Severity.ERROR, GtmIssueCodes.INTERNAL,
                oneLine(GtmResourceValidator.describe(during, exception)));
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
