package org.gtmplan.lang.tests;

import static org.gtmplan.lang.tests.BasePlan.assertMessageContains;
import static org.gtmplan.lang.tests.BasePlan.assertNoIssue;
import static org.gtmplan.lang.tests.BasePlan.assertNone;
import static org.gtmplan.lang.tests.BasePlan.assertOne;
import static org.gtmplan.lang.tests.BasePlan.assertOnlyCode;
import static org.gtmplan.lang.tests.BasePlan.base;
import static org.gtmplan.lang.tests.BasePlan.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.gtmplan.lang.issues.GtmIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The IPMS backbone of language.md §5: core milestones, gates, kickoff, launch and sale, end of life. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GtmInjectorProvider.class)
class MilestoneChecksTest {

    @Inject
    private PlanFixtures fixtures;

    private List<Issue> validate(BasePlan plan) {
        return fixtures.validate(plan.text());
    }

    @Test
    void basePlanHasNoDiagnostic() {
        assertNoIssue(validate(base()));
    }

    // ---- missing-core-milestone ----------------------------------------------------------------

    @Test
    void missingKickoffIsReportedAtThePlanName() {
        BasePlan plan = base().replace("at 2026-03-02 kind kickoff", "at 2026-03-02");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.MISSING_CORE_MILESTONE);
        Issue issue = assertOne(issues, GtmIssueCodes.MISSING_CORE_MILESTONE, Severity.WARNING, 1, 6);
        assertMessageContains(issue, "no kickoff milestone");
    }

    @Test
    void missingGr2AndGr4AreReportedOnceEach() {
        BasePlan plan = base().replace("gate GR2", "gate GR1").replace("due GR2", "due GR1").replace("gate GR4", "gate GR5");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.MISSING_CORE_MILESTONE);
        assertEquals(2, issues.size(), BasePlan.show(issues));
        assertMessageContains(issues.get(0), "GR2");
        assertMessageContains(issues.get(1), "GR4");
        assertEquals(1, issues.get(1).getLineNumber());
    }

    @Test
    void aMilestoneNamedKickoffWithoutTheKindIsNoKickoff() {
        BasePlan plan = base().replace("at 2026-03-02 kind kickoff", "at 2026-03-02 kind ga");
        assertOne(validate(plan), GtmIssueCodes.MISSING_CORE_MILESTONE, Severity.WARNING, 1, 6);
    }

    @Test
    void theKickoffKindCountsWhateverTheMilestoneIsCalled() {
        BasePlan plan = base().replace("milestone kickoff \"Kickoff\" at 2026-03-02 kind kickoff",
                "milestone kickoff \"Kickoff\" at 2026-03-02\n    milestone start \"Start\" at 2026-03-02 kind kickoff");
        assertNoIssue(validate(plan));
    }

    // ---- gate-order ----------------------------------------------------------------------------

    @Test
    void gr4BeforeGr2IsAnErrorAtGr4sDate() {
        BasePlan plan = base().replace("gate GR2 \"Start of expansion\" at T-151d", "gate GR2 \"Start of expansion\" at T-30d");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.GATE_ORDER);
        Issue issue = assertOne(issues, GtmIssueCodes.GATE_ORDER, Severity.ERROR, plan.line("gate GR4"),
                plan.column("gate GR4", "T-32d"));
        assertMessageContains(issue, "GR4 is on Fri 2026-08-07 (T-32d)", "before gate GR2 on Sun 2026-08-09 (T-30d)");
    }

    @Test
    void gatesOnTheSameDayAreInOrder() {
        BasePlan plan = base().replace("gate GR2 \"Start of expansion\" at T-151d", "gate GR2 \"Start of expansion\" at T-32d");
        assertNone(validate(plan), GtmIssueCodes.GATE_ORDER);
    }

    @Test
    void gateOrderIsReportedOncePerPair() {
        // GR1 T-100d, GR2 T-151d, GR3 T-120d, GR4 T-32d: GR2 < GR1 and GR3 < GR1, but GR3 > GR2.
        BasePlan plan = base().add("""
                gate GR1 "Opportunity" at T-100d decidedBy MT {
                    criterion opportunity "Opportunity sized"
                }
                gate GR3 "Plan" at T-120d decidedBy MT {
                    criterion planned "Plan agreed"
                }""");
        List<Issue> issues = withCode(validate(plan), GtmIssueCodes.GATE_ORDER);
        assertEquals(2, issues.size(), BasePlan.show(issues));
        assertEquals(plan.line("gate GR2"), issues.get(0).getLineNumber());
        assertMessageContains(issues.get(0), "before gate GR1");
        assertEquals(plan.line("gate GR3"), issues.get(1).getLineNumber());
        assertMessageContains(issues.get(1), "before gate GR1");
    }

    // ---- before-kickoff ------------------------------------------------------------------------

    @Test
    void aTaskDueBeforeTheKickoffIsReportedAtItsDue() {
        BasePlan plan = base().replace("due T-60d", "due 2026-03-01");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.BEFORE_KICKOFF);
        Issue issue = assertOne(issues, GtmIssueCodes.BEFORE_KICKOFF, Severity.WARNING, plan.line("task samples"),
                plan.column("task samples", "2026-03-01"));
        assertMessageContains(issue, "Task `samples` is on Sun 2026-03-01 (T-191d)", "kickoff `kickoff` on Mon 2026-03-02 (T-190d)");
    }

    @Test
    void aTaskDueOnTheKickoffDayIsFine() {
        assertNone(validate(base().replace("due T-60d", "due 2026-03-02")), GtmIssueCodes.BEFORE_KICKOFF);
    }

    @Test
    void gatesAndMilestonesBeforeTheKickoffAreReportedToo() {
        BasePlan plan = base().replace("at T-151d", "at 2026-02-27").replace("at T+540d kind eol", "at 2026-01-05 kind eol");
        List<Issue> issues = withCode(validate(plan), GtmIssueCodes.BEFORE_KICKOFF);
        // the gate, the milestone, and the task due at the gate
        assertEquals(3, issues.size(), BasePlan.show(issues));
        assertEquals(List.of(plan.line("gate GR2"), plan.line("milestone eol"), plan.line("task priceBand")),
                issues.stream().map(Issue::getLineNumber).sorted().toList());
    }

    // ---- gate-without-criteria, gate-without-decider -----------------------------------------

    @Test
    void aGateWithoutCriterionIsReportedAtItsName() {
        BasePlan plan = base().removeLine("criterion markets");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.GATE_WITHOUT_CRITERIA);
        assertOne(issues, GtmIssueCodes.GATE_WITHOUT_CRITERIA, Severity.WARNING, plan.line("gate GR2"),
                plan.column("gate GR2", "GR2"));
    }

    @Test
    void oneCriterionIsEnough() {
        BasePlan plan = base().replace("criterion markets \"Markets chosen\" owner alice", "criterion markets \"Markets chosen\"");
        assertNoIssue(validate(plan));
    }

    @Test
    void aGateWithoutDeciderIsReportedAtItsName() {
        BasePlan plan = base().replace("at T-32d decidedBy MT", "at T-32d");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.GATE_WITHOUT_DECIDER);
        assertOne(issues, GtmIssueCodes.GATE_WITHOUT_DECIDER, Severity.WARNING, plan.line("gate GR4"),
                plan.column("gate GR4", "GR4"));
    }

    @Test
    void aPersonMayDecideAGate() {
        assertNoIssue(validate(base().replace("at T-32d decidedBy MT", "at T-32d decidedBy alice")));
    }

    // ---- required-after-gate -------------------------------------------------------------------

    @Test
    void aRequiredTaskDueAfterTheGateIsReportedAtTheReference() {
        BasePlan plan = base().replace("due T-35d", "due T-31d");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.REQUIRED_AFTER_GATE);
        Issue issue = assertOne(issues, GtmIssueCodes.REQUIRED_AFTER_GATE, Severity.ERROR, plan.line("requires training"),
                plan.column("requires training", "training"));
        assertMessageContains(issue, "`training` is due Sat 2026-08-08 (T-31d), after gate GR4 on Fri 2026-08-07 (T-32d)");
    }

    @Test
    void aRequiredTaskDueOnTheGateDayIsFine() {
        assertNoIssue(validate(base().replace("due T-35d", "due T-32d")));
    }

    // ---- launch-without-sale -------------------------------------------------------------------

    @Test
    void firstSaleOneDayTooLateIsReportedAtTheLaunchEvent() {
        BasePlan plan = base().replace("at T+3d kind firstSale", "at T+15d kind firstSale");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.LAUNCH_WITHOUT_SALE);
        Issue issue = assertOne(issues, GtmIssueCodes.LAUNCH_WITHOUT_SALE, Severity.WARNING, plan.line("milestone launch"),
                plan.column("milestone launch", "launch \""));
        assertMessageContains(issue, "`launch` on Tue 2026-09-08 (T)", "within 14d", "by Tue 2026-09-22 (T+14d)");
    }

    @Test
    void firstSaleExactlyLaunchToSaleMaxAfterTheLaunchIsFine() {
        assertNoIssue(validate(base().replace("at T+3d kind firstSale", "at T+14d kind firstSale")));
    }

    @Test
    void firstSaleOnTheLaunchDayIsFine() {
        assertNoIssue(validate(base().replace("at T+3d kind firstSale", "at T kind firstSale")));
    }

    @Test
    void aFirstSaleBeforeTheLaunchDoesNotFollowIt() {
        BasePlan plan = base().replace("at T+3d kind firstSale", "at T-1d kind firstSale");
        assertOne(validate(plan), GtmIssueCodes.LAUNCH_WITHOUT_SALE, Severity.WARNING, plan.line("milestone launch"), 0);
    }

    @Test
    void noFirstSaleAtAll() {
        BasePlan plan = base().replace("at T+3d kind firstSale", "at T+3d kind ga");
        assertOne(validate(plan), GtmIssueCodes.LAUNCH_WITHOUT_SALE, Severity.WARNING, plan.line("milestone launch"), 0);
    }

    @Test
    void launchToSaleMaxSettingMovesTheThreshold() {
        BasePlan late = base().replace("at T+3d kind firstSale", "at T+15d kind firstSale");
        assertNoIssue(validate(late.add("settings {\n    launchToSaleMax 15d\n}")));
        BasePlan strict = base().add("settings { launchToSaleMax 2d }");
        Issue issue = assertOne(validate(strict), GtmIssueCodes.LAUNCH_WITHOUT_SALE, Severity.WARNING,
                strict.line("milestone launch"), 0);
        assertMessageContains(issue, "within 2d", "by Thu 2026-09-10 (T+2d)");
        assertNoIssue(validate(base().add("settings { launchToSaleMax 3d }")));
    }

    @Test
    void launchToSaleMaxInWorkingDays() {
        // T is Tue 2026-09-08; 5 working days later (MON..FRI by default) is Tue 2026-09-15 = T+7d.
        assertNoIssue(validate(base().replace("at T+3d kind firstSale", "at T+7d kind firstSale")
                .add("settings { launchToSaleMax 5wd }")));
        BasePlan late = base().replace("at T+3d kind firstSale", "at T+8d kind firstSale").add("settings { launchToSaleMax 5wd }");
        Issue issue = assertOne(validate(late), GtmIssueCodes.LAUNCH_WITHOUT_SALE, Severity.WARNING, late.line("milestone launch"), 0);
        assertMessageContains(issue, "within 5wd", "by Tue 2026-09-15 (T+7d)");
    }

    @Test
    void workingDaysInSettingsSkipThePlansHolidays() {
        // With Wed and Thu off, 2 working days after Tue 2026-09-08 is Mon 2026-09-14 (T+6d).
        String calendar = "workdays MON..FRI\nholidays off\nholidays off {\n    2026-09-09 .. 2026-09-10 \"Off\"\n}\n"
                + "settings { launchToSaleMax 2wd }";
        assertNoIssue(validate(base().replace("at T+3d kind firstSale", "at T+6d kind firstSale").add(calendar)));
        BasePlan late = base().replace("at T+3d kind firstSale", "at T+7d kind firstSale").add(calendar);
        Issue issue = assertOne(validate(late), GtmIssueCodes.LAUNCH_WITHOUT_SALE, Severity.WARNING, late.line("milestone launch"), 0);
        assertMessageContains(issue, "by Mon 2026-09-14 (T+6d)");
    }

    @Test
    void everyLaunchEventNeedsItsOwnFirstSale() {
        BasePlan plan = base().add("milestone relaunch \"Second launch\" at T+100d kind launchEvent");
        assertOne(validate(plan), GtmIssueCodes.LAUNCH_WITHOUT_SALE, Severity.WARNING, plan.line("milestone relaunch"), 0);
        assertNoIssue(validate(base().add("milestone relaunch \"Second launch\" at T+100d kind launchEvent\n"
                + "milestone resale \"Second sale\" at T+110d kind firstSale")));
    }

    // ---- missing-eol ---------------------------------------------------------------------------

    @Test
    void noEndOfLifeMilestoneIsAnInfoAtThePlanName() {
        BasePlan plan = base().replace("at T+540d kind eol", "at T+540d kind ga");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.MISSING_EOL);
        assertOne(issues, GtmIssueCodes.MISSING_EOL, Severity.INFO, 1, 6);
    }

    @Test
    void theEolKindCountsWhateverTheMilestoneIsCalled() {
        assertNoIssue(validate(base().replace("milestone eol \"End of life\"", "milestone endOfSale \"End of sale\"")));
    }
}
