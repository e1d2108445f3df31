package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.gtmplan.lang.issues.GtmIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Lexical errors (language.md §2) and the syntax messages a plan's author reads. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GtmInjectorProvider.class)
class LexicalTest {

    @Inject
    private PlanFixtures fixtures;

    /** Issues of a plan whose line 3 onwards is {@code body}. */
    private List<Issue> validate(String body) {
        return TestSupport.structural(fixtures.validate("import acme.org.people.*\nplan p {\nday0 2026-09-08\n" + body + "\n}\n", PlanFixtures.PEOPLE));
    }

    private static List<Issue> syntax(List<Issue> issues) {
        return TestSupport.withCode(issues, GtmIssueCodes.SYNTAX);
    }

    /** The first syntax error; fails when there is none. */
    private static Issue firstSyntaxError(List<Issue> issues) {
        List<Issue> errors = syntax(issues);
        assertFalse(errors.isEmpty(), () -> "expected a syntax error, got " + TestSupport.describe(issues));
        Issue first = errors.get(0);
        assertEquals(Severity.ERROR, first.getSeverity());
        return first;
    }

    private static void assertContains(String expected, String actual) {
        assertTrue(actual.contains(expected), () -> "'" + actual + "' does not contain '" + expected + "'");
    }

    @Test
    void validControlTextHasNoIssue() {
        TestSupport.assertNoIssues(validate("""
                meeting m "M" by alice every week at 23:59 for 1h from 2028-02-29 until T
                milestone x "x \\" \\\\ \\n \\t \\u00E9" at T+3d
                """));
    }

    @Test
    void february29thOfANonLeapYearIsAnInvalidDate() {
        List<Issue> issues = validate("milestone m \"M\" at 2027-02-29");
        Issue issue = TestSupport.single(issues, "invalid-date");
        assertEquals(Severity.ERROR, issue.getSeverity());
        assertEquals(4, issue.getLineNumber());
        assertEquals(20, issue.getColumn());
        assertContains("2027-02-29", issue.getMessage());
        assertTrue(syntax(issues).isEmpty(), "a well-formed but impossible day is not a syntax error");
        TestSupport.assertNoIssues(validate("milestone m \"M\" at 2028-02-29"));
    }

    @Test
    void otherImpossibleDays() {
        for (String day : List.of("2026-13-01", "2026-04-31", "2026-00-10", "2026-01-00", "2026-02-30")) {
            Issue issue = TestSupport.single(validate("milestone m \"M\" at " + day), "invalid-date");
            assertContains(day, issue.getMessage());
        }
    }

    @Test
    void hour25IsASyntaxError() {
        List<Issue> issues = validate("meeting m \"M\" by alice every week at 25:00 for 1h from T until T+1w");
        Issue issue = firstSyntaxError(issues);
        assertEquals("syntax", issue.getCode());
        assertEquals(4, issue.getLineNumber());
        assertEquals(38, issue.getColumn());
        assertContains("25:00", issue.getMessage());
        assertContains("00:00 to 23:59", issue.getMessage());
        assertContains("60", firstSyntaxError(validate("meeting m \"M\" by alice every week at 10:60 for 1h from T until T+1w")).getMessage());
    }

    @Test
    void unknownDurationUnitNamesTheAllowedUnits() {
        Issue issue = firstSyntaxError(validate("milestone m \"M\" at T+3x"));
        assertEquals(GtmIssueCodes.SYNTAX, issue.getCode());
        assertEquals(4, issue.getLineNumber());
        assertContains("'3x'", issue.getMessage());
        for (String unit : List.of("d (days)", "wd (working days)", "w (weeks)", "h (hours)", "min (minutes)")) {
            assertContains(unit, issue.getMessage());
        }
        assertContains("unknown unit", firstSyntaxError(validate("response r \"R\" owner bob within 2days")).getMessage());
        assertContains("too long", firstSyntaxError(validate("milestone m \"M\" at T+1234567890d")).getMessage());
    }

    @Test
    void unterminatedStringSaysItHasNoClosingQuote() {
        List<Issue> issues = validate("milestone m \"Launch at T\nmilestone n \"N\" at T");
        Issue issue = firstSyntaxError(issues);
        assertEquals(4, issue.getLineNumber());
        assertEquals(13, issue.getColumn());
        assertContains("no closing quote", issue.getMessage());
        // The string stops at the end of its line: the next line is still read as a milestone.
        assertTrue(syntax(issues).stream().noneMatch(i -> i.getLineNumber() > 5), TestSupport.describe(issues).toString());
    }

    @Test
    void stringEndingInAnEscapedQuoteIsUnterminated() {
        assertContains("no closing quote", firstSyntaxError(validate("milestone m \"M\\\" at T")).getMessage());
        // but an escaped backslash before the quote closes it
        TestSupport.assertNoIssues(validate("milestone m \"M\\\\\" at T"));
    }

    @Test
    void unknownEscapeIsASyntaxError() {
        Issue issue = firstSyntaxError(validate("milestone m \"M\\q\" at T"));
        assertEquals(GtmIssueCodes.SYNTAX, issue.getCode());
        assertEquals(4, issue.getLineNumber());
        assertContains("'\\q' is not an escape", issue.getMessage());
        assertContains("\\uXXXX", issue.getMessage());
    }

