package org.gtmplan.lang.validation;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;
import org.gtmplan.lang.gtm.Gate;
import org.gtmplan.lang.gtm.GtmPackage;
import org.gtmplan.lang.gtm.Owner;
import org.gtmplan.lang.gtm.Pillar;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.gtm.Status;
import org.gtmplan.lang.gtm.Task;
import org.gtmplan.lang.gtm.Workstream;
import org.gtmplan.lang.model.NamedElements;
import org.gtmplan.lang.model.WrittenFeatures;
import org.gtmplan.lang.issues.GtmIssueCodes;

/**
 * The 4P workstreams and the people doing the work: every pillar covered, every task owned,
 * nobody drowning in one week, due dates on working days, nothing left overdue.
 */
public class WorkstreamChecks extends ComposedPlanCheck {

    @Check
    public void checkEveryPillarHasAWorkstream(Plan plan) {
        Set<Pillar> missing = EnumSet.allOf(Pillar.class);
        for (Workstream workstream : analysis(plan).index().workstreams()) {
            missing.remove(workstream.getPillar());
        }
        for (Pillar pillar : missing) {
            report("No workstream covers the " + pillar.getLiteral() + " pillar: the 4P (product, price, place, promotion) must all move",
                    GtmPackage.Literals.TOP_ELEMENT__NAME, GtmIssueCodes.MISSING_PILLAR, pillar.getLiteral());
        }
    }

    @Check
    public void checkWorkstreamOwned(Workstream workstream) {
        if (workstream.getOwner() == null) {
            report("Workstream `" + workstream.getName() + "` has no owner: add `owner <person or team>`",
                    GtmPackage.Literals.WORKSTREAM__NAME, GtmIssueCodes.MISSING_OWNER);
        }
    }

    @Check
    public void checkTaskOwned(Task task) {
        if (task.getOwner() == null && !(task.eContainer() instanceof Workstream w && w.getOwner() != null)) {
            report("Task `" + task.getName() + "` has no owner, and its workstream"
                    + (task.eContainer() instanceof Workstream ws ? " `" + ws.getName() + "`" : "") + " has none to lend it",
                    GtmPackage.Literals.TASK__NAME, GtmIssueCodes.MISSING_OWNER);
        }
    }

    /** More than ownerWeeklyMax tasks due in one ISO week for one owner: reported once per owner and week. */
    @Check
    public void checkOwnerLoad(Plan plan) {
        PlanAnalysis analysis = analysis(plan);
        int max = analysis.settings().ownerWeeklyMax();
        record OwnerWeek(Owner owner, int year, int week) {
        }
        Map<OwnerWeek, Integer> load = new HashMap<>();
        for (Task task : analysis.index().tasks()) {
            Owner owner = analysis.index().ownerOf(task);
            LocalDate due = analysis.dates().dateOf(task);
            if (owner == null || owner.eIsProxy() || due == null) {
                continue;
            }
            OwnerWeek key = new OwnerWeek(owner, due.get(IsoFields.WEEK_BASED_YEAR), due.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            int count = load.merge(key, 1, Integer::sum);
            if (count == max + 1) {
                report(NamedElements.nameOf(owner) + " has more than " + max + " tasks due in ISO week " + key.year() + "-W"
                        + String.format("%02d", key.week()) + " (task `" + task.getName() + "` due " + analysis.describe(due)
                        + " is one too many)", task, GtmPackage.Literals.TASK__DUE, GtmIssueCodes.OWNER_OVERLOAD);
            }
        }
    }

    /** Only with `workdays` written: due dates and gates fall on working days. */
    @Check
    public void checkWorkingDays(Plan plan) {
        if (plan.getWorkdays().isEmpty()) {
            return;
        }
        PlanAnalysis analysis = analysis(plan);
        for (Gate gate : analysis.index().gates()) {
            reportNonWorkingDay(analysis, gate, analysis.dates().dateOf(gate));
        }
        for (Task task : analysis.index().tasks()) {
            reportNonWorkingDay(analysis, task, analysis.dates().dateOf(task));
        }
    }

    private void reportNonWorkingDay(PlanAnalysis analysis, EObject element, LocalDate date) {
        if (date == null || analysis.dates().calendar().isWorkingDay(date)) {
            return;
        }
        String why = analysis.dates().calendar().isHoliday(date) ? "a holiday" : "not a working day of the plan's workdays";
        LocalDate previous = analysis.dates().calendar().previousWorkingDay(date);
        report(MilestoneChecks.describe(element) + " falls on " + analysis.describe(date) + ", " + why
                + "; the previous working day is " + analysis.describe(previous),
                element, MilestoneChecks.dateFeature(element), GtmIssueCodes.NON_WORKING_DAY, previous == null ? "" : previous.toString());
    }

    /** With an as-of date (gtm validate --as-of): tasks not done whose due date has passed. */
    @Check
    public void checkOverdue(Task task) {
        LocalDate asOf = options(task).asOf();
        if (asOf == null || isDone(task)) {
            return;
        }
        PlanAnalysis analysis = analysis(task);
        LocalDate due = analysis == null ? null : analysis.dates().dateOf(task);
        if (due != null && due.isBefore(asOf)) {
            report("Task `" + task.getName() + "` was due " + analysis.describe(due) + " and is "
                    + (WrittenFeatures.isWritten(task, GtmPackage.Literals.TASK__STATUS) ? task.getStatus().getLiteral() : "todo")
                    + " as of " + analysis.describe(asOf), GtmPackage.Literals.TASK__DUE, GtmIssueCodes.OVERDUE);
        }
    }

    private static boolean isDone(Task task) {
        return task.getStatus() == Status.DONE;
    }
}
