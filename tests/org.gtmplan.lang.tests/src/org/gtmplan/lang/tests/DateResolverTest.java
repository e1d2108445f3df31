package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.gtmplan.lang.dates.DateProblem;
import org.gtmplan.lang.dates.DateResolver;
import org.gtmplan.lang.dates.ResolvedDates;
import org.gtmplan.lang.gtm.Activity;
import org.gtmplan.lang.gtm.Dated;
import org.gtmplan.lang.gtm.GtmPackage;
import org.gtmplan.lang.gtm.Meeting;
import org.gtmplan.lang.gtm.Msp;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.issues.GtmIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** language.md §4: every date expression resolves to one calendar day, through any depth, never looping. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GtmInjectorProvider.class)
class DateResolverTest {

    @Inject
    private PlanFixtures fixtures;

    @Inject
    private DateResolver resolver;

    private Plan plan;
    private ResolvedDates dates;

    /** Resolves a plan (the first text) whose other texts are loaded beside it. */
    private ResolvedDates resolve(String... texts) {
        plan = fixtures.plan(texts);
        dates = resolver.resolve(plan);
        return dates;
    }

    /** Resolves {@code body} in a plan with day0 Tue 2026-09-08 and {@code header} lines before it. */
    private ResolvedDates resolveBody(String header, String body) {
        return resolve("import acme.org.people.*\nplan p {\n" + header + "\n" + body + "\n}\n", PlanFixtures.PEOPLE);
    }

    private ResolvedDates resolveBody(String body) {
        return resolveBody("day0 2026-09-08", body);
    }

    private Dated dated(String name) {
        for (EObject element : EcoreUtil2.eAllContents(plan)) {
            if (element instanceof Dated d && name.equals(org.gtmplan.lang.model.NamedElements.nameOf(d))) {
                return d;
            }
        }
        throw new AssertionError("no dated element " + name);
    }

    private String dateOf(String name) {
        LocalDate date = dates.dateOf(dated(name));
        return date == null ? null : date.toString();
    }

    private List<DateProblem> problems(String code) {
        return dates.problems().stream().filter(p -> code.equals(p.code())).toList();
    }

    // ---- units and bases ---------------------------------------------------------------------

    @Test
    void absoluteDayZeroAndCalendarUnits() {
        resolveBody("""
                milestone abs "A" at 2026-03-02
                milestone zero "T" at T
                milestone plusDays "T+4d" at T+4d
                milestone minusDays "T-30d" at T-30d
                milestone plusWeeks "T+2w" at T+2w
                milestone minusWeeks "T-3w" at T-3w
                milestone zeroDays "T+0d" at T+0d
                """);
        assertEquals(LocalDate.of(2026, 9, 8), dates.day0());
        assertEquals("2026-03-02", dateOf("abs"));
        assertEquals("2026-09-08", dateOf("zero"));
        assertEquals("2026-09-12", dateOf("plusDays"));
        assertEquals("2026-08-09", dateOf("minusDays"));
        assertEquals("2026-09-22", dateOf("plusWeeks"));
        assertEquals("2026-08-18", dateOf("minusWeeks"));
        assertEquals("2026-09-08", dateOf("zeroDays"));
        assertTrue(dates.problems().isEmpty(), dates.problems().toString());
    }

    @Test
    void workingDayUnit() {
        resolveBody("""
                milestone plus1 "T+1wd" at T+1wd
                milestone plus4 "T+4wd" at T+4wd
                milestone plus5 "T+5wd" at T+5wd
                milestone minus2 "T-2wd" at T-2wd
                """);
        assertEquals("2026-09-09", dateOf("plus1"));
        assertEquals("2026-09-14", dateOf("plus4"), "Tue + 4wd skips the weekend");
        assertEquals("2026-09-15", dateOf("plus5"));
        assertEquals("2026-09-04", dateOf("minus2"), "Tue - 2wd is the Friday before");
    }

