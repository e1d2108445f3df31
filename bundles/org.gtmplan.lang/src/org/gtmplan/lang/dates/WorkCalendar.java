package org.gtmplan.lang.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which days are working days: the plan's {@code workdays} (MON..FRI when absent) minus its
 * {@code holidays}. Holiday ranges are kept as ranges, so a long range costs nothing.
 */
public final class WorkCalendar {

    private final Set<DayOfWeek> workdays;
    /** Holiday ranges keyed by first day; value is the last day (inclusive). Overlaps are merged. */
    private final TreeMap<LocalDate, LocalDate> holidays = new TreeMap<>();

    public WorkCalendar(Set<DayOfWeek> workdays) {
        this.workdays = workdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(workdays);
    }

    public static WorkCalendar mondayToFriday() {
        return new WorkCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    /** The days from {@code first} to {@code last} going forward through the week, e.g. SUN..THU. */
    public static Set<DayOfWeek> dayRange(DayOfWeek first, DayOfWeek last) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        DayOfWeek day = first;
        days.add(day);
        while (day != last) {
            day = day.plus(1);
            days.add(day);
        }
        return days;
    }

    public void addHolidays(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            return;
        }
        LocalDate from = first;
        LocalDate to = last;
        Map.Entry<LocalDate, LocalDate> before = holidays.floorEntry(from);
        if (before != null && !before.getValue().plusDays(1).isBefore(from)) {
            from = before.getKey();
            if (before.getValue().isAfter(to)) {
                to = before.getValue();
            }
        }
        Map.Entry<LocalDate, LocalDate> next = holidays.ceilingEntry(from);
        while (next != null && !next.getKey().isAfter(to.plusDays(1))) {
            if (next.getValue().isAfter(to)) {
                to = next.getValue();
            }
            holidays.remove(next.getKey());
            next = holidays.ceilingEntry(from);
        }
        holidays.put(from, to);
    }

    public boolean isHoliday(LocalDate day) {
        Map.Entry<LocalDate, LocalDate> range = holidays.floorEntry(day);
        return range != null && !range.getValue().isBefore(day);
    }

    public boolean isWorkingDay(LocalDate day) {
        return workdays.contains(day.getDayOfWeek()) && !isHoliday(day);
    }

    public boolean hasWorkingDays() {
        return !workdays.isEmpty();
    }

    /**
     * Moves {@code count} working days from {@code anchor}, not counting the anchor itself:
     * +1 is the first working day after it, -1 the last one before it, 0 the anchor.
     * Holiday ranges are skipped in one step, so a long holiday costs one lookup.
     */
    public LocalDate addWorkingDays(LocalDate anchor, long count) {
        if (count == 0) {
            return anchor;
        }
        if (!hasWorkingDays()) {
            throw new IllegalStateException("the plan has no working days");
        }
        int step = count > 0 ? 1 : -1;
        long remaining = Math.abs(count);
        int perWeek = workdays.size();
        LocalDate day = anchor;
        while (remaining > 0) {
            // A week with no holiday in it holds perWeek working days: skip such weeks in one step, so
            // that `T+999999999wd` or `supplyLeadTime 999999999wd` costs no more than a few lookups.
            if (remaining > perWeek) {
                long weeks = Math.min((remaining - 1) / perWeek, weeksWithoutHoliday(day, step));
                if (weeks > 0) {
                    day = day.plusDays(step * 7 * weeks);
                    remaining -= weeks * perWeek;
                    continue;
                }
            }
            day = day.plusDays(step);
            Map.Entry<LocalDate, LocalDate> range = holidays.floorEntry(day);
            if (range != null && !range.getValue().isBefore(day)) {
                day = step > 0 ? range.getValue() : range.getKey();
                continue;
            }
            if (workdays.contains(day.getDayOfWeek())) {
                remaining--;
            }
        }
        return day;
    }

    /** How many whole weeks after {@code day} (or before it, for step -1) hold no holiday; Long.MAX_VALUE when no holiday comes. */
    private long weeksWithoutHoliday(LocalDate day, int step) {
        LocalDate next = day.plusDays(step);
        Map.Entry<LocalDate, LocalDate> range = holidays.floorEntry(next);
        if (range != null && !range.getValue().isBefore(next)) {
            return 0;
        }
        LocalDate nearest;
        if (step > 0) {
            Map.Entry<LocalDate, LocalDate> after = holidays.higherEntry(day);
            nearest = after == null ? null : after.getKey();
        } else {
            // ranges do not overlap, so the one starting last before `next` is the nearest one
            nearest = range == null ? null : range.getValue();
        }
        if (nearest == null) {
            return Long.MAX_VALUE;
        }
        long freeDays = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(day, nearest)) - 1;
        return freeDays / 7;
    }

    /** The last working day on or before {@code day}, or {@code day} itself when there is none. */
    public LocalDate previousWorkingDay(LocalDate day) {
        if (!hasWorkingDays()) {
            return day;
        }
        LocalDate candidate = day;
        for (int guard = 0; guard < 366 * 20 && !isWorkingDay(candidate); guard++) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }
}
