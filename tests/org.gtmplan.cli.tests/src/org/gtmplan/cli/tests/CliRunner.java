package org.gtmplan.cli.tests;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.gtmplan.cli.GtmCli;

/** Runs the real {@code gtm} entry point in-process and captures what it prints. */
final class CliRunner {

    record Result(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\\R"));
        }
    }

    private CliRunner() {
    }

    static Result run(String... args) {
        return runWith(java.util.Map.of(), args);
    }

    /** Runs with exactly this environment (for SOURCE_DATE_EPOCH). */
    static Result runWith(java.util.Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new GtmCli(new PrintWriter(out), new PrintWriter(err), environment).run(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** A path as gtm shows it: relative to the working folder when below it. */
    static String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }

    /** A folder of tests/org.gtmplan.cli.tests/fixtures. */
    static Path fixture(String name) {
        Path here = Path.of("").toAbsolutePath();
        Path fixture = here.resolve("fixtures").resolve(name);
        if (!Files.isDirectory(fixture)) {
            fixture = examples().getParent().resolve("tests/org.gtmplan.cli.tests/fixtures").resolve(name);
        }
        return fixture;
    }

    /** The project's examples folder, found above the test bundle's working directory. */
    static Path examples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples")) && Files.isDirectory(dir.resolve("bundles"))) {
                return dir.resolve("examples");
            }
        }
        throw new IllegalStateException("examples/ not found");
    }
}