    @Test
    void hoursAndMinutesDoNotMoveADate() {
        resolveBody("""
                milestone hours "H" at T+2h
                milestone minutes "M" at T-30min
                milestone ok "OK" at T+1d
                """);
        List<DateProblem> invalid = problems(GtmIssueCodes.INVALID_DATE);
        assertEquals(2, invalid.size(), dates.problems().toString());
        assertTrue(invalid.get(0).message().contains("'2h'"), invalid.get(0).message());
        assertTrue(invalid.get(1).message().contains("'30min'"), invalid.get(1).message());
        assertSame(GtmPackage.Literals.DATE_EXPR__OFFSET, invalid.get(0).feature());
        assertNull(dateOf("hours"));
        assertNull(dateOf("minutes"));
        assertEquals("2026-09-09", dateOf("ok"));
    }

    @Test
    void hourOffsetIsAnInvalidDateDiagnostic() {
        List<Issue> issues = TestSupport.structural(fixtures.validate("plan p {\nday0 2026-09-08\nmilestone m \"M\" at T+2h\n}"));
        Issue issue = TestSupport.single(issues, "invalid-date");
        assertEquals(Severity.ERROR, issue.getSeverity());
        assertEquals(3, issue.getLineNumber());
    }

    @Test
    void nonCalendarLiteralResolvesToNothing() {
        resolveBody("milestone bad \"B\" at 2027-02-29\nmilestone after \"A\" at bad+1d");
        assertNull(dateOf("bad"));
        assertNull(dateOf("after"), "an anchor without a date gives no date, and no second error");
        assertEquals(1, dates.problems().size(), dates.problems().toString());
        assertEquals(GtmIssueCodes.INVALID_DATE, dates.problems().get(0).code());
    }

    @Test
    void dayZeroMissingOrInvalid() {
        resolve("plan p { milestone a \"A\" at T+1d\n milestone b \"B\" at T\n milestone c \"C\" at 2026-01-01 }");
        assertNull(dates.day0());
        assertNull(dateOf("a"));
        assertEquals("2026-01-01", dateOf("c"));
        List<DateProblem> missing = problems(GtmIssueCodes.MISSING_DAY0);
        assertEquals(1, missing.size(), "one report for all uses of T");
        assertTrue(missing.get(0).message().contains("2 times"), missing.get(0).message());

        resolve("plan p { day0 2026-02-30 milestone a \"A\" at T }");
        assertNull(dates.day0());
        assertNull(dateOf("a"));
        assertTrue(problems(GtmIssueCodes.MISSING_DAY0).isEmpty(), "an invalid day0 is reported as invalid-date, not missing");

        resolve("plan p { milestone c \"C\" at 2026-01-01 }");
        assertTrue(dates.problems().isEmpty(), "no T, no day0 needed");
    }

    // ---- anchors -----------------------------------------------------------------------------

    @Test
    void anchorsOnMilestonesGatesAndTasks() {
        resolveBody("""
                milestone kickoff "K" at 2026-03-02
                gate GR2 "G" at kickoff+10d { }
                workstream w "W" pillar product owner bob {
                    task samples "S" due GR2+2w
                    task later "L" due samples effort 5d
                }
                milestone fromTask "F" at samples-1d
                milestone fromGate "G" at GR2
                """);
        assertEquals("2026-03-12", dateOf("GR2"));
        assertEquals("2026-03-26", dateOf("samples"));
        assertEquals("2026-03-26", dateOf("later"), "a task's date is its due, whatever its effort");
        assertEquals("2026-03-25", dateOf("fromTask"));
        assertEquals("2026-03-12", dateOf("fromGate"));
    }

    @Test
    void severalLevelsOfAnchorsInAnyOrder() {
        // Written backwards, so resolving the first element walks the whole chain.
        resolveBody("""
                milestone e "E" at d+1wd
                milestone d "D" at c-2d
                gate c "C" at b+1w { }
                workstream w "W" pillar product { task b "B" due a+3d }
                milestone a "A" at T
                """);
        assertEquals("2026-09-08", dateOf("a"));
        assertEquals("2026-09-11", dateOf("b"));
        assertEquals("2026-09-18", dateOf("c"));
        assertEquals("2026-09-16", dateOf("d"));
        assertEquals("2026-09-17", dateOf("e"));
        assertTrue(dates.problems().isEmpty());
    }

