package org.gtmplan.lang.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * What a DATE's text means: {@code uuuu-MM-dd}, strictly, so {@code 2027-02-29} is not a day. The
 * value converter reads a plan's dates with it; the command line's and the wizard's dates, typed by
 * a person, are read with it too, so all agree on what a calendar day is.
 */
public final class CalendarDay {

    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private CalendarDay() {
    }

    /** The day {@code text} names, or null when it is not one (or is null). */
    public static LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, STRICT_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
