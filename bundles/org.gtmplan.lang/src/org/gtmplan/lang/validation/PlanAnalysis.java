package org.gtmplan.lang.validation;

import java.time.LocalDate;

import org.gtmplan.lang.time.Duration;
import org.gtmplan.lang.dates.ResolvedDates;
import org.gtmplan.lang.gtm.Milestone;
import org.gtmplan.lang.gtm.MilestoneKind;
import org.gtmplan.lang.model.PlanIndex;
import org.gtmplan.lang.model.PlanSettings;

/**
 * What every launch-process rule of one plan reads: its elements by kind, its resolved dates and
 * its settings. Built once per validation pass (see {@link AbstractPlanCheck}).
 */
public record PlanAnalysis(PlanIndex index, ResolvedDates dates, PlanSettings settings) {

    /** The earliest firstSale milestone by date, or null. */
    public Milestone firstSale() {
        Milestone first = null;
        for (Milestone milestone : index.milestones(MilestoneKind.FIRST_SALE)) {
            LocalDate date = dates.dateOf(milestone);
            if (date != null && (first == null || date.isBefore(dates.dateOf(first)))) {
                first = milestone;
            }
        }
        return first;
    }

    /** {@code date} moved by a duration; see {@link ResolvedDates#shift}. Null when no day answers. */
    public LocalDate plus(LocalDate date, Duration duration, int sign) {
        return dates.shift(date, duration, sign);
    }

    /** "Sat 2026-09-12 (T+4d)". */
    public String describe(LocalDate date) {
        return dates.describe(date);
    }
}
