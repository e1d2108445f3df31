package org.gtmplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gtm format: canonical layout, --check, and a file with a syntax error left exactly as written. */
class FormatCommandTest {

    @TempDir
    Path dir;

    private static final String CRAMPED = "plan P \"P\" { product \"X\" day0 2026-09-08\nmilestone k \"Kickoff\" at T - 30d kind kickoff }\n";
    private static final String CANONICAL = """
            plan P "P" {
                product "X"
                day0 2026-09-08
                milestone k "Kickoff" at T-30d kind kickoff
            }
            """;

    @Test
    void theShippedExamplesAreCanonical() {
        CliRunner.Result result = CliRunner.run("format", "--check", CliRunner.examples().toString());
        assertEquals(List.of(), result.outLines(), result.err());
        assertEquals(0, result.exitCode());
    }

    @Test
    void checkReportsAndChangesNothing() throws IOException {
        Path file = dir.resolve("p.gtm");
        Files.writeString(file, CRAMPED);
        CliRunner.Result result = CliRunner.run("format", "--check", file.toString());
        assertEquals(1, result.exitCode());
        assertEquals(List.of("would reformat " + CliRunner.shown(file)), result.outLines());
        assertEquals(CRAMPED, Files.readString(file));
    }

    @Test
    void formatRewritesInPlaceAndIsIdempotent() throws IOException {
        Path file = dir.resolve("p.gtm");
        Files.writeString(file, CRAMPED);
        CliRunner.Result result = CliRunner.run("format", dir.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(List.of("formatted " + CliRunner.shown(file)), result.outLines());
        assertEquals(CANONICAL, Files.readString(file));
        CliRunner.Result again = CliRunner.run("format", "--check", file.toString());
        assertEquals(0, again.exitCode());
        assertEquals(List.of(), again.outLines());
    }

    @Test
    void aFileWithASyntaxErrorIsLeftAsWritten() throws IOException {
        Path broken = dir.resolve("broken.gtm");
        String text = "plan P {   product \"X\"\n    milestone m \"M\" at 2026-01-01 kind kickof\n}\n";
        Files.writeString(broken, text);
        Path fine = dir.resolve("fine.gtm");
        Files.writeString(fine, CRAMPED);
        CliRunner.Result result = CliRunner.run("format", dir.toString());
        assertEquals(1, result.exitCode());
        assertEquals(text, Files.readString(broken), "a file that does not parse is never rewritten");
        assertEquals(CANONICAL, Files.readString(fine), "the other files are still formatted");
        assertTrue(result.err().contains(CliRunner.shown(broken) + ":2:40: error [syntax]"), result.err());
        assertTrue(result.err().contains("1 file has syntax errors and was left as written"), result.err());
    }
}
