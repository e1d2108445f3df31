package org.gtmplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.gtmplan.cli.GtmCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gtm fix: the quick-fixes of the editor and the language server applied to files, shown as a
 * unified diff; files with syntax errors and --dry-run leave every byte as it was.
 */
class FixCommandTest {

    @TempDir
    Path dir;

    /**
     * A plan with one problem: retail readiness is due after first sale (retail-late). The same
     * fixture and its expected fix serve the language server's test (tests/org.gtmplan.lsp.tests).
     */
    static final String RETAIL_LATE = read("fixable/retail-late.gtm");
    static final String RETAIL_LATE_FIXED = read("fixable/retail-late.gtm.fixed");

    private static String read(String name) {
        try {
            return Files.readString(CliRunner.fixture(name.substring(0, name.indexOf('/'))).resolve(name.substring(name.indexOf('/') + 1)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void fixWritesTheSameEditAsTheEditorAndPrintsItAsADiff() throws IOException {
        Path file = dir.resolve("p.gtm");
        Files.writeString(file, RETAIL_LATE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        CliRunner.Result result = CliRunner.run("fix", file.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(RETAIL_LATE_FIXED, Files.readString(file));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), "the file keeps its mode");
        String shown = CliRunner.shown(file);
        assertTrue(result.out().startsWith("--- a/" + shown + "\n+++ b/" + shown + "\n@@ "), result.out());
        assertTrue(result.out().contains("\n-        task stores \"Stores ready\" due T+5d kind retailReadiness\n"
                + "+        task stores \"Stores ready\" due sale-1d kind retailReadiness\n"), result.out());
        assertTrue(result.err().contains(shown + ":27: fixed [retail-late] Make it due the day before first sale"), result.err());
        assertEquals(0, CliRunner.run("format", "--check", file.toString()).exitCode(), "gtm fix keeps the canonical layout");
        assertEquals(List.of(), CliRunner.run("validate", file.toString()).outLines());
    }

    @Test
    void dryRunPrintsTheDiffAndWritesNothing() throws IOException {
        Path file = dir.resolve("p.gtm");
        Files.writeString(file, RETAIL_LATE);
        CliRunner.Result result = CliRunner.run("fix", "--dry-run", file.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("+        task stores \"Stores ready\" due sale-1d kind retailReadiness"), result.out());
        assertTrue(result.err().contains("would fix [retail-late]"), result.err());
        assertEquals(RETAIL_LATE, Files.readString(file));
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file), listing.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aFileWithASyntaxErrorIsLeftByteForByte() throws IOException {
        Path broken = dir.resolve("broken.gtm");
        String text = "plan P \"p\" {\n    workstream w \"W\" pillar price {\n";
        Files.writeString(broken, text);
        CliRunner.Result result = CliRunner.run("fix", broken.toString());
        assertEquals(1, result.exitCode(), result.err());
        assertEquals("", result.out());
        assertTrue(result.err().contains(CliRunner.shown(broken) + ": has syntax errors, left as written"), result.err());
        assertEquals(text, Files.readString(broken));
    }

    @Test
    void onlyFixesTheCodesItNames() throws IOException {
        Path file = dir.resolve("p.gtm");
        String twoProblems = RETAIL_LATE.replace("\n    response competitor \"Competitor response\" owner MT within 48h\n", "");
        Files.writeString(file, twoProblems);
        CliRunner.Result result = CliRunner.run("fix", "--only", "missing-response", file.toString());
        assertEquals(1, result.exitCode(), "retail-late, an error, is left: " + result.err());
        String text = Files.readString(file);
        assertTrue(text.contains("response competitorMove \"Response to a competitor's move\" owner MT within 48h"), text);
        assertTrue(text.contains("\"Stores ready\" due T+5d"), text);
        assertTrue(result.err().contains("[retail-late]"), "what is left is reported: " + result.err());
    }

    @Test
    void aPlanWithManyProblemsEndsWithNoFixableOneLeft() throws IOException {
        Path file = dir.resolve("sketch.gtm");
        Files.writeString(file, """
                plan Sketch "A plan sketched in a hurry" {
                    kind newProduct
                    workdays MON..FRI

                    person ann "Ann" role GTM
                    team MT "Launch committee" lead ann

                    milestone launch "Launch" at T kind launchEvent
                    gate GR4 "Launch readiness" at T-30d decidedBy MT {
                    }

                    workstream product "Product" pillar product owner ann {
                        task build "Build it" owner ben due T-59d
                        task ship "Ship it" due T-70d after build
                    }
                }
                """);
        CliRunner.Result result = CliRunner.run("fix", file.toString());
        assertEquals(0, result.exitCode(), result.err());
        CliRunner.Result validate = CliRunner.run("validate", file.toString());
        assertEquals(0, validate.exitCode());
        for (String line : validate.outLines()) {
            assertTrue(line.contains("[missing-eol]") || line.contains("[missing-meeting]"), "only unfixable infos are left: " + line);
        }
        assertEquals(0, CliRunner.run("format", "--check", file.toString()).exitCode());
    }

    @Test
    void unknownCodeIsBadUsage() throws IOException {
        Path file = dir.resolve("p.gtm");
        Files.writeString(file, RETAIL_LATE);
        assertEquals(2, CliRunner.run("fix", "--only", "no-such-code", file.toString()).exitCode());
        assertEquals(RETAIL_LATE, Files.readString(file));
    }

    // ---- the terminal report ---------------------------------------------------------------

    @Test
    void pipesGetOneLinePerDiagnostic() throws IOException {
        Path file = dir.resolve("p.gtm");
        Files.writeString(file, RETAIL_LATE);
        CliRunner.Result result = CliRunner.run("validate", file.toString());
        assertEquals(1, result.outLines().size(), result.out());
        assertTrue(result.outLines().get(0).startsWith(CliRunner.shown(file) + ":27:40: error [retail-late] "), result.out());
    }

    @Test
    void sourceAlwaysShowsTheLineAndACaretUnderTheColumn() throws IOException {
        Path file = dir.resolve("p.gtm");
        Files.writeString(file, RETAIL_LATE);
        CliRunner.Result result = CliRunner.run("validate", "--source", "always", file.toString());
        List<String> lines = result.outLines();
        assertEquals(3, lines.size(), result.out());
        assertEquals("            task stores \"Stores ready\" due T+5d kind retailReadiness", lines.get(1));
        assertEquals("    " + " ".repeat(39) + "^~~~", lines.get(2), "the caret stands under column 40 and the tilde under the rest of T+5d");
        assertFalse(result.out().contains("\u001b["), "no colour when the output is no terminal");
    }

    @Test
    void aTerminalGetsColourUnlessNoColorIsSet() throws IOException {
        Path file = dir.resolve("p.gtm");
        Files.writeString(file, RETAIL_LATE);
        String coloured = runOnTerminal(Map.of(), "validate", file.toString());
        assertTrue(coloured.contains("\u001b[31m") && coloured.contains("^~~~"), coloured);
        String plain = runOnTerminal(Map.of("NO_COLOR", "1"), "validate", file.toString());
        assertFalse(plain.contains("\u001b["), plain);
        assertTrue(plain.contains("^~~~"), "the source line is still shown: " + plain);
        String never = runOnTerminal(Map.of(), "validate", "--source", "never", file.toString());
        assertEquals(1, never.lines().count(), never);
    }

    private static String runOnTerminal(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        new GtmCli(new PrintWriter(out), new PrintWriter(new StringWriter()), environment, true).run(args);
        return out.toString();
    }
}
