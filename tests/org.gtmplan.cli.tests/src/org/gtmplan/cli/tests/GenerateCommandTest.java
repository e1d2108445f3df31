package org.gtmplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gtm generate: what it writes, where, and what it never does. */
class GenerateCommandTest {

    @TempDir
    Path dir;

    private Path copyExamples() throws IOException {
        Path plans = dir.resolve("plans");
        Files.createDirectories(plans);
        try (Stream<Path> files = Files.list(CliRunner.examples())) {
            for (Path file : files.toList()) {
                Files.copy(file, plans.resolve(file.getFileName()));
            }
        }
        return plans;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheDocumentsAndSaysWhich() throws IOException {
        Path out = dir.resolve("out");
        CliRunner.Result result = CliRunner.run("generate", "--formats", "md,json", "--out", out.toString(),
                CliRunner.examples().toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(List.of("MateX.json", "MateX.md"), names(out));
        assertEquals(PosixFilePermissions.fromString("rw-r--r--"), Files.getPosixFilePermissions(out.resolve("MateX.md")),
                "a document to share, not a private temporary file");
        assertEquals(List.of("wrote " + CliRunner.shown(out.resolve("MateX.md")), "wrote " + CliRunner.shown(out.resolve("MateX.json"))),
                result.outLines());
        String markdown = Files.readString(out.resolve("MateX.md"));
        assertTrue(markdown.contains("- [x] **priceBand** Price band and promotions — 截止 Fri 2026-04-10 (T-151d)"), markdown);
        assertTrue(markdown.contains("### GR4 上市准备 — Fri 2026-08-07 (T-32d)"), markdown);
    }

    @Test
    void sameInputGivesIdenticalBytesAndAnUnchangedFileIsLeftAlone() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        assertEquals(0, CliRunner.run("generate", "--out", first.toString(), CliRunner.examples().toString()).exitCode());
        assertEquals(0, CliRunner.run("generate", "--out", second.toString(), CliRunner.examples().toString()).exitCode());
        assertEquals(names(first), names(second));
        for (String name : names(first)) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
        }
        CliRunner.Result again = CliRunner.run("generate", "--out", first.toString(), CliRunner.examples().toString());
        assertTrue(again.outLines().stream().allMatch(l -> l.startsWith("unchanged ")), again.out());
    }

    @Test
    void sourceDateEpochIsTheOnlyTimestamp() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, CliRunner.runWith(Map.of("SOURCE_DATE_EPOCH", "1767225600"), "generate", "--out", a.toString(),
                CliRunner.examples().toString()).exitCode());
        assertEquals(0, CliRunner.runWith(Map.of("SOURCE_DATE_EPOCH", "1767225600"), "generate", "--out", b.toString(),
                CliRunner.examples().toString()).exitCode());
        for (String name : names(a)) {
            assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
        }
        CliRunner.Result bad = CliRunner.runWith(Map.of("SOURCE_DATE_EPOCH", "yesterday"), "generate", "--out", a.toString(),
                CliRunner.examples().toString());
        assertEquals(2, bad.exitCode());
        assertEquals("gtm: SOURCE_DATE_EPOCH must be a number of seconds, not 'yesterday'", bad.err().strip());
    }

    @Test
    void aPlanWithAnErrorGetsNothingWritten() throws IOException {
        Path plans = copyExamples();
        Path plan = plans.resolve("phone-launch.gtm");
        Files.writeString(plan, Files.readString(plan).replace("day0 2026-09-08", "day0 2026-02-30"));
        Path out = dir.resolve("out");
        CliRunner.Result result = CliRunner.run("generate", "--out", out.toString(), plans.toString());
        assertEquals(1, result.exitCode());
        assertFalse(Files.exists(out), "the output folder is not even created");
        assertTrue(result.err().contains("[invalid-date] day0 '2026-02-30' is not a calendar day"), result.err());
        assertTrue(result.err().contains("gtm: nothing written: fix the 1 error above first"), result.err());
    }

    @Test
    void anUnrelatedFileInTheOutputFolderSurvives() throws IOException {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "mine");
        Files.writeString(out.resolve("MateX.md"), "an older copy");
        assertEquals(0, CliRunner.run("generate", "--formats", "md", "--out", out.toString(), CliRunner.examples().toString()).exitCode());
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        assertTrue(Files.readString(out.resolve("MateX.md")).startsWith("# MateX"));
        assertEquals(List.of("MateX.md", "notes.txt"), names(out), "no temporary file is left behind");
    }

    @Test
    void anUnwritableFolderIsAClearMessage() throws IOException {
        Path out = dir.resolve("locked");
        Files.createDirectories(out);
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (Files.isWritable(out)) {
                // Running as root: permissions do not stop us; a file in the way of the folder does.
                out = dir.resolve("a-file");
                Files.writeString(out, "x");
                CliRunner.Result result = CliRunner.run("generate", "--out", out.toString(), CliRunner.examples().toString());
                assertEquals(2, result.exitCode());
                assertEquals(CliRunner.shown(out) + ": exists and is not a folder; choose another --out", result.err().strip());
                return;
            }
            CliRunner.Result result = CliRunner.run("generate", "--out", out.toString(), CliRunner.examples().toString());
            assertEquals(2, result.exitCode());
            assertTrue(result.err().strip().endsWith("choose another --out"), result.err());
        } finally {
            Files.setPosixFilePermissions(dir.resolve("locked"), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void unknownFormatIsBadUsage() {
        CliRunner.Result result = CliRunner.run("generate", "--formats", "pdf", CliRunner.examples().toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("gtm: --formats: unknown format 'pdf'"), result.err());
    }

    @Test
    void aLibraryAloneHasNothingToGenerate() {
        CliRunner.Result result = CliRunner.run("generate", "--out", dir.resolve("o").toString(),
                CliRunner.examples().resolve("org.gtm").toString());
        assertEquals(2, result.exitCode());
        assertEquals("gtm: no plan among the given files (only libraries); nothing to generate", result.err().strip());
        assertFalse(Files.exists(dir.resolve("o")), "the output folder made for the documents is taken away again");
    }

    @Test
    void severalPlansAreGeneratedSideBySide() throws IOException {
        Path plans = copyExamples();
        String second = Files.readString(plans.resolve("phone-launch.gtm")).replace("plan MateX", "plan MateY");
        Files.writeString(plans.resolve("second.gtm"), second);
        Path out = dir.resolve("out");
        CliRunner.Result result = CliRunner.run("generate", "--formats", "md", "--out", out.toString(), plans.toString());
        assertEquals(0, result.exitCode(), result.err());
        List<String> expected = new ArrayList<>(List.of("MateX.md", "MateY.md"));
        assertEquals(expected, names(out));
    }
}
