package org.gtmplan.lang.ui.quickfix;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.gtmplan.lang.ide.editing.PlanEditing.Fix;
import org.gtmplan.lang.ide.editing.Replacement;

/** A quick-fix in the Ctrl+1 list: applies the fix's replacements to the document. */
public class FixProposal implements ICompletionProposal {

    private final Fix fix;

    public FixProposal(Fix fix) {
        this.fix = fix;
    }

    public Fix fix() {
        return fix;
    }

    /** Applies {@code fix}'s replacements (last first, so the offsets stay valid) to {@code document}. */
    public static void apply(Fix fix, IDocument document) {
        try {
            for (Replacement replacement : fix.replacements()) {
                document.replace(replacement.offset(), replacement.length(), replacement.text());
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException("the fix " + fix.label() + " does not fit the document", e);
        }
    }

    @Override
    public void apply(IDocument document) {
        apply(fix, document);
    }

    @Override
    public Point getSelection(IDocument document) {
        return null;
    }

    /** What the fix writes, so the reader sees the change before choosing it. */
    @Override
    public String getAdditionalProposalInfo() {
        StringBuilder info = new StringBuilder(fix.label()).append(" [").append(fix.code()).append("]");
        java.util.List<Replacement> inOrder = new java.util.ArrayList<>(fix.replacements());
        java.util.Collections.reverse(inOrder);
        for (Replacement replacement : inOrder) {
            String text = replacement.text().strip();
            info.append("\n\n").append(replacement.length() == 0 ? "Inserts:" : text.isEmpty() ? "Removes text." : "Writes:");
            if (!text.isEmpty()) {
                info.append('\n').append(text.indent(4).stripTrailing());
            }
        }
        return info.toString();
    }

    @Override
    public String getDisplayString() {
        return fix.label();
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public IContextInformation getContextInformation() {
        return null;
    }
}
