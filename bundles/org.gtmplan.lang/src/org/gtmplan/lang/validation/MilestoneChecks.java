package org.gtmplan.lang.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;
import org.gtmplan.lang.gtm.Gate;
import org.gtmplan.lang.gtm.GtmPackage;
import org.gtmplan.lang.gtm.Milestone;
import org.gtmplan.lang.gtm.MilestoneKind;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.gtm.Task;
import org.gtmplan.lang.issues.GtmIssueCodes;

/**
 * The IPMS backbone: the three milestones (kickoff, GR2, GR4), gates in order with criteria and
 * a deciding body, nothing before the kickoff, first sale soon after the launch event, and a
 * plan that reaches end of life.
 */
public class MilestoneChecks extends ComposedPlanCheck {

    @Check
    public void checkCoreMilestones(Plan plan) {
        PlanAnalysis analysis = analysis(plan);
        if (analysis.index().firstMilestone(MilestoneKind.KICKOFF) == null) {
            report("Plan " + plan.getName() + " has no kickoff milestone: add `milestone kickoff \"Kickoff\" at <date> kind kickoff`",
                    GtmPackage.Literals.TOP_ELEMENT__NAME, GtmIssueCodes.MISSING_CORE_MILESTONE, "kickoff");
        }
        for (int number : new int[] { 2, 4 }) {
            if (analysis.index().reviewGate(number) == null) {
                report("Plan " + plan.getName() + " has no gate GR" + number + " ("
                        + (number == 2 ? "start of expansion" : "launch readiness") + "), one of the three IPMS milestones",
                        GtmPackage.Literals.TOP_ELEMENT__NAME, GtmIssueCodes.MISSING_CORE_MILESTONE, "GR" + number);
            }
        }
    }

    @Check
    public void checkEndOfLife(Plan plan) {
        if (analysis(plan).index().firstMilestone(MilestoneKind.EOL) == null) {
            report("Plan " + plan.getName() + " has no end-of-life milestone (kind eol): a plan covers the whole lifecycle",
                    GtmPackage.Literals.TOP_ELEMENT__NAME, GtmIssueCodes.MISSING_EOL);
        }
    }

    /** Gates GR1..GR6 must follow their numbers; reported once per pair that does not. */
    @Check
    public void checkGateOrder(Plan plan) {
        PlanAnalysis analysis = analysis(plan);
        for (int later = 2; later <= 6; later++) {
            Gate laterGate = analysis.index().reviewGate(later);
            LocalDate laterDate = analysis.dates().dateOf(laterGate);
            if (laterDate == null) {
                continue;
            }
            for (int earlier = 1; earlier < later; earlier++) {
                Gate earlierGate = analysis.index().reviewGate(earlier);
                LocalDate earlierDate = analysis.dates().dateOf(earlierGate);
                if (earlierDate != null && laterDate.isBefore(earlierDate)) {
                    report("Gate GR" + later + " is on " + analysis.describe(laterDate) + ", before gate GR" + earlier + " on "
                            + analysis.describe(earlierDate) + ": review gates follow their numbers",
                            laterGate, GtmPackage.Literals.GATE__DATE, GtmIssueCodes.GATE_ORDER, "GR" + earlier);
                }
            }
        }
    }

    @Check
    public void checkNothingBeforeKickoff(Plan plan) {
        PlanAnalysis analysis = analysis(plan);
        Milestone kickoff = analysis.index().firstMilestone(MilestoneKind.KICKOFF);
        LocalDate kickoffDate = analysis.dates().dateOf(kickoff);
        if (kickoffDate == null) {
            return;
        }
        List<EObject> dated = new ArrayList<>();
        dated.addAll(analysis.index().milestones());
        dated.addAll(analysis.index().gates());
        dated.addAll(analysis.index().tasks());
        for (EObject element : dated) {
            LocalDate date = analysis.dates().dateOf((org.gtmplan.lang.gtm.Dated) element);
            if (element != kickoff && date != null && date.isBefore(kickoffDate)) {
                report(describe(element) + " is on " + analysis.describe(date) + ", before the kickoff `" + kickoff.getName()
                        + "` on " + analysis.describe(kickoffDate), element, dateFeature(element), GtmIssueCodes.BEFORE_KICKOFF);
            }
        }
    }

