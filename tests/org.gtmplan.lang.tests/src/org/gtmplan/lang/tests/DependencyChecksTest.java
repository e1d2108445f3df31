package org.gtmplan.lang.tests;

import static org.gtmplan.lang.tests.BasePlan.assertMessageContains;
import static org.gtmplan.lang.tests.BasePlan.assertNoIssue;
import static org.gtmplan.lang.tests.BasePlan.assertOne;
import static org.gtmplan.lang.tests.BasePlan.assertOnlyCode;
import static org.gtmplan.lang.tests.BasePlan.base;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.gtmplan.lang.issues.GtmIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** {@code after} links: dependency-cycle, dependency-order, not-enough-time. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GtmInjectorProvider.class)
class DependencyChecksTest {

    @Inject
    private PlanFixtures fixtures;

    private List<Issue> validate(BasePlan plan) {
        return fixtures.validate(plan.text());
    }

    /** Adds tasks to the product workstream (owner bob), after samples (Fri 2026-07-10, T-60d). */
    private static BasePlan withTasks(String tasks) {
        return base().replace("task samples \"Demo units\" due T-60d",
                "task samples \"Demo units\" due T-60d\n        " + tasks.replace("\n", "\n        "));
    }

    private static int columnOfReference(BasePlan plan, String lineSnippet, String afterClause) {
        return plan.column(lineSnippet, afterClause) + afterClause.indexOf(' ') + 1;
    }

    // ---- dependency-cycle ----------------------------------------------------------------------

    @Test
    void aCycleIsReportedOnceAtTheLinkClosingIt() {
        BasePlan plan = withTasks("task a \"A\" due T-50d after b\ntask b \"B\" due T-50d after a");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.DEPENDENCY_CYCLE);
        Issue issue = assertOne(issues, GtmIssueCodes.DEPENDENCY_CYCLE, Severity.ERROR, plan.line("task b"),
                columnOfReference(plan, "task b", "after a"));
        assertMessageContains(issue, "a -> b -> a");
    }

    @Test
    void aTaskAfterItselfIsACycle() {
        BasePlan plan = withTasks("task a \"A\" due T-50d after a");
        Issue issue = assertOne(validate(plan), GtmIssueCodes.DEPENDENCY_CYCLE, Severity.ERROR, plan.line("task a"),
                columnOfReference(plan, "task a", "after a"));
        assertMessageContains(issue, "a -> a");
    }

    @Test
    void aLongCycleNamesEveryTask() {
        BasePlan plan = withTasks("task a \"A\" due T-50d after c\ntask b \"B\" due T-50d after a\ntask c \"C\" due T-50d after b");
        Issue issue = assertOne(validate(plan), GtmIssueCodes.DEPENDENCY_CYCLE, Severity.ERROR, plan.line("task b"),
                columnOfReference(plan, "task b", "after a"));
        assertMessageContains(issue, "a -> c -> b -> a");
    }

    @Test
    void aDiamondIsNoCycle() {
        assertNoIssue(validate(withTasks("task a \"A\" due T-50d after samples\ntask b \"B\" due T-40d after a\n"
                + "task c \"C\" due T-40d after a\ntask d \"D\" due T-30d after b, c")));
    }

    // ---- dependency-order ----------------------------------------------------------------------

    @Test
    void aTaskDueBeforeItsPredecessorIsReportedAtTheReference() {
        BasePlan plan = withTasks("task a \"A\" due T-61d after samples");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.DEPENDENCY_ORDER);
        Issue issue = assertOne(issues, GtmIssueCodes.DEPENDENCY_ORDER, Severity.ERROR, plan.line("task a"),
                columnOfReference(plan, "task a", "after samples"));
        assertMessageContains(issue, "`a` is due Thu 2026-07-09 (T-61d)", "`samples` it comes after, due Fri 2026-07-10 (T-60d)");
    }

    @Test
    void aTaskDueTheSameDayAsItsPredecessorIsFine() {
        assertNoIssue(validate(withTasks("task a \"A\" due T-60d after samples")));
    }

    @Test
    void onlyTheLateLinkIsReported() {
        BasePlan plan = withTasks("task a \"A\" due T-61d after priceBand, samples");
        assertOne(validate(plan), GtmIssueCodes.DEPENDENCY_ORDER, Severity.ERROR, plan.line("task a"),
                plan.column("task a", "samples"));
    }

    // ---- not-enough-time -----------------------------------------------------------------------

    @Test
    void effortStartingBeforeThePredecessorIsDueIsReportedAtTheEffort() {
        BasePlan plan = withTasks("task a \"A\" due T-50d after samples effort 11d");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.NOT_ENOUGH_TIME);
        Issue issue = assertOne(issues, GtmIssueCodes.NOT_ENOUGH_TIME, Severity.WARNING, plan.line("task a"),
                plan.column("task a", "11d"));
        assertMessageContains(issue, "needs 11d and so starts Thu 2026-07-09 (T-61d)", "`samples` it comes after is due Fri 2026-07-10 (T-60d)");
    }

    @Test
    void effortEndingExactlyAtThePredecessorsDueIsFine() {
        assertNoIssue(validate(withTasks("task a \"A\" due T-50d after samples effort 10d")));
    }

    @Test
    void effortInWorkingDaysAndWeeks() {
        // due Wed 2026-07-15: 3 working days back is Fri 2026-07-10, the predecessor's due; 4 is one too many
        assertNoIssue(validate(withTasks("task a \"A\" due T-55d after samples effort 3wd")));
        BasePlan plan = withTasks("task a \"A\" due T-55d after samples effort 4wd");
        Issue issue = assertOne(validate(plan), GtmIssueCodes.NOT_ENOUGH_TIME, Severity.WARNING, plan.line("task a"), 0);
        assertMessageContains(issue, "starts Thu 2026-07-09 (T-61d)");
        assertNoIssue(validate(withTasks("task a \"A\" due T-46d after samples effort 2w")));
        assertOne(validate(withTasks("task a \"A\" due T-47d after samples effort 2w")), GtmIssueCodes.NOT_ENOUGH_TIME,
                Severity.WARNING, plan.line("task a"), 0);
    }

    @Test
    void effortWithoutPredecessorIsFine() {
        assertNoIssue(validate(withTasks("task a \"A\" due T-50d effort 300d")));
    }
}
