package org.gtmplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.GsonNode;

/**
 * gtm diff: every kind of change between two revisions of the example plan, between folders and
 * through Git (two commits, a renamed and a deleted file), in text, Markdown and JSON.
 */
class DiffCommandTest {

    @TempDir
    Path dir;

    private static String example() throws IOException {
        return Files.readString(CliRunner.examples().resolve("phone-launch.gtm"));
    }

    /** Writes the example library and {@code plan} into a fresh folder. */
    private Path revision(String name, String plan) throws IOException {
        Path folder = dir.resolve(name);
        Files.createDirectories(folder);
        Files.copy(CliRunner.examples().resolve("org.gtm"), folder.resolve("org.gtm"));
        Files.writeString(folder.resolve("phone-launch.gtm"), plan);
        return folder;
    }

    /**
     * A change of every kind: GR2 a week later (and what hangs on it), an owner, a status, an
     * effort, a task added and one removed, the supply forecast now after GR4, retail readiness
     * after first sale: two new errors.
     */
    private static String changed(String plan) {
        return plan.replace("gate GR2 \"启动拓展\" at T-151d", "gate GR2 \"启动拓展\" at T-144d")
                .replace("task samples \"Retail demo units\" owner bob due GR2+20wd effort 20d",
                        "task samples \"Retail demo units\" owner grace due GR2+20wd effort 25d status doing")
                .replace("        task hotline \"400 hotline staffed\" owner frank due T-1d kind hotlineReady\n",
                        "        task launchAds \"Launch ads\" owner grace due T+2d\n")
                .replace("task retailReady \"零售阵地准备\" due T-5d", "task retailReady \"零售阵地准备\" due T+5d")
                .replace("due T-90d kind supplyForecast", "due T-10d kind supplyForecast");
    }

    @Test
    void everyKindOfChangeIsReportedWithASummaryFirst() throws IOException {
        Path before = revision("before", example());
        Path after = revision("after", changed(example()));
        CliRunner.Result result = CliRunner.run("diff", before.toString(), after.toString());
        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.outLines();
        assertEquals("day0 unchanged; 6 dates later, 0 earlier; 1 task now due after GR4; 1 added, 1 removed; 2 new errors", lines.get(0));
        String out = result.out();
        assertTrue(out.contains(row("later", "gate GR2", "Fri 2026-04-10 → Fri 2026-04-17  +7d, +5wd")), out);
        assertTrue(out.contains(row("later", "task samples", "Fri 2026-05-08 → Fri 2026-05-15  +7d, +5wd (only because `GR2` moved)")), out);
        assertTrue(out.contains("later    task retailReady"), out);
        assertTrue(!lineOf(out, "task retailReady").contains("only because"), "retailReady's own expression changed: " + out);
        assertTrue(out.contains(row("added", "task launchAds", "Thu 2026-09-10 \"Launch ads\"")), out);
        assertTrue(out.contains(row("removed", "task hotline", "was Mon 2026-09-07 \"400 hotline staffed\"")), out);
        assertTrue(out.contains(row("owner", "task samples", "bob → grace")), out);
        assertTrue(out.contains(row("status", "task samples", "todo → doing")), out);
        assertTrue(out.contains(row("effort", "task samples", "20d → 25d")), out);
        assertTrue(lineOf(out, "after GR4 task supplyForecast").endsWith("now due after gate GR4"), out);
        assertTrue(out.contains("new      ") && out.contains("[retail-late]"), out);
    }

    @Test
    void day0MovedAndAnElementThatMovedOnlyBecauseOfIt() throws IOException {
        Path before = revision("before", example());
        Path after = revision("after", example().replace("day0 2026-09-08", "day0 2026-09-15"));
        String out = CliRunner.run("diff", before.toString(), after.toString()).out();
        assertTrue(out.startsWith("day0 moved in 1 plan;"), out);
        assertTrue(out.contains(row("day0", "day0", "2026-09-08 → 2026-09-15")), out);
        assertTrue(out.contains("task website                 Wed 2026-08-06 → Wed 2026-08-13  +7d, +5wd (only because day0 moved)")
                || out.contains("(only because day0 moved)"), out);
    }

    @Test
    void failOnTurnsASlipOrANewErrorIntoExitOne() throws IOException {
        Path before = revision("before", example());
        Path later = revision("later", changed(example()));
        assertEquals(1, CliRunner.run("diff", "--fail-on", "later", before.toString(), later.toString()).exitCode());
        assertEquals(1, CliRunner.run("diff", "--fail-on", "error", before.toString(), later.toString()).exitCode());
        assertEquals(0, CliRunner.run("diff", "--fail-on", "later,error", before.toString(), before.toString()).exitCode());
        assertEquals(2, CliRunner.run("diff", before.toString()).exitCode(), "one side alone is bad usage");
    }

