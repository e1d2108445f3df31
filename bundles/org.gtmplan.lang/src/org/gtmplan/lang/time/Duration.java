package org.gtmplan.lang.time;

/**
 * A parsed DURATION such as {@code 14d}, {@code 20wd}, {@code 3w}, {@code 2h} or {@code 60min}.
 * The model holds durations as these values (a task's effort, a meeting's length, an offset, a
 * setting), read once from the text by the value converter ({@code GtmValueConverters}).
 */
public record Duration(long amount, DurationUnit unit) {

    /**
     * Parses a duration the lexer accepted (digits followed by letters).
     *
     * @throws IllegalArgumentException with a message for a person when the unit is unknown
     */
    public static Duration parse(String text) {
        int split = 0;
        while (split < text.length() && Character.isDigit(text.charAt(split))) {
            split++;
        }
        if (split == 0 || split == text.length()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration: write a whole number and a unit, as in 14d");
        }
        String digits = text.substring(0, split);
        String symbol = text.substring(split);
        DurationUnit unit = DurationUnit.bySymbol(symbol).orElseThrow(() -> new IllegalArgumentException(
                "'" + text + "' has an unknown unit '" + symbol + "': use d (days), wd (working days), w (weeks), h (hours) or min (minutes)"));
        if (digits.length() > 9) {
            throw new IllegalArgumentException("'" + text + "' is too long a duration");
        }
        return new Duration(Long.parseLong(digits), unit);
    }

    /** The length in calendar days for d and w; working days need a {@link WorkCalendar}. */
    public long calendarDays() {
        return switch (unit) {
            case DAYS -> amount;
            case WEEKS -> amount * 7;
            default -> throw new IllegalStateException(unit + " is not a calendar-day unit");
        };
    }

    /** The length in minutes for h and min. */
    public long minutes() {
        return switch (unit) {
            case HOURS -> amount * 60;
            case MINUTES -> amount;
            case DAYS -> amount * 24 * 60;
            case WEEKS -> amount * 7 * 24 * 60;
            case WORKING_DAYS -> throw new IllegalStateException("working days have no fixed length in minutes");
        };
    }

    @Override
    public String toString() {
        return amount + unit.symbol();
    }
}
