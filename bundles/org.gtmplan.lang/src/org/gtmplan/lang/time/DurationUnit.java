package org.gtmplan.lang.time;

import java.util.Optional;

/** The units a DURATION may carry (language.md §2). */
public enum DurationUnit {
    DAYS("d"), WORKING_DAYS("wd"), WEEKS("w"), HOURS("h"), MINUTES("min");

    private final String symbol;

    DurationUnit(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Units a date offset may use: hours and minutes do not move a calendar day. */
    public boolean isCalendarUnit() {
        return this == DAYS || this == WORKING_DAYS || this == WEEKS;
    }

    public static Optional<DurationUnit> bySymbol(String symbol) {
        for (DurationUnit unit : values()) {
            if (unit.symbol.equals(symbol)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
