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
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new GtmCli(new PrintWriter(out), new PrintWriter(err)).run(args);
        return new Result(code, out.toString(), err.toString());
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
