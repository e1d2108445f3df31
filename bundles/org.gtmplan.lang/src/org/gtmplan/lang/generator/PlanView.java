package org.gtmplan.lang.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;
import java.util.List;

import org.gtmplan.lang.gtm.MilestoneKind;
import org.gtmplan.lang.gtm.Pillar;
import org.gtmplan.lang.gtm.PlanKind;
import org.gtmplan.lang.gtm.Status;
import org.gtmplan.lang.gtm.TaskKind;

/**
 * A plan as the generated documents show it: every date resolved to a calendar day, elements
 * in the order a reader wants them (by date), owners resolved. Generators read this and never
 * the EMF model, so they cannot compute a date of their own. Kinds, statuses and pillars are the
 * grammar's own enums (their {@code toString} is the keyword), never strings to compare.
 *
 * @param qualifiedName package and plan name, e.g. {@code acme.phones.MateX}; the root of stable ids
 * @param timezone the plan's zone, UTC when it names none (see {@code PlanTimeZone})
 * @param language {@code en} or {@code zh}: the language of labels
 * @param lead the person or team leading the launch (see {@link PlanViewBuilder})
 */
public record PlanView(String name, String qualifiedName, String title, String product, PlanKind kind, LocalDate day0,
        ZoneId timezone, String language, OwnerView lead, List<MilestoneView> milestones, List<GateView> gates,
        List<WorkstreamView> workstreams, List<MeetingView> meetings, MspView msp, List<ResponseView> responses,
        List<OwnerView> owners) {

    /** A person or a team. {@code members} are a team's members' names; empty for a person. */
    public record OwnerView(String name, String fullName, String kind, String role, String email, List<String> members) {

        /** Whether the owner has a full name to show: an empty one ({@code person x ""}) counts as none. */
        public boolean hasFullName() {
            return fullName != null && !fullName.isEmpty();
        }

        /** "Alice Zhang (alice)", or "alice" without a full name: how every document names an owner in plain text. */
        public String label() {
            return hasFullName() ? fullName + " (" + name + ")" : name;
        }
    }

    /** A dated point. {@code when} is "Tue 2026-09-08 (T)". */
    public record MilestoneView(String id, String name, String title, LocalDate date, String when, MilestoneKind kind) {
    }

    public record CriterionView(String id, String name, String title, OwnerView owner) {
    }

    public record GateView(String id, String name, String title, LocalDate date, String when, OwnerView decidedBy,
            List<CriterionView> criteria, List<String> requires) {
    }

    /**
     * A task. {@code start} is due − effort (null without effort); {@code status} is todo when none
     * is written; {@code kind} is the written kind, or null; {@code after} names the tasks it follows.
     */
    public record TaskView(String id, String name, String title, OwnerView owner, LocalDate due, String when,
            LocalDate start, String effort, TaskKind kind, Status status, List<String> after, String note,
            List<String> checklist, String workstream) {

        public boolean done() {
            return status == Status.DONE;
        }
    }

    public record WorkstreamView(String id, String name, String title, Pillar pillar, OwnerView owner, List<TaskView> tasks) {
    }

    /**
     * A recurring meeting: every {@code interval} {@code unit} (weeks or months) on {@code day}
     * (may be null), at {@code time} in the plan's time zone, for {@code minutes}.
     */
    public record MeetingView(String id, String name, String title, OwnerView by, int interval, ChronoUnit unit, DayOfWeek day,
            LocalTime time, long minutes, LocalDate from, LocalDate until) {

        /** The unit's keyword in the singular, as the labels and the JSON document name it: week or month. */
        public static String keyword(ChronoUnit unit) {
            return switch (unit) {
                case WEEKS -> "week";
                case MONTHS -> "month";
                default -> throw new IllegalArgumentException("a meeting recurs in weeks or months, not " + unit);
            };
        }

        public static ChronoUnit ofKeyword(String keyword) {
            return switch (keyword) {
                case "week" -> ChronoUnit.WEEKS;
                case "month" -> ChronoUnit.MONTHS;
                default -> throw new IllegalArgumentException("a meeting recurs every week or month, not " + keyword);
            };
        }
    }

    /** An amount: exact, with its ISO 4217 currency. */
    public record MoneyView(java.math.BigDecimal amount, String currency) {

        @Override
        public String toString() {
            return amount.toPlainString() + " " + currency;
        }
    }

    /** A target: metric, quantity as written (1000000 units, 30000000 CNY, 18%), and date. */
    public record TargetView(String metric, String quantity, LocalDate by, String when) {
    }

    public record ActivityView(String id, String name, String title, String level, LocalDate from, LocalDate to,
            String when, MoneyView budget, String expectedMetric, java.math.BigDecimal expected, OwnerView owner) {
    }

    /**
     * The marketing plan. {@code activityBudgetSum} is the sum of the activity budgets when they
     * share one currency, else null.
     */
    public record MspView(String title, OwnerView owner, String goal, String strategy, String valueProposition,
            MoneyView budget, List<TargetView> targets, List<ActivityView> activities, MoneyView activityBudgetSum) {
    }

    public record ResponseView(String id, String name, String title, OwnerView owner, String within) {
    }

    /** Every task of every workstream, by due date then name. */
    public List<TaskView> tasks() {
        return workstreams.stream().flatMap(w -> w.tasks().stream())
                .sorted(java.util.Comparator.comparing(TaskView::due, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                        .thenComparing(TaskView::name))
                .toList();
    }
}
