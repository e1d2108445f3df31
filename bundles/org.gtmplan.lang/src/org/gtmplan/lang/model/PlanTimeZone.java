package org.gtmplan.lang.model;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * A plan's {@code timezone}: which texts name one (the check reports the others) and the zone the
 * documents use, UTC when none is written or the written one is unknown.
 */
public final class PlanTimeZone {

    private PlanTimeZone() {
    }

    /** The IANA zone {@code written} names; empty for null or a name Java does not know. */
    public static Optional<ZoneId> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(written));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The zone meetings are placed in: the written one, else UTC (an unknown one is an error the check reports). */
    public static ZoneId orUtc(String written) {
        return parse(written).orElse(ZoneOffset.UTC);
    }
}
