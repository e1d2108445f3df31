package org.gtmplan.lang.generator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Predicate;

import org.gtmplan.lang.generator.PlanView.CriterionView;
import org.gtmplan.lang.generator.PlanView.GateView;
import org.gtmplan.lang.generator.PlanView.MeetingView;
import org.gtmplan.lang.generator.PlanView.MilestoneView;
import org.gtmplan.lang.generator.PlanView.OwnerView;
import org.gtmplan.lang.generator.PlanView.TaskView;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.component.VTodo;
import biweekly.io.TimezoneAssignment;
import biweekly.io.text.ICalWriter;
import biweekly.property.CalendarScale;
import biweekly.property.DateStart;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.Duration;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;

/**
 * {@code <Plan>.ics} and {@code <Plan>-<owner>.ics} (RFC 5545), built with the biweekly
 * iCalendar model and written by its {@link ICalWriter}; see docs/generators.md.
 *
 * <ul>
 * <li>Milestones and gates: all-day {@code VEVENT}s ({@code VALUE=DATE}, DTEND the day after).</li>
 * <li>Tasks: {@code VTODO} with {@code DUE} (and {@code DTSTART} when an effort gives a start)
 * and {@code STATUS}; with {@link GenerationOptions#tasksAsEvents()} also an all-day
 * {@code VEVENT} on the due day. Tasks without a resolved due day are left out (validation
 * reports them).</li>
 * <li>Meetings: a {@code VEVENT} in the plan's time zone with its {@code VTIMEZONE}, built here
 * from the JDK's time-zone rules (nothing is fetched), and an {@code RRULE}.</li>
 * <li>{@code UID}: the element's stable id plus {@code @gtmplan}, so an element keeps its UID
 * whatever else changes; {@code DTSTAMP}: {@link GenerationOptions#timestamp()}.</li>
 * </ul>
 */
public class CalendarGenerator implements DocumentGenerator {

    /** What follows an element's id in its UID. */
    public static final String UID_SUFFIX = "@gtmplan";

    /** What follows a task's id in the UID of the all-day event written with --tasks-as-events. */
    public static final String TASK_EVENT_UID_SUFFIX = ".event" + UID_SUFFIX;

    /** The RFC 5545 status of a to-do being worked on. */
    public static final String IN_PROCESS = "IN-PROCESS";

    static final String PRODUCT_ID = "-//GTM Plan//gtm generate//EN";

    /** RFC 5545 3.1: a content line is at most 75 octets, excluding the line break. */
    static final int MAX_LINE_OCTETS = 75;

    @Override
    public String format() {
        return "ics";
    }

    @Override
    public List<GeneratedFile> generate(PlanView plan, GenerationOptions options) {
        List<GeneratedFile> files = new ArrayList<>();
        String planCalendar = calendar(plan, options, null);
        files.add(GeneratedFile.utf8(plan.name() + ".ics", planCalendar));
        for (OwnerView owner : plan.owners()) {
            String ownerCalendar = calendar(plan, options, owner);
            // An owner of nothing the calendar shows (e.g. only of an MSP activity) gets no file:
            // RFC 5545 wants at least one component in a calendar.
            if (ownerCalendar != null) {
                files.add(GeneratedFile.utf8(plan.name() + "-" + owner.name() + ".ics", ownerCalendar));
            }
        }
        return files;
    }

