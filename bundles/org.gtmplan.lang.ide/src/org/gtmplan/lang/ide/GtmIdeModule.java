package org.gtmplan.lang.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.gtmplan.lang.ide.contentassist.GtmContentProposalProvider;
import org.gtmplan.lang.ide.contentassist.GtmCrossrefProposalProvider;
import org.gtmplan.lang.ide.hover.GtmHoverService;
import org.gtmplan.lang.ide.outline.GtmSymbolDetails;
import org.gtmplan.lang.ide.outline.GtmSymbolKinds;
import org.gtmplan.lang.ide.outline.GtmSymbolNames;
import org.gtmplan.lang.ide.quickfix.GtmCodeActionService;
import org.gtmplan.lang.ide.quickfix.GtmQuickfixProvider;

/**
 * The editor-neutral services: what the language server and the Eclipse editor share.
 */
public class GtmIdeModule extends AbstractGtmIdeModule {

    public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
        return GtmQuickfixProvider.class;
    }

    public Class<? extends ICodeActionService2> bindICodeActionService2() {
        return GtmCodeActionService.class;
    }

    public Class<? extends IHoverService> bindIHoverService() {
        return GtmHoverService.class;
    }

    public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
        return GtmCrossrefProposalProvider.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
        return GtmSymbolNames.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
        return GtmSymbolKinds.class;
    }

    public Class<? extends DocumentSymbolMapper.DocumentSymbolDetailsProvider> bindDocumentSymbolDetailsProvider() {
        return GtmSymbolDetails.class;
    }

    public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
        return GtmContentProposalProvider.class;
    }
}
