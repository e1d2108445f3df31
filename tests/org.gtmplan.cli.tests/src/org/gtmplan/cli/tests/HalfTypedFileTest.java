package org.gtmplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder holding a half-typed plan beside a valid one (issue 13): the half-typed file gets its
 * syntax error, the other file is still reported, and no command meets an internal error. Until
 * c62add7 the half-typed workstream made the syntax-error message provider throw, and
 * {@code gtm validate} printed one "internal error" line for the whole folder instead.
 */
class HalfTypedFileTest {

    /** A plan that ends inside a workstream, as it does while the author types it. */
    private static final String HALF_TYPED = "plan P \"p\" {\n workstream w \"W\" pillar price {";

    private static final String VALID = """
            plan Ok "A plan that is fine" {
                day0 2026-09-08
                person ann "Ann" role GTM
                milestone kickoff "Kickoff" at T-100d kind kickoff
                gate GR2 "Expansion" at T-60d decidedBy ann {
                    criterion c "C" owner ann
                }
                gate GR4 "Readiness" at T-20d decidedBy ann {
                    criterion d "D" owner ann
                }
            }
            """;

    @TempDir
    Path dir;

    private String half;
    private String ok;

    private void writeFolder() throws Exception {
        Files.writeString(dir.resolve("half.gtm"), HALF_TYPED);
        Files.writeString(dir.resolve("ok.gtm"), VALID);
        half = CliRunner.shown(dir.resolve("half.gtm"));
        ok = CliRunner.shown(dir.resolve("ok.gtm"));
    }

    @Test
    void validateReportsBothFiles() throws Exception {
        writeFolder();
        CliRunner.Result result = CliRunner.run("validate", dir.toString());
        assertEquals(1, result.exitCode(), result.err());
        assertTrue(result.outLines().contains(half + ":2:32: error [syntax] Expected 'task' or '}' but found the end of the file (in workstream w)"),
                result.out());
        assertTrue(result.outLines().contains(ok + ":1:6: warning [msp-missing] Plan Ok has no marketing plan: add an `msp` with goal,"
                + " strategy, value proposition, targets and activities"), result.out());
        assertTrue(result.outLines().contains(ok + ":1:6: info [missing-eol] Plan Ok has no end-of-life milestone (kind eol): a plan"
                + " covers the whole lifecycle"), result.out());
        assertFalse(result.out().contains("internal") || result.err().contains("internal"), result.out() + result.err());
        assertTrue(result.err().contains("in 2 files"), result.err());
    }

    @Test
    void generateWritesNothingAndNamesTheError() throws Exception {
        writeFolder();
        Path out = dir.resolve("out");
        CliRunner.Result result = CliRunner.run("generate", "--out", out.toString(), dir.toString());
        assertEquals(1, result.exitCode(), result.err());
        assertTrue(result.err().contains(half + ":2:32: error [syntax]"), result.err());
        assertFalse(result.err().contains("internal"), result.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void formatLeavesTheHalfTypedFileAndFormatsTheOther() throws Exception {
        writeFolder();
        CliRunner.Result result = CliRunner.run("format", "--check", dir.toString());
        assertEquals(1, result.exitCode(), result.err());
        assertTrue(result.err().contains(half + ":2:32: error [syntax]"), result.err());
        assertFalse(result.out().contains(ok), "the valid plan is already canonical: " + result.out());
        assertFalse(result.err().contains("internal"), result.err());
        assertEquals(HALF_TYPED, Files.readString(dir.resolve("half.gtm")));
    }
}