    /**
     * The calendar of the whole plan ({@code owner == null}) or of the items one owner owns
     * directly: a team's calendar holds the team's items, a person's the person's (not those of
     * the person's teams). Null when an owner's calendar would be empty.
     */
    private String calendar(PlanView plan, GenerationOptions options, OwnerView owner) {
        Predicate<OwnerView> mine = o -> owner == null || (o != null && o.name().equals(owner.name()));
        Labels l = Labels.of(plan.language());
        Date stamp = Date.from(options.timestamp());

        ICalendar ical = new ICalendar();
        ical.setProductId(PRODUCT_ID);
        ical.setCalendarScale(CalendarScale.gregorian());
        ical.setMethod("PUBLISH");
        String calendarName = (plan.title() == null ? plan.name() : plan.title()) + (owner == null ? "" : " — " + ownerName(owner));
        ical.setExperimentalProperty("X-WR-CALNAME", calendarName);
        int components = 0;

        for (MilestoneView m : plan.milestones()) {
            if (owner != null || m.date() == null) {
                continue; // milestones have no owner: they are in the plan's calendar only
            }
            VEvent event = allDayEvent(m.id() + UID_SUFFIX, stamp, m.date(), title(m.name(), m.title()));
            List<String> description = new ArrayList<>();
            description.add(m.when());
            if (m.kind() != null) {
                description.add(l.get("kind") + ": " + m.kind());
            }
            event.setDescription(String.join("\n", description));
            event.addCategories(categories(l.get("milestones"), m.kind()));
            ical.addEvent(event);
            components++;
        }

        for (GateView g : plan.gates()) {
            boolean ownsCriterion = g.criteria().stream().anyMatch(c -> c.owner() != null && mine.test(c.owner()));
            if (g.date() == null || !(owner == null || mine.test(g.decidedBy()) || ownsCriterion)) {
                continue;
            }
            VEvent event = allDayEvent(g.id() + UID_SUFFIX, stamp, g.date(), g.name() + " " + nonNull(g.title()));
            List<String> description = new ArrayList<>();
            description.add(g.when());
            if (g.decidedBy() != null) {
                description.add(l.get("decidedBy") + ": " + ownerName(g.decidedBy()));
            }
            if (!g.criteria().isEmpty()) {
                description.add(l.get("criteria") + ":");
                for (CriterionView c : g.criteria()) {
                    description.add("- " + c.title() + (c.owner() == null ? "" : " (" + ownerName(c.owner()) + ")"));
                }
            }
            if (!g.requires().isEmpty()) {
                description.add(l.get("requires") + ": " + String.join(", ", g.requires()));
            }
            event.setDescription(String.join("\n", description));
            event.addCategories(categories(l.get("gates")));
            ical.addEvent(event);
            components++;
        }

        List<MeetingView> meetings = plan.meetings().stream()
                // an unresolved date is left out: validation reports it
                .filter(m -> m.from() != null && m.until() != null && m.time() != null && mine.test(m.by())).toList();
        if (!meetings.isEmpty()) {
            ZoneId zone = plan.timezone() == null ? ZoneOffset.UTC : plan.timezone();
            // Meetings are written with the plan zone's TZID and VTIMEZONE; a plan without a
            // time zone has its meetings in UTC, which needs no VTIMEZONE.
            TimezoneAssignment timezone = null;
            if (!ZoneOffset.UTC.equals(zone)) {
                Instant from = meetings.stream().map(m -> start(m, zone)).min(Instant::compareTo).orElseThrow();
                Instant to = meetings.stream().map(m -> until(m, zone)).max(Instant::compareTo).orElseThrow();
                timezone = new TimezoneAssignment(TimeZone.getTimeZone(zone), timezone(zone, from, to));
            }
            for (MeetingView m : meetings) {
                ical.addEvent(meeting(m, zone, timezone, stamp, l, ical));
                components++;
            }
        }

        for (TaskView t : plan.tasks()) {
            if (t.due() == null || !mine.test(t.owner())) {
                continue;
            }
            ical.addTodo(todo(t, stamp, l));
            components++;
            if (options.tasksAsEvents()) {
                VEvent event = allDayEvent(t.id() + TASK_EVENT_UID_SUFFIX, stamp, t.due(), t.title() == null ? t.name() : t.title());
                event.setDescription(taskDescription(t, l));
                event.addCategories(taskCategories(t, l));
                ical.addEvent(event);
            }
        }
        if (owner != null && components == 0) {
            return null;
        }
        return fold(write(ical));
    }

    private static VEvent allDayEvent(String uid, Date stamp, LocalDate day, String summary) {
        VEvent event = new VEvent();
        event.setUid(uid);
        event.setDateTimeStamp(stamp);
        event.setSummary(summary);
        event.setDateStart(day(day), false);
        event.setDateEnd(day(day.plusDays(1)), false);
        event.setTransparency(true); // a date to know, not time taken
        return event;
    }

    private static VTodo todo(TaskView t, Date stamp, Labels l) {
        VTodo todo = new VTodo();
        todo.setUid(t.id() + UID_SUFFIX);
        todo.setDateTimeStamp(stamp);
        todo.setSummary(t.title() == null ? t.name() : t.title());
        // DTSTART must come before DUE (RFC 5545 3.8.2.3).
        if (t.start() != null && t.start().isBefore(t.due())) {
            todo.setDateStart(day(t.start()), false);
        }
        todo.setDateDue(day(t.due()), false);
        todo.setStatus(switch (t.status()) {
            // RFC 5545 3.8.1.11 spells it IN-PROCESS; biweekly's Status.inProgress() writes
            // IN-PROGRESS, which strict parsers reject.
            case "doing" -> new Status(IN_PROCESS);
            case "done" -> Status.completed();
            default -> Status.needsAction(); // todo, and blocked (said in CATEGORIES and DESCRIPTION)
        });
        if (t.done()) {
            todo.setPercentComplete(100);
        }
        todo.setDescription(taskDescription(t, l));
        todo.addCategories(taskCategories(t, l));
        return todo;
    }