    @Test
    void expressionsOutsideDatedElementsResolveToo() {
        resolveBody("""
                milestone kickoff "K" at 2026-03-02
                meeting pct "PCT" by PCT every week on TUE at 10:00 for 60min from kickoff+1wd until T+90d
                msp "M" {
                    target leads 5 by kickoff+4w
                    activity show "S" level company at T-1wd
                    activity tour "R" level region from T+7d to T+30d
                }
                """);
        Meeting meeting = (Meeting) plan.getMembers().get(1);
        assertEquals(LocalDate.of(2026, 3, 3), dates.dateOf(meeting.getFrom()));
        assertEquals(LocalDate.of(2026, 12, 7), dates.dateOf(meeting.getUntil()));
        Msp msp = (Msp) plan.getMembers().get(2);
        assertEquals(LocalDate.of(2026, 3, 30), dates.dateOf(msp.getTargets().get(0).getDate()));
        Activity show = msp.getActivities().get(0);
        assertEquals(LocalDate.of(2026, 9, 7), dates.dateOf(show.getAt()));
        Activity tour = msp.getActivities().get(1);
        assertEquals(LocalDate.of(2026, 9, 15), dates.dateOf(tour.getFrom()));
        assertEquals(LocalDate.of(2026, 10, 8), dates.dateOf(tour.getTo()));
    }

    // ---- working days ------------------------------------------------------------------------

    @Test
    void workingDaysAcrossAWeekend() {
        resolveBody("""
                milestone fri "Fri" at 2026-09-11
                milestone sat "Sat" at 2026-09-12
                milestone friPlus1 "" at fri+1wd
                milestone satPlus1 "" at sat+1wd
                milestone satMinus1 "" at sat-1wd
                milestone monMinus1 "" at 2026-09-14-1wd
                """);
        assertEquals("2026-09-14", dateOf("friPlus1"));
        assertEquals("2026-09-14", dateOf("satPlus1"));
        assertEquals("2026-09-11", dateOf("satMinus1"));
        assertEquals("2026-09-11", dateOf("monMinus1"));
    }

    @Test
    void plusZeroPlusOneMinusOneWorkingDays() {
        resolveBody("""
                milestone sun "Sunday" at 2026-09-13
                milestone wed "Wednesday" at 2026-09-09
                milestone sunZero "" at sun+0wd
                milestone sunMinusZero "" at sun-0wd
                milestone wedZero "" at wed+0wd
                milestone sunPlus "" at sun+1wd
                milestone sunMinus "" at sun-1wd
                milestone wedPlus "" at wed+1wd
                milestone wedMinus "" at wed-1wd
                """);
        assertEquals("2026-09-13", dateOf("sunZero"), "X+0wd is X, even on a Sunday");
        assertEquals("2026-09-13", dateOf("sunMinusZero"));
        assertEquals("2026-09-09", dateOf("wedZero"));
        assertEquals("2026-09-14", dateOf("sunPlus"));
        assertEquals("2026-09-11", dateOf("sunMinus"));
        assertEquals("2026-09-10", dateOf("wedPlus"));
        assertEquals("2026-09-08", dateOf("wedMinus"));
    }

    @Test
    void workingDaysSkipAHolidayRangeFromALibrary() {
        resolveBody("day0 2026-09-08\nworkdays MON..FRI\nholidays CN2026", """
                milestone before "Wed 30 Sep" at 2026-09-30
                milestone next "" at before+1wd
                milestone five "" at before+5wd
                milestone back "" at 2026-10-08-1wd
                milestone inside "" at 2026-10-04+0wd
                """);
        assertEquals("2026-10-08", dateOf("next"), "1-7 Oct is National Day");
        assertEquals("2026-10-14", dateOf("five"));
        assertEquals("2026-09-30", dateOf("back"));
        assertEquals("2026-10-04", dateOf("inside"));
        assertTrue(dates.calendar().isHoliday(LocalDate.of(2026, 10, 5)));
    }

