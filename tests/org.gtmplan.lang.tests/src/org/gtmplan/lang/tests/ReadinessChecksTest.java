package org.gtmplan.lang.tests;

import static org.gtmplan.lang.tests.BasePlan.assertMessageContains;
import static org.gtmplan.lang.tests.BasePlan.assertNoIssue;
import static org.gtmplan.lang.tests.BasePlan.assertOne;
import static org.gtmplan.lang.tests.BasePlan.assertOnlyCode;
import static org.gtmplan.lang.tests.BasePlan.base;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.gtmplan.lang.issues.GtmIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Coordination: retail-late, supply-late, missing-response, missing-meeting, meeting-invalid. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GtmInjectorProvider.class)
class ReadinessChecksTest {

    @Inject
    private PlanFixtures fixtures;

    private List<Issue> validate(BasePlan plan) {
        return fixtures.validate(plan.text());
    }

    // ---- retail-late ---------------------------------------------------------------------------

    @Test
    void retailReadinessOnTheDayOfFirstSaleIsAnError() {
        BasePlan plan = base().replace("due T-5d", "due T+3d");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.RETAIL_LATE);
        Issue issue = assertOne(issues, GtmIssueCodes.RETAIL_LATE, Severity.ERROR, plan.line("task retailReady"),
                plan.column("task retailReady", "T+3d"));
        assertMessageContains(issue, "`retailReady` is due Fri 2026-09-11 (T+3d), the day of first sale `sale` on Fri 2026-09-11 (T+3d)");
    }

    @Test
    void retailReadinessAfterFirstSaleIsAnError() {
        BasePlan plan = base().replace("due T-5d", "due 2026-09-12");
        Issue issue = assertOne(validate(plan), GtmIssueCodes.RETAIL_LATE, Severity.ERROR, plan.line("task retailReady"), 0);
        assertMessageContains(issue, "due Sat 2026-09-12 (T+4d), after first sale");
    }

    @Test
    void retailReadinessTheDayBeforeFirstSaleIsFine() {
        assertNoIssue(validate(base().replace("due T-5d", "due T+2d")));
        assertNoIssue(validate(base().replace("due T-5d", "due sale-1d")));
    }

    @Test
    void theEarliestFirstSaleCounts() {
        BasePlan plan = base().replace("due T-5d", "due T+2d").add("milestone earlySale \"Online first sale\" at T+1d kind firstSale");
        Issue issue = assertOne(validate(plan), GtmIssueCodes.RETAIL_LATE, Severity.ERROR, plan.line("task retailReady"), 0);
        assertMessageContains(issue, "first sale `earlySale` on Wed 2026-09-09 (T+1d)");
    }

    @Test
    void withoutFirstSaleThereIsNothingToBeLateFor() {
        BasePlan plan = base().replace("due T-5d", "due T+30d").replace("at T+3d kind firstSale", "at T+3d kind ga");
        List<Issue> issues = validate(plan);
        BasePlan.assertNone(issues, GtmIssueCodes.RETAIL_LATE);
    }

    // ---- supply-late ---------------------------------------------------------------------------

    @Test
    void noSupplyForecastIsReportedAtThePlanName() {
        BasePlan plan = base().replace(" kind supplyForecast", "");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.SUPPLY_LATE);
        Issue issue = assertOne(issues, GtmIssueCodes.SUPPLY_LATE, Severity.WARNING, 1, 6);
        assertMessageContains(issue, "no supply forecast task");
    }

    @Test
    void aForecastDueLessThanSupplyLeadTimeBeforeFirstSaleIsReportedAtItsDue() {
        // first sale Fri 2026-09-11 (T+3d); 60 days before is Mon 2026-07-13 (T-57d)
        BasePlan plan = base().replace("due T-90d", "due T-56d");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.SUPPLY_LATE);
        Issue issue = assertOne(issues, GtmIssueCodes.SUPPLY_LATE, Severity.WARNING, plan.line("task forecast"),
                plan.column("task forecast", "T-56d"));
        assertMessageContains(issue, "`forecast` is due Tue 2026-07-14 (T-56d), less than 60d before first sale `sale`"
                + " on Fri 2026-09-11 (T+3d); it should be due by Mon 2026-07-13 (T-57d)");
    }

    @Test
    void aForecastExactlySupplyLeadTimeBeforeFirstSaleIsFine() {
        assertNoIssue(validate(base().replace("due T-90d", "due T-57d")));
    }

    @Test
    void theEarliestForecastCounts() {
        BasePlan plan = base().replace("task forecast \"Supply forecast\" due T-90d kind supplyForecast",
                "task forecast \"Supply forecast\" due T-90d kind supplyForecast\n"
                        + "        task reforecast \"Second forecast\" due T-10d kind supplyForecast");
        assertNoIssue(validate(plan));
    }

    @Test
    void supplyLeadTimeSettingMovesTheThreshold() {
        // 30 days before Fri 2026-09-11 is Wed 2026-08-12 (T-27d)
        assertNoIssue(validate(base().replace("due T-90d", "due T-27d").add("settings { supplyLeadTime 30d }")));
        BasePlan late = base().replace("due T-90d", "due T-26d").add("settings { supplyLeadTime 30d }");
        Issue issue = assertOne(validate(late), GtmIssueCodes.SUPPLY_LATE, Severity.WARNING, late.line("task forecast"), 0);
        assertMessageContains(issue, "less than 30d before", "due by Wed 2026-08-12 (T-27d)");
        // the default of 60d applies again without the setting
        assertOne(validate(base().replace("due T-90d", "due T-27d")), GtmIssueCodes.SUPPLY_LATE, Severity.WARNING,
                late.line("task forecast"), 0);
    }

    @Test
    void supplyLeadTimeInWorkingDays() {
        // 10 working days before Fri 2026-09-11 is Fri 2026-08-28 (T-11d)
        assertNoIssue(validate(base().replace("due T-90d", "due T-11d").add("settings { supplyLeadTime 10wd }")));
        BasePlan late = base().replace("due T-90d", "due T-10d").add("settings { supplyLeadTime 10wd }");
        Issue issue = assertOne(validate(late), GtmIssueCodes.SUPPLY_LATE, Severity.WARNING, late.line("task forecast"), 0);
        assertMessageContains(issue, "less than 10wd before", "due by Fri 2026-08-28 (T-11d)");
    }

    /** Fixed: a lead time of 999999999wd counted one day at a time took minutes. */
    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aHugeLeadTimeInWorkingDaysAnswersAtOnce() {
        BasePlan plan = base().add("workdays MON..FRI\nsettings { supplyLeadTime 999999999wd launchToSaleMax 999999999wd }");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.SUPPLY_LATE);
        assertOne(issues, GtmIssueCodes.SUPPLY_LATE, Severity.WARNING, plan.line("task forecast"), 0);
    }

    @Test
    void withoutFirstSaleAForecastIsNeverLate() {
        BasePlan plan = base().replace("due T-90d", "due T-1d").replace("at T+3d kind firstSale", "at T+3d kind ga");
        BasePlan.assertNone(validate(plan), GtmIssueCodes.SUPPLY_LATE);
    }

    // ---- missing-response ----------------------------------------------------------------------

    @Test
    void noResponseMechanismIsAnInfoAtThePlanName() {
        List<Issue> issues = validate(base().removeLine("response competitor"));
        assertOnlyCode(issues, GtmIssueCodes.MISSING_RESPONSE);
        assertOne(issues, GtmIssueCodes.MISSING_RESPONSE, Severity.INFO, 1, 6);
    }

    @Test
    void oneResponseIsEnoughWhateverItsOwner() {
        BasePlan plan = base().replace("owner MT within 48h", "owner alice within 2d");
        BasePlan.assertNone(validate(plan), GtmIssueCodes.MISSING_RESPONSE);
        assertNoIssue(validate(plan));
    }

    // ---- missing-meeting -----------------------------------------------------------------------

    @Test
    void oneMeetingIsOneTooFew() {
        List<Issue> issues = validate(base().removeLine("meeting mt"));
        assertOnlyCode(issues, GtmIssueCodes.MISSING_MEETING);
        Issue issue = assertOne(issues, GtmIssueCodes.MISSING_MEETING, Severity.INFO, 1, 6);
        assertMessageContains(issue, "one recurring meeting");
    }

    @Test
    void noMeetingAtAll() {
        Issue issue = assertOne(validate(base().removeLines("meeting pct", "meeting mt")), GtmIssueCodes.MISSING_MEETING,
                Severity.INFO, 1, 6);
        assertMessageContains(issue, "no recurring meeting");
    }

    @Test
    void twoMeetingsAreEnough() {
        // the base plan has exactly two
        BasePlan.assertNone(validate(base()), GtmIssueCodes.MISSING_MEETING);
    }

    // ---- meeting-invalid -----------------------------------------------------------------------

    @Test
    void aMeetingEndingBeforeItStartsIsReportedAtUntil() {
        BasePlan plan = base().replace("until T+90d", "until 2026-03-01");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.MEETING_INVALID);
        Issue issue = assertOne(issues, GtmIssueCodes.MEETING_INVALID, Severity.ERROR, plan.line("meeting pct"),
                plan.column("meeting pct", "2026-03-01"));
        assertMessageContains(issue, "Meeting `pct` runs until Sun 2026-03-01 (T-191d), before it starts on Mon 2026-03-02 (T-190d)");
    }

    @Test
    void aMeetingOfOneDayIsFine() {
        assertNoIssue(validate(base().replace("until T+90d", "until 2026-03-02")));
    }

    @Test
    void aMeetingOfZeroLengthIsReportedAtItsLength() {
        BasePlan plan = base().replace("for 60min", "for 0min");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.MEETING_INVALID);
        assertOne(issues, GtmIssueCodes.MEETING_INVALID, Severity.ERROR, plan.line("meeting pct"), plan.column("meeting pct", "0min"));
        assertNoIssue(validate(base().replace("for 60min", "for 1min")));
        assertOne(validate(base().replace("for 2h", "for 0h")), GtmIssueCodes.MEETING_INVALID, Severity.ERROR,
                plan.line("meeting mt"), 0);
    }

    @Test
    void aMeetingRecurringEveryZeroWeeksIsReportedAtTheInterval() {
        BasePlan plan = base().replace("every 4 weeks", "every 0 weeks");
        assertOne(validate(plan), GtmIssueCodes.MEETING_INVALID, Severity.ERROR, plan.line("meeting mt"),
                plan.column("meeting mt", "0 weeks"));
        assertNoIssue(validate(base().replace("every 4 weeks", "every 1 weeks")));
    }
}
