package org.gtmplan.lang.tests;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gtmplan.lang.time.WorkCalendar;
import org.junit.jupiter.api.Test;

/** Working days: workdays minus holidays, counted without the anchor day (language.md §4). */
class WorkCalendarTest {

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void mondayToFridayIsTheDefault() {
        WorkCalendar calendar = WorkCalendar.mondayToFriday();
        assertTrue(calendar.hasWorkingDays());
        assertTrue(calendar.isWorkingDay(day("2026-09-11")), "Friday");
        assertFalse(calendar.isWorkingDay(day("2026-09-12")), "Saturday");
        assertFalse(calendar.isWorkingDay(day("2026-09-13")), "Sunday");
        assertTrue(calendar.isWorkingDay(day("2026-09-14")), "Monday");
    }

    @Test
    void dayRangeGoesForwardThroughTheWeek() {
        assertEquals(EnumSet.range(MONDAY, FRIDAY), WorkCalendar.dayRange(MONDAY, FRIDAY));
        assertEquals(EnumSet.of(SUNDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY), WorkCalendar.dayRange(SUNDAY, THURSDAY));
        assertEquals(EnumSet.of(SATURDAY), WorkCalendar.dayRange(SATURDAY, SATURDAY));
        assertEquals(EnumSet.of(FRIDAY, SATURDAY, SUNDAY, MONDAY), WorkCalendar.dayRange(FRIDAY, MONDAY));
        assertEquals(EnumSet.allOf(DayOfWeek.class), WorkCalendar.dayRange(MONDAY, SUNDAY));
    }

    @Test
    void plusZeroIsTheAnchorEvenOnANonWorkingDay() {
        WorkCalendar calendar = WorkCalendar.mondayToFriday();
        assertEquals(day("2026-09-12"), calendar.addWorkingDays(day("2026-09-12"), 0));
        assertEquals(day("2026-09-08"), calendar.addWorkingDays(day("2026-09-08"), 0));
    }

    @Test
    void plusOneIsTheFirstWorkingDayAfter() {
        WorkCalendar calendar = WorkCalendar.mondayToFriday();
        assertEquals(day("2026-09-09"), calendar.addWorkingDays(day("2026-09-08"), 1), "Tue -> Wed");
        assertEquals(day("2026-09-14"), calendar.addWorkingDays(day("2026-09-11"), 1), "Fri -> Mon");
        assertEquals(day("2026-09-14"), calendar.addWorkingDays(day("2026-09-12"), 1), "Sat -> Mon");
        assertEquals(day("2026-09-14"), calendar.addWorkingDays(day("2026-09-13"), 1), "Sun -> Mon");
    }

    @Test
    void minusOneIsTheLastWorkingDayBefore() {
        WorkCalendar calendar = WorkCalendar.mondayToFriday();
        assertEquals(day("2026-09-11"), calendar.addWorkingDays(day("2026-09-14"), -1), "Mon -> Fri");
        assertEquals(day("2026-09-11"), calendar.addWorkingDays(day("2026-09-13"), -1), "Sun -> Fri");
        assertEquals(day("2026-09-11"), calendar.addWorkingDays(day("2026-09-12"), -1), "Sat -> Fri");
        assertEquals(day("2026-09-07"), calendar.addWorkingDays(day("2026-09-08"), -1), "Tue -> Mon");
    }

    @Test
    void weeksOfWorkingDays() {
        WorkCalendar calendar = WorkCalendar.mondayToFriday();
        assertEquals(day("2026-09-15"), calendar.addWorkingDays(day("2026-09-08"), 5));
        assertEquals(day("2026-09-22"), calendar.addWorkingDays(day("2026-09-08"), 10));
        assertEquals(day("2026-08-25"), calendar.addWorkingDays(day("2026-09-08"), -10));
    }

    @Test
    void holidayRangeIsSkippedBothWays() {
        WorkCalendar calendar = WorkCalendar.mondayToFriday();
        calendar.addHolidays(day("2026-10-01"), day("2026-10-07"));
        assertTrue(calendar.isHoliday(day("2026-10-01")));
        assertTrue(calendar.isHoliday(day("2026-10-07")));
        assertFalse(calendar.isHoliday(day("2026-10-08")));
        assertFalse(calendar.isWorkingDay(day("2026-10-05")), "a Monday inside the holiday");
        assertEquals(day("2026-10-08"), calendar.addWorkingDays(day("2026-09-30"), 1));
        assertEquals(day("2026-10-09"), calendar.addWorkingDays(day("2026-09-30"), 2));
        assertEquals(day("2026-09-30"), calendar.addWorkingDays(day("2026-10-08"), -1));
        assertEquals(day("2026-10-08"), calendar.addWorkingDays(day("2026-10-03"), 1), "from inside the holiday");
        assertEquals(day("2026-09-30"), calendar.addWorkingDays(day("2026-10-03"), -1));
        // Wed 30 Sep + 5wd crosses the holiday and a weekend: Thu 8, Fri 9, Mon 12, Tue 13, Wed 14.
        assertEquals(day("2026-10-14"), calendar.addWorkingDays(day("2026-09-30"), 5));
    }

