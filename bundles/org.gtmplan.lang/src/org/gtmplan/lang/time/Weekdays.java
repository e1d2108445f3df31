package org.gtmplan.lang.time;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;

/**
 * The days of the week as the language writes them and as the documents show them: one place for both.
 * It does not name the model's {@code Day}: the model holds this package's values (a {@link Duration}),
 * so {@code time} sits below it.
 */
public final class Weekdays {

    private Weekdays() {
    }

    /** The day a {@code MON..SUN} keyword of the model's {@code Day} names; null for null (an unwritten day). */
    public static DayOfWeek of(Enumerator day) {
        return day == null ? null : DayOfWeek.of(day.getValue() + 1);
    }

    /** The day a keyword such as {@code MON} names (its inverse). */
    public static DayOfWeek ofKeyword(String keyword) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (keyword(day).equals(keyword)) {
                return day;
            }
        }
        return null;
    }

    /** "Mon", "Tue"...: how every document and message shows a weekday. */
    public static String shortName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /** "MON", "TUE"...: the keyword a plan writes for the day. */
    public static String keyword(DayOfWeek day) {
        return day.name().substring(0, 3);
    }
}
