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
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.gtmplan.lang.time.Weekdays;
import org.gtmplan.lang.generator.PlanView.CriterionView;
import org.gtmplan.lang.generator.PlanView.GateView;
import org.gtmplan.lang.generator.PlanView.MeetingView;
import org.gtmplan.lang.generator.PlanView.MilestoneView;
import org.gtmplan.lang.generator.PlanView.OwnerView;
import org.gtmplan.lang.generator.PlanView.TaskView;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.Duration;
import net.fortuna.ical4j.model.property.PercentComplete;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import net.fortuna.ical4j.util.Configurator;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * {@code <Plan>.ics} and {@code <Plan>-<owner>.ics} (RFC 5545), built with ical4j's iCalendar model
 * ({@link Calendar}, {@link VEvent}, {@link VToDo}, {@link VTimeZone}, {@link Recur}...) and written
 * by its {@link CalendarOutputter}, then folded by octets (see {@link #fold}); see docs/generators.md.
 *
 * <ul>
 * <li>Milestones and gates: all-day {@code VEVENT}s ({@code VALUE=DATE}, DTEND the day after).</li>
 * <li>Tasks: {@code VTODO} with {@code DUE} (and {@code DTSTART} when an effort gives a start)
 * and {@code STATUS}; with {@link GenerationOptions#tasksAsEvents()} also an all-day
 * {@code VEVENT} on the due day. Tasks without a resolved due day are left out (validation
 * reports them).</li>
 * <li>Meetings: a {@code VEVENT} in the plan's time zone with its {@code VTIMEZONE}, built here
 * from the JDK's time-zone rules (nothing is fetched, ical4j's registry is not asked), and an
 * {@code RRULE}.</li>
 * <li>{@code UID}: the element's stable id plus {@code @gtmplan}, so an element keeps its UID
 * whatever else changes; {@code DTSTAMP}: {@link GenerationOptions#timestamp()}.</li>
 * </ul>
 *
 * <p>No {@code METHOD}: {@code METHOD:PUBLISH} would make this an iTIP message (RFC 5546), which
 * allows one kind of component per object and wants an {@code ORGANIZER}; ical4j's validation
 * rejects a plan calendar (events and to-dos together) under it. A calendar file to import or
 * subscribe to needs no method.
 */
public class CalendarGenerator implements DocumentGenerator {

    /** What follows an element's id in its UID. */
    public static final String UID_SUFFIX = "@gtmplan";

    /** What follows a task's id in the UID of the all-day event written with --tasks-as-events. */
    public static final String TASK_EVENT_UID_SUFFIX = ".event" + UID_SUFFIX;

    /** The RFC 5545 status of a to-do being worked on. */
    public static final String IN_PROCESS = Status.VALUE_IN_PROCESS;

    static final String PRODUCT_ID = "-//GTM Plan//gtm generate//EN";

    /** RFC 5545 3.1: a content line is at most 75 octets, excluding the line break. */
    static final int MAX_LINE_OCTETS = 75;

    static {
        // ical4j reads its configuration (ical4j.properties) once, through the thread's context
        // class loader and else its own. In OSGi neither sees this bundle's ical4j.properties
        // (time zone updates off, a plain map as cache), so read it now with ours as context loader.
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(CalendarGenerator.class.getClassLoader());
            Configurator.getProperty("net.fortuna.ical4j.timezone.update.enabled");
        } finally {
            thread.setContextClassLoader(saved);
        }
    }

    @Override
    public String format() {
        return "ics";
    }

    @Override
    public List<GeneratedFile> generate(PlanView plan, GenerationOptions options) {
        List<GeneratedFile> files = new ArrayList<>();
        generate(plan, options, files::add);
        return files;
    }

    /** The plan's calendar, then each owner's, each handed to {@code sink} as soon as it is written. */
    @Override
    public void generate(PlanView plan, GenerationOptions options, Consumer<GeneratedFile> sink) {
        // An element is in the plan's calendar and in its owner's: its text is made once.
        Map<Object, String> components = new IdentityHashMap<>();
        // PlanView sorts its tasks on every call: sort once, and split them by owner in that order.
        List<TaskView> tasks = plan.tasks();
        Map<String, List<TaskView>> tasksByOwner = new HashMap<>();
        for (TaskView t : tasks) {
            if (t.owner() != null) {
                tasksByOwner.computeIfAbsent(t.owner().name(), name -> new ArrayList<>()).add(t);
            }
        }
        String planCalendar = calendar(plan, options, null, components, tasks);
        sink.accept(GeneratedFile.utf8(plan.name() + ".ics", planCalendar));
        for (OwnerView owner : plan.owners()) {
            String ownerCalendar = calendar(plan, options, owner, components, tasksByOwner.getOrDefault(owner.name(), List.of()));
            // An owner of nothing the calendar shows (e.g. only of an MSP activity) gets no file:
            // RFC 5545 wants at least one component in a calendar.
            if (ownerCalendar != null) {
                sink.accept(GeneratedFile.utf8(plan.name() + "-" + owner.name() + ".ics", ownerCalendar));
            }
        }
    }

    /**
     * The calendar of the whole plan ({@code owner == null}) or of the items one owner owns
     * directly: a team's calendar holds the team's items, a person's the person's (not those of
     * the person's teams). Null when an owner's calendar would be empty.
     *
     * <p>{@code texts} holds the folded text of each element's components (ical4j's model, written
     * by ical4j) by element, shared by the calendars of one plan: an element's components do not
     * depend on the calendar they are in. The calendar itself (its properties and time zone) is
     * written by ical4j's {@link CalendarOutputter}, and the components' texts go before its END line,
     * where the outputter would have written them: the bytes are the same as writing the whole model.
     * {@code tasks}: the plan's tasks in its order, only the owner's for an owner's calendar.
     */
    private String calendar(PlanView plan, GenerationOptions options, OwnerView owner, Map<Object, String> texts,
            List<TaskView> tasks) {
        Predicate<OwnerView> mine = o -> owner == null || (o != null && o.name().equals(owner.name()));
        Labels l = Labels.of(plan.language());
        // Whole seconds: DTSTAMP is a UTC date-time, which has no fraction.
        Revision stamp = new Revision(options.timestamp().truncatedTo(ChronoUnit.SECONDS), options.sequence());

        Calendar ical = new Calendar();
        ical.add(new ProdId(PRODUCT_ID));
        ical.add(ImmutableVersion.VERSION_2_0);
        ical.add(ImmutableCalScale.GREGORIAN);
        String calendarName = (plan.title() == null ? plan.name() : plan.title()) + (owner == null ? "" : " — " + owner.label());
        ical.add(new XProperty("X-WR-CALNAME", calendarName));
        StringBuilder components = new StringBuilder();

        for (MilestoneView m : plan.milestones()) {
            if (owner != null || m.date() == null) {
                continue; // milestones have no owner: they are in the plan's calendar only
            }
            components.append(texts.computeIfAbsent(m, key -> text(milestone(m, stamp, l))));
        }

        for (GateView g : plan.gates()) {
            boolean ownsCriterion = g.criteria().stream().anyMatch(c -> c.owner() != null && mine.test(c.owner()));
            if (g.date() == null || !(owner == null || mine.test(g.decidedBy()) || ownsCriterion)) {
                continue;
            }
            components.append(texts.computeIfAbsent(g, key -> text(gate(g, stamp, l))));
        }

        List<MeetingView> meetings = plan.meetings().stream()
                // an unresolved date is left out: validation reports it
                .filter(m -> m.from() != null && m.until() != null && m.time() != null && mine.test(m.by())).toList();
        if (!meetings.isEmpty()) {
            ZoneId zone = plan.timezone(); // UTC when the plan names none (PlanTimeZone)
            // Meetings are written with the plan zone's TZID and VTIMEZONE; a plan without a
            // time zone has its meetings in UTC, which needs no VTIMEZONE.
            if (!ZoneOffset.UTC.equals(zone)) {
                Instant from = meetings.stream().map(m -> start(m, zone)).min(Instant::compareTo).orElseThrow();
                Instant to = meetings.stream().map(m -> until(m, zone)).max(Instant::compareTo).orElseThrow();
                ical.add(timezone(zone, from, to)); // before the events that use it
            }
            for (MeetingView m : meetings) {
                components.append(texts.computeIfAbsent(m, key -> text(meeting(m, zone, stamp, l))));
            }
        }

        boolean any = components.length() > 0;
        for (TaskView t : tasks) {
            if (t.due() == null || !mine.test(t.owner())) {
                continue;
            }
            components.append(texts.computeIfAbsent(t, key -> {
                String todo = text(todo(t, stamp, l));
                if (!options.tasksAsEvents()) {
                    return todo;
                }
                VEvent event = allDayEvent(t.id() + TASK_EVENT_UID_SUFFIX, stamp, t.due(), t.title() == null ? t.name() : t.title());
                event.add(new Description(taskDescription(t, l)));
                event.add(taskCategories(t, l));
                return todo + text(event);
            }));
            any = true;
        }
        if (owner != null && !any) {
            return null;
        }
        String shell = fold(unfold(write(ical)));
        int end = shell.lastIndexOf(CALENDAR_END);
        return new StringBuilder(shell.length() + components.length()).append(shell, 0, end).append(components)
                .append(CALENDAR_END).toString();
    }

    /** The last line ical4j writes for a calendar, after its components. */
    private static final String CALENDAR_END = "END:VCALENDAR\r\n";

    /** A component's content lines as ical4j writes them inside a calendar, folded as {@link #fold} does. */
    private static String text(CalendarComponent component) {
        return fold(unfold(component.toString()));
    }

    private static VEvent milestone(MilestoneView m, Revision stamp, Labels l) {
        VEvent event = allDayEvent(m.id() + UID_SUFFIX, stamp, m.date(), title(m.name(), m.title()));
        List<String> description = new ArrayList<>();
        description.add(m.when());
        if (m.kind() != null) {
            description.add(l.get("kind") + ": " + m.kind());
        }
        event.add(new Description(String.join("\n", description)));
        event.add(categories(l.get("milestones"), m.kind() == null ? null : m.kind().getLiteral()));
        return event;
    }

    private static VEvent gate(GateView g, Revision stamp, Labels l) {
        VEvent event = allDayEvent(g.id() + UID_SUFFIX, stamp, g.date(), g.name() + " " + nonNull(g.title()));
        List<String> description = new ArrayList<>();
        description.add(g.when());
        if (g.decidedBy() != null) {
            description.add(l.get("decidedBy") + ": " + g.decidedBy().label());
        }
        if (!g.criteria().isEmpty()) {
            description.add(l.get("criteria") + ":");
            for (CriterionView c : g.criteria()) {
                description.add("- " + c.title() + (c.owner() == null ? "" : " (" + c.owner().label() + ")"));
            }
        }
        if (!g.requires().isEmpty()) {
            description.add(l.get("requires") + ": " + String.join(", ", g.requires()));
        }
        event.add(new Description(String.join("\n", description)));
        event.add(categories(l.get("gates")));
        return event;
    }

    private static VEvent allDayEvent(String uid, Revision stamp, LocalDate day, String summary) {
        VEvent event = new VEvent(false); // false: no DTSTAMP of the clock, ours follows
        event.add(new Uid(uid));
        stamp.addTo(event);
        event.add(new Summary(summary));
        event.add(new DtStart<>(day));
        event.add(new DtEnd<>(day.plusDays(1)));
        event.add(ImmutableTransp.TRANSPARENT); // a date to know, not time taken
        return event;
    }

    private static VToDo todo(TaskView t, Revision stamp, Labels l) {
        VToDo todo = new VToDo(false);
        todo.add(new Uid(t.id() + UID_SUFFIX));
        stamp.addTo(todo);
        todo.add(new Summary(t.title() == null ? t.name() : t.title()));
        // DTSTART must come before DUE (RFC 5545 3.8.2.3).
        if (t.start() != null && t.start().isBefore(t.due())) {
            todo.add(new DtStart<>(t.start()));
        }
        todo.add(new Due<>(t.due()));
        todo.add(new Status(switch (t.status()) {
            case DOING -> Status.VALUE_IN_PROCESS;
            case DONE -> Status.VALUE_COMPLETED;
            default -> Status.VALUE_NEEDS_ACTION; // todo, and blocked (said in CATEGORIES and DESCRIPTION)
        }));
        if (t.done()) {
            todo.add(new PercentComplete(100));
        }
        todo.add(new Description(taskDescription(t, l)));
        todo.add(taskCategories(t, l));
        return todo;
    }

    private static Categories taskCategories(TaskView t, Labels l) {
        return categories(l.get("task"), t.kind() == null ? null : t.kind().getLiteral(), t.status() == org.gtmplan.lang.gtm.Status.BLOCKED ? "BLOCKED" : null);
    }

    private static String taskDescription(TaskView t, Labels l) {
        List<String> lines = new ArrayList<>();
        lines.add(t.name() + " — " + l.get("due") + " " + t.when());
        if (t.owner() != null) {
            lines.add(l.get("owner") + ": " + t.owner().label());
        }
        lines.add(l.get("status") + ": " + l.get(t.status().getLiteral()));
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
    private static VEvent meeting(MeetingView m, ZoneId zone, Revision stamp, Labels l) {
        LocalDate first = firstDay(m);
        LocalDateTime start = first.atTime(m.time());
        Instant until = until(m, zone);
        java.time.DayOfWeek weekday = m.day();

        VEvent event = new VEvent(false);
        event.add(new Uid(m.id() + UID_SUFFIX));
        stamp.addTo(event);
        event.add(new Summary(m.title() == null ? m.name() : m.title()));
        if (ZoneOffset.UTC.equals(zone)) {
            event.add(new DtStart<>(start.toInstant(ZoneOffset.UTC)));
        } else {
            // A local time with the TZID of the VTIMEZONE we write: no ical4j registry involved.
            event.add(new DtStart<>(new ParameterList(List.of(new net.fortuna.ical4j.model.parameter.TzId(zone.getId()))), start));
        }
        if (m.minutes() > 0) {
            event.add(new Duration(java.time.Duration.ofMinutes(m.minutes())));
        }
        Recur.Builder<Instant> rule = new Recur.Builder<Instant>()
                .frequency(m.unit() == ChronoUnit.WEEKS ? Frequency.WEEKLY : Frequency.MONTHLY)
                .until(until)
                .interval(m.interval());
        if (weekday != null) {
            WeekDay byDay = WeekDay.getWeekDay(weekday);
            if (m.unit() == ChronoUnit.WEEKS) {
                rule.dayList(byDay);
            } else {
                int nth = (first.getDayOfMonth() - 1) / 7 + 1;
                rule.dayList(new WeekDay(byDay, nth == 5 ? -1 : nth));
            }
        }
        event.add(new RRule<>(rule.build()));
        List<String> description = new ArrayList<>();
        description.add(l.every(m.interval(), m.unit())
                + (m.day() == null ? "" : " " + Weekdays.keyword(m.day())) + " " + m.time() + ", " + m.minutes() + " min, " + m.from() + " – " + m.until()
                + " (" + zone.getId() + ")");
        if (m.by() != null) {
            description.add(l.get("owner") + ": " + m.by().label());
            if (!m.by().members().isEmpty()) {
                description.add(String.join(", ", m.by().members()));
            }
        }
        event.add(new Description(String.join("\n", description)));
        event.add(categories(l.get("meetings")));
        return event;
    }

    private static LocalDate firstDay(MeetingView m) {
        java.time.DayOfWeek weekday = m.day();
        return weekday == null ? m.from() : m.from().with(TemporalAdjusters.nextOrSame(weekday));
    }

    private static Instant start(MeetingView m, ZoneId zone) {
        return firstDay(m).atTime(m.time()).atZone(zone).toInstant();
    }

    /** The end of the until day in the zone: UNTIL is inclusive, so a meeting on that day is kept. */
    private static Instant until(MeetingView m, ZoneId zone) {
        return m.until().atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant();
    }


    /**
     * The plan zone's VTIMEZONE, made from the JDK's tz rules: the observance in force at
     * {@code from} and every transition up to {@code to}, each as an observance of its own (no
     * RRULE), which is exact for the span the calendar's meetings use.
     *
     * <p>Not ical4j's bundled definitions ({@code zoneinfo/}, {@code zoneinfo-global/}): those
     * come from tzurl.org with a {@code TZURL} that ical4j can refresh over the network, they
     * describe a zone's whole history, and a plan's zone would then follow ical4j's tz data
     * release instead of the JDK's that every other date of GTM Plan uses.
     */
    static VTimeZone timezone(ZoneId zone, Instant from, Instant to) {
        VTimeZone component = new VTimeZone();
        component.add(new TzId(zone.getId()));
        ZoneRules rules = zone.getRules();
        ZoneOffsetTransition previous = rules.previousTransition(from.plusSeconds(1));
        if (previous == null) {
            ZoneOffset offset = rules.getOffset(from);
            component.add(observance(new Standard(), LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset));
        } else {
            component.add(observance(rules.isDaylightSavings(previous.getInstant()) ? new Daylight() : new Standard(),
                    previous.getDateTimeBefore(), previous.getOffsetBefore(), previous.getOffsetAfter()));
        }
        for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && !t.getInstant().isAfter(to); t = rules.nextTransition(t.getInstant())) {
            component.add(observance(rules.isDaylightSavings(t.getInstant()) ? new Daylight() : new Standard(),
                    t.getDateTimeBefore(), t.getOffsetBefore(), t.getOffsetAfter()));
        }
        return component;
    }

    private static Observance observance(Observance observance, LocalDateTime onset, ZoneOffset fromOffset, ZoneOffset toOffset) {
        observance.add(new DtStart<>(onset)); // local time, as RFC 5545 3.6.5 wants for an onset
        observance.add(new TzOffsetFrom(fromOffset));
        observance.add(new TzOffsetTo(toOffset));
        return observance;
    }

    /** CATEGORIES: a list value, so ical4j escapes a comma inside one value. Duplicates and blanks dropped. */
    private static Categories categories(String... values) {
        Set<String> set = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                set.add(value);
            }
        }
        return new Categories(new TextList(List.copyOf(set)));
    }

    private static String title(String name, String title) {
        return title == null ? name : title;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }


    /**
     * ical4j's text form: CRLF line ends, text escaped by its properties. Not validating here: the
     * outputter's validation only logs what it finds (into slf4j-nop), so the tests run ical4j's
     * validation on every calendar instead.
     */
    private static String write(Calendar ical) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(ical, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /**
     * Undoes ical4j's folding. Its {@code FoldingWriter} counts UTF-16 characters (a line of
     * Chinese text, 3 octets a character, comes out at up to 225 octets) and caps the fold length
     * at 75, so it cannot be told to leave lines whole; we take its lines back apart (a fold is
     * exactly CRLF and one space, and no content line of ours holds a CRLF: text values are escaped)
     * and fold them again by octets in {@link #fold}.
     */
    static String unfold(String folded) {
        return folded.replace("\r\n ", "");
    }

    /**
     * Folds content lines at {@value #MAX_LINE_OCTETS} octets of UTF-8, never inside a character.
     *
     * <p>Why not ical4j's folding: see {@link #unfold}. Each physical line here holds at most 75
     * octets before its CRLF, continuation lines start with one space (counted in the 75), and a
     * fold point is always at a code point boundary, so no UTF-8 sequence (nor surrogate pair) is
     * split.
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

    /**
     * The plan's revision on every component: DTSTAMP and LAST-MODIFIED at the revision's time,
     * SEQUENCE its number, so a calendar client that subscribed to the file recognises a moved
     * element as an update of the event it has (same UID, higher SEQUENCE, later DTSTAMP).
     */
    private record Revision(Instant time, int sequence) {
        void addTo(CalendarComponent component) {
            component.add(new DtStamp(time));
            component.add(new LastModified(time));
            component.add(new Sequence(sequence));
        }
    }
}
