package org.gtmplan.lang.ui.editor;

import java.util.List;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.gtmplan.lang.ide.editing.PlanEditing;
import org.gtmplan.lang.ide.editing.PlanEditing.Completion;
import org.gtmplan.lang.ui.GtmUiPlugin;

/** Ctrl+Space: the language server's completion list at the caret, each item a replacement. */
class GtmContentAssistProcessor implements IContentAssistProcessor {

    private final GtmEditor editor;

    GtmContentAssistProcessor(GtmEditor editor) {
        this.editor = editor;
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        List<Completion> completions = editor.withPlan(plan -> GtmUiPlugin.get(PlanEditing.class).completions(plan, offset));
        if (completions == null) {
            return new ICompletionProposal[0];
        }
        return completions.stream().map(c -> new CompletionProposal(c.replacement().text(), c.replacement().offset(),
                c.replacement().length(), c.cursor() - c.replacement().offset(), null,
                c.detail() == null || c.detail().isBlank() ? c.label() : c.label() + " - " + c.detail(), null, null))
                .toArray(ICompletionProposal[]::new);
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] { '.' };
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
