package org.gtmplan.lang.validation;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.gtmplan.lang.time.Duration;
import org.gtmplan.lang.gtm.GtmPackage;
import org.gtmplan.lang.gtm.Meeting;
import org.gtmplan.lang.gtm.Milestone;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.gtm.Task;
import org.gtmplan.lang.gtm.TaskKind;
import org.gtmplan.lang.issues.GtmIssueCodes;

/**
 * The coordinations a launch fails without: stores ready before selling starts (retail and
 * sales), a supply forecast early enough (supply and sales), a standing response mechanism and
 * the two regular meetings (overall).
 */
public class ReadinessChecks extends ComposedPlanCheck {

    /** Issue data of supply-late: the plan has no forecast task at all (a fix can insert one). */
    public static final String SUPPLY_FORECAST_MISSING = "missing";
    /** Issue data of supply-late: the earliest forecast is due too close to first sale. */
    public static final String SUPPLY_FORECAST_LATE = "late";

    @Check
    public void checkRetailReadyBeforeFirstSale(Plan plan) {
        PlanAnalysis analysis = analysis(plan);
        Milestone firstSale = analysis.firstSale();
        if (firstSale == null) {
            return;
        }
        LocalDate saleDate = analysis.dates().dateOf(firstSale);
        for (Task task : analysis.index().tasks(TaskKind.RETAIL_READINESS)) {
            LocalDate due = analysis.dates().dateOf(task);
            if (due != null && !due.isBefore(saleDate)) {
                report("Retail readiness `" + task.getName() + "` is due " + analysis.describe(due) + ", "
                        + (due.equals(saleDate) ? "the day of" : "after") + " first sale `" + firstSale.getName() + "` on "
                        + analysis.describe(saleDate) + ": stores must be ready before selling starts",
                        task, GtmPackage.Literals.TASK__DUE, GtmIssueCodes.RETAIL_LATE,
                        firstSale.getName() == null ? "" : firstSale.getName());
            }
        }
    }

    @Check
    public void checkSupplyForecastEarlyEnough(Plan plan) {
        PlanAnalysis analysis = analysis(plan);
        List<Task> forecasts = analysis.index().tasks(TaskKind.SUPPLY_FORECAST);
        if (forecasts.isEmpty()) {
            report("Plan " + plan.getName() + " has no supply forecast task (kind supplyForecast): without an early demand"
                    + " forecast, capacity is short at launch", GtmPackage.Literals.TOP_ELEMENT__NAME, GtmIssueCodes.SUPPLY_LATE,
                    SUPPLY_FORECAST_MISSING);
            return;
        }
        Milestone firstSale = analysis.firstSale();
        if (firstSale == null) {
            return;
        }
        Task earliest = null;
        for (Task forecast : forecasts) {
            LocalDate due = analysis.dates().dateOf(forecast);
            if (due != null && (earliest == null || due.isBefore(analysis.dates().dateOf(earliest)))) {
                earliest = forecast;
            }
        }
        if (earliest == null) {
            return;
        }
        LocalDate saleDate = analysis.dates().dateOf(firstSale);
        Duration lead = analysis.settings().supplyLeadTime();
        LocalDate latest = analysis.plus(saleDate, lead, -1);
        LocalDate due = analysis.dates().dateOf(earliest);
        if (latest != null && due.isAfter(latest)) {
            report("Supply forecast `" + earliest.getName() + "` is due " + analysis.describe(due) + ", less than " + lead
                    + " before first sale `" + firstSale.getName() + "` on " + analysis.describe(saleDate) + "; it should be due by "
                    + analysis.describe(latest), earliest, GtmPackage.Literals.TASK__DUE, GtmIssueCodes.SUPPLY_LATE, SUPPLY_FORECAST_LATE);
        }
    }

    @Check
    public void checkResponseMechanism(Plan plan) {
        if (analysis(plan).index().responses().isEmpty()) {
            report("Plan " + plan.getName() + " has no `response` mechanism for the stable phase (a quick answer to a competitor's move)",
                    GtmPackage.Literals.TOP_ELEMENT__NAME, GtmIssueCodes.MISSING_RESPONSE);
        }
    }

    @Check
    public void checkRegularMeetings(Plan plan) {
        int meetings = analysis(plan).index().meetings().size();
        if (meetings < 2) {
            report("Plan " + plan.getName() + " has " + (meetings == 0 ? "no recurring meeting" : "one recurring meeting")
                    + ": IPMS runs two, the PCT regular meeting and the IPMS-MT decision committee",
                    GtmPackage.Literals.TOP_ELEMENT__NAME, GtmIssueCodes.MISSING_MEETING);
        }
    }

    @Check
    public void checkMeeting(Meeting meeting) {
        PlanAnalysis analysis = analysis(meeting);
        if (analysis == null) {
            return; // a meeting is written in a plan; only a broken file leaves one outside
        }
        Duration length = meeting.getLength();
        if (length != null && length.amount() == 0) {
            report("Meeting `" + meeting.getName() + "` lasts " + meeting.getLength() + ": give it a length",
                    GtmPackage.Literals.MEETING__LENGTH, GtmIssueCodes.MEETING_INVALID);
        }
        if (meeting.getInterval() == 0 && org.gtmplan.lang.model.WrittenFeatures.isWritten(meeting, GtmPackage.Literals.MEETING__INTERVAL)) {
            report("Meeting `" + meeting.getName() + "` recurs every 0 " + meeting.getUnit().getLiteral() + ": use 1 or more",
                    GtmPackage.Literals.MEETING__INTERVAL, GtmIssueCodes.MEETING_INVALID);
        }
        LocalDate from = analysis.dates().dateOf(meeting.getFrom());
        LocalDate until = analysis.dates().dateOf(meeting.getUntil());
        if (from != null && until != null && until.isBefore(from)) {
            report("Meeting `" + meeting.getName() + "` runs until " + analysis.describe(until) + ", before it starts on "
                    + analysis.describe(from), GtmPackage.Literals.MEETING__UNTIL, GtmIssueCodes.MEETING_INVALID);
        }
    }
}
