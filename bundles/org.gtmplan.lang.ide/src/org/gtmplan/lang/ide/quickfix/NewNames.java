package org.gtmplan.lang.ide.quickfix;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.gtmplan.lang.model.NamedElements;

/** Names for inserted elements that no element of the plan or library has yet (names are unique there). */
final class NewNames {

    private final Set<String> taken = new HashSet<>();

    NewNames(EObject namespace) {
        for (EObject element : NamedElements.of(namespace)) {
            String name = NamedElements.nameOf(element);
            if (name != null) {
                taken.add(name);
            }
        }
    }

    /** {@code base}, else {@code base2}, {@code base3}... */
    String unique(String base) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int i = 2;; i++) {
            if (!taken.contains(base + i)) {
                return base + i;
            }
        }
    }
}
