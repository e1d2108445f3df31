package org.gtmplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Calendars that update in clients: a plan in a Git repository, committed twice with the second
 * commit moving one milestone. The moved event keeps its UID and gets a higher SEQUENCE and a
 * later DTSTAMP; the same revision always gives the same bytes.
 */
class CalendarRevisionTest {

    @TempDir
    Path repository;

    private static final String PLAN = """
            plan R "Revisions" {
                day0 2026-09-08
                milestone kickoff "Kickoff" at T-180d kind kickoff
                milestone launch "Launch event" at T kind launchEvent
            }
            """;

    @Test
    void aMovedMilestoneIsAnUpdateOfTheSameEvent() throws Exception {
        Path plan = repository.resolve("r.gtm");
        git("init", "-q");
        Files.writeString(plan, PLAN);
        git("add", "r.gtm");
        commit("2026-01-05T10:00:00Z", "first plan");
        VEvent before = launch(generate("out1"));
        byte[] again = Files.readAllBytes(generateInto("out1b").resolve("R.ics"));
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(repository.resolve("out1/R.ics")), again), "same revision, same bytes");

        Files.writeString(plan, PLAN.replace("at T kind launchEvent", "at T+7d kind launchEvent"));
        commit("2026-02-10T09:30:00Z", "launch a week later");
        VEvent after = launch(generate("out2"));

        assertEquals(value(before, Property.UID), value(after, Property.UID), "the same event");
        assertEquals("1", value(before, Property.SEQUENCE));
        assertEquals("2", value(after, Property.SEQUENCE), "a higher SEQUENCE");
        assertEquals("20260105T100000Z", value(before, Property.DTSTAMP));
        assertEquals("20260210T093000Z", value(after, Property.DTSTAMP), "a later DTSTAMP: the second commit's time");
        assertEquals("20260210T093000Z", value(after, Property.LAST_MODIFIED));
        assertEquals("20260915", value(after, Property.DTSTART), "moved a week");
    }

    @Test
    void sourceDateEpochSetsTheTimeAndOutsideGitTheSequenceIsZero() throws Exception {
        Path plan = repository.resolve("r.gtm");
        Files.writeString(plan, PLAN);
        Path out = repository.resolve("out");
        CliRunner.Result result = CliRunner.runWith(Map.of("SOURCE_DATE_EPOCH", "1767225600"), "generate", "--formats", "ics",
                "--out", out.toString(), plan.toString());
        assertEquals(0, result.exitCode(), result.err());
        VEvent launch = launch(Files.readString(out.resolve("R.ics")));
        assertEquals("20260101T000000Z", value(launch, Property.DTSTAMP));
        assertEquals("0", value(launch, Property.SEQUENCE));
    }

    private String generate(String folder) throws IOException {
        return Files.readString(generateInto(folder).resolve("R.ics"));
    }

    private Path generateInto(String folder) {
        Path out = repository.resolve(folder);
        CliRunner.Result result = CliRunner.run("generate", "--formats", "ics", "--out", out.toString(),
                repository.resolve("r.gtm").toString());
        assertEquals(0, result.exitCode(), result.err());
        return out;
    }

    private static VEvent launch(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getProperty(Property.SUMMARY).map(p -> p.getValue().contains("Launch event")).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no launch event in\n" + ics));
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + name));
    }

    /** Commits every change at a fixed author and committer time, so the test is repeatable. */
    private void commit(String when, String message) throws Exception {
        run(Map.of("GIT_COMMITTER_DATE", when), "git", "commit", "-q", "-a", "-m", message, "--date=" + when);
    }

    private void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        run(Map.of("GIT_COMMITTER_DATE", "2026-02-10T09:30:00Z"), command.toArray(String[]::new));
    }

    private String run(Map<String, String> environment, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true);
        builder.environment().putAll(Map.of("GIT_AUTHOR_NAME", "Test", "GIT_AUTHOR_EMAIL", "test@example.invalid",
                "GIT_COMMITTER_NAME", "Test", "GIT_COMMITTER_EMAIL", "test@example.invalid", "GIT_CONFIG_NOSYSTEM", "1",
                "HOME", repository.toString()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output);
        return output.trim();
    }
}
