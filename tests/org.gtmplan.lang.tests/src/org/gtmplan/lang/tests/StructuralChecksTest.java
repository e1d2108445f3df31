package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.gtmplan.lang.gtm.GtmPackage;
import org.gtmplan.lang.gtm.Model;
import org.gtmplan.lang.issues.GtmIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * The structural checks of language.md §5 (names and dates): each one triggered by a small plan,
 * with its code, severity and place, and silent on a near-identical plan that is right.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GtmInjectorProvider.class)
class StructuralChecksTest {

    @Inject
    private PlanFixtures fixtures;

    @Inject
    private ValidationTestHelper validationHelper;

    /** The 1-based column of {@code token} in the 1-based {@code line} of {@code text}. */
    private static int column(String text, int line, String token) {
        String content = text.split("\n", -1)[line - 1];
        int index = content.indexOf(token);
        assertTrue(index >= 0, "'" + token + "' not on line " + line + ": " + content);
        return index + 1;
    }

    private static void assertAt(Issue issue, String code, Severity severity, int line, int column) {
        assertEquals(code, issue.getCode(), TestSupport.describe(issue));
        assertEquals(severity, issue.getSeverity(), TestSupport.describe(issue));
        assertEquals(line, issue.getLineNumber(), TestSupport.describe(issue));
        assertEquals(column, issue.getColumn(), TestSupport.describe(issue));
    }

    private static void assertOnly(List<Issue> issues, String code, int count) {
        assertEquals(count, issues.size(), TestSupport.describe(issues).toString());
        assertEquals(count, TestSupport.withCode(issues, code).size(), TestSupport.describe(issues).toString());
    }

    // ---- duplicate-name ----------------------------------------------------------------------

    @Test
    void duplicateMilestoneName() {
        String bad = """
                plan p {
                    milestone launch "Launch" at 2026-09-08
                    milestone launch "Launch again" at 2026-09-09
                }
                """;
        List<Issue> issues = TestSupport.structural(fixtures.validate(bad));
        assertOnly(issues, GtmIssueCodes.DUPLICATE_NAME, 1);
        assertAt(issues.get(0), "duplicate-name", Severity.ERROR, 3, column(bad, 3, "launch"));
        assertTrue(issues.get(0).getMessage().contains("'launch'"), issues.get(0).getMessage());
        assertTrue(issues.get(0).getMessage().contains("line 2"), issues.get(0).getMessage());

        TestSupport.assertNoIssues(TestSupport.structural(fixtures.validate(bad.replace("milestone launch \"Launch again\"", "milestone launch2 \"Launch again\""))));
    }

    @Test
    void duplicateNamesAcrossKindsAndNesting() {
        String bad = """
                plan p {
                    person sam "Sam"
                    gate GR2 "G" at 2026-09-01 { criterion sam "Criterion" }
                    workstream w "W" pillar product owner sam {
                        task GR2 "Task" due 2026-09-01
                        task ok "OK" due 2026-09-01
                    }
                }
                """;
        List<Issue> issues = TestSupport.structural(fixtures.validate(bad));
        assertOnly(issues, GtmIssueCodes.DUPLICATE_NAME, 2);
        assertAt(issues.get(0), "duplicate-name", Severity.ERROR, 3, column(bad, 3, "sam \"Criterion"));
        assertAt(issues.get(1), "duplicate-name", Severity.ERROR, 5, column(bad, 5, "GR2"));

        TestSupport.assertNoIssues(TestSupport.structural(fixtures.validate(bad.replace("criterion sam", "criterion crit").replace("task GR2", "task t2"))));
    }

    @Test
    void thirdCopyIsReportedToo() {
        List<Issue> issues = TestSupport.structural(fixtures.validate("plan p {\nperson x \"1\"\nperson x \"2\"\nperson x \"3\"\n}"));
        assertOnly(issues, GtmIssueCodes.DUPLICATE_NAME, 2);
        assertEquals(List.of(3, 4), issues.stream().map(Issue::getLineNumber).toList());
    }

    @Test
    void duplicateNameInALibrary() {
        String bad = """
                package acme.org
                library people {
                    person alice "Alice"
                    team alice "Alice's team"
                }
                """;
        List<Issue> issues = TestSupport.structural(fixtures.validate(bad));
        assertOnly(issues, GtmIssueCodes.DUPLICATE_NAME, 1);
        assertAt(issues.get(0), "duplicate-name", Severity.ERROR, 4, column(bad, 4, "alice"));
        TestSupport.assertNoIssues(TestSupport.structural(fixtures.validate(bad.replace("team alice", "team aliceTeam"))));
    }

