package org.gtmplan.lang.diff;

import java.time.LocalDate;
import java.util.List;

/**
 * What changed in one plan between two revisions, as a reviewer reads a pull request: day 0,
 * elements added and removed, every date that moved (with its slip in calendar and working days,
 * and whether it moved only because what it hangs on moved), owners, statuses and efforts.
 */
public record PlanChanges(String plan, LocalDate oldDay0, LocalDate newDay0, List<PlanSnapshot.Element> added,
        List<PlanSnapshot.Element> removed, List<DateMove> moved, List<FieldChange> changed, List<String> nowAfterGr4) {

    /**
     * A date that moved. {@code days} and {@code workingDays} are the slip (positive: later);
     * {@code because} names the anchor ({@code T} for day 0) when the date expression itself is
     * unchanged and only what it hangs on moved, else null.
     */
    public record DateMove(String kind, String name, LocalDate from, LocalDate to, long days, long workingDays, String because) {
    }

    /** An owner, status or effort that changed ({@code field}: owner, status, effort). */
    public record FieldChange(String kind, String name, String field, String from, String to) {
    }

    public long later() {
        return moved.stream().filter(m -> m.days() > 0).count();
    }

    public long earlier() {
        return moved.stream().filter(m -> m.days() < 0).count();
    }

    public boolean day0Moved() {
        return oldDay0 == null ? newDay0 != null : !oldDay0.equals(newDay0);
    }

    public boolean isEmpty() {
        return !day0Moved() && added.isEmpty() && removed.isEmpty() && moved.isEmpty() && changed.isEmpty();
    }
}
