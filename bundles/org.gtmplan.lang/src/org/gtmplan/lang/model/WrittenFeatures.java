package org.gtmplan.lang.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.Grammar;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.BidiTreeIterator;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.gtmplan.lang.gtm.GtmPackage;
import org.gtmplan.lang.gtm.Milestone;
import org.gtmplan.lang.gtm.MilestoneKind;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.gtm.Task;
import org.gtmplan.lang.gtm.TaskKind;
import org.gtmplan.lang.gtm.WorkdayRange;

/**
 * Whether an optional enum clause was written. EMF gives an unwritten enum attribute its first
 * literal, so {@code milestone m "M" at T} would read as kind kickoff and {@code kind kickoff}
 * would look unset; the text, not the value, tells what the author said.
 */
public final class WrittenFeatures {

    private WrittenFeatures() {
    }

    public static boolean isWritten(EObject element, EStructuralFeature feature) {
        if (element.eIsSet(feature)) {
            return true;
        }
        ICompositeNode node = NodeModelUtils.getNode(element);
        if (node == null) {
            return false;
        }
        if (node.getGrammarElement() == null) {
            return !NodeModelUtils.findNodesForFeature(element, feature).isEmpty();
        }
        // The checks ask this of every task: a look at the element's own nodes for the grammar
        // elements that assign the feature, instead of NodeModelUtils' walk up the grammar per node.
        Set<EObject> assigning = assigning(node.getGrammarElement(), feature.getName());
        for (BidiTreeIterator<INode> it = node.getAsTreeIterable().iterator(); it.hasNext();) {
            INode child = it.next();
            if (child == node) {
                continue;
            }
            if (assigning.contains(child.getGrammarElement())) {
                return true;
            }
            if (child.hasDirectSemanticElement()) {
                it.prune(); // the text of an element inside this one
            }
        }
        return false;
    }

    /**
     * The text written for {@code feature} when the value converter gave it no value: a DATE that
     * names no calendar day ({@code 2026-02-30}), which the checks report as written. Null when the
     * feature holds a value or is not written.
     */
    public static String unreadText(EObject element, EStructuralFeature feature) {
        if (element.eIsSet(feature)) {
            return null;
        }
        for (INode node : NodeModelUtils.findNodesForFeature(element, feature)) {
            String text = NodeModelUtils.getTokenText(node);
            if (!text.isEmpty()) {
                return text;
            }
        }
        return null;
    }

    /** Per grammar, the grammar elements inside the assignments to each feature name. */
    private static final Map<Grammar, Map<String, Set<EObject>>> ASSIGNING = Collections.synchronizedMap(new WeakHashMap<>());

    private static Set<EObject> assigning(EObject grammarElement, String feature) {
        Map<String, Set<EObject>> byFeature = ASSIGNING.computeIfAbsent(GrammarUtil.getGrammar(grammarElement), grammar -> {
            Map<String, Set<EObject>> assignments = new HashMap<>();
            for (var it = grammar.eAllContents(); it.hasNext();) {
                if (it.next() instanceof Assignment assignment && assignment.getTerminal() != null) {
                    Set<EObject> elements = assignments.computeIfAbsent(assignment.getFeature(), name -> new HashSet<>());
                    elements.add(assignment.getTerminal());
                    assignment.getTerminal().eAllContents().forEachRemaining(elements::add);
                }
            }
            return assignments;
        });
        return byFeature.getOrDefault(feature, Set.of());
    }

    /** The milestone's kind when written, else null. */
    public static MilestoneKind kindOf(Milestone milestone) {
        return isWritten(milestone, GtmPackage.Literals.MILESTONE__KIND) ? milestone.getKind() : null;
    }

    /** The plan's working days: the last {@code workdays} written (a repeated property counts the last time), else null. */
    public static WorkdayRange workdaysOf(Plan plan) {
        return plan.getWorkdays().isEmpty() ? null : plan.getWorkdays().get(plan.getWorkdays().size() - 1);
    }

    /** The task's kind when written, else null. */
    public static TaskKind kindOf(Task task) {
        return isWritten(task, GtmPackage.Literals.TASK__KIND) ? task.getKind() : null;
    }
}
