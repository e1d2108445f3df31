package org.gtmplan.lang.model;

import java.math.BigDecimal;

import org.gtmplan.lang.gtm.Activity;
import org.gtmplan.lang.gtm.Money;
import org.gtmplan.lang.gtm.Msp;

/**
 * What a marketing plan's activities cost together: the one sum the over-budget check holds against
 * the msp's budget and the documents show beside it.
 *
 * @param amount the sum of the activity budgets
 * @param currency their one currency
 */
public record MspBudget(BigDecimal amount, String currency) {

    /**
     * The sum of the budgets of {@code msp}'s activities that give an amount and a currency; null when
     * none does, or when they use more than one currency (nothing is added up then).
     */
    public static MspBudget ofActivities(Msp msp) {
        String currency = null;
        BigDecimal sum = BigDecimal.ZERO;
        for (Activity activity : msp.getActivities()) {
            Money budget = activity.getBudget();
            if (budget == null || budget.getAmount() == null || budget.getCurrency() == null) {
                continue;
            }
            if (currency == null) {
                currency = budget.getCurrency();
            } else if (!currency.equals(budget.getCurrency())) {
                return null;
            }
            sum = sum.add(budget.getAmount());
        }
        return currency == null ? null : new MspBudget(sum, currency);
    }
}
