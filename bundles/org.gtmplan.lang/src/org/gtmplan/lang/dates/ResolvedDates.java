package org.gtmplan.lang.dates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.gtmplan.lang.gtm.DateExpr;
import org.gtmplan.lang.gtm.Dated;
import org.gtmplan.lang.time.Duration;
import org.gtmplan.lang.time.WorkCalendar;
import org.gtmplan.lang.time.Weekdays;

/**
 * The calendar day of every date expression of one plan, computed once by {@link DateResolver}
 * from the model's typed values (a task's effort and a meeting's length are read from the model).
 * A date that could not be resolved (an error elsewhere explains why) is {@code null}.
 */
public final class ResolvedDates {

    private final LocalDate day0;
    private final WorkCalendar calendar;
    private final Map<DateExpr, LocalDate> expressions;
    private final Map<Dated, LocalDate> dated;
    private final List<DateProblem> problems;

    ResolvedDates(LocalDate day0, WorkCalendar calendar, Map<DateExpr, LocalDate> expressions,
            Map<Dated, LocalDate> dated, List<DateProblem> problems) {
        this.day0 = day0;
        this.calendar = calendar;
        this.expressions = expressions;
        this.dated = dated;
        this.problems = List.copyOf(problems);
    }

    /** The plan's day 0, or null when it has none (or an invalid one). */
    public LocalDate day0() {
        return day0;
    }

    public WorkCalendar calendar() {
        return calendar;
    }

    public LocalDate dateOf(DateExpr expression) {
        return expression == null ? null : expressions.get(expression);
    }

    /** A milestone's or gate's date, a task's due date. */
    public LocalDate dateOf(Dated element) {
        return element == null ? null : dated.get(element);
    }

    public List<DateProblem> problems() {
        return problems;
    }

    /** "Sat 2026-09-12 (T+4d)": the date, its weekday and, when the plan has a day 0, its T-offset. */
    public String describe(LocalDate date) {
        return describe(date, day0);
    }

    /** {@link #describe(LocalDate)} for a given day 0 (null: no T-offset). */
    public static String describe(LocalDate date, LocalDate day0) {
        if (date == null) {
            return "an unresolved date";
        }
        String text = Weekdays.shortName(date.getDayOfWeek()) + " " + date;
        return day0 == null ? text : text + " (" + offset(date, day0) + ")";
    }

    /** "T", "T+4d" or "T-30d"; null without a day 0. */
    public String offsetFromDay0(LocalDate date) {
        return day0 == null || date == null ? null : offset(date, day0);
    }

    private static String offset(LocalDate date, LocalDate day0) {
        long days = ChronoUnit.DAYS.between(day0, date);
        return days == 0 ? "T" : days > 0 ? "T+" + days + "d" : "T" + days + "d";
    }

    /** {@code date} moved by a duration in the plan's calendar; see {@link WorkCalendar#shift}. Null when no day answers. */
    public LocalDate shift(LocalDate date, Duration duration, int sign) {
        return calendar.shift(date, duration, sign);
    }
}
