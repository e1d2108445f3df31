package org.gtmplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input the tool cannot read gets one clear line naming the file and exit code 2, never a stack trace. */
class BadInputTest {

    @TempDir
    Path dir;

    private static void assertOneLineProblem(CliRunner.Result result, String expectedLine) {
        assertEquals(2, result.exitCode(), result.err());
        assertEquals("", result.out());
        assertEquals(expectedLine, result.err().strip());
        assertFalse(result.err().contains("Exception"), result.err());
        assertFalse(result.err().contains("\tat "), result.err());
    }

    @Test
    void missingPath() {
        Path missing = dir.resolve("nope.gtm");
        assertOneLineProblem(CliRunner.run("validate", missing.toString()), missing + ": no such file or folder");
    }

    @Test
    void folderWithoutPlans() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not a plan");
        assertOneLineProblem(CliRunner.run("validate", dir.toString()), dir + ": the folder holds no .gtm file");
    }

    @Test
    void binaryFile() throws IOException {
        Path file = dir.resolve("image.gtm");
        Files.write(file, new byte[] { 'p', 'l', 'a', 'n', '\n', 0x00, 0x01, 0x02 });
        assertOneLineProblem(CliRunner.run("validate", file.toString()), file + ":2:1: this is a binary file, not a GTM plan");
    }

    @Test
    void fileThatIsNotUtf8() throws IOException {
        Path file = dir.resolve("latin1.gtm");
        Files.write(file, "plan P {\n  product \"Caf\u00e9\"\n}\n".getBytes(StandardCharsets.ISO_8859_1));
        assertOneLineProblem(CliRunner.run("validate", file.toString()),
                file + ":2:15: the file is not UTF-8 text; save it as UTF-8 and try again");
    }

    @Test
    void emptyFile() throws IOException {
        Path file = dir.resolve("empty.gtm");
        Files.writeString(file, "  \n\n");
        assertOneLineProblem(CliRunner.run("validate", file.toString()),
                file + ": the file is empty; a .gtm file holds one plan or one library");
    }

    @Test
    void tenMegabyteFile() throws IOException {
        Path file = dir.resolve("huge.gtm");
        byte[] content = new byte[10 * 1024 * 1024];
        Arrays.fill(content, (byte) ' ');
        Files.write(file, content);
        assertOneLineProblem(CliRunner.run("validate", file.toString()),
                file + ": the file is 10.0 MB, more than the 8 MB a plan may have");
    }

    @Test
    void unknownOptionIsBadUsage() {
        CliRunner.Result result = CliRunner.run("validate", "--colour", "examples");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("gtm: Unknown option: '--colour'"), result.err());
    }

    @Test
    void aNearMissOfAnOptionIsNamed() {
        CliRunner.Result result = CliRunner.run("generate", "--format", "html", "examples");
        assertEquals(2, result.exitCode());
        String[] lines = result.err().split("\\R");
        assertEquals("gtm: Unknown option: '--format'", lines[0], result.err());
        assertEquals("Did you mean: --formats?", lines[1], result.err());
    }

    @Test
    void noCommandShowsUsage() {
        CliRunner.Result result = CliRunner.run();
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("validate"), result.err());
    }

    @Test
    void syntaxErrorIsADiagnosticNotACrash() throws IOException {
        Path file = dir.resolve("typo.gtm");
        Files.writeString(file, "plan P {\n    milestone m \"M\" at 2026-01-01 kind kickof\n}\n");
        CliRunner.Result result = CliRunner.run("validate", "--only", "syntax", file.toString());
        assertEquals(1, result.exitCode(), result.err());
        assertEquals(1, result.outLines().size(), result.out());
        String line = result.outLines().get(0);
        assertEquals(file + ":2:40: error [syntax] Expected a milestone kind (kickoff, launchEvent, firstSale, ga, eol) or a plan kind (newProduct, newMarket, feature) but found 'kickof' (in plan P)", line);
    }

    @Test
    void unterminatedStringIsReportedOnItsLine() throws IOException {
        Path file = dir.resolve("quote.gtm");
        Files.writeString(file, "plan P {\n    product \"Mate X\n    kind newProduct\n}\n");
        CliRunner.Result result = CliRunner.run("validate", "--only", "syntax", file.toString());
        assertEquals(1, result.exitCode(), result.err());
        assertEquals(file + ":2:13: error [syntax] This text has no closing quote: end it with \" on the same line",
                result.outLines().get(0));
    }
}
