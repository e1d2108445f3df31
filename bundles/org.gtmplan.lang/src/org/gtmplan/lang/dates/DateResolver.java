package org.gtmplan.lang.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.gtmplan.lang.gtm.DateExpr;
import org.gtmplan.lang.gtm.Dated;
import org.gtmplan.lang.gtm.Gate;
import org.gtmplan.lang.gtm.GtmPackage;
import org.gtmplan.lang.gtm.HolidayRange;
import org.gtmplan.lang.gtm.Holidays;
import org.gtmplan.lang.gtm.Milestone;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.gtm.Sign;
import org.gtmplan.lang.gtm.Task;
import org.gtmplan.lang.gtm.WorkdayRange;
import org.gtmplan.lang.issues.GtmIssueCodes;
import org.gtmplan.lang.model.WrittenFeatures;
import org.gtmplan.lang.time.Duration;
import org.gtmplan.lang.time.WorkCalendar;
import org.gtmplan.lang.time.Weekdays;

import com.google.inject.Singleton;

/**
 * The one service that turns date expressions into calendar days (language.md §4). Validation,
 * generators and editor services all ask it; nothing else computes dates.
 *
 * <p>It walks anchor chains with an explicit stack, so a chain of any length resolves without
 * recursion, and an anchor that is met again while its own chain is open closes a cycle, which
 * is reported once and never looped on. Each expression is evaluated once.
 */
@Singleton
public class DateResolver {

    public ResolvedDates resolve(Plan plan) {
        return new Run(plan).resolve();
    }

    /** One resolution; holds the state of a single pass. */
    /** The date expression of a dated element: a milestone's or gate's {@code at}, a task's {@code due}; null for others. */
    public static DateExpr expressionOf(Dated element) {
        if (element instanceof Task task) {
            return task.getDue();
        } else if (element instanceof Milestone milestone) {
            return milestone.getDate();
        } else if (element instanceof Gate gate) {
            return gate.getDate();
        }
        return null;
    }

    private static final class Run {
        private final Plan plan;
        private final List<DateProblem> problems = new ArrayList<>();
        private final Map<DateExpr, LocalDate> expressions = new IdentityHashMap<>();
        private final Map<Dated, LocalDate> dated = new IdentityHashMap<>();
        /** Dated elements whose chain is open on the stack, with their stack depth. */
        private final Map<Dated, Integer> open = new IdentityHashMap<>();
        private LocalDate day0;
        private WorkCalendar calendar;

        Run(Plan plan) {
            this.plan = plan;
        }

        ResolvedDates resolve() {
            // day0 and holiday literals are checked by the validator where they are written.
            day0 = plan.getDay0();
            calendar = calendarOf(plan);
            List<DateExpr> all = new ArrayList<>();
            List<Dated> datedElements = new ArrayList<>();
            for (var it = plan.eAllContents(); it.hasNext();) {
                EObject next = it.next();
                if (next instanceof DateExpr expression) {
                    all.add(expression);
                } else if (next instanceof Dated element) {
                    datedElements.add(element);
                }
            }
            reportMissingDay0(all);
            for (Dated element : datedElements) {
                resolveDated(element);
            }
            for (DateExpr expression : all) {
                if (!expressions.containsKey(expression)) {
                    LocalDate anchorDate = null;
                    Dated anchor = anchorOf(expression);
                    if (anchor != null) {
                        resolveDated(anchor);
                        anchorDate = dated.get(anchor);
                    }
                    expressions.put(expression, evaluate(expression, anchorDate));
                }
            }
            return new ResolvedDates(day0, calendar, expressions, dated, problems);
        }

        private void reportMissingDay0(List<DateExpr> all) {
            // A day0 that names no calendar day is written: invalid-date says so, not missing-day0.
            if (WrittenFeatures.isWritten(plan, GtmPackage.Literals.PLAN__DAY0)) {
                return;
            }
            int uses = 0;
            DateExpr first = null;
            for (DateExpr expression : all) {
                if (expression.isDay0()) {
                    uses++;
                    if (first == null) {
                        first = expression;
                    }
                }
            }
            if (first != null) {
                problems.add(new DateProblem(GtmIssueCodes.MISSING_DAY0, first, GtmPackage.Literals.DATE_EXPR__DAY0,
                        "The plan uses T (day 0) " + (uses == 1 ? "once" : uses + " times")
                                + " but has no day0: add a line such as `day0 2026-09-08` to plan " + plan.getName()));
            }
        }

        /** Resolves {@code start} and every element its anchor chain needs, without recursion. */
        private void resolveDated(Dated start) {
            if (dated.containsKey(start)) {
                return;
            }
            Deque<Dated> stack = new ArrayDeque<>();
            stack.push(start);
            open.put(start, 0);
            while (!stack.isEmpty()) {
                Dated top = stack.peek();
                DateExpr expression = expressionOf(top);
                Dated anchor = anchorOf(expression);
                if (anchor != null && !dated.containsKey(anchor)) {
                    if (open.containsKey(anchor)) {
                        closeCycle(stack, anchor);
                    } else {
                        open.put(anchor, stack.size());
                        stack.push(anchor);
                    }
                    continue;
                }
                LocalDate date = expression == null ? null
                        : evaluate(expression, anchor == null ? null : dated.get(anchor));
                if (expression != null) {
                    expressions.put(expression, date);
                }
                dated.put(top, date);
                open.remove(top);
                stack.pop();
            }
        }