    @Test
    void sameNameInDifferentPlansIsFine() {
        TestSupport.assertNoIssues(TestSupport.structural(fixtures.validate("plan p { person x \"X\" }", "plan q { person x \"X\" }")));
        TestSupport.assertNoIssues(TestSupport.structural(fixtures.validate("plan p { person people \"X\" }", PlanFixtures.PEOPLE)));
    }

    @Test
    void duplicateNameWithValidationTestHelper() {
        Resource resource = fixtures.load("plan p { milestone m \"M\" at 2026-01-01 gate m \"G\" at 2026-01-02 { } }").get(0);
        Model model = (Model) resource.getContents().get(0);
        validationHelper.assertError(model, GtmPackage.Literals.GATE, GtmIssueCodes.DUPLICATE_NAME, "Duplicate name 'm'",
                "milestone m");
        validationHelper.assertNoIssues(model, GtmPackage.Literals.MILESTONE);
    }

    // ---- unresolved-reference ----------------------------------------------------------------

    @Test
    void unresolvedOwner() {
        String bad = """
                plan p {
                    person dana "Dana"
                    workstream w "W" pillar product owner dane { }
                }
                """;
        List<Issue> issues = TestSupport.structural(fixtures.validate(bad));
        assertOnly(issues, GtmIssueCodes.UNRESOLVED_REFERENCE, 1);
        assertAt(issues.get(0), "unresolved-reference", Severity.ERROR, 3, column(bad, 3, "dane"));
        assertEquals("Unknown owner 'dane': did you mean 'dana'?", issues.get(0).getMessage());

        TestSupport.assertNoIssues(TestSupport.structural(fixtures.validate(bad.replace("owner dane", "owner dana"))));
    }

    @Test
    void unresolvedReferencesOfEveryKind() {
        String bad = """
                plan p {
                    holidays nope
                    team t "T" lead ghost members ghost2
                    meeting mt "M" by ghost3 every week at 10:00 for 1h from 2026-01-01 until 2026-02-01
                    gate g "G" at 2026-01-01 decidedBy ghost4 { requires noTask }
                    milestone m "M" at noAnchor+1d
                    response r "R" owner ghost5 within 2h
                }
                """;
        List<Issue> issues = TestSupport.structural(fixtures.validate(bad));
        assertOnly(issues, GtmIssueCodes.UNRESOLVED_REFERENCE, 8);
        assertEquals(List.of(2, 3, 3, 4, 5, 5, 6, 7), issues.stream().map(Issue::getLineNumber).toList());
        assertTrue(issues.get(0).getMessage().startsWith("Unknown holidays 'nope'"), issues.get(0).getMessage());
        assertTrue(issues.get(1).getMessage().startsWith("Unknown person 'ghost'"), issues.get(1).getMessage());
        assertTrue(issues.get(6).getMessage().startsWith("Unknown milestone, gate or task 'noAnchor'"), issues.get(6).getMessage());
    }

    // ---- invalid-date ------------------------------------------------------------------------

    @Test
    void invalidDateInADateExpression() {
        String bad = """
                plan p {
                    milestone m "M" at 2026-02-29
                }
                """;
        List<Issue> issues = TestSupport.structural(fixtures.validate(bad));
        assertOnly(issues, GtmIssueCodes.INVALID_DATE, 1);
        assertAt(issues.get(0), "invalid-date", Severity.ERROR, 2, column(bad, 2, "2026-02-29"));
        TestSupport.assertNoIssues(TestSupport.structural(fixtures.validate(bad.replace("2026-02-29", "2026-02-28"))));
    }

    @Test
    void invalidDay0() {
        String bad = """
                plan p {
                    day0 2026-04-31
                    milestone m "M" at T+1d
                }
                """;
        List<Issue> issues = TestSupport.structural(fixtures.validate(bad));
        assertOnly(issues, GtmIssueCodes.INVALID_DATE, 1);
        assertAt(issues.get(0), "invalid-date", Severity.ERROR, 2, column(bad, 2, "2026-04-31"));
        assertTrue(issues.get(0).getMessage().contains("day0 '2026-04-31'"), issues.get(0).getMessage());
        TestSupport.assertNoIssues(TestSupport.structural(fixtures.validate(bad.replace("2026-04-31", "2026-04-30"))));
    }

    @Test
    void invalidHolidayDatesInAPlan() {
        String bad = """
                plan p {
                    holidays own {
                        2026-06-31 "not a day"
                        2026-10-01 .. 2026-10-32
                    }
                }
                """;
        List<Issue> issues = TestSupport.structural(fixtures.validate(bad));
        assertOnly(issues, GtmIssueCodes.INVALID_DATE, 2);
        assertAt(issues.get(0), "invalid-date", Severity.ERROR, 3, column(bad, 3, "2026-06-31"));
        assertAt(issues.get(1), "invalid-date", Severity.ERROR, 4, column(bad, 4, "2026-10-32"));
        TestSupport.assertNoIssues(TestSupport.structural(fixtures.validate(bad.replace("2026-06-31", "2026-06-30").replace("2026-10-32", "2026-10-31"))));
    }

