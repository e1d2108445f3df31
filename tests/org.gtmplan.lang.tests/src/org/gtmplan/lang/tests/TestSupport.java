package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Issue;
import org.gtmplan.lang.gtm.Model;
import org.gtmplan.lang.gtm.Plan;

/** Small helpers shared by the language tests. */
final class TestSupport {

    private TestSupport() {
    }

    /** "ERROR [code] 3:20 message", for readable assertion failures. */
    static String describe(Issue issue) {
        return issue.getSeverity() + " [" + issue.getCode() + "] " + issue.getLineNumber() + ":" + issue.getColumn() + " "
                + issue.getMessage();
    }

    static List<String> describe(List<Issue> issues) {
        return issues.stream().map(TestSupport::describe).toList();
    }

    private static final java.util.Set<String> STRUCTURAL = java.util.Set.of("syntax", "duplicate-name",
            "unresolved-reference", "invalid-date", "missing-day0", "date-cycle", "invalid-timezone");

    /** Only the structural diagnostics (syntax, names, dates): what tests of those rules look at in partial plans. */
    static List<Issue> structural(List<Issue> issues) {
        return issues.stream().filter(issue -> issue.getCode() == null || STRUCTURAL.contains(issue.getCode())).toList();
    }

    static List<Issue> withCode(List<Issue> issues, String code) {
        return issues.stream().filter(issue -> code.equals(issue.getCode())).toList();
    }

    /** The one issue of {@code code}; fails (listing every issue) when there is none or several. */
    static Issue single(List<Issue> issues, String code) {
        List<Issue> matching = withCode(issues, code);
        if (matching.size() != 1) {
            fail("expected exactly one [" + code + "] but got " + matching.size() + ": " + describe(issues));
        }
        return matching.get(0);
    }

    static void assertNoIssues(List<Issue> issues) {
        assertEquals(List.of(), describe(issues));
    }

    /** The parse errors of a resource as "line: message". */
    static List<String> syntaxErrors(Resource resource) {
        return resource.getErrors().stream().map(e -> e.getLine() + ": " + e.getMessage()).toList();
    }

    static Plan planOf(Resource resource) {
        return (Plan) ((Model) resource.getContents().get(0)).getElement();
    }
}