    @Test
    void holidaysApplyWithTheDefaultWeekToo() {
        resolveBody("day0 2026-09-08\nholidays CN2026", "milestone next \"\" at 2026-09-30+1wd");
        assertEquals("2026-10-08", dateOf("next"));
    }

    @Test
    void planHolidaysWithSingleDaysAndRanges() {
        resolveBody("day0 2026-09-08\nholidays own", """
                holidays own {
                    2026-09-09 "one day"
                    2026-09-14 .. 2026-09-15
                }
                milestone next "" at T+1wd
                milestone third "" at T+3wd
                """);
        assertEquals("2026-09-10", dateOf("next"), "Wed 9 is a holiday");
        assertEquals("2026-09-16", dateOf("third"), "Thu 10, Fri 11, then Wed 16 after Mon-Tue off");
    }

    @Test
    void mondayToFridayWhenNoWorkdays() {
        resolveBody("milestone m \"\" at 2026-09-11+1wd");
        assertEquals("2026-09-14", dateOf("m"));
        assertTrue(dates.calendar().isWorkingDay(LocalDate.of(2026, 9, 14)));
        assertTrue(!dates.calendar().isWorkingDay(LocalDate.of(2026, 9, 13)));
    }

    @Test
    void sundayToThursdayWorkdays() {
        resolveBody("day0 2026-09-08\nworkdays SUN..THU", """
                milestone thu "Thu" at 2026-09-10
                milestone next "" at thu+1wd
                milestone sunMinus "" at 2026-09-13-1wd
                milestone friPlus "" at 2026-09-11+1wd
                milestone tuePlus5 "" at T+5wd
                """);
        assertEquals("2026-09-13", dateOf("next"), "Thursday + 1wd is Sunday");
        assertEquals("2026-09-10", dateOf("sunMinus"));
        assertEquals("2026-09-13", dateOf("friPlus"));
        assertEquals("2026-09-15", dateOf("tuePlus5"), "a full SUN..THU week later");
    }

    // ---- large plans and cycles --------------------------------------------------------------

    private static String chain(int length, boolean backwards) {
        StringBuilder text = new StringBuilder(length * 32).append("plan chain {\nworkstream w \"W\" pillar product {\n");
        for (int k = 0; k < length; k++) {
            int i = backwards ? length - 1 - k : k;
            text.append("task t").append(i).append(" \"t\" due ");
            text.append(i == 0 ? "2026-01-01" : "t" + (i - 1) + "+1d").append('\n');
        }
        return text.append("}\n}\n").toString();
    }