    @Test
    void markdownIsATableForAPullRequestComment() throws IOException {
        Path before = revision("before", example());
        Path after = revision("after", changed(example()));
        String out = CliRunner.run("diff", "--format", "markdown", before.toString(), after.toString()).out();
        assertTrue(out.startsWith("**Plan changes:** day0 unchanged; 6 dates later"), out);
        assertTrue(out.contains("### `acme.phones.MateX`\n\n| change | element | what |\n| --- | --- | --- |\n"), out);
        assertTrue(out.contains("| later | gate GR2 | Fri 2026-04-10 → Fri 2026-04-17  +7d, +5wd |"), out);
        assertTrue(out.contains("| new error | "), out);
    }

    @Test
    void jsonFollowsTheDocumentedSchema() throws IOException {
        Path before = revision("before", example());
        Path after = revision("after", changed(example()));
        String json = CliRunner.run("diff", "--format", "json", before.toString(), after.toString()).out();
        String schema = Files.readString(CliRunner.examples().getParent().resolve("docs/diff.schema.json"));
        ValidatorFactory validator = new ValidatorFactory().withJsonNodeFactory(new GsonNode.Factory());
        Validator.Result result = validator.validate(schema, json);
        assertTrue(result.isValid(), () -> result.getErrors().stream().map(e -> e.getInstanceLocation() + ": " + e.getError()).toList().toString());
        assertTrue(!validator.validate(schema, json.replaceFirst("\"summary\"", "\"surprise\": 1, \"summary\"")).isValid(), "strict");
        JsonObject root = JsonParser.parseString(json).getAsJsonObject();
        assertEquals(6, root.getAsJsonObject("summary").get("later").getAsInt());
        JsonArray moved = root.getAsJsonArray("plans").get(0).getAsJsonObject().getAsJsonArray("moved");
        JsonObject gr2 = moved.get(0).getAsJsonObject();
        assertEquals("GR2", gr2.get("name").getAsString());
        assertEquals(7, gr2.get("days").getAsInt());
        assertEquals(5, gr2.get("workingDays").getAsInt());
    }

    @Test
    void gitRevisionsWithARenamedAndADeletedFile() throws Exception {
        Path repository = dir.resolve("repo");
        Files.createDirectories(repository.resolve("plans"));
        Files.copy(CliRunner.examples().resolve("org.gtm"), repository.resolve("plans/org.gtm"));
        Files.writeString(repository.resolve("plans/phone-launch.gtm"), example());
        Files.writeString(repository.resolve("plans/old.gtm"), "plan Old \"An old plan\" {\n    day0 2026-01-01\n}\n");
        git(repository, "init", "-q");
        git(repository, "add", ".");
        git(repository, "commit", "-q", "-m", "first");
        // The second revision renames the plan's file, changes it and deletes the old plan.
        git(repository, "mv", "plans/phone-launch.gtm", "plans/matex.gtm");
        git(repository, "rm", "-q", "plans/old.gtm");
        Files.writeString(repository.resolve("plans/matex.gtm"), changed(example()));
        git(repository, "commit", "-q", "-a", "-m", "second");

        CliRunner.Result range = CliRunner.run("diff", "--git", "HEAD~1..HEAD", repository.resolve("plans").toString());
        assertEquals(0, range.exitCode(), range.err());
        assertTrue(range.outLines().get(0).startsWith("day0 unchanged; 6 dates later, 0 earlier;"), range.out());
        assertTrue(range.out().contains("removed plan Old"), range.out());
        assertTrue(range.out().contains("HEAD:") && range.out().contains("matex.gtm"), "the new error names the renamed file: " + range.out());

        // Against the work tree: the same change, now uncommitted.
        git(repository, "reset", "-q", "--soft", "HEAD~1");
        CliRunner.Result workTree = CliRunner.run("diff", "--git", "HEAD", repository.resolve("plans").toString());
        assertEquals(range.outLines().get(0), workTree.outLines().get(0));
        assertEquals(2, CliRunner.run("diff", "--git", "no-such-revision", repository.resolve("plans").toString()).exitCode());
        assertEquals(2, CliRunner.run("diff", "--git", "HEAD", dir.resolve("before").toString()).exitCode(), "not a repository");
    }

    /** A line of the text report, laid out as gtm diff lays it out. */
    private static String row(String change, String element, String detail) {
        return String.format("  %-8s %-28s %s", change, element, detail);
    }

    private static String lineOf(String text, String snippet) {
        return text.lines().filter(l -> l.contains(snippet)).findFirst().orElse("");
    }

    private static void git(Path repository, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true);
        builder.environment().putAll(Map.of("GIT_AUTHOR_NAME", "Test", "GIT_AUTHOR_EMAIL", "test@example.invalid", "GIT_COMMITTER_NAME",
                "Test", "GIT_COMMITTER_EMAIL", "test@example.invalid", "GIT_CONFIG_NOSYSTEM", "1", "HOME", repository.toString()));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output);
    }
}
