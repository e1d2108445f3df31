package org.gtmplan.lang.generator;

import java.time.Instant;
import java.time.LocalDate;

import org.gtmplan.lang.revision.PlanRevision;

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

    /**
     * The options of a revision of the input (docs/generators.md): {@code SOURCE_DATE_EPOCH}, when
     * set, is the time (the reproducible-builds convention: whoever sets it means it), else the
     * time of the newest commit of the input files, else the fixed instant; SEQUENCE counts their
     * commits. Throws IllegalArgumentException for a {@code SOURCE_DATE_EPOCH} that is not a number.
     */
    public static GenerationOptions of(LocalDate asOf, String sourceDateEpoch, java.util.Optional<PlanRevision.Revision> revision,
            boolean tasksAsEvents) {
        Instant time = sourceDateEpoch != null && !sourceDateEpoch.isBlank() || revision.isEmpty() ? timestampFrom(sourceDateEpoch)
                : revision.get().time();
        return new GenerationOptions(asOf, time, tasksAsEvents, revision.map(PlanRevision.Revision::sequence).orElse(0));
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