    @Test
    void chainOf100000AnchorsWrittenBackwards() {
        String text = chain(100_000, true);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            resolve(text);
            assertEquals(LocalDate.of(2026, 1, 1), dates.dateOf(dated("t0")));
            assertEquals(LocalDate.of(2026, 1, 1).plusDays(99_999), dates.dateOf(dated("t99999")));
            assertEquals("2299-10-16", dateOf("t99999"));
            assertTrue(dates.problems().isEmpty());
        });
    }

    @Test
    void chainOf100000AnchorsValidatesWithoutDiagnostic() {
        String text = chain(100_000, false);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            TestSupport.assertNoIssues(TestSupport.structural(fixtures.validate(text)));
        });
    }

    private static String cycle(int length) {
        StringBuilder text = new StringBuilder("plan p {\nworkstream w \"W\" pillar product {\n");
        for (int i = 0; i < length; i++) {
            text.append("task c").append(i).append(" \"c\" due c").append((i + 1) % length).append("+1d\n");
        }
        text.append("task outside \"o\" due c0+1d\n");
        return text.append("}\n}\n").toString();
    }

    private void assertOneCycle(String text, List<String> names) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            resolve(text);
            List<DateProblem> cycles = problems(GtmIssueCodes.DATE_CYCLE);
            assertEquals(1, cycles.size(), dates.problems().toString());
            assertEquals(1, dates.problems().size(), dates.problems().toString());
            String message = cycles.get(0).message();
            assertTrue(message.endsWith(String.join(" -> ", names)), message);
            for (String name : names) {
                assertNull(dateOf(name), name);
            }
            assertNull(dateOf("outside"), "anchored on a cycle, so no date, but no second report");

            List<Issue> issues = TestSupport.structural(fixtures.validate(text));
            Issue issue = TestSupport.single(issues, "date-cycle");
            assertEquals(Severity.ERROR, issue.getSeverity());
            assertEquals(3, issue.getLineNumber(), "reported at the cycle's first element");
            assertEquals(1, issues.size(), TestSupport.describe(issues).toString());
        });
    }

    @Test
    void cycleOfLengthOne() {
        assertOneCycle("plan p {\nworkstream w \"W\" pillar product {\ntask a \"a\" due a+1d\ntask outside \"o\" due a\n}\n}\n",
                List.of("a", "a"));
    }

    @Test
    void cycleOfLengthTwo() {
        assertOneCycle("plan p {\nworkstream w \"W\" pillar product {\ntask a \"a\" due b-1d\ntask b \"b\" due a+1d\n"
                + "task outside \"o\" due b\n}\n}\n", List.of("a", "b", "a"));
    }

    @Test
    void cycleOfLengthFifty() {
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            names.add("c" + i);
        }
        names.add("c0");
        assertOneCycle(cycle(50), names);
    }

    @Test
    void cycleThroughMilestonesGatesAndTasks() {
        resolveBody("""
                milestone m "M" at g+1d
                gate g "G" at t-1wd { }
                workstream w "W" pillar product { task t "T" due m+2w }
                milestone ok "OK" at T
                """);
        List<DateProblem> cycles = problems(GtmIssueCodes.DATE_CYCLE);
        assertEquals(1, cycles.size());
        assertTrue(cycles.get(0).message().endsWith("m -> g -> t -> m"), cycles.get(0).message());
        assertEquals("2026-09-08", dateOf("ok"));
    }

    @Test
    void twoSeparateCyclesAreTwoReports() {
        resolveBody("""
                milestone a "" at b
                milestone b "" at a
                milestone x "" at y
                milestone y "" at z
                milestone z "" at x
                """);
        List<DateProblem> cycles = problems(GtmIssueCodes.DATE_CYCLE);
        assertEquals(2, cycles.size(), dates.problems().toString());
        assertTrue(cycles.get(0).message().endsWith("a -> b -> a"), cycles.get(0).message());
        assertTrue(cycles.get(1).message().endsWith("x -> y -> z -> x"), cycles.get(1).message());
    }

    @Test
    void bigCycleIsReportedOnceQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            resolve(cycle(20_000));
            assertEquals(1, problems(GtmIssueCodes.DATE_CYCLE).size());
        });
    }

    // ---- describing dates --------------------------------------------------------------------

    @Test
    void describeGivesWeekdayAndOffset() {
        resolveBody("milestone m \"\" at T+4d\nmilestone n \"\" at T-30d");
        assertEquals("Sat 2026-09-12 (T+4d)", dates.describe(dates.dateOf(dated("m"))));
        assertEquals("T-30d", dates.offsetFromDay0(dates.dateOf(dated("n"))));
        assertEquals("T", dates.offsetFromDay0(LocalDate.of(2026, 9, 8)));
        assertEquals("an unresolved date", dates.describe(null));
        resolve("plan p { milestone m \"\" at 2026-09-12 }");
        assertEquals("Sat 2026-09-12", dates.describe(dates.dateOf(dated("m"))));
        assertNull(dates.offsetFromDay0(LocalDate.of(2026, 9, 12)));
    }

    @Test
    void hugeOffsetsResolveQuicklyOrAreInvalidDates() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            resolveBody("""
                    milestone farW "" at 2026-01-01+999999999w
                    milestone farWd "" at T+999999999wd
                    milestone backWd "" at T-999999999wd
                    """);
            for (String name : List.of("farW", "farWd", "backWd")) {
                assertTrue(dateOf(name) != null || !problems(GtmIssueCodes.INVALID_DATE).isEmpty(), name);
            }
            assertEquals(LocalDate.of(2026, 1, 1).plusWeeks(999_999_999L), dates.dateOf(dated("farW")));
        });
    }
}