    @Test
    void invalidHolidayDateInALibrary() {
        String bad = PlanFixtures.PEOPLE.replace("2026-10-01 ..", "2026-09-31 ..");
        List<Issue> issues = TestSupport.structural(fixtures.validate(bad));
        assertOnly(issues, GtmIssueCodes.INVALID_DATE, 1);
        assertAt(issues.get(0), "invalid-date", Severity.ERROR, 8, column(bad, 8, "2026-09-31"));
        TestSupport.assertNoIssues(TestSupport.structural(fixtures.validate(PlanFixtures.PEOPLE)));
    }

    @Test
    void invalidDateInATargetAndAnActivity() {
        String bad = """
                plan p {
                    msp "M" {
                        target leads 5 by 2026-11-31
                        activity a "A" level region from 2026-01-01 to 2026-01-32
                    }
                }
                """;
        List<Issue> issues = TestSupport.structural(fixtures.validate(bad));
        assertOnly(issues, GtmIssueCodes.INVALID_DATE, 2);
        assertEquals(List.of(3, 4), issues.stream().map(Issue::getLineNumber).toList());
        TestSupport.assertNoIssues(TestSupport.structural(fixtures.validate(bad.replace("2026-11-31", "2026-11-30").replace("2026-01-32", "2026-01-31"))));
    }

    // ---- missing-day0 ------------------------------------------------------------------------

    @Test
    void missingDay0() {
        String bad = """
                plan p {
                    milestone kickoff "K" at 2026-03-02
                    milestone launch "L" at T
                    milestone sale "S" at T+3d
                }
                """;
        List<Issue> issues = TestSupport.structural(fixtures.validate(bad));
        assertOnly(issues, GtmIssueCodes.MISSING_DAY0, 1);
        assertAt(issues.get(0), "missing-day0", Severity.ERROR, 3, column(bad, 3, "T"));
        assertTrue(issues.get(0).getMessage().contains("day0"), issues.get(0).getMessage());

        TestSupport.assertNoIssues(TestSupport.structural(fixtures.validate(bad.replace("plan p {", "plan p {\n    day0 2026-09-08"))));
        TestSupport.assertNoIssues(TestSupport.structural(fixtures.validate(bad.replace("at T+3d", "at 2026-09-11").replace("at T", "at 2026-09-08"))));
    }

    // ---- date-cycle --------------------------------------------------------------------------

    @Test
    void dateCycle() {
        String bad = """
                plan p {
                    milestone a "A" at b-2d
                    milestone b "B" at a+1wd
                }
                """;
        List<Issue> issues = TestSupport.structural(fixtures.validate(bad));
        assertOnly(issues, GtmIssueCodes.DATE_CYCLE, 1);
        assertAt(issues.get(0), "date-cycle", Severity.ERROR, 2, column(bad, 2, "b-2d"));
        assertTrue(issues.get(0).getMessage().endsWith("a -> b -> a"), issues.get(0).getMessage());

        TestSupport.assertNoIssues(TestSupport.structural(fixtures.validate(bad.replace("at a+1wd", "at 2026-09-08+1wd"))));
    }

    @Test
    void selfAnchoredTaskIsACycle() {
        String bad = """
                plan p {
                    workstream w "W" pillar product {
                        task a "A" due a+1d
                    }
                }
                """;
        List<Issue> issues = TestSupport.structural(fixtures.validate(bad));
        assertOnly(issues, GtmIssueCodes.DATE_CYCLE, 1);
        assertAt(issues.get(0), "date-cycle", Severity.ERROR, 3, column(bad, 3, "a+1d"));
        TestSupport.assertNoIssues(TestSupport.structural(fixtures.validate(bad.replace("due a+1d", "due 2026-09-08+1d"))));
    }

    @Test
    void unknownTimezoneIsAnError() {
        String bad = "plan p {\n    timezone \"Asia/Shangai\"\n}\n";
        List<Issue> issues = TestSupport.withCode(fixtures.validate(bad), "invalid-timezone");
        assertEquals(1, issues.size(), TestSupport.describe(fixtures.validate(bad)).toString());
        assertAt(issues.get(0), "invalid-timezone", Severity.ERROR, 2, 14);
        assertTrue(TestSupport.withCode(fixtures.validate(bad.replace("Shangai", "Shanghai")), "invalid-timezone").isEmpty());
        assertTrue(TestSupport.withCode(fixtures.validate(bad.replace("Asia/Shangai", "UTC")), "invalid-timezone").isEmpty());
    }
}
