package org.gtmplan.lang.time;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

import org.gtmplan.lang.gtm.Day;

/** The days of the week as the language writes them and as the documents show them: one place for both. */
public final class Weekdays {

    private Weekdays() {
    }

    /** The day a {@code MON..SUN} keyword names; null for null (an unwritten day). */
    public static DayOfWeek of(Day day) {
        return day == null ? null : DayOfWeek.of(day.getValue() + 1);
    }

    /** The day a keyword such as {@code MON} names (its inverse). */
    public static DayOfWeek ofKeyword(String keyword) {
        return of(Day.get(keyword));
    }

    /** "Mon", "Tue"...: how every document and message shows a weekday. */
    public static String shortName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /** "MON", "TUE"...: the keyword a plan writes for the day. */
    public static String keyword(DayOfWeek day) {
        return Day.get(day.getValue() - 1).getLiteral();
    }
}
