package org.gtmplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gtm new: a plan from the IPMS template that validates cleanly, in canonical layout; never an overwrite. */
class NewCommandTest {

    @TempDir
    Path dir;

    @Test
    void theTemplateValidatesWithNoDiagnosticAtAll() throws IOException {
        CliRunner.Result result = CliRunner.run("new", "Tablet", "--out", dir.toString(), "--day0", "2027-06-15");
        assertEquals(0, result.exitCode(), result.err());
        Path plan = dir.resolve("Tablet.gtm");
        assertEquals(List.of("wrote " + CliRunner.shown(plan)), result.outLines());
        String text = Files.readString(plan);
        assertTrue(text.contains("plan Tablet \"Tablet launch\" {") && text.contains("day0 2027-06-15"), text);

        CliRunner.Result validation = CliRunner.run("validate", plan.toString());
        assertEquals(List.of(), validation.outLines(), "kickoff, GR2, GR4, 4P, MSP, meetings: nothing to report");
        assertEquals(0, validation.exitCode());
        assertEquals(0, CliRunner.run("format", "--check", plan.toString()).exitCode(), "written in the canonical layout");
    }

    @Test
    void anyDay0GivesACleanPlan() throws IOException {
        for (String day0 : List.of("2026-12-25", "2027-01-01", "2028-02-29", "2030-07-07")) {
            Path folder = Files.createDirectories(dir.resolve(day0));
            assertEquals(0, CliRunner.run("new", "P", "--out", folder.toString(), "--day0", day0).exitCode());
            assertEquals(List.of(), CliRunner.run("validate", folder.toString()).outLines(), day0);
        }
    }

    @Test
    void neverOverwritesAFile() throws IOException {
        Path plan = dir.resolve("Tablet.gtm");
        Files.writeString(plan, "mine");
        CliRunner.Result result = CliRunner.run("new", "Tablet", "--out", dir.toString());
        assertEquals(2, result.exitCode());
        assertEquals(CliRunner.shown(plan) + ": already exists; gtm new never overwrites a file", result.err().strip());
        assertEquals("mine", Files.readString(plan));
    }

    @Test
    void aNameThatCannotNameAPlanIsBadUsage() {
        CliRunner.Result result = CliRunner.run("new", "9lives", "--out", dir.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("gtm new: '9lives' cannot name a plan"), result.err());
        assertEquals(2, CliRunner.run("new", "T", "--out", dir.toString()).exitCode(), "T is day 0");
        assertEquals(2, CliRunner.run("new", "P", "--out", dir.toString(), "--day0", "2027-02-30").exitCode());
    }
}
