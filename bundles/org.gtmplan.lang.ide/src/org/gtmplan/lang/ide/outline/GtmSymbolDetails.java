package org.gtmplan.lang.ide.outline;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper.DocumentSymbolDetailsProvider;

/** The outline's detail is the element's title or full name, as the plan writes it. */
public class GtmSymbolDetails extends DocumentSymbolDetailsProvider {

    @Override
    public String getDetails(EObject element) {
        for (String feature : new String[] { "title", "fullName" }) {
            EStructuralFeature attribute = element.eClass().getEStructuralFeature(feature);
            if (attribute != null && element.eGet(attribute) instanceof String text) {
                return text;
            }
        }
        return super.getDetails(element);
    }
}
