package org.gtmplan.lang.resource;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.gtmplan.lang.model.NamedElements;

/**
 * The elements of one plan or library by name, keeping only the names that occur once: a name
 * written twice (an error the checks report) names neither element. Built in one pass.
 */
public final class UniqueNames {

    /** Stands for a name that more than one element carries. */
    private static final Object DUPLICATE = new Object();

    private final EObject namespace;
    private final Map<String, Object> elements = new HashMap<>();

    private UniqueNames(EObject namespace) {
        this.namespace = namespace;
    }

    /** The names below {@code namespace} (a plan or a library). */
    public static UniqueNames of(EObject namespace) {
        UniqueNames names = new UniqueNames(namespace);
        for (var it = namespace.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            String name = NamedElements.nameOf(element);
            if (name != null) {
                names.elements.merge(name, element, (first, second) -> DUPLICATE);
            }
        }
        return names;
    }

    EObject namespace() {
        return namespace;
    }

    /** The element that alone carries {@code name}, or null. */
    public EObject get(String name) {
        return elements.get(name) instanceof EObject element ? element : null;
    }

    /** Whether {@code element} is the only one carrying its name here. */
    boolean isUnique(EObject element, String name) {
        return elements.get(name) == element;
    }
}
