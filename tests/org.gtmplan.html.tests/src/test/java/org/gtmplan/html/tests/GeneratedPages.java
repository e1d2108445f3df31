package org.gtmplan.html.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Makes the pages under test the way a user does: the real {@code gtm generate} of the built
 * update site, started as a separate Java process (the JDK running the tests), with
 * {@code SOURCE_DATE_EPOCH} set. Each set of pages is generated once per test run and shared.
 */
final class GeneratedPages {

    /** 2026-01-01T00:00:00Z; the pages must not depend on it, but the command reads it. */
    static final String SOURCE_DATE_EPOCH = "1767225600";

    private static final Map<String, Path> MADE = new HashMap<>();

    private GeneratedPages() {
    }

    static Path root() {
        String root = System.getProperty("gtm.root");
        Path path = Path.of(root == null ? "../.." : root).toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(path.resolve("examples/phone-launch.gtm")), "not the repository root: " + path);
        return path;
    }

    static Path plugins() {
        Path plugins = root().resolve("releng/org.gtmplan.repository/target/repository/plugins");
        assertTrue(Files.isDirectory(plugins),
                "the update site is not built (" + plugins + "); these tests run after releng/org.gtmplan.repository in ./mvnw verify");
        return plugins;
    }

    /** The shipped examples: MateX.html. */
    static synchronized Path examples() {
        return generate("examples", List.of(root().resolve("examples")));
    }

    /** A plan of 200 tasks. */
    static synchronized Path big() {
        return generate("big", List.of(fixture("big", "Big200.gtm", Fixtures.bigPlan(200))));
    }

    /**
     * A plan of 400 tasks, above the number up to which the timeline draws a row per task
     * ({@code ChecklistTimeline.TASK_ROWS_MAX}, 300); its promotion workstream has only p5's tasks.
     */
    static synchronized Path big400() {
        return generate("big400", List.of(fixture("big400", "Big400.gtm", Fixtures.bigPlan("Big400", 400, true))));
    }

    /** A plan whose every string is a markup or script payload. */
    static synchronized Path hostile() {
        return generate("hostile", List.of(fixture("hostile", "Hostile.gtm", Fixtures.hostilePlan())));
    }

    /** The examples and the big plan together: their two pages and index.html. */
    static synchronized Path several() {
        return generate("several", List.of(root().resolve("examples"), fixture("big", "Big200.gtm", Fixtures.bigPlan(200))));
    }

    static Path work() {
        return Path.of("target").toAbsolutePath().resolve("html-tests");
    }

    private static Path fixture(String folder, String name, String text) {
        try {
            Path dir = work().resolve("fixtures").resolve(folder);
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static synchronized Path generate(String name, List<Path> inputs) {
        Path made = MADE.get(name);
        if (made != null) {
            return made;
        }
        Path out = work().resolve("out").resolve(name);
        run(out, inputs);
        MADE.put(name, out);
        return out;
    }

    /** Runs {@code gtm generate --formats html} into a fresh {@code out}; fails with the command's output when it fails. */
    static void run(Path out, List<Path> inputs) {
        run(out, inputs, "html");
    }

    /** Runs {@code gtm generate --formats FORMATS} into a fresh {@code out}. */
    static void run(Path out, List<Path> inputs, String formats) {
        try {
            deleteTree(out);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-cp");
            command.add(plugins() + "/*");
            command.add("org.gtmplan.cli.GtmCli");
            command.add("generate");
            command.add("--formats");
            command.add(formats);
            command.add("--out");
            command.add(out.toString());
            inputs.forEach(p -> command.add(p.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH);
            Process process = builder.start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), "gtm generate did not finish");
            assertEquals(0, process.exitValue(), "gtm generate failed:\n" + output);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
