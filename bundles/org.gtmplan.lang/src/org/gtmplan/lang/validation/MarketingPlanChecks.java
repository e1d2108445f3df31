package org.gtmplan.lang.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.eclipse.xtext.validation.Check;
import org.gtmplan.lang.gtm.Activity;
import org.gtmplan.lang.gtm.ActivityLevel;
import org.gtmplan.lang.gtm.Count;
import org.gtmplan.lang.gtm.GtmPackage;
import org.gtmplan.lang.gtm.Money;
import org.gtmplan.lang.gtm.Msp;
import org.gtmplan.lang.gtm.Percentage;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.gtm.Target;
import org.gtmplan.lang.model.MspBudget;
import org.gtmplan.lang.issues.GtmIssueCodes;

/**
 * The marketing plan (MSP) is the battle plan: goal, strategy, value proposition, measurable
 * targets and activities judged by their effect, few company-level shows, and a budget that
 * adds up. Money is exact (BigDecimal) and in ISO 4217 currencies.
 */
public class MarketingPlanChecks extends ComposedPlanCheck {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Check
    public void checkPlanHasMsp(Plan plan) {
        if (analysis(plan).index().msps().isEmpty()) {
            report("Plan " + plan.getName() + " has no marketing plan: add an `msp` with goal, strategy, value proposition,"
                    + " targets and activities", GtmPackage.Literals.TOP_ELEMENT__NAME, GtmIssueCodes.MSP_MISSING);
        }
    }

    @Check
    public void checkMspComplete(Msp msp) {
        reportMissingPart(msp, msp.getGoal() == null, "goal", "a `goal`");
        reportMissingPart(msp, msp.getStrategy() == null, "strategy", "a launch `strategy`");
        reportMissingPart(msp, msp.getValueProposition() == null, "valueProposition", "a `valueProposition`");
        reportMissingPart(msp, msp.getTargets().isEmpty(), "target", "a measurable `target`");
        reportMissingPart(msp, msp.getActivities().isEmpty(), "activity", "an `activity`");
    }

    private void reportMissingPart(Msp msp, boolean missing, String part, String words) {
        if (missing) {
            report("The marketing plan \"" + msp.getTitle() + "\" has no " + words.substring(words.indexOf('`')),
                    GtmPackage.Literals.MSP__TITLE, GtmIssueCodes.MSP_INCOMPLETE, part);
        }
    }

    @Check
    public void checkActivityHasEffect(Activity activity) {
        if (activity.getExpectedMetric() == null) {
            report("Activity `" + activity.getName() + "` does not say what it `expects` (leads, opportunities...): an activity"
                    + " is judged by its effect", GtmPackage.Literals.ACTIVITY__NAME, GtmIssueCodes.ACTIVITY_WITHOUT_EFFECT);
        }
        if (activity.getExpected() != null && activity.getExpected().signum() < 0) {
            report("Activity `" + activity.getName() + "` expects a negative number", GtmPackage.Literals.ACTIVITY__EXPECTED,
                    GtmIssueCodes.INVALID_QUANTITY);
        }
    }

    @Check
    public void checkCompanyActivities(Msp msp) {
        PlanAnalysis analysis = analysis(msp);
        int max = analysis == null ? PlanSettingsDefaults.COMPANY_ACTIVITIES_MAX : analysis.settings().companyActivitiesMax();
        int count = 0;
        for (Activity activity : msp.getActivities()) {
            if (activity.getLevel() == ActivityLevel.COMPANY && ++count == max + 1) {
                long total = msp.getActivities().stream().filter(a -> a.getLevel() == ActivityLevel.COMPANY).count();
                report("The marketing plan \"" + msp.getTitle() + "\" has " + total
                        + " company-level activities, more than companyActivitiesMax " + max
                        + ": company shows should be few and planned centrally", activity, GtmPackage.Literals.ACTIVITY__LEVEL,
                        GtmIssueCodes.TOO_MANY_COMPANY_ACTIVITIES);
            }
        }
    }

    /** Amounts of one msp in one currency add up; budgets of activities stay within the msp's. */
    @Check
    public void checkBudget(Msp msp) {
        List<Money> amounts = new ArrayList<>();
        if (msp.getBudget() != null) {
            amounts.add(msp.getBudget());
        }
        for (Target target : msp.getTargets()) {
            if (target.getQuantity() instanceof Money money) {
                amounts.add(money);
            }
        }
        for (Activity activity : msp.getActivities()) {
            if (activity.getBudget() != null) {
                amounts.add(activity.getBudget());
            }
        }
        String currency = null;
        for (Money money : amounts) {
            if (money.getCurrency() == null) {
                continue;
            }
            if (currency == null) {
                currency = money.getCurrency();
            } else if (!currency.equals(money.getCurrency())) {
                report("The marketing plan \"" + msp.getTitle() + "\" mixes " + currency + " and " + money.getCurrency()
                        + ": amounts in one msp use one currency, so nothing is added up", money,
                        GtmPackage.Literals.MONEY__CURRENCY, GtmIssueCodes.CURRENCY_MISMATCH);
                return;
            }
        }
        if (msp.getBudget() == null || msp.getBudget().getAmount() == null) {
            return;
        }
        MspBudget activities = MspBudget.ofActivities(msp);
        BigDecimal spent = activities == null ? BigDecimal.ZERO : activities.amount();
        if (spent.compareTo(msp.getBudget().getAmount()) > 0) {
            report("Activity budgets add up to " + spent.toPlainString() + " " + currency + ", more than the marketing plan's budget of "
                    + msp.getBudget().getAmount().toPlainString() + " " + currency, msp, GtmPackage.Literals.MSP__BUDGET,
                    GtmIssueCodes.OVER_BUDGET);
        }
    }

    @Check
    public void checkMoney(Money money) {
        if (money.getAmount() != null && money.getAmount().signum() < 0) {
            report("An amount cannot be negative: " + money.getAmount().toPlainString() + " " + money.getCurrency(),
                    GtmPackage.Literals.MONEY__AMOUNT, GtmIssueCodes.INVALID_QUANTITY);
        }
        if (money.getCurrency() != null && !isIsoCurrency(money.getCurrency())) {
            report("'" + money.getCurrency() + "' is not an ISO 4217 currency code (such as CNY, EUR, USD)",
                    GtmPackage.Literals.MONEY__CURRENCY, GtmIssueCodes.INVALID_QUANTITY);
        }
    }

    @Check
    public void checkCount(Count count) {
        if (count.getAmount() != null && count.getAmount().signum() < 0) {
            report("A quantity cannot be negative: " + count.getAmount().toPlainString(), GtmPackage.Literals.COUNT__AMOUNT,
                    GtmIssueCodes.INVALID_QUANTITY);
        }
    }

    @Check
    public void checkPercentage(Percentage percentage) {
        BigDecimal value = percentage.getValue();
        if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            report("A percentage lies between 0% and 100%, not " + value.toPlainString() + "%",
                    GtmPackage.Literals.PERCENTAGE__VALUE, GtmIssueCodes.INVALID_QUANTITY);
        }
    }

    static boolean isIsoCurrency(String code) {
        if (code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static final class PlanSettingsDefaults {
        static final int COMPANY_ACTIVITIES_MAX = org.gtmplan.lang.model.PlanSettings.DEFAULTS.companyActivitiesMax();
    }
}
