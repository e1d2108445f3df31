package org.gtmplan.lang.ide.outline;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolNameProvider;
import org.gtmplan.lang.gtm.Msp;
import org.gtmplan.lang.gtm.Target;
import org.gtmplan.lang.model.NamedElements;

/**
 * The outline names elements as the plan does, by simple name ({@code GR2}, not
 * {@code acme.phones.MateX.GR2}: inside a plan names are simple), and shows the marketing plan
 * and its targets, which have no name of their own.
 */
public class GtmSymbolNames extends DocumentSymbolNameProvider {

    @Override
    public String getName(EObject element) {
        if (element instanceof Msp) {
            return "msp";
        } else if (element instanceof Target target) {
            return "target " + target.getMetric();
        }
        String name = NamedElements.nameOf(element);
        return name != null ? name : super.getName(element);
    }
}
