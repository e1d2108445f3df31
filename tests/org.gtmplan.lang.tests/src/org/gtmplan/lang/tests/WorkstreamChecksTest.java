package org.gtmplan.lang.tests;

import static org.gtmplan.lang.tests.BasePlan.assertMessageContains;
import static org.gtmplan.lang.tests.BasePlan.assertNoIssue;
import static org.gtmplan.lang.tests.BasePlan.assertNone;
import static org.gtmplan.lang.tests.BasePlan.assertOne;
import static org.gtmplan.lang.tests.BasePlan.assertOnlyCode;
import static org.gtmplan.lang.tests.BasePlan.base;
import static org.gtmplan.lang.tests.BasePlan.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.gtmplan.lang.issues.GtmIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The 4P workstreams and their owners: missing-pillar, missing-owner, owner-overload, non-working-day, overdue. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GtmInjectorProvider.class)
class WorkstreamChecksTest {

    @Inject
    private PlanFixtures fixtures;

    private List<Issue> validate(BasePlan plan) {
        return fixtures.validate(plan.text());
    }

    /** As {@code gtm validate --as-of}: the day travels with the plan's resource set (ValidationOptions). */
    private List<Issue> validateAsOf(LocalDate asOf, BasePlan plan) {
        return fixtures.validateAsOf(asOf, plan.text());
    }

    // ---- missing-pillar ------------------------------------------------------------------------

