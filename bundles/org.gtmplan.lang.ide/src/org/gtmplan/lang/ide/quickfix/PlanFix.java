package org.gtmplan.lang.ide.quickfix;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;

/**
 * One quick-fix offered for one diagnostic: a label and the text edits it makes. The Eclipse
 * editor, the language server and {@code gtm fix} all apply these same edits.
 */
public final class PlanFix {

    /** Computes a fix's edits; no edit means the fix does not apply to this diagnostic. */
    @FunctionalInterface
    interface Edits {
        List<TextEdit> compute(FixContext context);
    }

    private final String label;
    private final Edits edits;
    private final org.gtmplan.lang.dates.DateResolver dateResolver;

    PlanFix(String label, Edits edits, org.gtmplan.lang.dates.DateResolver dateResolver) {
        this.label = label;
        this.edits = edits;
        this.dateResolver = dateResolver;
    }

    public String label() {
        return label;
    }

    /** The edits for {@code diagnostic} in {@code resource}, whose text is {@code document}; empty when it does not apply. */
    public List<TextEdit> edits(Diagnostic diagnostic, XtextResource resource, Document document) {
        return edits.compute(new FixContext(diagnostic, resource, document, dateResolver));
    }
}