    @Test
    void shortUnicodeEscapeIsASyntaxError() {
        assertContains("four hex digits", firstSyntaxError(validate("milestone m \"M\\u12\" at T")).getMessage());
        assertContains("four hex digits", firstSyntaxError(validate("milestone m \"\\u12G4\" at T")).getMessage());
    }

    @Test
    void strayCharacterIsASyntaxError() {
        Issue issue = firstSyntaxError(validate("milestone m \"M\" at T # comment"));
        assertEquals(4, issue.getLineNumber());
        assertContains("'#'", issue.getMessage());
    }

    @Test
    void missingDueNamesTheDueKeyword() {
        Issue issue = firstSyntaxError(validate("workstream w \"W\" pillar product owner bob { task a \"A\" effort 5d }"));
        assertEquals("syntax", issue.getCode());
        assertEquals(4, issue.getLineNumber());
        assertContains("Expected 'due' but found 'effort'", issue.getMessage());
        assertContains("task a", issue.getMessage());
        // The parser recovers by reading `effort` as a date anchor; that is no second error.
        assertEquals(List.of(), TestSupport.describe(TestSupport.withCode(
                validate("workstream w \"W\" pillar product owner bob { task a \"A\" effort 5d }"), "unresolved-reference")));

        issue = firstSyntaxError(validate("workstream w \"W\" pillar product owner bob {\n task a \"A\" owner bob\n}"));
        assertEquals(6, issue.getLineNumber());
        assertContains("Expected 'due' but found '}'", issue.getMessage());
    }

    @Test
    void taskClausesOutOfOrderAreExplained() {
        Issue issue = firstSyntaxError(validate("workstream w \"W\" pillar product { task a \"A\" due T owner bob }"));
        assertContains("Expected 'task' or '}' but found 'owner'", issue.getMessage());
        assertContains("owner, due, after, effort, kind, status", issue.getMessage());
    }

    @Test
    void misspeltPlanMemberSaysWhatAPlanMayContain() {
        Issue issue = firstSyntaxError(validate("milstone m \"M\" at T"));
        assertEquals(4, issue.getLineNumber());
        assertContains("Expected a plan member", issue.getMessage());
        assertContains("but found 'milstone'", issue.getMessage());
        assertFalse(issue.getMessage().contains("plan kind"), issue.getMessage());
    }

    @Test
    void misspeltTaskSaysWhatAWorkstreamMayContain() {
        Issue issue = firstSyntaxError(validate("workstream w \"W\" pillar product owner bob { taks a \"A\" due T }"));
        assertContains("Expected 'task' or '}' but found 'taks' (in workstream w)", issue.getMessage());
    }

    @Test
    void wrongEnumValuesListTheAllowedOnes() {
        // After a milestone, 'kind' may also start the plan's kind: the message offers both.
        assertContains("Expected a milestone kind (kickoff, launchEvent, firstSale, ga, eol) or a plan kind (newProduct, "
                + "newMarket, feature) but found 'launch'", firstSyntaxError(validate("milestone m \"M\" at T kind launch")).getMessage());
        assertContains("Expected a plan kind (newProduct, newMarket, feature) but found 'launch'",
                firstSyntaxError(validate("kind launch")).getMessage());
        assertContains("Expected a pillar (product, price, place, promotion) but found 'people'",
                firstSyntaxError(validate("workstream w \"W\" pillar people owner bob { }")).getMessage());
        assertContains("Expected a status (todo, doing, done, blocked)",
                firstSyntaxError(validate("workstream w \"W\" pillar product owner bob { task a \"A\" due T status finished }"))
                        .getMessage());
        assertContains("Expected a role", firstSyntaxError(validate("person z \"Z\" role CEO")).getMessage());
    }

    @Test
    void missingTitleAndMissingAt() {
        assertContains("Expected a text in quotes but found 'at' (in milestone m)",
                firstSyntaxError(validate("milestone m at T")).getMessage());
        assertContains("Expected 'at' but found 'T' (in milestone m)", firstSyntaxError(validate("milestone m \"M\" T")).getMessage());
    }

    @Test
    void reservedTIsNotAName() {
        Issue issue = firstSyntaxError(TestSupport.structural(fixtures.validate("plan p { milestone T \"M\" at 2026-01-01 }")));
        assertContains("'T'", issue.getMessage());
        assertContains("Expected a name", issue.getMessage());
    }

    @Test
    void moneyGluedToItsCurrencyGetsAHint() {
        Issue issue = firstSyntaxError(validate("msp \"M\" { budget 300CNY }"));
        assertContains("'300CNY'", issue.getMessage());
        assertContains("space between an amount and its currency", issue.getMessage());
    }

    @Test
    void workdaysNeedTwoDots() {
        assertContains("Expected '..' but found '-'", firstSyntaxError(TestSupport.structural(fixtures.validate("plan p { workdays MON-FRI }"))).getMessage());
    }

    @Test
    void everySyntaxErrorHasTheSyntaxCode() {
        List<Issue> issues = validate("""
                milestone m "M\\q" at T+3x
                meeting x "X" by alice every week at 24:00 for 1h from T until T
                task
                """);
        List<Issue> errors = issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
        assertTrue(errors.size() >= 3, TestSupport.describe(issues).toString());
        assertTrue(syntax(issues).size() >= 3, TestSupport.describe(issues).toString());
        for (Issue issue : issues) {
            if (issue.isSyntaxError()) {
                assertEquals(GtmIssueCodes.SYNTAX, issue.getCode(), TestSupport.describe(issue));
            }
        }
    }
}
