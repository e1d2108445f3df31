package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.gtmplan.lang.time.WorkCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Working-day arithmetic: the same answers as counting day by day, without counting day by day. */
class WorkCalendarArithmeticTest {

    /** The definition of language.md §4, one day at a time. */
    private static LocalDate countDayByDay(WorkCalendar calendar, LocalDate anchor, long count) {
        int step = count > 0 ? 1 : -1;
        LocalDate day = anchor;
        for (long remaining = Math.abs(count); remaining > 0;) {
            day = day.plusDays(step);
            if (calendar.isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    @Test
    void sameAnswersAsCountingDayByDay() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            DayOfWeek first = DayOfWeek.of(1 + random.nextInt(7));
            Set<DayOfWeek> days = WorkCalendar.dayRange(first, first.plus(random.nextInt(7)));
            WorkCalendar calendar = new WorkCalendar(days);
            LocalDate start = LocalDate.of(2026, 1, 1);
            for (int h = random.nextInt(6); h > 0; h--) {
                LocalDate from = start.plusDays(random.nextInt(400));
                calendar.addHolidays(from, from.plusDays(random.nextInt(12)));
            }
            LocalDate anchor = start.plusDays(random.nextInt(400));
            long count = random.nextInt(601) - 300;
            assertEquals(countDayByDay(calendar, anchor, count), calendar.addWorkingDays(anchor, count),
                    "round " + round + ": " + days + " from " + anchor + " by " + count);
        }
    }

    @Test
    void theAnchorInsideAHolidayAndTheExamplesOfTheSpec() {
        WorkCalendar calendar = WorkCalendar.mondayToFriday();
        calendar.addHolidays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7));
        LocalDate friday = LocalDate.of(2026, 9, 11);
        assertEquals(LocalDate.of(2026, 9, 14), calendar.addWorkingDays(friday, 1));
        assertEquals(LocalDate.of(2026, 9, 10), calendar.addWorkingDays(friday, -1));
        assertEquals(friday, calendar.addWorkingDays(friday, 0));
        LocalDate holiday = LocalDate.of(2026, 10, 3);
        assertEquals(LocalDate.of(2026, 10, 8), calendar.addWorkingDays(holiday, 1));
        assertEquals(LocalDate.of(2026, 9, 30), calendar.addWorkingDays(holiday, -1));
        assertEquals(countDayByDay(calendar, holiday, 40), calendar.addWorkingDays(holiday, 40));
        assertEquals(countDayByDay(calendar, holiday, -40), calendar.addWorkingDays(holiday, -40));
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void theLongestDurationTakesNoTime() {
        WorkCalendar calendar = new WorkCalendar(EnumSet.of(DayOfWeek.MONDAY));
        calendar.addHolidays(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7));
        LocalDate anchor = LocalDate.of(2026, 9, 8);
        // 999999999 Mondays, one of them (2026-10-05) a holiday
        assertEquals(anchor.plusDays(7L * 999999999 + 6), calendar.addWorkingDays(anchor, 999999999));
        assertEquals(LocalDate.of(2026, 9, 7).minusWeeks(999999998), calendar.addWorkingDays(anchor, -999999999));
    }
}
