package org.gtmplan.lang.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.gtmplan.lang.gtm.Library;
import org.gtmplan.lang.gtm.Plan;

/**
 * The elements that carry a name inside a plan or a library. Names are unique per plan and per
 * library, and a plan's elements are all addressed by simple name, however deep they sit
 * (a task inside a workstream, a criterion inside a gate).
 */
public final class NamedElements {

    private NamedElements() {
    }

    /** Every named element below {@code container} (a plan or a library), in document order. */
    public static List<EObject> of(EObject container) {
        List<EObject> result = new ArrayList<>();
        for (var it = container.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            if (nameFeature(element) != null) {
                result.add(element);
            }
        }
        return result;
    }

    /** The {@code name} attribute of an element, or null when its kind has no name. */
    public static EStructuralFeature nameFeature(EObject element) {
        EStructuralFeature feature = element.eClass().getEStructuralFeature("name");
        return feature != null && feature.getEType().getInstanceClass() == String.class ? feature : null;
    }

    public static String nameOf(EObject element) {
        EStructuralFeature feature = nameFeature(element);
        return feature == null ? null : (String) element.eGet(feature);
    }

    /** "task samples", "gate GR2": how a message names an element. */
    public static String describe(EObject element) {
        String kind = element.eClass().getName().toLowerCase(java.util.Locale.ROOT);
        String name = nameOf(element);
        return name == null ? kind : kind + " " + name;
    }

    /** The 1-based line where the element starts, or 0 when it has no text (built in memory). */
    public static int line(EObject element) {
        ICompositeNode node = NodeModelUtils.getNode(element);
        return node == null ? 0 : node.getStartLine();
    }

    /** The plan or library an element belongs to, or null. */
    public static EObject namespaceOf(EObject element) {
        for (EObject current = element; current != null; current = current.eContainer()) {
            if (current instanceof Plan || current instanceof Library) {
                return current;
            }
        }
        return null;
    }
}
