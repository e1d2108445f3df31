package org.gtmplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EValidator;
import org.gtmplan.lang.GtmStandaloneSetup;
import org.gtmplan.lang.gtm.GtmPackage;
import org.gtmplan.lang.issues.CheckCatalog;
import org.gtmplan.lang.issues.GtmIssueCodes;
import org.junit.jupiter.api.Test;

/**
 * fixtures/every-check holds a plan that shows every check of language.md §5 at once, a second
 * plan for what cannot coexist with it (missing-day0, msp-missing) and a library; expected.txt is
 * the exact output of {@code gtm validate --as-of 2026-07-09 fixtures/every-check}, reviewed line by line.
 */
class EveryCheckFixtureTest {

    private static final String AS_OF = "2026-07-09";
    /** How expected.txt names the folder: relative to tests/org.gtmplan.cli.tests, the tests' working directory. */
    private static final String WRITTEN_PREFIX = "fixtures/every-check/";
    private static final Pattern LINE = Pattern.compile("[^:]+:\\d+:\\d+: (error|warning|info) \\[([a-z0-9-]+)\\] .+");

    private static List<String> expectedLines(Path fixture) throws Exception {
        String shown = CliRunner.shown(fixture) + "/";
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(fixture.resolve("expected.txt"))) {
            assertTrue(line.startsWith(WRITTEN_PREFIX), line);
            lines.add(shown + line.substring(WRITTEN_PREFIX.length()));
        }
        return lines;
    }

    @Test
    void outputIsExactlyTheReviewedLines() throws Exception {
        Path fixture = CliRunner.fixture("every-check");
        CliRunner.Result result = CliRunner.run("validate", "--as-of", AS_OF, CliRunner.shown(fixture));
        assertEquals(expectedLines(fixture), result.outLines(), result.err());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("17 errors, 17 warnings, 4 infos in 3 files"), result.err());
    }

    @Test
    void everyCodeButSyntaxAndInternalAppearsWithItsSeverity() throws Exception {
        List<String> lines = expectedLines(CliRunner.fixture("every-check"));
        List<String> missing = new ArrayList<>();
        for (CheckCatalog.Rule rule : CheckCatalog.rules()) {
            // internal is a defect of ours: no plan should ever show it
            if (!rule.code().equals(GtmIssueCodes.SYNTAX) && !rule.code().equals(GtmIssueCodes.INTERNAL) && lines.stream().noneMatch(l -> l.contains(" [" + rule.code() + "] "))) {
                missing.add(rule.code());
            }
        }
        assertEquals(List.of(), missing, "codes the fixture does not show");
        for (String line : lines) {
            Matcher matcher = LINE.matcher(line);
            assertTrue(matcher.matches(), line);
            CheckCatalog.Rule rule = CheckCatalog.rule(matcher.group(2));
            assertEquals(rule.level().name().toLowerCase(Locale.ROOT), matcher.group(1), line);
        }
    }

    /** Fixed: each run made its own injector, but only the first one's validator (and as-of date) was ever used. */
    @Test
    void theAsOfDateOfOneRunDoesNotLeakIntoTheNext() {
        String folder = CliRunner.shown(CliRunner.fixture("every-check"));
        assertEquals(1, overdue(CliRunner.run("validate", "--as-of", AS_OF, folder)));
        assertEquals(0, overdue(CliRunner.run("validate", folder)));
        // a day later samples (due Fri 2026-07-10) is overdue too
        assertEquals(2, overdue(CliRunner.run("validate", "--as-of", "2026-07-11", folder)));
        assertEquals(0, overdue(CliRunner.run("validate", CliRunner.examples().toString())));
    }

    /**
     * EMF's registry keeps the validator of the first injector a process creates, and each gtm run
     * has an injector of its own, so a run's checks may be another injector's (in Eclipse, the
     * editor's). The as-of day reaches them all the same: it travels with the run's resource set.
     */
    @Test
    void theAsOfDateReachesTheValidatorOfAnotherInjector() {
        String folder = CliRunner.shown(CliRunner.fixture("every-check"));
        Object kept = EValidator.Registry.INSTANCE.remove(GtmPackage.eINSTANCE);
        try {
            // Its validator is now the one EMF keeps; the runs below make injectors of their own.
            new GtmStandaloneSetup().createInjectorAndDoEMFRegistration();
            assertEquals(1, overdue(CliRunner.run("validate", "--as-of", AS_OF, folder)));
            assertEquals(2, overdue(CliRunner.run("validate", "--as-of", "2026-07-11", folder)));
            assertEquals(0, overdue(CliRunner.run("validate", folder)));
        } finally {
            if (kept != null) {
                EValidator.Registry.INSTANCE.put(GtmPackage.eINSTANCE, kept);
            }
        }
    }

    private static long overdue(CliRunner.Result result) {
        return result.outLines().stream().filter(l -> l.contains(" [overdue] ")).count();
    }

    @Test
    void withoutAsOfNothingIsOverdue() {
        Path fixture = CliRunner.fixture("every-check");
        CliRunner.Result result = CliRunner.run("validate", CliRunner.shown(fixture));
        assertTrue(result.outLines().stream().noneMatch(l -> l.contains("[overdue]")), result.out());
        assertEquals(37, result.outLines().size(), result.out());
    }
}
