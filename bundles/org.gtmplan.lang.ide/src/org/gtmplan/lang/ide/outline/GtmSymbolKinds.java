package org.gtmplan.lang.ide.outline;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolKindProvider;
import org.gtmplan.lang.gtm.GtmPackage;

/** Symbol kinds an editor draws distinct icons for: dated elements as events, work as methods, people as fields. */
public class GtmSymbolKinds extends DocumentSymbolKindProvider {

    @Override
    protected SymbolKind getSymbolKind(EClass type) {
        GtmPackage gtm = GtmPackage.eINSTANCE;
        if (type == gtm.getPlan()) {
            return SymbolKind.Module;
        } else if (type == gtm.getLibrary()) {
            return SymbolKind.Namespace;
        } else if (type == gtm.getMilestone() || type == gtm.getActivity() || type == gtm.getMeeting()) {
            return SymbolKind.Event;
        } else if (type == gtm.getGate()) {
            return SymbolKind.Interface;
        } else if (type == gtm.getCriterion()) {
            return SymbolKind.Boolean;
        } else if (type == gtm.getWorkstream()) {
            return SymbolKind.Package;
        } else if (type == gtm.getTask() || type == gtm.getResponse()) {
            return SymbolKind.Method;
        } else if (type == gtm.getMsp()) {
            return SymbolKind.Object;
        } else if (type == gtm.getTarget()) {
            return SymbolKind.Number;
        } else if (type == gtm.getPerson()) {
            return SymbolKind.Field;
        } else if (type == gtm.getTeam()) {
            return SymbolKind.Struct;
        } else if (type == gtm.getHolidays()) {
            return SymbolKind.Array;
        }
        return super.getSymbolKind(type);
    }
}
