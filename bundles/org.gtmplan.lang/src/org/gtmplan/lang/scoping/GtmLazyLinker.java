package org.gtmplan.lang.scoping;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.IDiagnosticConsumer;
import org.eclipse.xtext.diagnostics.IDiagnosticProducer;
import org.eclipse.xtext.linking.lazy.LazyLinker;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.concurrent.IUnitOfWork;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.Multimap;

/**
 * Xtext's lazy linker, which can also link only what a partial reparse changed.
 *
 * <p>{@link #linkModel} drops every link of a file and installs a proxy for each reference again,
 * so that all of them are resolved again, even after an edit that retyped one date. When the
 * names a file's links depend on are the same before and after the reparse ({@link LinkingNames}),
 * {@link #linkChanged} links only the elements the reparse created, and the elements it kept that
 * refer to one it replaced; every other link, resolved or still a proxy, stays.
 */
public class GtmLazyLinker extends LazyLinker {

    /**
     * Links the elements below {@code root} that are not among {@code kept} (the reparse created
     * them) and the kept ones that refer to an element no longer in any resource. Unlike
     * {@link #linkModel}, keeps the resource's table of lazy links and its imported names: the
     * proxies and the names recorded for the kept links stay valid.
     */
    public void linkChanged(EObject root, Set<EObject> kept, IDiagnosticConsumer consumer) {
        Resource resource = root.eResource();
        Multimap<EStructuralFeature.Setting, INode> settingsToLink = ArrayListMultimap.create();
        IDiagnosticProducer producer = createDiagnosticProducer(consumer, resource);
        getCache().execWithoutCacheClear(resource, new IUnitOfWork.Void<Resource>() {
            @Override
            public void process(Resource state) {
                for (var it = getAllLinkableContents(root); it.hasNext();) {
                    EObject element = it.next();
                    if (!kept.contains(element) || refersToRemoved(element, resource)) {
                        clearReferences(element);
                        installProxies(element, producer, settingsToLink);
                    }
                }
            }
        });
        installQueuedLinks(settingsToLink);
    }

    /** Whether a cross-reference of {@code element} holds an element that left its resource. */
    private boolean refersToRemoved(EObject element, Resource resource) {
        for (EReference reference : element.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !element.eIsSet(reference)) {
                continue;
            }
            Object value = element.eGet(reference, false);
            if (value instanceof List<?> values) {
                for (Object each : values) {
                    if (isRemoved((EObject) each, resource)) {
                        return true;
                    }
                }
            } else if (value instanceof EObject target && isRemoved(target, resource)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A target that is gone: outside every resource, or a proxy other than this file's own lazy
     * links (what unloading leaves of an element that was replaced or of a file loaded again).
     */
    private boolean isRemoved(EObject target, Resource resource) {
        if (target.eIsProxy()) {
            URI uri = ((InternalEObject) target).eProxyURI();
            return uri == null || !uri.trimFragment().equals(resource.getURI())
                    || !getEncoder().isCrossLinkFragment(resource, uri.fragment());
        }
        return target.eResource() == null;
    }
}
