package org.gtmplan.lang.scoping;

import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.linking.impl.DefaultLinkingService;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.util.Tuples;
import org.gtmplan.lang.model.NamedElements;
import org.gtmplan.lang.resource.NameFragmentProvider;

/**
 * Links with one scope per plan (or library) and reference while a whole file is linked.
 *
 * <p>Every element of a plan sees the same names ({@link GtmScopeProvider}), yet Xtext builds the
 * scope (import scopes over the plan's names and the index) anew for each of the plan's tens of
 * thousands of references: 12 % of the language server's time per edit on a 20,000-task plan
 * (docs/performance.md). While {@link GtmLinkingResource#resolveLazyCrossReferences} resolves all
 * references of a file, the scope built for the first reference of a kind is used for the others.
 * It is the scope Xtext's linking builds (the global part records the names the file imports, for
 * the incremental builder), so it serves linking only; nothing else ever sees it.
 *
 * <p>In the same pass a simple name that exactly one element of the plan carries is linked to that
 * element through one table of the plan's names, when its kind fits the reference. That is the
 * answer the scope gives: its innermost level is the plan's own names
 * ({@code <package>.<plan>.<name>}), which shadow everything imported, and Xtext asks it first. Any
 * other name (qualified, imported, written twice, of another kind, unknown) goes through the scope.
 */
public class GtmLinkingService extends DefaultLinkingService {

    @Override
    public List<EObject> getLinkedObjects(EObject context, EReference reference, INode node) throws IllegalNodeException {
        EObject namespace = NamedElements.namespaceOf(context);
        if (namespace != null && context.eResource() instanceof GtmLinkingResource resource && resource.isLinkingAll()) {
            String name = getCrossRefNodeAsString(node);
            EObject element = name != null && NameFragmentProvider.isName(name) ? resource.uniquelyNamed(namespace, name) : null;
            if (element != null && reference.getEReferenceType().isSuperTypeOf(element.eClass())) {
                return Collections.singletonList(element);
            }
        }
        return super.getLinkedObjects(context, reference, node);
    }

    @Override
    protected IScope getScope(EObject context, EReference reference) {
        EObject namespace = NamedElements.namespaceOf(context);
        if (namespace != null && context.eResource() instanceof GtmLinkingResource resource) {
            return resource.linkingScope(Tuples.pair(namespace, reference), () -> super.getScope(context, reference));
        }
        return super.getScope(context, reference);
    }
}
