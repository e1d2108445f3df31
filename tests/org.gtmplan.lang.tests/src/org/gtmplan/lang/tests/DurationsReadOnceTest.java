package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.model.PlanIndex;
import org.gtmplan.lang.model.PlanSettings;
import org.gtmplan.lang.services.GtmGrammarAccess;
import org.gtmplan.lang.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Issue 11: durations, dates and times are typed once, by the value converters, into the model's
 * values ({@code Duration}, {@code LocalDate}, {@code LocalTime}; model/GtmTypes.ecore), and every
 * check, document and fix takes the value from the model instead of parsing text again.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GtmInjectorProvider.class)
class DurationsReadOnceTest {

    /** The terminals whose text the value converters turn into values, with the class of those values. */
    private static final Map<String, Class<?>> TYPED_TERMINALS = Map.of(
            "DURATION", Duration.class, "DATE", LocalDate.class, "TIME", LocalTime.class);

    /** What turns text into a duration, a date or a time. */
    private static final List<String> PARSES = List.of(
            "Duration.parse(", "LocalDate.parse(", "LocalTime.parse(", "CalendarDay.parse(", "parseDate(");

    /**
     * The only sources that turn text into a duration, date or time, relative to the repository root:
     * the value converters read a plan's, and the others read text that is no plan's.
     */
    private static final List<String> READERS = List.of(
            // a day typed on the command line: --day0 of gtm new, --as-of
            "bundles/org.gtmplan.cli/src/org/gtmplan/cli/NewCommand.java",
            "bundles/org.gtmplan.cli/src/org/gtmplan/cli/ValidateCommand.java",
            // a day a check put in a diagnostic's data, which is text by the protocol's design
            "bundles/org.gtmplan.lang.ide/src/org/gtmplan/lang/ide/quickfix/LaunchPlanFixes.java",
            // the day typed into the New Plan wizard
            "bundles/org.gtmplan.lang.ui/src/org/gtmplan/lang/ui/wizard/NewPlanPage.java",
            // the value converters: a plan's durations, dates and times, once per parse
            "bundles/org.gtmplan.lang/src/org/gtmplan/lang/parser/GtmValueConverters.java",
            // the rule of a DATE's text itself (uuuu-MM-dd, strict)
            "bundles/org.gtmplan.lang/src/org/gtmplan/lang/time/CalendarDay.java");

    @Inject
    private PlanFixtures fixtures;

    @Inject
    private GtmGrammarAccess grammar;

    @Test
    void theModelHoldsDurationsDatesAndTimesAsValues() {
        Plan plan = fixtures.plan("""
                import acme.org.people.*
                plan p {
                    day0 2026-09-08
                    settings { launchToSaleMax 3w }
                    meeting weekly "Weekly" by alice every week on TUE at 9:30 for 90min from T until T+30d
                    workstream place "Place" pillar place owner bob {
                        task a "A" due 2026-06-01 effort 3wd
                        task b "B" due T+1d
                    }
                }
                """, PlanFixtures.PEOPLE);
        PlanIndex index = new PlanIndex(plan);
        assertEquals(LocalDate.of(2026, 9, 8), plan.getDay0());
        assertEquals(Duration.parse("3wd"), index.tasks().get(0).getEffort());
        assertEquals(LocalDate.of(2026, 6, 1), index.tasks().get(0).getDue().getDate());
        assertNull(index.tasks().get(1).getEffort());
        assertEquals(Duration.parse("1d"), index.tasks().get(1).getDue().getOffset());
        assertEquals(Duration.parse("90min"), index.meetings().get(0).getLength());
        assertEquals(LocalTime.of(9, 30), index.meetings().get(0).getTime());
        assertEquals(Duration.parse("3w"), PlanSettings.of(plan).launchToSaleMax());
    }

    /** Every feature a DURATION, DATE or TIME is assigned to has the value's type, so nothing can keep its text. */
    @Test
    void everyDurationDateAndTimeFeatureIsTyped() {
        List<String> untyped = new ArrayList<>();
        int typed = 0;
        for (var it = grammar.getGrammar().eAllContents(); it.hasNext();) {
            if (it.next() instanceof Assignment assignment && assignment.getTerminal() instanceof RuleCall call
                    && TYPED_TERMINALS.containsKey(call.getRule().getName())) {
                var type = GrammarUtil.containingParserRule(assignment).getType().getClassifier();
                var feature = ((org.eclipse.emf.ecore.EClass) type).getEStructuralFeature(assignment.getFeature());
                Class<?> expected = TYPED_TERMINALS.get(call.getRule().getName());
                if (feature instanceof EAttribute attribute && attribute.getEAttributeType().getInstanceClass() == expected) {
                    typed++;
                } else {
                    untyped.add(type.getName() + "." + assignment.getFeature());
                }
            }
        }
        assertEquals(List.of(), untyped);
        assertTrue(typed >= 11, "the grammar assigns " + typed + " durations, dates and times");
    }

    @Test
    void noOtherSourceParsesADurationADateOrATime() throws IOException {
        Path root = new PlanFixtures().examplesFolder().getParent();
        List<String> parsers;
        try (Stream<Path> files = Files.walk(root.resolve("bundles"))) {
            parsers = files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/"))
                    .filter(f -> PARSES.stream().anyMatch(read(f)::contains))
                    .map(f -> root.relativize(f).toString()).sorted().toList();
        }
        assertEquals(READERS, parsers);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
