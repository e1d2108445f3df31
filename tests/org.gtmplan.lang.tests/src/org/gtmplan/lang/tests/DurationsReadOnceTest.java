package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gtmplan.lang.dates.DateResolver;
import org.gtmplan.lang.dates.ResolvedDates;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.model.PlanIndex;
import org.gtmplan.lang.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Issue 11: a duration the grammar keeps as text (a task's effort, a meeting's length, an offset, a
 * setting) is read in one place each, by the resolver or the settings, and every check, document and
 * fix takes the typed value from there instead of parsing the text again.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GtmInjectorProvider.class)
class DurationsReadOnceTest {

    /** The only sources that turn a duration's text into a Duration (besides Duration itself), relative to the repository root. */
    private static final List<String> READERS = List.of(
            "bundles/org.gtmplan.lang/src/org/gtmplan/lang/dates/DateResolver.java",
            "bundles/org.gtmplan.lang/src/org/gtmplan/lang/model/PlanSettings.java",
            "bundles/org.gtmplan.lang/src/org/gtmplan/lang/parser/GtmValueConverters.java");

    @Inject
    private PlanFixtures fixtures;

    @Inject
    private DateResolver resolver;

    @Test
    void theResolverReadsEachEffortAndLengthOnceForEveryone() {
        Plan plan = fixtures.plan("""
                import acme.org.people.*
                plan p {
                    day0 2026-09-08
                    meeting weekly "Weekly" by alice every week on TUE at 10:00 for 90min from T until T+30d
                    workstream place "Place" pillar place owner bob {
                        task a "A" due T effort 3wd
                        task b "B" due T+1d
                    }
                }
                """, PlanFixtures.PEOPLE);
        ResolvedDates dates = resolver.resolve(plan);
        PlanIndex index = new PlanIndex(plan);
        assertEquals(Duration.parse("3wd"), dates.effortOf(index.tasks().get(0)));
        assertNull(dates.effortOf(index.tasks().get(1)));
        assertEquals(Duration.parse("90min"), dates.lengthOf(index.meetings().get(0)));
    }

    @Test
    void noOtherSourceParsesADuration() throws IOException {
        Path root = new PlanFixtures().examplesFolder().getParent();
        List<String> parsers;
        try (Stream<Path> files = Files.walk(root.resolve("bundles"))) {
            parsers = files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/"))
                    .filter(f -> read(f).contains("Duration.parse"))
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
