package org.gtmplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void shippedExamplesValidateCleanly() {
        CliRunner.Result result = CliRunner.run("validate", CliRunner.examples().toString());
        assertEquals(List.of(), result.outLines(), result.err());
        assertEquals(0, result.exitCode());
        assertTrue(result.err().contains("0 errors, 0 warnings, 0 infos in 2 files"), result.err());
    }

    @Test
    void theFiveStructuralCodesAtTheirPlaces() throws Exception {
        Path plan = dir.resolve("broken.gtm");
        Files.writeString(plan, """
                plan Broken {
                    person ann "Ann"
                    person ann "Ann again"
                    milestone kickoff "Kickoff" at T-30d kind kickoff
                    milestone bad "Bad" at 2027-02-29
                    milestone a "A" at b+1d
                    milestone b "B" at a+1d
                    workstream product "Product" pillar product owner zed {
                    }
                }
                """);
        CliRunner.Result result = CliRunner.run("validate", "--only",
                "duplicate-name,missing-day0,invalid-date,date-cycle,unresolved-reference", plan.toString());
        String name = plan.toString();
        assertEquals(List.of(
                name + ":3:12: error [duplicate-name] Duplicate name 'ann': person ann already has it (line 2)",
                name + ":4:36: error [missing-day0] The plan uses T (day 0) once but has no day0: add a line such as `day0 2026-09-08` to plan Broken",
                name + ":5:28: error [invalid-date] '2027-02-29' is not a calendar day",
                name + ":6:24: error [date-cycle] Date anchors form a cycle, so none of these dates can be computed: a -> b -> a",
                name + ":8:55: error [unresolved-reference] Unknown owner 'zed'"), result.outLines());
        assertEquals(1, result.exitCode());
    }

    /** The done-test of the foundation: the example with five faults gets exactly those five codes. */
    @Test
    void exampleWithFiveFaultsGetsExactlyFiveCodes() {
        Path fixture = CliRunner.fixture("five-codes");
        CliRunner.Result result = CliRunner.run("validate", fixture.toString());
        String plan = CliRunner.shown(fixture.resolve("phone-launch.gtm"));
        assertEquals(List.of(
                plan + ":22:95: error [missing-day0] The plan uses T (day 0) 20 times but has no day0: add a line such as `day0 2026-09-08` to plan MateX",
                plan + ":25:34: error [invalid-date] '2027-02-29' is not a calendar day",
                plan + ":34:19: error [duplicate-name] Duplicate name 'salesReady': criterion salesReady already has it (line 32)",
                plan + ":43:58: error [date-cycle] Date anchors form a cycle, so none of these dates can be computed: firmwareFreeze -> finalPrice -> firmwareFreeze",
                plan + ":55:48: error [unresolved-reference] Unknown owner 'graze': did you mean 'grace'?"), result.outLines());
        assertEquals(1, result.exitCode());
    }

    @Test
    void jsonFormatListsEveryDiagnostic() throws Exception {
        Path plan = dir.resolve("p.gtm");
        Files.writeString(plan, "plan P {\n    milestone m \"M\" at 2027-02-29\n}\n");
        CliRunner.Result result = CliRunner.run("validate", "--format", "json", "--only", "invalid-date", plan.toString());
        assertEquals(1, result.exitCode());
        com.google.gson.JsonObject json = com.google.gson.JsonParser.parseString(result.out()).getAsJsonObject();
        assertEquals(1, json.get("errors").getAsInt());
        assertEquals(1, json.get("files").getAsInt());
        com.google.gson.JsonObject first = json.getAsJsonArray("diagnostics").get(0).getAsJsonObject();
        assertEquals(plan.toString(), first.get("path").getAsString());
        assertEquals(2, first.get("line").getAsInt());
        assertEquals(24, first.get("column").getAsInt());
        assertEquals("error", first.get("severity").getAsString());
        assertEquals("invalid-date", first.get("code").getAsString());
    }

    @Test
    void libraryInOneFileServesAPlanInAnother() throws Exception {
        Files.writeString(dir.resolve("org.gtm"), "package acme.org\nlibrary people {\n    person ann \"Ann\"\n}\n");
        Files.writeString(dir.resolve("plan.gtm"), "package acme.p\nimport acme.org.people.*\nplan P {\n"
                + "    workstream w \"W\" pillar product owner ann {\n    }\n}\n");
        CliRunner.Result both = CliRunner.run("validate", "--only", "unresolved-reference", dir.toString());
        assertEquals(java.util.List.of(), both.outLines());
        assertEquals(0, both.exitCode());
        CliRunner.Result alone = CliRunner.run("validate", dir.resolve("plan.gtm").toString());
        assertEquals(1, alone.exitCode());
        assertTrue(alone.out().contains("[unresolved-reference] Unknown owner 'ann'"), alone.out());
    }
}
