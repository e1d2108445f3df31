package org.gtmplan.lang.model;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
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
        return NodeModelUtils.getNode(element) != null && !NodeModelUtils.findNodesForFeature(element, feature).isEmpty();
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