    @Check
    public void checkGateHasCriteria(Gate gate) {
        if (gate.getCriteria().isEmpty()) {
            report("Gate " + gate.getName() + " has no criterion: say what must be true to pass it",
                    GtmPackage.Literals.GATE__NAME, GtmIssueCodes.GATE_WITHOUT_CRITERIA);
        }
    }

    @Check
    public void checkGateHasDecider(Gate gate) {
        if (gate.getDecidedBy() == null) {
            report("Gate " + gate.getName() + " has no deciding body: add `decidedBy` (for example the IPMS-MT team)",
                    GtmPackage.Literals.GATE__NAME, GtmIssueCodes.GATE_WITHOUT_DECIDER);
        }
    }

    /** What a gate requires must be done by the gate. */
    @Check
    public void checkRequiredTasksBeforeGate(Gate gate) {
        PlanAnalysis analysis = analysis(gate);
        LocalDate gateDate = analysis == null ? null : analysis.dates().dateOf(gate);
        if (gateDate == null) {
            return;
        }
        for (int i = 0; i < gate.getRequires().size(); i++) {
            Task task = gate.getRequires().get(i);
            LocalDate due = task.eIsProxy() ? null : analysis.dates().dateOf(task);
            if (due != null && due.isAfter(gateDate)) {
                report("Task `" + task.getName() + "` is due " + analysis.describe(due) + ", after gate " + gate.getName()
                        + " on " + analysis.describe(gateDate) + " that requires it",
                        gate, GtmPackage.Literals.GATE__REQUIRES, i, GtmIssueCodes.REQUIRED_AFTER_GATE, task.getName());
            }
        }
    }

    /** "Thunder, no rain": every launch event needs a first sale within launchToSaleMax after it. */
    @Check
    public void checkSaleFollowsLaunch(Plan plan) {
        PlanAnalysis analysis = analysis(plan);
        List<LocalDate> sales = new ArrayList<>();
        for (Milestone sale : analysis.index().milestones(MilestoneKind.FIRST_SALE)) {
            LocalDate date = analysis.dates().dateOf(sale);
            if (date != null) {
                sales.add(date);
            }
        }
        Collections.sort(sales);
        for (Milestone launch : analysis.index().milestones(MilestoneKind.LAUNCH_EVENT)) {
            LocalDate launchDate = analysis.dates().dateOf(launch);
            if (launchDate == null) {
                continue;
            }
            LocalDate latest = analysis.plus(launchDate, analysis.settings().launchToSaleMax(), 1);
            if (latest == null) {
                continue; // no day is launchToSaleMax after the launch: nothing to hold the sales to
            }
            int at = Collections.binarySearch(sales, launchDate);
            int next = at >= 0 ? at : -at - 1;
            boolean covered = next < sales.size() && !sales.get(next).isAfter(latest);
            if (!covered) {
                report("Launch event `" + launch.getName() + "` on " + analysis.describe(launchDate)
                        + " has no first sale within " + analysis.settings().launchToSaleMax() + " after it (by "
                        + analysis.describe(latest) + "): a launch without sales is thunder without rain",
                        launch, GtmPackage.Literals.MILESTONE__NAME, GtmIssueCodes.LAUNCH_WITHOUT_SALE);
            }
        }
    }

    static String describe(EObject element) {
        String kind = element instanceof Milestone ? "Milestone" : element instanceof Gate ? "Gate" : "Task";
        return kind + " `" + org.gtmplan.lang.model.NamedElements.nameOf(element) + "`";
    }

    static EStructuralFeature dateFeature(EObject element) {
        if (element instanceof Milestone) {
            return GtmPackage.Literals.MILESTONE__DATE;
        } else if (element instanceof Gate) {
            return GtmPackage.Literals.GATE__DATE;
        }
        return GtmPackage.Literals.TASK__DUE;
    }
}