        /** The stack holds, from {@code anchor} up to its top, the elements of one cycle. */
        private void closeCycle(Deque<Dated> stack, Dated anchor) {
            List<Dated> cycle = new ArrayList<>();
            Dated element;
            do {
                element = stack.pop();
                open.remove(element);
                cycle.add(0, element);
                dated.put(element, null);
                DateExpr expression = expressionOf(element);
                if (expression != null) {
                    expressions.put(expression, null);
                }
            } while (element != anchor);
            // Report at the element written first, so the diagnostic does not move when resolution order changes.
            Dated first = cycle.get(0);
            int firstIndex = 0;
            for (int i = 1; i < cycle.size(); i++) {
                if (documentOrder(cycle.get(i)) < documentOrder(first)) {
                    first = cycle.get(i);
                    firstIndex = i;
                }
            }
            StringBuilder path = new StringBuilder();
            for (int i = 0; i <= cycle.size(); i++) {
                Dated member = cycle.get((firstIndex + i) % cycle.size());
                if (i > 0) {
                    path.append(" -> ");
                }
                path.append(org.gtmplan.lang.model.NamedElements.nameOf(member));
            }
            problems.add(new DateProblem(GtmIssueCodes.DATE_CYCLE, expressionOf(first), GtmPackage.Literals.DATE_EXPR__ANCHOR,
                    "Date anchors form a cycle, so none of these dates can be computed: " + path));
        }

        private LocalDate evaluate(DateExpr expression, LocalDate anchorDate) {
            LocalDate base;
            if (expression.getDate() != null) {
                base = expression.getDate();
            } else if (expression.isDay0()) {
                base = day0;
            } else if (expression.eIsSet(GtmPackage.Literals.DATE_EXPR__ANCHOR)) {
                base = anchorDate;
            } else {
                // A date literal that names no calendar day: the value converter gave it no value.
                String unread = WrittenFeatures.unreadText(expression, GtmPackage.Literals.DATE_EXPR__DATE);
                if (unread != null) {
                    problems.add(new DateProblem(GtmIssueCodes.INVALID_DATE, expression, GtmPackage.Literals.DATE_EXPR__DATE,
                            "'" + unread + "' is not a calendar day"));
                }
                base = null;
            }
            if (base == null || expression.getOffset() == null) {
                return base;
            }
            Duration offset = expression.getOffset();
            if (!offset.unit().isCalendarUnit()) {
                problems.add(new DateProblem(GtmIssueCodes.INVALID_DATE, expression, GtmPackage.Literals.DATE_EXPR__OFFSET,
                        "A date moves by days: write d, wd or w instead of '" + expression.getOffset() + "'"));
                return null;
            }
            try {
                return calendar.shift(base, offset, expression.getSign() == Sign.MINUS ? -1 : 1);
            } catch (DateTimeException | ArithmeticException e) {
                problems.add(new DateProblem(GtmIssueCodes.INVALID_DATE, expression, GtmPackage.Literals.DATE_EXPR__OFFSET,
                        "This offset moves the date out of the calendar's range"));
                return null;
            }
        }

        private WorkCalendar calendarOf(Plan plan) {
            WorkdayRange range = org.gtmplan.lang.model.WrittenFeatures.workdaysOf(plan);
            WorkCalendar result = range == null || range.getFirst() == null || range.getLast() == null
                    ? WorkCalendar.mondayToFriday()
                    : new WorkCalendar(WorkCalendar.dayRange(Weekdays.of(range.getFirst()), Weekdays.of(range.getLast())));
            Holidays holidays = plan.getHolidays();
            if (holidays != null && !holidays.eIsProxy()) {
                for (HolidayRange day : holidays.getDays()) {
                    // A `from` or `to` that names no calendar day (no value, text written) drops the range.
                    LocalDate from = day.getFrom();
                    LocalDate to = day.getTo() != null ? day.getTo()
                            : WrittenFeatures.unreadText(day, GtmPackage.Literals.HOLIDAY_RANGE__TO) == null ? from : null;
                    if (from != null && to != null) {
                        result.addHolidays(from, to);
                    }
                }
            }
            return result;
        }


        private static Dated anchorOf(DateExpr expression) {
            if (expression == null || expression.isDay0() || expression.getDate() != null) {
                return null;
            }
            Dated anchor = expression.getAnchor();
            return anchor == null || anchor.eIsProxy() ? null : anchor;
        }

        private final Map<EObject, Integer> order = new IdentityHashMap<>();

        private int documentOrder(EObject element) {
            if (order.isEmpty()) {
                int index = 0;
                for (var it = plan.eAllContents(); it.hasNext();) {
                    order.put(it.next(), index++);
                }
            }
            return order.getOrDefault(element, Integer.MAX_VALUE);
        }
    }
}
