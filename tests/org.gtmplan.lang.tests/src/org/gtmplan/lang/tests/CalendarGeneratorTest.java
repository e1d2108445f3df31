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
import java.time.ZonedDateTime;
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

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Duration;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * language.md §6, iCalendar: every file the shipped example gives is parsed back with ical4j (strictly)
 * and validated by it, and checked (events, to-dos, time zone, recurrence, UIDs), plus the octet rules of folding,
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
            Calendar ical = parseStrictly(file);
            assertEquals("2.0", ical.getProperty(Property.VERSION).orElseThrow().getValue(), file.name());
            assertValid(ical, file.name());
            assertRawFormat(file);
        }
    }

    @Test
    void planCalendarHoldsMilestonesAndGatesAsAllDayEvents() throws IOException {
        Calendar ical = parseStrictly(generateExample(defaults()).get("MateX.ics"));
        Map<String, VEvent> events = byUid(events(ical));
        assertAllDay(events.get("acme.phones.MateX.kickoff@gtmplan"), LocalDate.of(2026, 3, 2));
        assertAllDay(events.get("acme.phones.MateX.launchEvent@gtmplan"), LocalDate.of(2026, 9, 8));
        assertAllDay(events.get("acme.phones.MateX.firstSale@gtmplan"), LocalDate.of(2026, 9, 11));
        assertAllDay(events.get("acme.phones.MateX.eol@gtmplan"), LocalDate.of(2028, 3, 1));
        assertAllDay(events.get("acme.phones.MateX.GR2@gtmplan"), LocalDate.of(2026, 4, 10));
        assertAllDay(events.get("acme.phones.MateX.GR4@gtmplan"), LocalDate.of(2026, 8, 7));
        assertEquals("发布会", events.get("acme.phones.MateX.launchEvent@gtmplan").getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertEquals("GR4 上市准备", events.get("acme.phones.MateX.GR4@gtmplan").getProperty(Property.SUMMARY).orElseThrow().getValue());
        String gr4 = events.get("acme.phones.MateX.GR4@gtmplan").getProperty(Property.DESCRIPTION).orElseThrow().getValue();
        assertTrue(gr4.contains("Sales trained and toolkit published (Frank Zhou (frank))"), gr4);
        assertTrue(gr4.contains("salesTraining, supplyForecast, website"), gr4);
        // 6 dated points and 2 meetings; no task events without --tasks-as-events
        assertEquals(8, events(ical).size());
    }

    @Test
    void tasksAreToDosWithDueAndStatus() throws IOException {
        Calendar ical = parseStrictly(generateExample(defaults()).get("MateX.ics"));
        Map<String, VToDo> todos = byUid(todos(ical));
        assertEquals(10, todos.size());
        assertTodo(todos.get("acme.phones.MateX.priceBand@gtmplan"), LocalDate.of(2026, 4, 10), "COMPLETED");
        assertTodo(todos.get("acme.phones.MateX.channelPlan@gtmplan"), LocalDate.of(2026, 4, 3), "COMPLETED");
        assertTodo(todos.get("acme.phones.MateX.firmwareFreeze@gtmplan"), LocalDate.of(2026, 7, 24), "IN-PROCESS");
        assertTodo(todos.get("acme.phones.MateX.finalPrice@gtmplan"), LocalDate.of(2026, 8, 19), "NEEDS-ACTION");
        assertTodo(todos.get("acme.phones.MateX.website@gtmplan"), LocalDate.of(2026, 8, 6), "NEEDS-ACTION");
        assertEquals("Product site live", todos.get("acme.phones.MateX.website@gtmplan").getProperty(Property.SUMMARY).orElseThrow().getValue());
        // An effort gives a start: samples is due GR2+20wd with 20d of effort.
        VToDo samples = todos.get("acme.phones.MateX.samples@gtmplan");
        LocalDate samplesDue = (LocalDate) samples.getDue().orElseThrow().getDate();
        assertEquals(samplesDue.minusDays(20), samples.getStartDate().orElseThrow().getDate(), "DTSTART;VALUE=DATE");
        String training = todos.get("acme.phones.MateX.salesTraining@gtmplan").getProperty(Property.DESCRIPTION).orElseThrow().getValue();
        assertTrue(training.contains("Train retail staff before GR4; record the session for late joiners."), training);
        assertTrue(training.contains("- Demo script in Chinese and English"), training);
    }

    @Test
    void meetingsRecurInThePlanTimeZoneWithItsVTimezone() throws IOException {
        Calendar ical = parseStrictly(generateExample(defaults()).get("MateX.ics"));
        List<VTimeZone> zones = ical.getComponents(Component.VTIMEZONE);
        assertEquals(1, zones.size());
        VTimeZone shanghai = zones.get(0);
        assertEquals("Asia/Shanghai", shanghai.getProperty(Property.TZID).orElseThrow().getValue());
        assertTrue(observances(shanghai, Observance.DAYLIGHT).isEmpty(), "no transition in Shanghai since 1991");
        List<Observance> observances = observances(shanghai, Observance.STANDARD);
        assertEquals(1, observances.size());
        assertEquals(8 * 3600, observances.get(0).<TzOffsetTo>getProperty(Property.TZOFFSETTO).orElseThrow().getOffset().getTotalSeconds());

        Map<String, VEvent> events = byUid(events(ical));
        // every week on TUE at 10:00 for 60min from kickoff (Mon 2026-03-02) until T+90d (2026-12-07)
        VEvent pct = events.get("acme.phones.MateX.pctWeekly@gtmplan");
        assertMeetingStart(ical, pct, LocalDateTime.of(2026, 3, 3, 10, 0));
        assertEquals(60, minutes(pct));
        assertRule(rrule(pct), Frequency.WEEKLY, 1, WeekDay.TU,
                LocalDate.of(2026, 12, 7));
        // every 4 weeks on THU at 14:00 for 2h from kickoff until T+180d (2027-03-07)
        VEvent mt = events.get("acme.phones.MateX.mtMonthly@gtmplan");
        assertMeetingStart(ical, mt, LocalDateTime.of(2026, 3, 5, 14, 0));
        assertEquals(120, minutes(mt));
        assertRule(rrule(mt), Frequency.WEEKLY, 4, WeekDay.TH,
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
        Calendar ical = parseStrictly(generator.generate(plan, defaults()).get(0));
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
            Calendar ical = parseStrictly(file);
            assertEquals(expectedTasks, new TreeSet<>(byUid(todos(ical)).keySet()), owner.name());
            assertTrue(byUid(events(ical)).keySet().stream().noneMatch(uid -> uid.contains(".kickoff@") || uid.contains(".eol@")),
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
        Calendar frank = parseStrictly(files.get("MateX-frank.ics"));
        assertTrue(frank.getComponents(Component.VTIMEZONE).isEmpty(), "no meeting, no VTIMEZONE");
        // A calendar with a meeting has the zone too.
        assertEquals(1, parseStrictly(files.get("MateX-PCT.ics")).getComponents(Component.VTIMEZONE).size());
    }

    @Test
    void tasksAsEventsAddsAllDayEventsOnTheDueDay() throws IOException {
        PlanView plan = exampleView();
        GenerationOptions options = new GenerationOptions(null, EPOCH_2026, true);
        Calendar ical = parseStrictly(generator.generate(plan, options).get(0));
        Map<String, VEvent> events = byUid(events(ical));
        Map<String, VToDo> todos = byUid(todos(ical));
        assertEquals(10, todos.size(), "the to-dos stay");
        for (TaskView task : plan.tasks()) {
            VEvent event = events.get(task.id() + CalendarGenerator.TASK_EVENT_UID_SUFFIX);
            assertNotNull(event, task.id());
            assertAllDay(event, task.due());
            assertEquals(todos.get(task.id() + "@gtmplan").getProperty(Property.SUMMARY).orElseThrow().getValue(), event.getProperty(Property.SUMMARY).orElseThrow().getValue());
        }
        assertEquals(8 + 10, events(ical).size());
        assertValid(ical, "tasks as events");
    }

    @Test
    void monthlyMeetingInADaylightSavingZoneKeepsItsLocalTime() throws IOException {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        OwnerView team = new OwnerView("PCT", "Product Commercial Team", "team", null, null, List.of("bob"));
        // every month on TUE at 09:30 for 45min from Mon 2026-03-02 until 2026-12-31
        MeetingView meeting = new MeetingView("acme.B.monthly", "monthly", "Monthly review", team, 1, java.time.temporal.ChronoUnit.MONTHS, java.time.DayOfWeek.TUESDAY, java.time.LocalTime.of(9, 30), 45,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 12, 31));
        PlanView plan = new PlanView("B", "acme.B", "Berlin plan", null, null, LocalDate.of(2026, 9, 8), berlin, "en", team, List.of(),
                List.of(), List.of(), List.of(meeting), null, List.of(), List.of(team));
        GeneratedFile file = generator.generate(plan, defaults()).get(0);
        assertRawFormat(file);
        String raw = file.text();
        assertTrue(raw.contains("\r\nDTSTART;TZID=Europe/Berlin:20260303T093000\r\n"), raw);
        assertTrue(raw.contains("\r\nRRULE:FREQ=MONTHLY;UNTIL=20261231T225959Z;INTERVAL=1;BYDAY=1TU\r\n"), raw);

        Calendar ical = parseStrictly(file);
        assertValid(ical, file.name());
        VTimeZone zone = ical.<VTimeZone>getComponents(Component.VTIMEZONE).get(0);
        assertEquals("Europe/Berlin", zone.getProperty(Property.TZID).orElseThrow().getValue());
        // in force at the start (winter time since 2025-10-26), then summer and winter time of 2026
        assertEquals(2, observances(zone, Observance.STANDARD).size());
        assertEquals(1, observances(zone, Observance.DAYLIGHT).size());

        // The occurrences ical4j computes from RRULE and this VTIMEZONE (the parser resolves the
        // TZID to the VTIMEZONE of the file): first Tuesdays at 09:30 local.
        VEvent event = events(ical).get(0);
        ZonedDateTime start = (ZonedDateTime) event.getStartDate().orElseThrow().getDate();
        List<LocalDateTime> occurrences = event.<ZonedDateTime>calculateRecurrenceSet(
                new net.fortuna.ical4j.model.Period<>(start, start.plusYears(2))).stream()
                .map(period -> LocalDateTime.ofInstant(period.getStart().toInstant(), berlin)).sorted().toList();
        assertEquals(10, occurrences.size());
        assertEquals(LocalDateTime.of(2026, 3, 3, 9, 30), occurrences.get(0));
        assertEquals(LocalDateTime.of(2026, 4, 7, 9, 30), occurrences.get(1));
        assertEquals(LocalDateTime.of(2026, 12, 1, 9, 30), occurrences.get(9));
        assertEquals(45, minutes(event));
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
            Calendar ical = parseStrictly(file);
            for (CalendarComponent component : components(ical)) {
                assertEquals(EPOCH_2026, component.<DtStamp>getProperty(Property.DTSTAMP).orElseThrow().getDate(), file.name());
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
        Calendar ical = parseStrictly(generator.generate(viewOf(edited), defaults()).get(0));
        VToDo website = byUid(todos(ical)).get("acme.phones.MateX.website@gtmplan");
        assertEquals("Product site live, v2", website.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertEquals(LocalDate.of(2026, 7, 30), website.getDue().orElseThrow().getDate());
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
        VToDo todo = todos(parseStrictly(file)).get(0);
        assertEquals(title, todo.getProperty(Property.SUMMARY).orElseThrow().getValue());
    }

    @Test
    void foldingCountsFourOctetCharactersAndMixedText() throws IOException {
        // Emoji are 4 octets (a surrogate pair in Java); Latin-1 letters 2; mixed with ASCII so
        // that fold points fall at every offset inside a sequence.
        String title = "a".repeat(7) + "🚀é中".repeat(25) + "b😀";
        GeneratedFile file = generator.generate(planWithTask(title, "ä".repeat(100) + "\n" + "x,y;z\\".repeat(30)), defaults()).get(0);
        assertRawFormat(file);
        VToDo todo = todos(parseStrictly(file)).get(0);
        assertEquals(title, todo.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertTrue(todo.getProperty(Property.DESCRIPTION).orElseThrow().getValue().contains("ä".repeat(100) + "\n" + "x,y;z\\".repeat(30)));
    }

    @Test
    void textIsEscapedAndRoundTrips() throws IOException {
        String title = "Price, place; promotion \\ \"quoted\"\nsecond line";
        String note = "a,b;c\\d\r\ne";
        GeneratedFile file = generator.generate(planWithTask(title, note), defaults()).get(0);
        String unfolded = file.text().replace("\r\n ", "");
        assertTrue(unfolded.contains("\r\nSUMMARY:Price\\, place\\; promotion \\\\ \"quoted\"\\nsecond line\r\n"), unfolded);
        VToDo todo = todos(parseStrictly(file)).get(0);
        assertEquals(title, todo.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertTrue(todo.getProperty(Property.DESCRIPTION).orElseThrow().getValue().contains("a,b;c\\d\ne"), todo.getProperty(Property.DESCRIPTION).orElseThrow().getValue());
        // CATEGORIES is a list: the task's label, its kind and BLOCKED, read back as three values.
        assertEquals(List.of("Task", "retailReadiness", "BLOCKED"),
                List.copyOf(todo.<Categories>getProperty(Property.CATEGORIES).orElseThrow().getCategories().getTexts()));
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
                org.gtmplan.lang.gtm.TaskKind.RETAIL_READINESS, org.gtmplan.lang.gtm.Status.BLOCKED, List.of(), note, List.of(), "ws");
        WorkstreamView ws = new WorkstreamView("acme.T.ws", "ws", "Workstream", org.gtmplan.lang.gtm.Pillar.PRODUCT, owner, List.of(task));
        return new PlanView("T", "acme.T", "Test plan", null, null, LocalDate.of(2026, 9, 8), SHANGHAI, "en", owner, List.of(),
                List.of(), List.of(ws), List.of(), null, List.of(), List.of(owner));
    }

    /** ical4j's RFC 5545 validation of the whole calendar, every component and property: nothing to report. */
    private static void assertValid(Calendar ical, String name) {
        try {
            assertEquals(List.of(), ical.validate().getEntries().stream().map(Object::toString).toList(), name);
        } catch (ValidationException e) {
            throw new AssertionError(name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses with ical4j's CalendarBuilder in its strict mode: relaxed parsing, unfolding,
     * validation and Outlook/Notes compatibility hints off, so a malformed line is an error.
     */
    private static Calendar parseStrictly(GeneratedFile file) {
        for (String hint : List.of(CompatibilityHints.KEY_RELAXED_PARSING, CompatibilityHints.KEY_RELAXED_UNFOLDING,
                CompatibilityHints.KEY_RELAXED_VALIDATION, CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY,
                CompatibilityHints.KEY_NOTES_COMPATIBILITY)) {
            CompatibilityHints.setHintEnabled(hint, false);
        }
        try {
            // the bytes as a client reads them, not our String
            return new CalendarBuilder().build(new java.io.InputStreamReader(new ByteArrayInputStream(file.content()), StandardCharsets.UTF_8));
        } catch (IOException | ParserException e) {
            throw new AssertionError(file.name() + ": " + e.getMessage(), e);
        }
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

    private static List<VEvent> events(Calendar ical) {
        return ical.getComponents(Component.VEVENT);
    }

    private static List<VToDo> todos(Calendar ical) {
        return ical.getComponents(Component.VTODO);
    }

    private static List<Observance> observances(VTimeZone zone, String name) {
        return zone.getObservances().stream().filter(o -> o.getName().equals(name)).toList();
    }

    private static String uid(Component component) {
        return component.getProperty(Property.UID).orElseThrow().getValue();
    }

    private static <C extends Component> Map<String, C> byUid(List<C> components) {
        Map<String, C> byUid = new LinkedHashMap<>();
        for (C component : components) {
            assertNull(byUid.put(uid(component), component), "duplicate UID " + uid(component));
        }
        return byUid;
    }

    private static List<CalendarComponent> components(Calendar ical) {
        List<CalendarComponent> components = new ArrayList<>();
        components.addAll(events(ical));
        components.addAll(todos(ical));
        return components;
    }

    private static List<String> uids(Calendar ical) {
        return components(ical).stream().map(CalendarGeneratorTest::uid).toList();
    }

    private static long minutes(VEvent event) {
        return java.time.Duration.from(event.<Duration>getProperty(Property.DURATION).orElseThrow().getDuration()).toMinutes();
    }

    private static RRule<?> rrule(VEvent event) {
        return event.<RRule<?>>getProperty(Property.RRULE).orElseThrow();
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

    private static void assertAllDay(VEvent event, LocalDate day) {
        assertNotNull(event);
        assertEquals(day, event.getStartDate().orElseThrow().getDate(), "DTSTART;VALUE=DATE");
        assertEquals(day.plusDays(1), event.getEndDate().orElseThrow().getDate(), "DTEND;VALUE=DATE");
    }

    private static void assertTodo(VToDo todo, LocalDate due, String status) {
        assertNotNull(todo);
        assertEquals(due, todo.getDue().orElseThrow().getDate(), "DUE;VALUE=DATE");
        assertEquals(status, todo.getProperty(Property.STATUS).orElseThrow().getValue());
    }

    private static void assertMeetingStart(Calendar ical, VEvent meeting, LocalDateTime local) {
        DtStart<?> start = meeting.getStartDate().orElseThrow();
        String tzid = start.getParameter(Parameter.TZID).orElseThrow(() -> new AssertionError("DTSTART has a TZID")).getValue();
        assertEquals("Asia/Shanghai", tzid);
        assertTrue(ical.<VTimeZone>getComponents(Component.VTIMEZONE).stream()
                .anyMatch(z -> z.getProperty(Property.TZID).orElseThrow().getValue().equals(tzid)), "its VTIMEZONE is in the file");
        ZonedDateTime value = (ZonedDateTime) start.getDate();
        assertEquals(local, value.toLocalDateTime());
        assertEquals(local.atZone(SHANGHAI).toInstant(), value.toInstant());
    }

    private static void assertRule(RRule<?> rule, Frequency frequency, int interval, WeekDay byDay, LocalDate until) {
        assertEquals(frequency, rule.getRecur().getFrequency());
        assertEquals(interval, rule.getRecur().getInterval());
        assertEquals(List.of(byDay), List.copyOf(rule.getRecur().getDayList()));
        Instant expected = until.atTime(23, 59, 59).atZone(SHANGHAI).toInstant();
        assertTrue(rule.getValue().contains(";UNTIL=" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .format(expected.atZone(java.time.ZoneOffset.UTC)) + ";"), "UNTIL in UTC, as RFC 5545 wants with a TZID: " + rule.getValue());
        assertEquals(expected, Instant.from(rule.getRecur().getUntil()));
    }
}
