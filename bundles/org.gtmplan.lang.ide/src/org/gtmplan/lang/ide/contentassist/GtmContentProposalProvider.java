package org.gtmplan.lang.ide.contentassist;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.gtmplan.lang.services.GtmGrammarAccess;

import com.google.inject.Inject;

/**
 * Content assist in a plan author's terms: the keywords that the grammar accepts at the
 * position (not the ones a name may also spell: any keyword can be a name), the known metrics
 * after {@code target} and {@code expects}, and snippets for the declarations people write most.
 */
public class GtmContentProposalProvider extends IdeContentProposalProvider {

    /** The metrics of language.md §3; any other name is allowed, these are the ones to suggest. */
    static final List<String> METRICS = List.of("volume", "revenue", "leads", "opportunities", "conversion", "share", "arr", "nps");

    private static final Map<String, String> SNIPPETS = Map.of(
            "milestone", "milestone ${1:name} \"${2:Title}\" at ${3:T}",
            "gate", "gate ${1:GR2} \"${2:Title}\" at ${3:T-150d} decidedBy ${4:owner} {\n    criterion ${5:name} \"${6:What must be true}\"\n}",
            "task", "task ${1:name} \"${2:Title}\" due ${3:T-30d}",
            "workstream", "workstream ${1:name} \"${2:Title}\" pillar ${3|product,price,place,promotion|} owner ${4:owner} {\n    $0\n}");

    @Inject
    private GtmGrammarAccess grammar;

    @Override
    protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
        AbstractRule rule = GrammarUtil.containingRule(keyword);
        // A keyword reached through the Name rule is a name that happens to be spelled like a keyword.
        if (rule == grammar.getKeywordRule() || rule == grammar.getCurrencyCodeRule()) {
            return false;
        }
        return super.filterKeyword(keyword, context);
    }

    @Override
    protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        super._createProposals(keyword, context, acceptor);
        String snippet = SNIPPETS.get(keyword.getValue());
        if (snippet != null && filterKeyword(keyword, context) && keyword.getValue().startsWith(context.getPrefix())) {
            ContentAssistEntry entry = new ContentAssistEntry();
            entry.setPrefix(context.getPrefix());
            entry.setProposal(snippet);
            entry.setLabel(keyword.getValue() + " …");
            entry.setDescription("a new " + keyword.getValue());
            entry.setKind(ContentAssistEntry.KIND_SNIPPET);
            acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
        }
    }

    @Override
    protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        if (assignment.getTerminal() instanceof RuleCall call && call.getRule() == grammar.getMetricRule()) {
            for (String metric : METRICS) {
                ContentAssistEntry entry = getProposalCreator().createProposal(metric, context);
                if (entry != null) {
                    entry.setKind(ContentAssistEntry.KIND_VALUE);
                    acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
                }
            }
            return;
        }
        super._createProposals(assignment, context, acceptor);
    }
}
