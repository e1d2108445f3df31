package org.gtmplan.lang.ui.quickfix;

import java.util.List;

import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.gtmplan.lang.ide.editing.PlanEditing;
import org.gtmplan.lang.ui.GtmUiPlugin;
import org.gtmplan.lang.ui.editor.GtmAnnotation;
import org.gtmplan.lang.ui.editor.GtmEditor;

/** Ctrl+1: the quick-fixes of the problems at the caret, exactly those {@code gtm fix} applies. */
public class GtmQuickAssistProcessor implements IQuickAssistProcessor {

    private final GtmEditor editor;

    public GtmQuickAssistProcessor(GtmEditor editor) {
        this.editor = editor;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public boolean canFix(Annotation annotation) {
        return annotation instanceof GtmAnnotation gtm && FixableCodes.contains(gtm.code());
    }

    @Override
    public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
        return false;
    }

    @Override
    public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
        List<PlanEditing.Fix> fixes = editor.withPlan(plan -> GtmUiPlugin.get(PlanEditing.class).fixesAt(plan, context.getOffset()));
        return fixes == null ? new ICompletionProposal[0] : fixes.stream().map(FixProposal::new).toArray(ICompletionProposal[]::new);
    }
}
