package org.gtmplan.lang.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
     * Holiday ranges are skipped in one step, so a long holiday costs one lookup, and so are
     * whole weeks without a holiday, so a count of any size costs a few steps per holiday crossed.
     */
    public LocalDate addWorkingDays(LocalDate anchor, long count) {
        if (count == 0) {
            return anchor;
        }
        if (!hasWorkingDays()) {
            throw new IllegalStateException("the plan has no working days");
        }
        int step = count > 0 ? 1 : -1;
        int perWeek = workdays.size();
        long remaining = Math.abs(count);
        LocalDate day = anchor;
        while (remaining > 0) {
            // Any 7 days without a holiday hold exactly perWeek working days; keep at least one to step onto.
            long weeks = Math.min((remaining - 1) / perWeek, holidayFreeDays(day, step) / 7);
            if (weeks > 0) {
                day = day.plusDays(step * 7 * weeks);
                remaining -= weeks * perWeek;
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

    /** How many days after {@code day} (before it when {@code step} is -1) come before the next holiday. */
    private long holidayFreeDays(LocalDate day, int step) {
        if (step > 0) {
            Map.Entry<LocalDate, LocalDate> next = holidays.higherEntry(day);
            Map.Entry<LocalDate, LocalDate> covering = holidays.floorEntry(day);
            if (covering != null && covering.getValue().isAfter(day)) {
                return 0;
            }
            return next == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(day, next.getKey()) - 1;
        }
        Map.Entry<LocalDate, LocalDate> previous = holidays.lowerEntry(day);
        if (previous == null) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, ChronoUnit.DAYS.between(previous.getValue(), day) - 1);
    }

    /**
     * {@code date} moved by {@code duration} ({@code sign} 1 forwards, -1 backwards): d and w in
     * calendar days, wd in working days, h and min as whole days rounded up (a task's effort).
     * The one place a date moves by a duration: the resolver's offsets, the checks and the documents
     * all come here, so they cannot disagree. Null when it moves by working days and the calendar
     * has none: no day answers, and a caller shows the date as unresolved rather than guess one.
     */
    public LocalDate shift(LocalDate date, Duration duration, int sign) {
        return switch (duration.unit()) {
            case WORKING_DAYS -> hasWorkingDays() ? addWorkingDays(date, sign * duration.amount()) : null;
            case DAYS, WEEKS -> date.plusDays(sign * duration.calendarDays());
            case HOURS, MINUTES -> date.plusDays(sign * ((duration.minutes() + MINUTES_PER_DAY - 1) / MINUTES_PER_DAY));
        };
    }

    private static final long MINUTES_PER_DAY = 24 * 60;

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