    private static List<String> taskCategories(TaskView t, Labels l) {
        return categories(l.get("task"), t.kind(), "blocked".equals(t.status()) ? "BLOCKED" : null);
    }

    private static String taskDescription(TaskView t, Labels l) {
        List<String> lines = new ArrayList<>();
        lines.add(t.name() + " — " + l.get("due") + " " + t.when());
        if (t.owner() != null) {
            lines.add(l.get("owner") + ": " + ownerName(t.owner()));
        }
        lines.add(l.get("status") + ": " + l.get(t.status()));
        if (t.effort() != null) {
            lines.add(l.get("effort") + ": " + t.effort());
        }
        if (!t.after().isEmpty()) {
            lines.add(l.get("after") + ": " + String.join(", ", t.after()));
        }
        if (t.note() != null) {
            lines.add(l.get("notes") + ": " + t.note());
        }
        if (!t.checklist().isEmpty()) {
            lines.add(l.get("checklist") + ":");
            for (String item : t.checklist()) {
                lines.add("- " + item);
            }
        }
        return String.join("\n", lines);
    }

    /**
     * A recurring meeting. DTSTART is the first occurrence on or after {@code from}: on {@code day}
     * when one is given (for a monthly meeting, that weekday's place in its month, e.g. the first
     * Tuesday, is kept: {@code BYDAY=1TU}), else on {@code from} itself. UNTIL is the end of the
     * {@code until} day in the plan's zone, written in UTC as RFC 5545 demands with a TZID.
     */
    private static VEvent meeting(MeetingView m, ZoneId zone, TimezoneAssignment timezone, Date stamp, Labels l, ICalendar ical) {
        LocalDate first = firstDay(m);
        ZonedDateTime start = first.atTime(LocalTime.parse(m.time())).atZone(zone);
        Instant until = until(m, zone);
        java.time.DayOfWeek weekday = weekday(m.day());

        VEvent event = new VEvent();
        event.setUid(m.id() + UID_SUFFIX);
        event.setDateTimeStamp(stamp);
        event.setSummary(m.title() == null ? m.name() : m.title());
        DateStart dtstart = event.setDateStart(Date.from(start.toInstant()), true);
        if (timezone != null) {
            ical.getTimezoneInfo().setTimezone(dtstart, timezone);
        }
        if (m.minutes() > 0) {
            event.setDuration(Duration.builder().minutes((int) m.minutes()).build());
        }
        Recurrence.Builder rule = new Recurrence.Builder("week".equals(m.unit()) ? Frequency.WEEKLY : Frequency.MONTHLY)
                .interval(m.interval()).until(Date.from(until), true);
        if (weekday != null) {
            biweekly.util.DayOfWeek byDay = biweekly.util.DayOfWeek.valueOfAbbr(m.day().substring(0, 2));
            if ("week".equals(m.unit())) {
                rule.byDay(byDay);
            } else {
                int nth = (first.getDayOfMonth() - 1) / 7 + 1;
                rule.byDay(nth == 5 ? -1 : nth, byDay);
            }
        }
        event.setRecurrenceRule(rule.build());
        List<String> description = new ArrayList<>();
        description.add(l.get("every") + " " + (m.interval() == 1 ? "" : m.interval() + " ") + l.get(m.unit())
                + (m.day() == null ? "" : " " + m.day()) + " " + m.time() + ", " + m.minutes() + " min, " + m.from() + " – " + m.until()
                + " (" + zone.getId() + ")");
        if (m.by() != null) {
            description.add(l.get("owner") + ": " + ownerName(m.by()));
            if (!m.by().members().isEmpty()) {
                description.add(String.join(", ", m.by().members()));
            }
        }
        event.setDescription(String.join("\n", description));
        event.addCategories(categories(l.get("meetings")));
        return event;
    }

    private static LocalDate firstDay(MeetingView m) {
        java.time.DayOfWeek weekday = weekday(m.day());
        return weekday == null ? m.from() : m.from().with(TemporalAdjusters.nextOrSame(weekday));
    }

    private static Instant start(MeetingView m, ZoneId zone) {
        return firstDay(m).atTime(LocalTime.parse(m.time())).atZone(zone).toInstant();
    }

    /** The end of the until day in the zone: UNTIL is inclusive, so a meeting on that day is kept. */
    private static Instant until(MeetingView m, ZoneId zone) {
        return m.until().atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant();
    }

