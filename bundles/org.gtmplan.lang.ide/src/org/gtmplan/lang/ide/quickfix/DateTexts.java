package org.gtmplan.lang.ide.quickfix;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.gtmplan.lang.dates.DateResolver;
import org.gtmplan.lang.dates.ResolvedDates;
import org.gtmplan.lang.gtm.DateExpr;
import org.gtmplan.lang.gtm.Dated;

/**
 * Writes a calendar day as a date expression a person would write: hung on a named anchor
 * ({@code firstSale-1d}) when that anchor does not itself depend on the element being changed,
 * else on day 0 ({@code T-90d}), else as a plain date. Offsets are calendar days, so the text
 * means exactly the day that was computed.
 */
final class DateTexts {

    private final ResolvedDates dates;

    DateTexts(ResolvedDates dates) {
        this.dates = dates;
    }

    /** {@code target} written relative to {@code anchor} when that is safe for {@code changed}, else {@link #absolute}. */
    String relativeTo(Dated anchor, LocalDate target, EObject changed) {
        LocalDate anchorDate = anchor == null ? null : dates.dateOf(anchor);
        String name = anchor == null ? null : org.gtmplan.lang.model.NamedElements.nameOf(anchor);
        if (anchorDate != null && name != null && !dependsOn(anchor, changed)) {
            return offset(name, ChronoUnit.DAYS.between(anchorDate, target));
        }
        return absolute(target);
    }

    /** {@code T±Nd} when the plan has a day 0, else the date itself. */
    String absolute(LocalDate target) {
        LocalDate day0 = dates.day0();
        return day0 == null ? target.toString() : offset("T", ChronoUnit.DAYS.between(day0, target));
    }

    static String offset(String base, long days) {
        return days == 0 ? base : base + (days > 0 ? "+" : "-") + Math.abs(days) + "d";
    }

    /** Whether {@code anchor}'s date hangs, through any chain of anchors, on {@code changed}: using it would make a cycle. */
    static boolean dependsOn(Dated anchor, EObject changed) {
        if (changed == null) {
            return false;
        }
        Set<EObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        EObject current = anchor;
        while (current instanceof Dated dated && seen.add(current)) {
            if (current == changed) {
                return true;
            }
            DateExpr expression = DateResolver.expressionOf(dated);
            current = expression == null || expression.getAnchor() == null || expression.getAnchor().eIsProxy() ? null
                    : expression.getAnchor();
        }
        return false;
    }
}