    @Test
    void aPillarWithoutWorkstreamIsReportedAtThePlanName() {
        BasePlan plan = base().replace("pillar promotion", "pillar product");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.MISSING_PILLAR);
        Issue issue = assertOne(issues, GtmIssueCodes.MISSING_PILLAR, Severity.WARNING, 1, 6);
        assertMessageContains(issue, "promotion pillar");
    }

    @Test
    void oneDiagnosticPerMissingPillar() {
        BasePlan plan = base().replace("pillar promotion", "pillar product").replace("pillar price", "pillar product");
        List<Issue> issues = withCode(validate(plan), GtmIssueCodes.MISSING_PILLAR);
        assertEquals(2, issues.size(), BasePlan.show(issues));
        assertEquals(2, issues.stream().filter(i -> i.getMessage().contains("price pillar")
                || i.getMessage().contains("promotion pillar")).count(), BasePlan.show(issues));
    }

    @Test
    void anEmptyWorkstreamCoversItsPillar() {
        BasePlan plan = base().replace("pillar promotion", "pillar product")
                .add("workstream promo2 \"More promotion\" pillar promotion owner carol {\n}");
        assertNoIssue(validate(plan));
    }

    // ---- missing-owner -------------------------------------------------------------------------

    @Test
    void aWorkstreamWithoutOwnerAndItsTaskWithoutOwnerAreBothErrors() {
        BasePlan plan = base().replace("pillar promotion owner carol {", "pillar promotion {");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.MISSING_OWNER);
        assertEquals(2, issues.size(), BasePlan.show(issues));
        assertEquals(plan.line("workstream promotion"), issues.get(0).getLineNumber());
        assertEquals(plan.column("workstream promotion", "promotion"), issues.get(0).getColumn());
        assertEquals(Severity.ERROR, issues.get(0).getSeverity());
        assertEquals(plan.line("task training"), issues.get(1).getLineNumber());
        assertEquals(plan.column("task training", "training"), issues.get(1).getColumn());
        assertEquals(Severity.ERROR, issues.get(1).getSeverity());
        assertMessageContains(issues.get(0), "Workstream `promotion` has no owner");
        assertMessageContains(issues.get(1), "Task `training` has no owner, and its workstream `promotion` has none to lend it");
    }

    @Test
    void aTaskWithItsOwnOwnerNeedsNoneFromItsWorkstream() {
        BasePlan plan = base().replace("pillar promotion owner carol {", "pillar promotion {")
                .replace("task training \"Sales training\" due", "task training \"Sales training\" owner alice due");
        assertOne(validate(plan), GtmIssueCodes.MISSING_OWNER, Severity.ERROR, plan.line("workstream promotion"), 0);
    }

    @Test
    void aTaskInheritsItsWorkstreamsOwner() {
        // every task of the base plan but one inherits its owner
        assertNone(validate(base()), GtmIssueCodes.MISSING_OWNER);
    }

    @Test
    void anOwnerThatDoesNotResolveIsOnlyUnresolved() {
        BasePlan plan = base().replace("pillar promotion owner carol {", "pillar promotion owner zed {");
        List<Issue> issues = validate(plan);
        assertNone(issues, GtmIssueCodes.MISSING_OWNER);
        assertOne(issues, GtmIssueCodes.UNRESOLVED_REFERENCE, Severity.ERROR, plan.line("workstream promotion"), 0);
    }

    // ---- owner-overload ------------------------------------------------------------------------

    /** Bob owns samples (Fri 2026-07-10, ISO week 28) and gets four more that week, inherited from his workstream. */
    private static BasePlan bobsBusyWeek() {
        return base().replace("task samples \"Demo units\" due T-60d", """
                task samples "Demo units" due T-60d
                        task s1 "S1" due T-64d
                        task s2 "S2" due T-63d
                        task s3 "S3" due T-62d
                        task s4 "S4" due T-61d""");
    }

    @Test
    void aSixthTaskInOneWeekIsReportedAtItsDue() {
        // the sixth is his own, in another workstream, on the Sunday closing ISO week 28
        BasePlan plan = bobsBusyWeek().replace("task priceBand \"Price band\" due GR2 status done",
                "task priceBand \"Price band\" due GR2 status done\n        task s5 \"S5\" owner bob due T-58d");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.OWNER_OVERLOAD);
        Issue issue = assertOne(issues, GtmIssueCodes.OWNER_OVERLOAD, Severity.INFO, plan.line("task s5"),
                plan.column("task s5", "T-58d"));
        assertMessageContains(issue, "bob has more than 5 tasks due in ISO week 2026-W28",
                "`s5` due Sun 2026-07-12 (T-58d)");
    }

    @Test
    void exactlyOwnerWeeklyMaxTasksInAWeekIsFine() {
        assertNoIssue(validate(bobsBusyWeek()));
    }

    @Test
    void theMondayAfterStartsANewWeek() {
        BasePlan plan = bobsBusyWeek().replace("task priceBand \"Price band\" due GR2 status done",
                "task priceBand \"Price band\" due GR2 status done\n        task s5 \"S5\" owner bob due T-57d");
        assertNoIssue(validate(plan));
    }

    @Test
    void aTeamsTasksCountForTheTeamNotForItsMembers() {
        BasePlan plan = base().replace("task samples \"Demo units\" due T-60d", """
                task samples "Demo units" due T-60d
                        task a1 "A1" owner alice due T-64d
                        task a2 "A2" owner alice due T-63d
                        task a3 "A3" owner alice due T-62d
                        task m1 "M1" owner MT due T-64d
                        task m2 "M2" owner MT due T-63d
                        task m3 "M3" owner MT due T-62d""");
        assertNoIssue(validate(plan));
    }

    @Test
    void ownerWeeklyMaxSettingMovesTheThreshold() {
        BasePlan six = bobsBusyWeek().replace("task priceBand \"Price band\" due GR2 status done",
                "task priceBand \"Price band\" due GR2 status done\n        task s5 \"S5\" owner bob due T-58d");
        assertNoIssue(validate(six.add("settings { ownerWeeklyMax 6 }")));
        BasePlan five = bobsBusyWeek().add("settings { ownerWeeklyMax 4 }");
        Issue issue = assertOne(validate(five), GtmIssueCodes.OWNER_OVERLOAD, Severity.INFO, five.line("task s4"), 0);
        assertMessageContains(issue, "more than 4 tasks");
    }

    // ---- non-working-day -----------------------------------------------------------------------

    @Test
    void aTaskDueOnASaturdayWithWorkdaysIsReportedAtItsDue() {
        BasePlan plan = base().add("workdays MON..FRI").replace("due T-60d", "due T-59d");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.NON_WORKING_DAY);
        Issue issue = assertOne(issues, GtmIssueCodes.NON_WORKING_DAY, Severity.WARNING, plan.line("task samples"),
                plan.column("task samples", "T-59d"));
        assertMessageContains(issue, "`samples` falls on Sat 2026-07-11 (T-59d)", "previous working day is Fri 2026-07-10 (T-60d)");
    }

    @Test
    void aGateOnASaturdayIsReportedAtItsDate() {
        BasePlan plan = base().add("workdays MON..FRI").replace("at T-32d", "at T-31d");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.NON_WORKING_DAY);
        assertOne(issues, GtmIssueCodes.NON_WORKING_DAY, Severity.WARNING, plan.line("gate GR4"), plan.column("gate GR4", "T-31d"));
    }

    @Test
    void aTaskDueOnAHolidayIsReported() {
        BasePlan plan = base().add("workdays MON..FRI\nholidays off\nholidays off {\n    2026-06-10 \"Off\"\n}");
        Issue issue = assertOne(validate(plan), GtmIssueCodes.NON_WORKING_DAY, Severity.WARNING, plan.line("task forecast"), 0);
        assertMessageContains(issue, "Wed 2026-06-10 (T-90d), a holiday", "previous working day is Tue 2026-06-09 (T-91d)");
    }

    @Test
    void withoutWorkdaysASaturdayIsFine() {
        assertNoIssue(validate(base().replace("due T-60d", "due T-59d").replace("at T-32d", "at T-31d")));
    }

    @Test
    void milestonesMayFallOnAnyDay() {
        // "Sat 2026-09-12 (T+4d)": a first sale on a Saturday is normal.
        assertNoIssue(validate(base().add("workdays MON..FRI").replace("at T+3d kind firstSale", "at T+4d kind firstSale")));
    }

    @Test
    void theWorkdaysDecideWhatAWorkingDayIs() {
        assertNoIssue(validate(base().add("workdays MON..SAT").replace("due T-60d", "due T-59d")));
    }

    // ---- overdue -------------------------------------------------------------------------------

    @Test
    void aTaskNotDoneDueBeforeTheAsOfDateIsOverdue() {
        BasePlan plan = base();
        List<Issue> issues = validateAsOf(LocalDate.of(2026, 6, 11), plan);
        assertOnlyCode(issues, GtmIssueCodes.OVERDUE);
        Issue issue = assertOne(issues, GtmIssueCodes.OVERDUE, Severity.WARNING, plan.line("task forecast"),
                plan.column("task forecast", "T-90d"));
        assertMessageContains(issue, "`forecast` was due Wed 2026-06-10 (T-90d) and is todo as of Thu 2026-06-11 (T-89d)");
    }

    @Test
    void aTaskDueOnTheAsOfDateIsNotOverdue() {
        assertNoIssue(validateAsOf(LocalDate.of(2026, 6, 10), base()));
    }

    @Test
    void aDoneTaskIsNeverOverdue() {
        // priceBand (done) is due at GR2, long before the as-of date; forecast is done too
        assertNoIssue(validateAsOf(LocalDate.of(2026, 6, 11), base().replace("kind supplyForecast", "kind supplyForecast status done")));
    }

    @Test
    void theMessageSaysTheTasksStatus() {
        BasePlan plan = base().replace("kind supplyForecast", "kind supplyForecast status blocked");
        Issue issue = assertOne(validateAsOf(LocalDate.of(2026, 6, 11), plan), GtmIssueCodes.OVERDUE, Severity.WARNING, plan.line("task forecast"), 0);
        assertMessageContains(issue, "and is blocked as of");
    }

    @Test
    void withoutAnAsOfDateNothingIsOverdue() {
        assertNone(validate(base().replace("due T-90d", "due 2026-03-03")), GtmIssueCodes.OVERDUE);
    }
}
