package org.gtmplan.lang.generator;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a generator may vary on besides the plan.
 *
 * @param asOf the day the reader looks at the plan (progress, overdue marks); may be null
 * @param timestamp the instant written where a format demands one (iCalendar DTSTAMP): from
 *        {@code SOURCE_DATE_EPOCH} when set, else a fixed instant, never the clock, so output is a
 *        pure function of input
 * @param tasksAsEvents also write tasks as all-day events, for calendars that ignore to-dos
 * @param sequence the plan's revision number (iCalendar SEQUENCE): grows with every revision, so
 *        calendar clients take a moved element for an update of the event they have
 */
public record GenerationOptions(LocalDate asOf, Instant timestamp, boolean tasksAsEvents, int sequence) {

    public GenerationOptions(LocalDate asOf, Instant timestamp, boolean tasksAsEvents) {
        this(asOf, timestamp, tasksAsEvents, 0);
    }

    /** The fixed instant used when SOURCE_DATE_EPOCH is not set. */
    public static final Instant FIXED_TIMESTAMP = Instant.EPOCH;

    public static GenerationOptions defaults() {
        return new GenerationOptions(null, FIXED_TIMESTAMP, false);
    }

    /** Reads {@code SOURCE_DATE_EPOCH} (seconds since 1970) from the given value, e.g. {@code System.getenv}. */
    public static Instant timestampFrom(String sourceDateEpoch) {
        if (sourceDateEpoch == null || sourceDateEpoch.isBlank()) {
            return FIXED_TIMESTAMP;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SOURCE_DATE_EPOCH must be a number of seconds, not '" + sourceDateEpoch + "'");
        }
    }
}
