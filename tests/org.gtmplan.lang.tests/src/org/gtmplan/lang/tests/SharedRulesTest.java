package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.gtmplan.lang.dates.ResolvedDates;
import org.gtmplan.lang.time.Weekdays;
import org.gtmplan.lang.generator.PlanView;
import org.gtmplan.lang.generator.PlanViewBuilder;
import org.gtmplan.lang.gtm.Day;
import org.gtmplan.lang.issues.GtmIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Issue 11: values the checks and the documents once computed each on their own, now in one place
 * each: the activity budgets' sum, the time-zone fallback, the weekday's names and the owner's label.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GtmInjectorProvider.class)
class SharedRulesTest {

    @Inject
    private PlanFixtures fixtures;

    @Inject
    private PlanViewBuilder views;

    private static String plan(String header, String body) {
        return "import acme.org.people.*\nplan p {\n    day0 2026-09-08\n" + header + "\n" + body + "\n}\n";
    }

    @Test
    void theOverBudgetCheckAndTheDocumentsAddTheSameActivityBudgets() {
        String text = plan("", """
                msp "M" owner carol {
                    budget 1000 CNY
                    activity a "A" level region at T budget 600.5 CNY expects leads 1 owner carol
                    activity b "B" level region at T+1d budget 400 CNY expects leads 1 owner carol
                    activity c "C" level region at T+2d expects leads 1 owner carol
                }
                """);
        List<Issue> issues = fixtures.validate(text, PlanFixtures.PEOPLE);
        Issue overBudget = issues.stream().filter(i -> GtmIssueCodes.OVER_BUDGET.equals(i.getCode())).findFirst().orElseThrow();
        PlanView.MoneyView sum = views.build(fixtures.plan(text, PlanFixtures.PEOPLE)).msp().activityBudgetSum();
        assertEquals(new PlanView.MoneyView(new BigDecimal("1000.5"), "CNY"), sum);
        assertTrue(overBudget.getMessage().contains("add up to " + sum), overBudget.getMessage());
    }

    @Test
    void budgetsInTwoCurrenciesAreAddedUpNeitherByTheCheckNorByTheDocuments() {
        String text = plan("", """
                msp "M" owner carol {
                    budget 10 CNY
                    activity a "A" level region at T budget 600 CNY expects leads 1 owner carol
                    activity b "B" level region at T+1d budget 400 USD expects leads 1 owner carol
                }
                """);
        List<String> codes = fixtures.validate(text, PlanFixtures.PEOPLE).stream().map(Issue::getCode).toList();
        assertTrue(codes.contains(GtmIssueCodes.CURRENCY_MISMATCH) && !codes.contains(GtmIssueCodes.OVER_BUDGET), codes.toString());
        assertNull(views.build(fixtures.plan(text, PlanFixtures.PEOPLE)).msp().activityBudgetSum());
    }

    @Test
    void aZoneTheCheckRefusesIsTheOneTheDocumentsReplaceByUtc() {
        for (String zone : List.of("Europe/Berlin", "Mars/Olympus", "UTC")) {
            String text = plan("    timezone \"" + zone + "\"", "");
            boolean refused = fixtures.validate(text, PlanFixtures.PEOPLE).stream()
                    .anyMatch(i -> GtmIssueCodes.INVALID_TIMEZONE.equals(i.getCode()));
            ZoneId shown = views.build(fixtures.plan(text, PlanFixtures.PEOPLE)).timezone();
            assertEquals(refused ? ZoneOffset.UTC : ZoneId.of(zone), shown, zone);
            assertEquals(zone.equals("Mars/Olympus"), refused, zone);
        }
        assertEquals(ZoneOffset.UTC, views.build(fixtures.plan(plan("", ""), PlanFixtures.PEOPLE)).timezone());
    }

    @Test
    void aWeekdayIsWrittenAndShownOneWayEverywhere() {
        for (Day day : Day.VALUES) {
            DayOfWeek weekday = Weekdays.of(day);
            assertEquals(day.getLiteral(), Weekdays.keyword(weekday));
            assertEquals(weekday, Weekdays.ofKeyword(day.getLiteral()));
        }
        assertEquals("Tue", Weekdays.shortName(DayOfWeek.TUESDAY));
        assertEquals("Tue 2026-09-08 (T)", ResolvedDates.describe(LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 8)));
    }

    @Test
    void anOwnerWithAnEmptyFullNameIsShownByName() {
        assertEquals("alice", new PlanView.OwnerView("alice", "", "person", null, null, List.of()).label());
        assertEquals("alice", new PlanView.OwnerView("alice", null, "person", null, null, List.of()).label());
        assertEquals("Alice Zhang (alice)", new PlanView.OwnerView("alice", "Alice Zhang", "person", null, null, List.of()).label());
    }
}
