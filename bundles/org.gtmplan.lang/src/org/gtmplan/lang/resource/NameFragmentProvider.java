package org.gtmplan.lang.resource;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.gtmplan.lang.gtm.Model;
import org.gtmplan.lang.model.NamedElements;

import com.google.inject.Inject;

/**
 * URI fragments that name an element rather than count its position.
 *
 * <p>EMF's fragment of a task is its path of positions, {@code //@element/@members.3/@tasks.4711},
 * and each position is found by a linear {@code indexOf} in its list, so an element's URI cost
 * O(tasks in its workstream) and the URIs of all of a plan's elements (which the language server
 * computes on every edit: to index the plan, to describe its references, and to turn the old
 * model into proxies) cost O(N²) (docs/performance.md). Names are unique per plan and per library,
 * so a fragment here is:
 * <ul>
 * <li>an element whose name occurs once in its plan or library: the name, {@code t4711};</li>
 * <li>an element inside one, without such a name of its own: that fragment and EMF's segments
 * below it, {@code t4711/@due};</li>
 * <li>everything else (the file's root, imports, the plan or library itself, the marketing plan,
 * an element whose name is written twice): EMF's own path, {@code //@element/@members.7}.</li>
 * </ul>
 * Computing one costs O(depth) after one pass over the names per model state, and it does not
 * change when other elements are added or moved, so neither do the URIs in the index.
 */
public class NameFragmentProvider implements IFragmentProvider {

    @Inject
    private IResourceScopeCache cache;

    @Override
    public String getFragment(EObject object, Fallback fallback) {
        Deque<String> below = new ArrayDeque<>();
        EObject current = object;
        while (true) {
            String name = uniqueName(current);
            if (name != null) {
                return join(name, below);
            }
            EObject container = current.eContainer();
            if (container == null) {
                // EMF's path: the root's fragment ("/" for the one root of a file) and the segments below it.
                return join(fallback.getFragment(current), below);
            }
            below.push(((InternalEObject) container).eURIFragmentSegment(current.eContainingFeature(), current));
            current = container;
        }
    }

    @Override
    public EObject getEObject(Resource resource, String fragment, Fallback fallback) {
        int end = fragment.indexOf('/');
        String name = end < 0 ? fragment : fragment.substring(0, end);
        if (!isName(name)) {
            return fallback.getEObject(fragment);
        }
        EObject namespace = namespaceOf(resource);
        EObject element = namespace == null ? null : namesOf(namespace, resource).get(name);
        while (element != null && end >= 0) {
            int start = end + 1;
            end = fragment.indexOf('/', start);
            String segment = end < 0 ? fragment.substring(start) : fragment.substring(start, end);
            element = segmentOf(element, segment);
        }
        return element;
    }

    /**
     * The element a segment names below {@code element}, or null when the segment no longer fits (a proxy
     * from an older version of the file whose element is now of another kind): it stays unresolved.
     */
    private static EObject segmentOf(EObject element, String segment) {
        try {
            return ((InternalEObject) element).eObjectForURIFragmentSegment(segment);
        } catch (IllegalArgumentException | IndexOutOfBoundsException noLongerThere) {
            return null;
        }
    }

    /** The element's name when it may stand for the element: it is the only one so named in its resource's plan or library. */
    private String uniqueName(EObject element) {
        String name = NamedElements.nameOf(element);
        if (name == null || !isName(name) || element.eContainer() == null) {
            return null;
        }
        EObject namespace = NamedElements.namespaceOf(element.eContainer());
        Resource resource = element.eResource();
        if (namespace == null || resource == null || namespaceOf(resource) != namespace) {
            return null;
        }
        return namesOf(namespace, resource).isUnique(element, name) ? name : null;
    }

    /** Cached until the model changes, like Xtext's other per-resource data. */
    private UniqueNames namesOf(EObject namespace, Resource resource) {
        return cache.get(Tuples.pair(UniqueNames.class, namespace), resource, () -> UniqueNames.of(namespace));
    }

    private static EObject namespaceOf(Resource resource) {
        return !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model ? model.getElement() : null;
    }

    /**
     * A name of the language (an identifier or keyword): never the start of EMF's path ({@code /}) nor of
     * Xtext's lazy-link fragments ({@code |}), so the three kinds of fragment cannot be confused.
     */
    public static boolean isName(String text) {
        if (text.isEmpty() || Character.isDigit(text.charAt(0))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static String join(String first, Deque<String> below) {
        StringBuilder fragment = new StringBuilder(first);
        for (String segment : below) {
            fragment.append('/').append(segment);
        }
        return fragment.toString();
    }
}
