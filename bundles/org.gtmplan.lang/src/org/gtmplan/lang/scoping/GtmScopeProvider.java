package org.gtmplan.lang.scoping;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.FilteringScope;
import org.gtmplan.lang.gtm.GtmPackage;
import org.gtmplan.lang.model.NamedElements;

/**
 * Owners and holidays come from the plan itself and from what it imports (libraries, through
 * the index). Dates and dependencies stay inside one plan: an anchor, an {@code after} or a
 * {@code requires} names a milestone, gate or task of the same plan, so resolving one plan's
 * dates never depends on another plan's.
 */
public class GtmScopeProvider extends AbstractGtmScopeProvider {

    @Override
    public IScope getScope(EObject context, EReference reference) {
        // Every element's qualified name is <package>.<plan or library>.<name> (GtmQualifiedNameProvider),
        // so nothing below a plan or library adds a name to the scope: an element inside sees exactly what
        // its plan sees. Asking for the plan's scope skips the import scopes the default provider would
        // build for each level in between (task, workstream) on every single reference. The scope is not
        // cached: during linking Xtext wraps its global part to record the imported names.
        EObject namespace = NamedElements.namespaceOf(context);
        return scopeAt(namespace != null && context.eResource() != null ? namespace : context, reference);
    }

    private IScope scopeAt(EObject context, EReference reference) {
        IScope scope = super.getScope(context, reference);
        if (GtmPackage.Literals.DATED.isSuperTypeOf(reference.getEReferenceType()) && context.eResource() != null) {
            Resource here = context.eResource();
            return new FilteringScope(scope, description -> isIn(description, here));
        }
        return scope;
    }

    /**
     * Whether a description's element lives in {@code resource}. A loaded element is asked for
     * its resource: computing its URI instead (as {@code getEObjectURI()} does) builds a fragment
     * with a linear {@code indexOf} in every containment list on its path, which made linking
     * quadratic in the number of tasks per workstream (docs/performance.md). Only proxies, whose
     * URI is stored, are compared by URI.
     */
    private static boolean isIn(IEObjectDescription description, Resource resource) {
        EObject element = description.getEObjectOrProxy();
        if (element != null && !element.eIsProxy()) {
            return element.eResource() == resource;
        }
        URI uri = description.getEObjectURI();
        return uri != null && resource.getURI().equals(uri.trimFragment());
    }
}