    private static java.time.DayOfWeek weekday(String day) {
        if (day == null || day.length() < 2) {
            return null;
        }
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            if (d.name().startsWith(day.toUpperCase(java.util.Locale.ROOT).substring(0, 2))) {
                return d;
            }
        }
        return null;
    }

    /**
     * The plan zone's VTIMEZONE, made from the JDK's tz rules (nothing is fetched): the observance
     * in force at {@code from} and every transition up to {@code to}, each as an observance of its
     * own (no RRULE), which is exact for the span the calendar's meetings use.
     */
    static VTimezone timezone(ZoneId zone, Instant from, Instant to) {
        VTimezone component = new VTimezone(zone.getId());
        ZoneRules rules = zone.getRules();
        ZoneOffsetTransition previous = rules.previousTransition(from.plusSeconds(1));
        if (previous == null) {
            ZoneOffset offset = rules.getOffset(from);
            component.addStandardTime(observance(new StandardTime(), LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset));
        } else {
            component.addComponent(observance(rules.isDaylightSavings(previous.getInstant()) ? new DaylightSavingsTime() : new StandardTime(),
                    previous.getDateTimeBefore(), previous.getOffsetBefore(), previous.getOffsetAfter()));
        }
        for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && !t.getInstant().isAfter(to); t = rules.nextTransition(t.getInstant())) {
            component.addComponent(observance(rules.isDaylightSavings(t.getInstant()) ? new DaylightSavingsTime() : new StandardTime(),
                    t.getDateTimeBefore(), t.getOffsetBefore(), t.getOffsetAfter()));
        }
        return component;
    }

    private static <O extends Observance> O observance(O observance, LocalDateTime onset, ZoneOffset fromOffset, ZoneOffset toOffset) {
        observance.setDateStart(new DateTimeComponents(onset.getYear(), onset.getMonthValue(), onset.getDayOfMonth(), onset.getHour(),
                onset.getMinute(), onset.getSecond(), false));
        observance.setTimezoneOffsetFrom(new UtcOffset(fromOffset.getTotalSeconds() * 1000L));
        observance.setTimezoneOffsetTo(new UtcOffset(toOffset.getTotalSeconds() * 1000L));
        return observance;
    }

    /**
     * A day as biweekly wants it for DATE values: a {@link Date} at the start of that day in the
     * JVM's default zone, which is the zone biweekly formats DATE values in.
     */
    private static Date day(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static List<String> categories(String... values) {
        Set<String> set = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                set.add(value);
            }
        }
        return List.copyOf(set);
    }

    private static String title(String name, String title) {
        return title == null ? name : title;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String ownerName(OwnerView owner) {
        return owner.fullName() == null ? owner.name() : owner.fullName() + " (" + owner.name() + ")";
    }

    /** biweekly's text form, unfolded: its own folding counts characters, not octets (see {@link #fold}). */
    private static String write(ICalendar ical) {
        StringWriter out = new StringWriter();
        try (ICalWriter writer = new ICalWriter(out, ICalVersion.V2_0)) {
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
            writer.write(ical);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Folds content lines at {@value #MAX_LINE_OCTETS} octets of UTF-8, never inside a character.
     *
     * <p>Why not biweekly's folding: its writer (vinnie's {@code FoldedLineWriter}) counts UTF-16
     * characters, so a line of Chinese text (3 octets a character) came out at up to 225 octets,
     * and it moves a fold point past whitespace, making lines longer still. We therefore let it
     * write unfolded lines and fold them here: each physical line holds at most 75 octets before
     * its CRLF, continuation lines start with one space (counted in the 75), and a fold point is
     * always at a code point boundary, so no UTF-8 sequence (nor surrogate pair) is split.
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 20);
        int lineStart = 0;
        while (lineStart < unfolded.length()) {
            int lineEnd = unfolded.indexOf("\r\n", lineStart);
            if (lineEnd < 0) {
                lineEnd = unfolded.length();
            }
            foldLine(unfolded, lineStart, lineEnd, out);
            out.append("\r\n");
            lineStart = lineEnd + 2;
        }
        return out.toString();
    }

    private static void foldLine(String text, int start, int end, StringBuilder out) {
        int octets = 0;
        int i = start;
        while (i < end) {
            int codePoint = text.codePointAt(i);
            int length = utf8Length(codePoint);
            if (octets + length > MAX_LINE_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += length;
            i += Character.charCount(codePoint);
        }
    }

    static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        } else if (codePoint < 0x800) {
            return 2;
        } else if (codePoint < 0x10000) {
            return 3;
        }
        return 4;
    }
}