    @Test
    void singleDayHolidaysAndOverlappingRangesMerge() {
        WorkCalendar calendar = WorkCalendar.mondayToFriday();
        calendar.addHolidays(day("2026-09-25"), day("2026-09-25"));
        calendar.addHolidays(day("2026-10-01"), day("2026-10-03"));
        calendar.addHolidays(day("2026-10-05"), day("2026-10-07"));
        calendar.addHolidays(day("2026-10-02"), day("2026-10-05"));
        for (LocalDate d = day("2026-10-01"); !d.isAfter(day("2026-10-07")); d = d.plusDays(1)) {
            assertTrue(calendar.isHoliday(d), d.toString());
        }
        assertFalse(calendar.isHoliday(day("2026-09-30")));
        assertTrue(calendar.isHoliday(day("2026-09-25")));
        assertEquals(day("2026-09-28"), calendar.addWorkingDays(day("2026-09-24"), 1), "Thu + 1wd skips Fri holiday and weekend");
        // a reversed range means nothing
        calendar.addHolidays(day("2026-12-31"), day("2026-12-01"));
        assertFalse(calendar.isHoliday(day("2026-12-15")));
    }

    @Test
    void sundayToThursdayWeek() {
        WorkCalendar calendar = new WorkCalendar(WorkCalendar.dayRange(SUNDAY, THURSDAY));
        assertTrue(calendar.isWorkingDay(day("2026-09-13")), "Sunday");
        assertFalse(calendar.isWorkingDay(day("2026-09-11")), "Friday");
        assertEquals(day("2026-09-13"), calendar.addWorkingDays(day("2026-09-10"), 1), "Thu -> Sun");
        assertEquals(day("2026-09-10"), calendar.addWorkingDays(day("2026-09-13"), -1), "Sun -> Thu");
    }

    @Test
    void previousWorkingDay() {
        WorkCalendar calendar = WorkCalendar.mondayToFriday();
        calendar.addHolidays(day("2026-10-01"), day("2026-10-07"));
        assertEquals(day("2026-09-11"), calendar.previousWorkingDay(day("2026-09-13")));
        assertEquals(day("2026-09-14"), calendar.previousWorkingDay(day("2026-09-14")));
        assertEquals(day("2026-09-30"), calendar.previousWorkingDay(day("2026-10-06")));
    }

    @Test
    void noWorkingDays() {
        WorkCalendar calendar = new WorkCalendar(Set.of());
        assertFalse(calendar.hasWorkingDays());
        assertEquals(day("2026-09-13"), calendar.previousWorkingDay(day("2026-09-13")));
        assertThrows(IllegalStateException.class, () -> calendar.addWorkingDays(day("2026-09-13"), 1));
    }

    @Test
    void longHolidayCostsOneStep() {
        WorkCalendar calendar = WorkCalendar.mondayToFriday();
        calendar.addHolidays(day("2000-01-01"), day("2999-12-31"));
        LocalDate result = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> calendar.addWorkingDays(day("2000-01-01"), 1));
        assertEquals(day("3000-01-01"), result, "a Wednesday");
    }

    @Test
    void hugeWorkingDayCountsDoNotHang() {
        WorkCalendar calendar = WorkCalendar.mondayToFriday();
        calendar.addHolidays(day("2026-10-01"), day("2026-10-07"));
        LocalDate forward = assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> calendar.addWorkingDays(day("2026-09-08"), 999_999_999L));
        assertTrue(calendar.isWorkingDay(forward));
        LocalDate backward = assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> calendar.addWorkingDays(day("2026-09-08"), -999_999_999L));
        assertTrue(calendar.isWorkingDay(backward));
    }

    @Test
    void largeCountsAgreeWithCountingDayByDay() {
        WorkCalendar calendar = WorkCalendar.mondayToFriday();
        calendar.addHolidays(day("2026-10-01"), day("2026-10-07"));
        calendar.addHolidays(day("2027-01-28"), day("2027-02-03"));
        calendar.addHolidays(day("2026-12-25"), day("2026-12-25"));
        LocalDate anchor = day("2026-09-08");
        for (int count : new int[] {1, 7, 23, 100, 263, 600}) {
            assertEquals(naive(calendar, anchor, count), calendar.addWorkingDays(anchor, count), "+" + count);
            assertEquals(naive(calendar, anchor, -count), calendar.addWorkingDays(anchor, -count), "-" + count);
        }
    }

    private static LocalDate naive(WorkCalendar calendar, LocalDate anchor, int count) {
        int step = count > 0 ? 1 : -1;
        LocalDate day = anchor;
        for (int left = Math.abs(count); left > 0;) {
            day = day.plusDays(step);
            if (calendar.isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    @Test
    void everyCountFromEveryAnchorAgreesWithCountingDayByDay() {
        for (Set<DayOfWeek> week : List.of(WorkCalendar.dayRange(MONDAY, FRIDAY), WorkCalendar.dayRange(SUNDAY, THURSDAY),
                WorkCalendar.dayRange(SATURDAY, SATURDAY))) {
            WorkCalendar calendar = new WorkCalendar(week);
            calendar.addHolidays(day("2026-10-01"), day("2026-10-07"));
            calendar.addHolidays(day("2026-10-09"), day("2026-10-09"));
            calendar.addHolidays(day("2026-10-20"), day("2026-11-10"));
            for (LocalDate anchor = day("2026-09-20"); anchor.isBefore(day("2026-11-20")); anchor = anchor.plusDays(1)) {
                for (int count = -40; count <= 40; count++) {
                    LocalDate expected = count == 0 ? anchor : naive(calendar, anchor, count);
                    assertEquals(expected, calendar.addWorkingDays(anchor, count), week + " " + anchor + " " + count);
                }
            }
        }
    }
}
