package org.gtmplan.lang.ui.editor;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** A problem of the text as you type: one validation issue, drawn as an error, warning or info. */
public class GtmAnnotation extends Annotation {

    public static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
    public static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";
    public static final String INFO = "org.eclipse.ui.workbench.texteditor.info";

    private final Issue issue;

    public GtmAnnotation(Issue issue) {
        super(typeOf(issue.getSeverity()), false, "[" + (issue.getCode() == null ? "syntax" : issue.getCode()) + "] " + issue.getMessage());
        this.issue = issue;
    }

    public Issue issue() {
        return issue;
    }

    /** The issue code, as {@code gtm validate} prints it. */
    public String code() {
        return issue.getCode() == null ? "syntax" : issue.getCode();
    }

    private static String typeOf(Severity severity) {
        return switch (severity) {
            case ERROR -> ERROR;
            case WARNING -> WARNING;
            default -> INFO;
        };
    }
}
