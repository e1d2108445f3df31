package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gtmplan.lang.generator.CalendarGenerator;
import org.gtmplan.lang.generator.DocumentGenerators;
import org.gtmplan.lang.generator.GeneratedFile;
import org.gtmplan.lang.generator.GenerationOptions;
import org.gtmplan.lang.generator.PlanView;
import org.gtmplan.lang.generator.PlanView.MeetingView;
import org.gtmplan.lang.generator.PlanView.OwnerView;
import org.gtmplan.lang.generator.PlanView.TaskView;
import org.gtmplan.lang.generator.PlanView.WorkstreamView;
import org.gtmplan.lang.generator.PlanViewBuilder;
import org.gtmplan.lang.gtm.Model;
import org.gtmplan.lang.gtm.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.ValidationWarnings;
import biweekly.component.ICalComponent;
import biweekly.component.Observance;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.component.VTodo;
import biweekly.io.ParseWarning;
import biweekly.io.TimezoneAssignment;
import biweekly.property.DateStart;
import biweekly.property.Status;
import biweekly.util.ByDay;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.ICalDate;
import biweekly.util.Recurrence;

/**
 * language.md §6, iCalendar: every file the shipped example gives is parsed back with biweekly
 * and checked (events, to-dos, time zone, recurrence, UIDs), plus the octet rules of folding,
 * escaping, stable UIDs, DTSTAMP and determinism.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GtmInjectorProvider.class)
class CalendarGeneratorTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant EPOCH_2026 = GenerationOptions.timestampFrom("1767225600"); // 2026-01-01T00:00:00Z

    @Inject
    private PlanFixtures fixtures;

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private PlanViewBuilder views;

    @Inject
    private CalendarGenerator generator;

    @Inject
    private DocumentGenerators generators;

    // ---------------------------------------------------------------- the shipped example

    @Test
    void registeredAsIcs() {
        assertTrue(generators.formats().contains("ics"));
        assertEquals("ics", generators.get("ics").format());
    }

    @Test
    void exampleGivesThePlanCalendarAndOnePerOwnerOfSomething() throws IOException {
        Map<String, GeneratedFile> files = generateExample(defaults());
        assertEquals(List.of("MateX.ics", "MateX-IPMS_MT.ics", "MateX-PCT.ics", "MateX-alice.ics", "MateX-bob.ics", "MateX-carol.ics",
                "MateX-dan.ics", "MateX-erin.ics", "MateX-frank.ics", "MateX-grace.ics"), List.copyOf(files.keySet()));
        for (GeneratedFile file : files.values()) {
            ICalendar ical = parseStrictly(file);
            assertEquals(ICalVersion.V2_0, ical.getVersion(), file.name());
            assertValid(ical, file.name());
            assertRawFormat(file);
        }
    }

    @Test
    void planCalendarHoldsMilestonesAndGatesAsAllDayEvents() throws IOException {
        ICalendar ical = parseStrictly(generateExample(defaults()).get("MateX.ics"));
        Map<String, VEvent> events = byUid(ical.getEvents());
        assertAllDay(events.get("acme.phones.MateX.kickoff@gtmplan"), LocalDate.of(2026, 3, 2));
        assertAllDay(events.get("acme.phones.MateX.launchEvent@gtmplan"), LocalDate.of(2026, 9, 8));
        assertAllDay(events.get("acme.phones.MateX.firstSale@gtmplan"), LocalDate.of(2026, 9, 11));
        assertAllDay(events.get("acme.phones.MateX.eol@gtmplan"), LocalDate.of(2028, 3, 1));
        assertAllDay(events.get("acme.phones.MateX.GR2@gtmplan"), LocalDate.of(2026, 4, 10));
        assertAllDay(events.get("acme.phones.MateX.GR4@gtmplan"), LocalDate.of(2026, 8, 7));
        assertEquals("发布会", events.get("acme.phones.MateX.launchEvent@gtmplan").getSummary().getValue());
        assertEquals("GR4 上市准备", events.get("acme.phones.MateX.GR4@gtmplan").getSummary().getValue());
        String gr4 = events.get("acme.phones.MateX.GR4@gtmplan").getDescription().getValue();
        assertTrue(gr4.contains("Sales trained and toolkit published (Frank Zhou (frank))"), gr4);
        assertTrue(gr4.contains("salesTraining, supplyForecast, website"), gr4);
        // 6 dated points and 2 meetings; no task events without --tasks-as-events
        assertEquals(8, ical.getEvents().size());
    }

    @Test
    void tasksAreToDosWithDueAndStatus() throws IOException {
        ICalendar ical = parseStrictly(generateExample(defaults()).get("MateX.ics"));
        Map<String, VTodo> todos = byUid(ical.getTodos());
        assertEquals(10, todos.size());
        assertTodo(todos.get("acme.phones.MateX.priceBand@gtmplan"), LocalDate.of(2026, 4, 10), "COMPLETED");
        assertTodo(todos.get("acme.phones.MateX.channelPlan@gtmplan"), LocalDate.of(2026, 4, 3), "COMPLETED");
        assertTodo(todos.get("acme.phones.MateX.firmwareFreeze@gtmplan"), LocalDate.of(2026, 7, 24), "IN-PROCESS");
        assertTodo(todos.get("acme.phones.MateX.finalPrice@gtmplan"), LocalDate.of(2026, 8, 19), "NEEDS-ACTION");
        assertTodo(todos.get("acme.phones.MateX.website@gtmplan"), LocalDate.of(2026, 8, 6), "NEEDS-ACTION");
        assertEquals("Product site live", todos.get("acme.phones.MateX.website@gtmplan").getSummary().getValue());
        // An effort gives a start: samples is due GR2+20wd with 20d of effort.
        VTodo samples = todos.get("acme.phones.MateX.samples@gtmplan");
        LocalDate samplesDue = date(samples.getDateDue().getValue());
        assertEquals(samplesDue.minusDays(20), date(samples.getDateStart().getValue()));
        assertFalse(samples.getDateStart().getValue().hasTime());
        String training = todos.get("acme.phones.MateX.salesTraining@gtmplan").getDescription().getValue();
        assertTrue(training.contains("Train retail staff before GR4; record the session for late joiners."), training);
        assertTrue(training.contains("- Demo script in Chinese and English"), training);
    }

    @Test
    void meetingsRecurInThePlanTimeZoneWithItsVTimezone() throws IOException {
        ICalendar ical = parseStrictly(generateExample(defaults()).get("MateX.ics"));
        // The parser moves VTIMEZONE components into the calendar's time-zone info.
        List<VTimezone> zones = List.copyOf(ical.getTimezoneInfo().getComponents());
        assertEquals(1, zones.size());
        VTimezone shanghai = zones.get(0);
        assertEquals("Asia/Shanghai", shanghai.getTimezoneId().getValue());
        assertTrue(shanghai.getDaylightSavingsTime().isEmpty(), "no transition in Shanghai since 1991");
        List<? extends Observance> observances = shanghai.getStandardTimes();
        assertEquals(1, observances.size());
        assertEquals(8 * 3600_000L, observances.get(0).getTimezoneOffsetTo().getValue().getMillis());

        Map<String, VEvent> events = byUid(ical.getEvents());
        // every week on TUE at 10:00 for 60min from kickoff (Mon 2026-03-02) until T+90d (2026-12-07)
        VEvent pct = events.get("acme.phones.MateX.pctWeekly@gtmplan");
        assertMeetingStart(ical, pct, LocalDateTime.of(2026, 3, 3, 10, 0));
        assertEquals(60, pct.getDuration().getValue().toMillis() / 60_000);
        assertRule(pct.getRecurrenceRule().getValue(), Frequency.WEEKLY, 1, new ByDay(DayOfWeek.TUESDAY),
                LocalDate.of(2026, 12, 7));
        // every 4 weeks on THU at 14:00 for 2h from kickoff until T+180d (2027-03-07)
        VEvent mt = events.get("acme.phones.MateX.mtMonthly@gtmplan");
        assertMeetingStart(ical, mt, LocalDateTime.of(2026, 3, 5, 14, 0));
        assertEquals(120, mt.getDuration().getValue().toMillis() / 60_000);
        assertRule(mt.getRecurrenceRule().getValue(), Frequency.WEEKLY, 4, new ByDay(DayOfWeek.THURSDAY),
                LocalDate.of(2027, 3, 7));

        String raw = generateExample(defaults()).get("MateX.ics").text();
        assertTrue(raw.contains("\r\nDTSTART;TZID=Asia/Shanghai:20260303T100000\r\n"), raw);
        assertTrue(raw.contains("\r\nRRULE:FREQ=WEEKLY;UNTIL=20261207T155959Z;INTERVAL=1;BYDAY=TU\r\n"), raw);
        assertTrue(raw.contains("\r\nRRULE:FREQ=WEEKLY;UNTIL=20270307T155959Z;INTERVAL=4;BYDAY=TH\r\n"), raw);
        assertTrue(raw.indexOf("BEGIN:VTIMEZONE") < raw.indexOf("BEGIN:VEVENT"), "VTIMEZONE before its first use");
    }

    @Test
    void everyComponentHasItsElementIdAsUid() throws IOException {
        PlanView plan = exampleView();
        ICalendar ical = parseStrictly(generator.generate(plan, defaults()).get(0));
        Set<String> expected = new TreeSet<>();
        plan.milestones().forEach(m -> expected.add(m.id() + "@gtmplan"));
        plan.gates().forEach(g -> expected.add(g.id() + "@gtmplan"));
        plan.meetings().forEach(m -> expected.add(m.id() + "@gtmplan"));
        plan.tasks().forEach(t -> expected.add(t.id() + "@gtmplan"));
        List<String> uids = uids(ical);
        assertEquals(expected, new TreeSet<>(uids));
        assertEquals(uids.size(), new TreeSet<>(uids).size(), "UIDs are unique");
    }

    @Test
    void ownerFilesHoldWhatThatOwnerOwns() throws IOException {
        PlanView plan = exampleView();
        Map<String, GeneratedFile> files = byName(generator.generate(plan, defaults()));
        for (OwnerView owner : plan.owners()) {
            GeneratedFile file = files.get("MateX-" + owner.name() + ".ics");
            Set<String> expectedTasks = plan.tasks().stream().filter(t -> t.owner() != null && t.owner().name().equals(owner.name()))
                    .map(t -> t.id() + "@gtmplan").collect(Collectors.toCollection(TreeSet::new));
            if (file == null) {
                assertTrue(expectedTasks.isEmpty(), owner.name());
                continue;
            }
            ICalendar ical = parseStrictly(file);
            assertEquals(expectedTasks, new TreeSet<>(byUid(ical.getTodos()).keySet()), owner.name());
            assertTrue(byUid(ical.getEvents()).keySet().stream().noneMatch(uid -> uid.contains(".kickoff@") || uid.contains(".eol@")),
                    "milestones have no owner: " + owner.name());
        }
        // A team's calendar: the team's meeting and the gates it decides, no member's tasks.
        assertEquals(Set.of("acme.phones.MateX.GR2@gtmplan", "acme.phones.MateX.GR4@gtmplan", "acme.phones.MateX.mtMonthly@gtmplan"),
                new TreeSet<>(uids(parseStrictly(files.get("MateX-IPMS_MT.ics")))));
        assertEquals(List.of("acme.phones.MateX.pctWeekly@gtmplan"), uids(parseStrictly(files.get("MateX-PCT.ics"))));
        // A person's calendar: the person's tasks and the gates with a criterion the person owns,
        // not the meetings of the person's teams.
        assertEquals(Set.of("acme.phones.MateX.GR4@gtmplan", "acme.phones.MateX.salesTraining@gtmplan",
                "acme.phones.MateX.hotline@gtmplan"), new TreeSet<>(uids(parseStrictly(files.get("MateX-frank.ics")))));
        assertEquals(List.of("acme.phones.MateX.GR2@gtmplan"), uids(parseStrictly(files.get("MateX-alice.ics"))));
        ICalendar frank = parseStrictly(files.get("MateX-frank.ics"));
        assertTrue(frank.getTimezoneInfo().getComponents().isEmpty(), "no meeting, no VTIMEZONE");
        // A calendar with a meeting has the zone too.
        assertEquals(1, parseStrictly(files.get("MateX-PCT.ics")).getTimezoneInfo().getComponents().size());
    }

    @Test
    void tasksAsEventsAddsAllDayEventsOnTheDueDay() throws IOException {
        PlanView plan = exampleView();
        GenerationOptions options = new GenerationOptions(null, EPOCH_2026, true);
        ICalendar ical = parseStrictly(generator.generate(plan, options).get(0));
        Map<String, VEvent> events = byUid(ical.getEvents());
        Map<String, VTodo> todos = byUid(ical.getTodos());
        assertEquals(10, todos.size(), "the to-dos stay");
        for (TaskView task : plan.tasks()) {
            VEvent event = events.get(task.id() + CalendarGenerator.TASK_EVENT_UID_SUFFIX);
            assertNotNull(event, task.id());
            assertAllDay(event, task.due());
            assertEquals(todos.get(task.id() + "@gtmplan").getSummary().getValue(), event.getSummary().getValue());
        }
        assertEquals(8 + 10, ical.getEvents().size());
        assertValid(ical, "tasks as events");
    }

    @Test
    void monthlyMeetingInADaylightSavingZoneKeepsItsLocalTime() throws IOException {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        OwnerView team = new OwnerView("PCT", "Product Commercial Team", "team", null, null, List.of("bob"));
        // every month on TUE at 09:30 for 45min from Mon 2026-03-02 until 2026-12-31
        MeetingView meeting = new MeetingView("acme.B.monthly", "monthly", "Monthly review", team, 1, "month", "TUE", "09:30", 45,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 12, 31));
        PlanView plan = new PlanView("B", "acme.B", "Berlin plan", null, null, LocalDate.of(2026, 9, 8), berlin, "en", team, List.of(),
                List.of(), List.of(), List.of(meeting), null, List.of(), List.of(team));
        GeneratedFile file = generator.generate(plan, defaults()).get(0);
        assertRawFormat(file);
        String raw = file.text();
        assertTrue(raw.contains("\r\nDTSTART;TZID=Europe/Berlin:20260303T093000\r\n"), raw);
        assertTrue(raw.contains("\r\nRRULE:FREQ=MONTHLY;UNTIL=20261231T225959Z;INTERVAL=1;BYDAY=1TU\r\n"), raw);

        ICalendar ical = parseStrictly(file);
        assertValid(ical, file.name());
        VTimezone zone = List.copyOf(ical.getTimezoneInfo().getComponents()).get(0);
        assertEquals("Europe/Berlin", zone.getTimezoneId().getValue());
        // in force at the start (winter time since 2025-10-26), then summer and winter time of 2026
        assertEquals(2, zone.getStandardTimes().size());
        assertEquals(1, zone.getDaylightSavingsTime().size());

        // The occurrences a client computes from RRULE and this VTIMEZONE: first Tuesdays at 09:30 local.
        VEvent event = ical.getEvents().get(0);
        java.util.TimeZone parsedZone = ical.getTimezoneInfo().getTimezone(event.getDateStart()).getTimeZone();
        List<LocalDateTime> occurrences = new ArrayList<>();
        for (var it = event.getDateIterator(parsedZone); it.hasNext();) {
            occurrences.add(LocalDateTime.ofInstant(it.next().toInstant(), berlin));
        }
        assertEquals(10, occurrences.size());
        assertEquals(LocalDateTime.of(2026, 3, 3, 9, 30), occurrences.get(0));
        assertEquals(LocalDateTime.of(2026, 4, 7, 9, 30), occurrences.get(1));
        assertEquals(LocalDateTime.of(2026, 12, 1, 9, 30), occurrences.get(9));
        assertEquals(45, event.getDuration().getValue().toMillis() / 60_000);
    }

    // ---------------------------------------------------------------- determinism and DTSTAMP

    @Test
    void generatingTwiceGivesIdenticalBytes() throws IOException {
        GenerationOptions options = new GenerationOptions(null, EPOCH_2026, false);
        List<GeneratedFile> first = generator.generate(exampleView(), options);
        List<GeneratedFile> second = generator.generate(exampleView(), options);
        assertEquals(first.size(), second.size());
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).name(), second.get(i).name());
            assertArrayEquals(first.get(i).content(), second.get(i).content(), first.get(i).name());
        }
    }

    @Test
    void outputDoesNotDependOnTheJvmDefaultTimeZone() throws IOException {
        PlanView plan = exampleView();
        java.util.TimeZone saved = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/Los_Angeles"));
            byte[] west = generator.generate(plan, defaults()).get(0).content();
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
            byte[] east = generator.generate(plan, defaults()).get(0).content();
            assertArrayEquals(west, east);
        } finally {
            java.util.TimeZone.setDefault(saved);
        }
    }

    @Test
    void dtstampFollowsSourceDateEpoch() throws IOException {
        PlanView plan = exampleView();
        for (GeneratedFile file : generator.generate(plan, new GenerationOptions(null, EPOCH_2026, true))) {
            ICalendar ical = parseStrictly(file);
            for (ICalComponent component : components(ical)) {
                assertEquals(EPOCH_2026, component.getProperty(biweekly.property.DateTimeStamp.class).getValue().toInstant(), file.name());
            }
            assertTrue(file.text().contains("\r\nDTSTAMP:20260101T000000Z\r\n"));
        }
        // Without SOURCE_DATE_EPOCH: the fixed instant, never the clock.
        String fixed = generator.generate(plan, defaults()).get(0).text();
        assertTrue(fixed.contains("\r\nDTSTAMP:19700101T000000Z\r\n"), fixed);
        assertFalse(fixed.replace("DTSTAMP:19700101T000000Z", "").contains("DTSTAMP"));
    }

    // ---------------------------------------------------------------- stable UIDs

    @Test
    void uidsSurviveAnEditOfAnotherElement() throws Exception {
        Path examples = fixtures.examplesFolder();
        String original = Files.readString(examples.resolve("phone-launch.gtm"));
        String edit = "task website \"Product site live\" owner grace due T-33d";
        assertTrue(original.contains(edit));
        String edited = original.replace(edit, "task website \"Product site live, v2\" owner grace due T-40d")
                .replace("milestone firstSale \"首销\" at T+3d", "milestone firstSale \"首销日\" at T+4d");

        Map<String, String> before = componentsByUid(generator.generate(viewOf(original), defaults()).get(0));
        Map<String, String> after = componentsByUid(generator.generate(viewOf(edited), defaults()).get(0));
        assertEquals(before.keySet(), after.keySet(), "the same elements keep the same UIDs");
        for (String uid : before.keySet()) {
            if (uid.endsWith(".website@gtmplan") || uid.endsWith(".firstSale@gtmplan")) {
                assertFalse(before.get(uid).equals(after.get(uid)), "the edited element changed: " + uid);
            } else {
                assertEquals(before.get(uid), after.get(uid), "an element nobody edited is unchanged: " + uid);
            }
        }
        ICalendar ical = parseStrictly(generator.generate(viewOf(edited), defaults()).get(0));
        VTodo website = byUid(ical.getTodos()).get("acme.phones.MateX.website@gtmplan");
        assertEquals("Product site live, v2", website.getSummary().getValue());
        assertEquals(LocalDate.of(2026, 7, 30), date(website.getDateDue().getValue()));
    }

    // ---------------------------------------------------------------- folding and escaping

    @Test
    void longCjkTitleFoldsAt75OctetsWithoutSplittingACharacter() throws IOException {
        String title = "全球上市准备评审会议：渠道、价格与营销活动".repeat(3); // 63 characters, 189 octets
        assertEquals(63, title.length());
        GeneratedFile file = generator.generate(planWithTask(title, null), defaults()).get(0);

        assertRawFormat(file);
        List<byte[]> lines = physicalLines(file.content());
        int summaryLines = 0;
        boolean inSummary = false;
        for (byte[] line : lines) {
            String text = new String(line, StandardCharsets.UTF_8);
            inSummary = text.startsWith("SUMMARY:") || (inSummary && text.startsWith(" "));
            if (inSummary) {
                summaryLines++;
            }
        }
        assertTrue(summaryLines >= 3, "189+8 octets need at least 3 physical lines, got " + summaryLines);
        // Unfolding restores the title exactly, and a strict parser reads it back.
        String unfolded = file.text().replace("\r\n ", "");
        assertTrue(unfolded.contains("\r\nSUMMARY:" + title + "\r\n"), unfolded);
        VTodo todo = parseStrictly(file).getTodos().get(0);
        assertEquals(title, todo.getSummary().getValue());
    }

    @Test
    void foldingCountsFourOctetCharactersAndMixedText() throws IOException {
        // Emoji are 4 octets (a surrogate pair in Java); Latin-1 letters 2; mixed with ASCII so
        // that fold points fall at every offset inside a sequence.
        String title = "a".repeat(7) + "🚀é中".repeat(25) + "b😀";
        GeneratedFile file = generator.generate(planWithTask(title, "ä".repeat(100) + "\n" + "x,y;z\\".repeat(30)), defaults()).get(0);
        assertRawFormat(file);
        VTodo todo = parseStrictly(file).getTodos().get(0);
        assertEquals(title, todo.getSummary().getValue());
        assertTrue(todo.getDescription().getValue().contains("ä".repeat(100) + "\n" + "x,y;z\\".repeat(30)));
    }

    @Test
    void textIsEscapedAndRoundTrips() throws IOException {
        String title = "Price, place; promotion \\ \"quoted\"\nsecond line";
        String note = "a,b;c\\d\r\ne";
        GeneratedFile file = generator.generate(planWithTask(title, note), defaults()).get(0);
        String unfolded = file.text().replace("\r\n ", "");
        assertTrue(unfolded.contains("\r\nSUMMARY:Price\\, place\\; promotion \\\\ \"quoted\"\\nsecond line\r\n"), unfolded);
        VTodo todo = parseStrictly(file).getTodos().get(0);
        assertEquals(title, todo.getSummary().getValue());
        assertTrue(todo.getDescription().getValue().contains("a,b;c\\d\ne"), todo.getDescription().getValue());
        // CATEGORIES is a list: a comma inside one value is escaped, not a separator.
        assertEquals(List.of("Task", "launch, wave 1", "BLOCKED"), todo.getCategories().get(0).getValues());
    }

    // ---------------------------------------------------------------- helpers

    private static GenerationOptions defaults() {
        return GenerationOptions.defaults();
    }

    private PlanView exampleView() throws IOException {
        return viewOf(Files.readString(fixtures.examplesFolder().resolve("phone-launch.gtm")));
    }

    /** The example's organisation file beside the given text of the plan file. */
    private PlanView viewOf(String planText) throws IOException {
        XtextResourceSet set = resourceSets.get();
        load(set, "org.gtm", Files.readString(fixtures.examplesFolder().resolve("org.gtm")));
        Resource resource = load(set, "phone-launch.gtm", planText);
        Plan plan = (Plan) ((Model) resource.getContents().get(0)).getElement();
        return views.build(plan);
    }

    private static Resource load(XtextResourceSet set, String name, String text) throws IOException {
        Resource resource = set.createResource(URI.createURI("memory:/examples/" + name));
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
        return resource;
    }

    private Map<String, GeneratedFile> generateExample(GenerationOptions options) throws IOException {
        return byName(generator.generate(exampleView(), options));
    }

    private static Map<String, GeneratedFile> byName(List<GeneratedFile> files) {
        Map<String, GeneratedFile> byName = new LinkedHashMap<>();
        files.forEach(f -> byName.put(f.name(), f));
        return byName;
    }

    /** A one-task plan in Shanghai; {@code note} may be null. */
    private static PlanView planWithTask(String title, String note) {
        OwnerView owner = new OwnerView("bob", "Bob Li", "person", "PDT", null, List.of());
        TaskView task = new TaskView("acme.T.task1", "task1", title, owner, LocalDate.of(2026, 9, 1), "Tue 2026-09-01 (T-7d)", null, null,
                "launch, wave 1", "blocked", List.of(), note, List.of(), "ws");
        WorkstreamView ws = new WorkstreamView("acme.T.ws", "ws", "Workstream", "product", owner, List.of(task));
        return new PlanView("T", "acme.T", "Test plan", null, null, LocalDate.of(2026, 9, 8), SHANGHAI, "en", owner, List.of(),
                List.of(), List.of(ws), List.of(), null, List.of(), List.of(owner));
    }

    /**
     * biweekly's own RFC 5545 checks, less one defect of biweekly: it knows the to-do status
     * IN-PROCESS (RFC 5545 3.8.1.11) as IN-PROGRESS and warns about the correct spelling.
     */
    private static void assertValid(ICalendar ical, String name) {
        List<ValidationWarnings.WarningsGroup> warnings = ical.validate(ICalVersion.V2_0).getWarnings().stream()
                .filter(group -> !(group.toString().contains(CalendarGenerator.IN_PROCESS)
                        && (group.getProperty() instanceof Status || group.getComponent() instanceof VTodo)))
                .toList();
        assertEquals(List.of(), warnings.stream().map(Object::toString).toList(), name);
    }

    /** Parses with biweekly and fails on any parse warning. */
    private static ICalendar parseStrictly(GeneratedFile file) {
        List<List<ParseWarning>> warnings = new ArrayList<>();
        List<ICalendar> calendars = Biweekly.parse(file.text()).warnings(warnings).all();
        assertEquals(1, calendars.size(), file.name());
        assertTrue(warnings.stream().allMatch(List::isEmpty), file.name() + ": " + warnings);
        return calendars.get(0);
    }

    /**
     * CRLF only; no physical line over 75 octets; each physical line valid UTF-8 on its own (so no
     * fold splits a sequence); continuation lines start with one space.
     */
    private static void assertRawFormat(GeneratedFile file) {
        byte[] bytes = file.content();
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertTrue(i > 0 && bytes[i - 1] == '\r', file.name() + ": LF without CR at " + i);
            } else if (bytes[i] == '\r') {
                assertTrue(i + 1 < bytes.length && bytes[i + 1] == '\n', file.name() + ": CR without LF at " + i);
            }
        }
        assertTrue(file.text().endsWith("END:VCALENDAR\r\n"), file.name());
        for (byte[] line : physicalLines(bytes)) {
            assertTrue(line.length <= 75, file.name() + ": " + line.length + " octets: " + new String(line, StandardCharsets.UTF_8));
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
            } catch (CharacterCodingException e) {
                throw new AssertionError(file.name() + ": a fold split a UTF-8 sequence: " + new String(line, StandardCharsets.UTF_8), e);
            }
            if (line.length > 0 && line[0] == ' ') {
                assertTrue(line.length > 1, "a continuation line carries content");
            }
        }
    }

    private static List<byte[]> physicalLines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(bytes, start, i));
                start = i + 2;
            }
        }
        assertEquals(bytes.length, start, "the file ends with CRLF");
        return lines;
    }

    private static <C extends ICalComponent> Map<String, C> byUid(List<C> components) {
        Map<String, C> byUid = new LinkedHashMap<>();
        for (C component : components) {
            String uid = component.getProperty(biweekly.property.Uid.class).getValue();
            assertNull(byUid.put(uid, component), "duplicate UID " + uid);
        }
        return byUid;
    }

    private static List<ICalComponent> components(ICalendar ical) {
        List<ICalComponent> components = new ArrayList<>();
        components.addAll(ical.getEvents());
        components.addAll(ical.getTodos());
        return components;
    }

    private static List<String> uids(ICalendar ical) {
        return components(ical).stream().map(c -> c.getProperty(biweekly.property.Uid.class).getValue()).toList();
    }

    /** The unfolded text of each VEVENT/VTODO by UID, to see what an edit changed. */
    private static Map<String, String> componentsByUid(GeneratedFile file) {
        String unfolded = file.text().replace("\r\n ", "");
        Map<String, String> byUid = new LinkedHashMap<>();
        for (String block : unfolded.split("BEGIN:V(?:EVENT|TODO)\r\n")) {
            int uidAt = block.indexOf("UID:");
            if (block.startsWith("UID:")) {
                byUid.put(block.substring(uidAt + 4, block.indexOf("\r\n", uidAt)), block.substring(0, block.indexOf("END:V")));
            }
        }
        return byUid;
    }

    private static LocalDate date(ICalDate value) {
        DateTimeComponents raw = value.getRawComponents();
        return LocalDate.of(raw.getYear(), raw.getMonth(), raw.getDate());
    }

    private static void assertAllDay(VEvent event, LocalDate day) {
        assertNotNull(event);
        assertFalse(event.getDateStart().getValue().hasTime(), "VALUE=DATE");
        assertEquals(day, date(event.getDateStart().getValue()));
        assertEquals(day.plusDays(1), date(event.getDateEnd().getValue()));
    }

    private static void assertTodo(VTodo todo, LocalDate due, String status) {
        assertNotNull(todo);
        assertFalse(todo.getDateDue().getValue().hasTime(), "DUE;VALUE=DATE");
        assertEquals(due, date(todo.getDateDue().getValue()));
        assertEquals(status, todo.getStatus().getValue());
    }

    private static void assertMeetingStart(ICalendar ical, VEvent meeting, LocalDateTime local) {
        DateStart start = meeting.getDateStart();
        TimezoneAssignment zone = ical.getTimezoneInfo().getTimezone(start);
        assertNotNull(zone, "DTSTART has a TZID");
        assertEquals("Asia/Shanghai", zone.getComponent().getTimezoneId().getValue());
        DateTimeComponents raw = start.getValue().getRawComponents();
        assertEquals(local, LocalDateTime.of(raw.getYear(), raw.getMonth(), raw.getDate(), raw.getHour(), raw.getMinute(), raw.getSecond()));
        assertFalse(raw.isUtc());
        assertEquals(local.atZone(SHANGHAI).toInstant(), start.getValue().toInstant());
    }

    private static void assertRule(Recurrence rule, Frequency frequency, int interval, ByDay byDay, LocalDate until) {
        assertEquals(frequency, rule.getFrequency());
        assertEquals(interval, rule.getInterval());
        assertEquals(List.of(byDay), rule.getByDay());
        assertTrue(rule.getUntil().hasTime());
        assertTrue(rule.getUntil().getRawComponents().isUtc(), "UNTIL in UTC, as RFC 5545 wants with a TZID");
        assertEquals(until.atTime(23, 59, 59).atZone(SHANGHAI).toInstant(), rule.getUntil().toInstant());
    }
}
