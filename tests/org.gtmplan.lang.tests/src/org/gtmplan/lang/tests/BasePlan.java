package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * A complete plan in the IPMS style that validates with no diagnostic at all, and the means to
 * vary one thing in it, so that each check test shows exactly what triggers its code.
 *
 * <p>Day 0 is Tue 2026-09-08; every dated element falls on a working day of MON..FRI, so a test
 * may add {@code workdays MON..FRI} without other findings. First sale is T+3d (Fri 2026-09-11),
 * the supply forecast T-90d, retail readiness T-5d; each owner has at most one task a week.
 */
public final class BasePlan {

    public static final String TEXT = """
            plan Base "Base plan" {
                product "Widget"
                kind newProduct
                day0 2026-09-08

                person alice "Alice" role GTM
                person bob "Bob" role PDT
                person carol "Carol" role MKT
                person dan "Dan" role RETAIL
                team MT "Launch committee" lead alice members bob, carol

                meeting pct "PCT weekly" by alice every week on TUE at 10:00 for 60min from kickoff until T+90d
                meeting mt "MT monthly" by MT every 4 weeks on THU at 14:00 for 2h from kickoff until T+180d

                milestone kickoff "Kickoff" at 2026-03-02 kind kickoff
                gate GR2 "Start of expansion" at T-151d decidedBy MT {
                    criterion markets "Markets chosen" owner alice
                    requires priceBand
                }
                gate GR4 "Launch readiness" at T-32d decidedBy MT {
                    criterion salesReady "Sales ready" owner alice
                    requires training
                }
                milestone launch "Launch event" at T kind launchEvent
                milestone sale "First sale" at T+3d kind firstSale
                milestone eol "End of life" at T+540d kind eol

                workstream product "Product" pillar product owner bob {
                    task samples "Demo units" due T-60d
                }
                workstream price "Price" pillar price owner carol {
                    task priceBand "Price band" due GR2 status done
                }
                workstream place "Place" pillar place owner dan {
                    task forecast "Supply forecast" due T-90d kind supplyForecast
                    task retailReady "Stores ready" due T-5d kind retailReadiness
                }
                workstream promotion "Promotion" pillar promotion owner carol {
                    task training "Sales training" due T-35d kind salesTraining
                }

                msp "Marketing plan" owner carol {
                    goal "Top-2 in the segment"
                    strategy "Lead with the camera"
                    valueProposition "The only camera you need"
                    budget 1000 CNY
                    target leads 500 by T+30d
                    target share 18% by T+180d
                    activity show "Launch show" level company at T budget 600 CNY expects leads 300 owner carol
                    activity tour "Road show" level region from T+7d to T+30d budget 400 CNY expects leads 200 owner carol
                }

                response competitor "Competitor response" owner MT within 48h
            }
            """;

    private String text;

    private BasePlan(String text) {
        this.text = text;
    }

    public static BasePlan base() {
        return new BasePlan(TEXT);
    }

    /** Replaces the one occurrence of {@code from}; fails when it is not there exactly once. */
    public BasePlan replace(String from, String to) {
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            fail("'" + from + "' must occur exactly once in the plan:\n" + text);
        }
        text = text.substring(0, at) + to + text.substring(at + from.length());
        return this;
    }

    /** Removes whole lines: from the line holding {@code first} through the next line holding {@code last}. */
    public BasePlan removeLines(String first, String last) {
        int start = text.lastIndexOf('\n', indexOf(first)) + 1;
        int lastAt = text.indexOf(last, start);
        if (lastAt < 0) {
            fail("'" + last + "' not found after '" + first + "'");
        }
        int end = text.indexOf('\n', lastAt) + 1;
        text = text.substring(0, start) + text.substring(end);
        return this;
    }

    /** Removes the lines of the block that starts on the line holding {@code first}, through its closing brace. */
    public BasePlan removeBlock(String first) {
        int start = text.lastIndexOf('\n', indexOf(first)) + 1;
        int depth = 0;
        int at = text.indexOf('{', start);
        for (; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                break;
            }
        }
        int end = text.indexOf('\n', at) + 1;
        text = text.substring(0, start) + text.substring(end);
        return this;
    }

    /** Removes the one line holding {@code snippet}. */
    public BasePlan removeLine(String snippet) {
        return removeLines(snippet, snippet);
    }

    /** Inserts {@code lines} (each indented like a plan member) just before the plan's closing brace. */
    public BasePlan add(String lines) {
        int end = text.lastIndexOf('}');
        StringBuilder indented = new StringBuilder();
        for (String line : lines.split("\n")) {
            indented.append("    ").append(line).append('\n');
        }
        text = text.substring(0, end) + indented + text.substring(end);
        return this;
    }

    public String text() {
        return text;
    }

    /** The 1-based line of the one occurrence of {@code snippet}. */
    public int line(String snippet) {
        int at = indexOf(snippet);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    /** The 1-based column where {@code part} starts inside the line holding the one occurrence of {@code lineSnippet}. */
    public int column(String lineSnippet, String part) {
        int lineStart = text.lastIndexOf('\n', indexOf(lineSnippet)) + 1;
        int lineEnd = text.indexOf('\n', lineStart);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        int at = line.indexOf(part);
        if (at < 0) {
            fail("'" + part + "' is not on the line '" + line + "'");
        }
        return at + 1;
    }

    private int indexOf(String snippet) {
        int at = text.indexOf(snippet);
        if (at < 0 || text.indexOf(snippet, at + 1) >= 0) {
            fail("'" + snippet + "' must occur exactly once in the plan:\n" + text);
        }
        return at;
    }

    // ---- assertions on issues ----------------------------------------------------------------

    public static List<Issue> withCode(List<Issue> issues, String code) {
        return issues.stream().filter(i -> code.equals(i.getCode())).toList();
    }

    /** Exactly one issue of {@code code}, with this severity, line and (when positive) column; returns it. */
    public static Issue assertOne(List<Issue> issues, String code, Severity severity, int line, int column) {
        List<Issue> found = withCode(issues, code);
        assertEquals(1, found.size(), () -> "one [" + code + "] expected in:\n" + show(issues));
        Issue issue = found.get(0);
        assertEquals(severity, issue.getSeverity(), () -> show(issues));
        assertEquals(line, issue.getLineNumber(), () -> "line of [" + code + "] in:\n" + show(issues));
        if (column > 0) {
            assertEquals(column, issue.getColumn(), () -> "column of [" + code + "] in:\n" + show(issues));
        }
        return issue;
    }

    public static void assertNone(List<Issue> issues, String code) {
        assertTrue(withCode(issues, code).isEmpty(), () -> "no [" + code + "] expected in:\n" + show(issues));
    }

    /** Only issues of {@code code} (any number, at least one): the variation changed nothing else. */
    public static void assertOnlyCode(List<Issue> issues, String code) {
        assertTrue(!issues.isEmpty() && issues.stream().allMatch(i -> code.equals(i.getCode())),
                () -> "only [" + code + "] expected in:\n" + show(issues));
    }

    public static void assertNoIssue(List<Issue> issues) {
        assertEquals("", show(issues));
    }

    public static void assertMessageContains(Issue issue, String... parts) {
        for (String part : parts) {
            assertTrue(issue.getMessage().contains(part), () -> "'" + part + "' expected in: " + issue.getMessage());
        }
    }

    public static String show(List<Issue> issues) {
        return issues.stream()
                .map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getSeverity() + " [" + i.getCode() + "] " + i.getMessage())
                .collect(Collectors.joining("\n"));
    }
}
