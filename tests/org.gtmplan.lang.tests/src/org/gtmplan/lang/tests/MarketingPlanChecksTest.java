package org.gtmplan.lang.tests;

import static org.gtmplan.lang.tests.BasePlan.assertMessageContains;
import static org.gtmplan.lang.tests.BasePlan.assertNoIssue;
import static org.gtmplan.lang.tests.BasePlan.assertNone;
import static org.gtmplan.lang.tests.BasePlan.assertOne;
import static org.gtmplan.lang.tests.BasePlan.assertOnlyCode;
import static org.gtmplan.lang.tests.BasePlan.base;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.gtmplan.lang.issues.GtmIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;

/**
 * The marketing plan: msp-missing, msp-incomplete, invalid-quantity, activity-without-effect,
 * too-many-company-activities, over-budget, currency-mismatch.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GtmInjectorProvider.class)
class MarketingPlanChecksTest {

    private static final String MSP = "msp \"Marketing plan\"";

    @Inject
    private PlanFixtures fixtures;

    private List<Issue> validate(BasePlan plan) {
        return fixtures.validate(plan.text());
    }

    // ---- msp-missing, msp-incomplete -----------------------------------------------------------

    @Test
    void aPlanWithoutMspIsReportedAtItsName() {
        List<Issue> issues = validate(base().removeBlock(MSP));
        assertOnlyCode(issues, GtmIssueCodes.MSP_MISSING);
        assertOne(issues, GtmIssueCodes.MSP_MISSING, Severity.WARNING, 1, 6);
    }

    @ParameterizedTest
    @CsvSource({ "goal, goal \"Top-2, goal \"Top-2", //
            "strategy, strategy \"Lead, strategy \"Lead", //
            "valueProposition, valueProposition, valueProposition", //
            "target, target leads, target share", //
            "activity, activity show, activity tour" })
    void eachMissingPartIsReportedAtTheMspTitle(String part, String first, String last) {
        BasePlan plan = base().removeLines(first, last);
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.MSP_INCOMPLETE);
        Issue issue = assertOne(issues, GtmIssueCodes.MSP_INCOMPLETE, Severity.WARNING, plan.line(MSP),
                plan.column(MSP, "\"Marketing plan\""));
        assertMessageContains(issue, "\"Marketing plan\" has no", "`" + part + "`");
    }

    @Test
    void anEmptyMspIsIncompleteButNotMissing() {
        BasePlan plan = base().removeBlock(MSP).add("msp \"Marketing plan\" {\n}");
        List<Issue> issues = validate(plan);
        assertNone(issues, GtmIssueCodes.MSP_MISSING);
        assertOnlyCode(issues, GtmIssueCodes.MSP_INCOMPLETE);
        assertEquals(5, issues.size(), BasePlan.show(issues));
    }

    @Test
    void theFiveRequiredPartsMakeAnMspComplete() {
        // no owner, budget or second target needed
        BasePlan plan = base().removeBlock(MSP).add("""
                msp "Lean plan" {
                    goal "g"
                    strategy "s"
                    valueProposition "v"
                    target nps 40 by T+90d
                    activity meetup "Meetup" level customer at T+20d expects leads 10
                }""");
        assertNone(validate(plan), GtmIssueCodes.MSP_INCOMPLETE);
        assertNoIssue(validate(plan));
    }

    @Test
    void oneDiagnosticPerMissingPart() {
        BasePlan plan = base().removeLines("goal \"Top-2", "valueProposition");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.MSP_INCOMPLETE);
        assertEquals(3, issues.size(), BasePlan.show(issues));
    }

    // ---- invalid-quantity ----------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { "100%", "0%", "18.5%" })
    void percentagesFromZeroToHundredAreValid(String share) {
        assertNoIssue(validate(base().replace("18%", share)));
    }

    @Test
    void aPercentageAboveHundredIsReportedAtTheValue() {
        BasePlan plan = base().replace("18%", "100.5%");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.INVALID_QUANTITY);
        Issue issue = assertOne(issues, GtmIssueCodes.INVALID_QUANTITY, Severity.ERROR, plan.line("target share"),
                plan.column("target share", "100.5%"));
        assertMessageContains(issue, "100.5%");
    }

    @Test
    void aNegativePercentageIsInvalid() {
        BasePlan plan = base().replace("18%", "-1%");
        assertOne(validate(plan), GtmIssueCodes.INVALID_QUANTITY, Severity.ERROR, plan.line("target share"),
                plan.column("target share", "-1%"));
    }

    @Test
    void aNegativeCountIsReportedAtTheNumber() {
        BasePlan plan = base().replace("target leads 500", "target leads -500");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.INVALID_QUANTITY);
        assertOne(issues, GtmIssueCodes.INVALID_QUANTITY, Severity.ERROR, plan.line("target leads"),
                plan.column("target leads", "-500"));
        assertNoIssue(validate(base().replace("target leads 500", "target leads 0")));
    }

    @Test
    void aNegativeAmountOfMoneyIsReportedAtTheNumber() {
        BasePlan plan = base().replace("budget 400 CNY", "budget -400 CNY");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.INVALID_QUANTITY);
        assertOne(issues, GtmIssueCodes.INVALID_QUANTITY, Severity.ERROR, plan.line("activity tour"),
                plan.column("activity tour", "-400"));
    }

    @Test
    void aNegativeExpectationIsInvalid() {
        BasePlan plan = base().replace("expects leads 200", "expects leads -200");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.INVALID_QUANTITY);
        assertOne(issues, GtmIssueCodes.INVALID_QUANTITY, Severity.ERROR, plan.line("activity tour"),
                plan.column("activity tour", "-200"));
    }

    @Test
    void anUnknownCurrencyIsReportedAtTheCode() {
        BasePlan plan = base().replace("budget 1000 CNY", "budget 1000 XYZ").replace("budget 600 CNY", "budget 600 XYZ")
                .replace("budget 400 CNY", "budget 400 XYZ");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.INVALID_QUANTITY);
        Issue first = issues.get(0);
        assertEquals(3, issues.size(), BasePlan.show(issues));
        assertEquals(plan.line("budget 1000"), first.getLineNumber());
        assertEquals(plan.column("budget 1000", "XYZ"), first.getColumn());
        assertMessageContains(first, "'XYZ' is not an ISO 4217 currency code");
    }

    @ParameterizedTest
    @ValueSource(strings = { "USD", "EUR", "JPY" })
    void isoCurrenciesAreValid(String currency) {
        BasePlan plan = base().replace("budget 1000 CNY", "budget 1000 " + currency)
                .replace("budget 600 CNY", "budget 600 " + currency).replace("budget 400 CNY", "budget 400 " + currency);
        assertNoIssue(validate(plan));
    }

    // ---- activity-without-effect ---------------------------------------------------------------

    @Test
    void anActivityExpectingNothingIsReportedAtItsName() {
        BasePlan plan = base().replace(" expects leads 200", "");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.ACTIVITY_WITHOUT_EFFECT);
        Issue issue = assertOne(issues, GtmIssueCodes.ACTIVITY_WITHOUT_EFFECT, Severity.WARNING, plan.line("activity tour"),
                plan.column("activity tour", "tour"));
        assertMessageContains(issue, "Activity `tour` does not say what it `expects`");
    }

    @Test
    void anyMetricIsAnEffect() {
        assertNoIssue(validate(base().replace("expects leads 200", "expects opportunities 0")));
        assertNoIssue(validate(base().replace("expects leads 200", "expects signups 20")));
    }

    // ---- too-many-company-activities ----------------------------------------------------------

    private static BasePlan withCompanyActivities(int extra) {
        StringBuilder lines = new StringBuilder();
        for (int i = 2; i < 2 + extra; i++) {
            lines.append("activity show").append(i).append(" \"Show ").append(i).append("\" level company at T+").append(i)
                    .append("d expects leads 10\n        ");
        }
        return base().replace("activity tour", lines + "activity tour");
    }

    @Test
    void aFourthCompanyActivityIsReportedAtItsLevel() {
        BasePlan plan = withCompanyActivities(3);
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.TOO_MANY_COMPANY_ACTIVITIES);
        Issue issue = assertOne(issues, GtmIssueCodes.TOO_MANY_COMPANY_ACTIVITIES, Severity.WARNING,
                plan.line("activity show4"), plan.column("activity show4", "company"));
        assertMessageContains(issue, "\"Marketing plan\" has 4 company-level activities", "companyActivitiesMax 3");
    }

    @Test
    void exactlyCompanyActivitiesMaxIsFine() {
        assertNoIssue(validate(withCompanyActivities(2)));
    }

    @Test
    void regionAndCustomerActivitiesDoNotCount() {
        BasePlan plan = base().replace("activity tour", "activity w1 \"Workshop\" level customer at T+5d expects leads 5\n"
                + "        activity w2 \"Workshop\" level customer at T+6d expects leads 5\n"
                + "        activity r2 \"Region\" level region at T+6d expects leads 5\n        activity tour");
        assertNoIssue(validate(plan));
    }

    @Test
    void companyActivitiesMaxSettingMovesTheThreshold() {
        assertNoIssue(validate(withCompanyActivities(3).add("settings { companyActivitiesMax 4 }")));
        BasePlan plan = withCompanyActivities(1).add("settings { companyActivitiesMax 1 }");
        Issue issue = assertOne(validate(plan), GtmIssueCodes.TOO_MANY_COMPANY_ACTIVITIES, Severity.WARNING,
                plan.line("activity show2"), 0);
        assertMessageContains(issue, "2 company-level activities", "companyActivitiesMax 1");
        assertNoIssue(validate(base().add("settings { companyActivitiesMax 1 }")));
    }

    // ---- over-budget ---------------------------------------------------------------------------

    @Test
    void activityBudgetsAboveTheMspBudgetAreReportedAtTheMspBudget() {
        BasePlan plan = base().replace("budget 400 CNY", "budget 400.5 CNY");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.OVER_BUDGET);
        Issue issue = assertOne(issues, GtmIssueCodes.OVER_BUDGET, Severity.ERROR, plan.line("budget 1000"),
                plan.column("budget 1000", "1000"));
        assertMessageContains(issue, "add up to 1000.5 CNY", "budget of 1000 CNY");
    }

    @Test
    void activityBudgetsExactlyEqualToTheMspBudgetAreFine() {
        // 600 + 400 = 1000 in the base plan; written differently, still equal
        assertNoIssue(validate(base().replace("budget 400 CNY", "budget 400.00 CNY")));
    }

    @Test
    void withoutAnMspBudgetNothingIsAddedUp() {
        assertNoIssue(validate(base().removeLine("budget 1000 CNY")));
    }

    // ---- currency-mismatch ---------------------------------------------------------------------

    @Test
    void aSecondCurrencyIsReportedAtItsCodeAndNothingIsAddedUp() {
        BasePlan plan = base().replace("budget 400 CNY", "budget 900 USD");
        List<Issue> issues = validate(plan);
        assertOnlyCode(issues, GtmIssueCodes.CURRENCY_MISMATCH);
        Issue issue = assertOne(issues, GtmIssueCodes.CURRENCY_MISMATCH, Severity.WARNING, plan.line("activity tour"),
                plan.column("activity tour", "USD"));
        assertMessageContains(issue, "\"Marketing plan\" mixes CNY and USD");
        assertNone(issues, GtmIssueCodes.OVER_BUDGET);
    }

    @Test
    void aMoneyTargetInAnotherCurrencyIsAMismatch() {
        BasePlan plan = base().replace("target leads 500 by T+30d", "target revenue 5000000 EUR by T+30d");
        assertOne(validate(plan), GtmIssueCodes.CURRENCY_MISMATCH, Severity.WARNING, plan.line("target revenue"),
                plan.column("target revenue", "EUR"));
        assertNoIssue(validate(base().replace("target leads 500 by T+30d", "target revenue 5000000 CNY by T+30d")));
    }
}
