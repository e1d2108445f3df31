package org.gtmplan.lang.scoping;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.FilteringScope;
import org.gtmplan.lang.gtm.GtmPackage;

/**
 * Owners and holidays come from the plan itself and from what it imports (libraries, through
 * the index). Dates and dependencies stay inside one plan: an anchor, an {@code after} or a
 * {@code requires} names a milestone, gate or task of the same plan, so resolving one plan's
 * dates never depends on another plan's.
 */
public class GtmScopeProvider extends AbstractGtmScopeProvider {

    @Override
    public IScope getScope(EObject context, EReference reference) {
        IScope scope = super.getScope(context, reference);
        if (GtmPackage.Literals.DATED.isSuperTypeOf(reference.getEReferenceType()) && context.eResource() != null) {
            URI here = context.eResource().getURI();
            return new FilteringScope(scope, description -> here.equals(description.getEObjectURI().trimFragment()));
        }
        return scope;
    }
}
