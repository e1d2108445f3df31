package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.resource.Resource;
import org.gtmplan.lang.generator.CalendarGenerator;
import org.gtmplan.lang.generator.ChecklistHtmlGenerator;
import org.gtmplan.lang.generator.DocumentGenerators;
import org.gtmplan.lang.generator.GeneratedFile;
import org.gtmplan.lang.generator.GenerationOptions;
import org.gtmplan.lang.generator.JsonGenerator;
import org.gtmplan.lang.generator.MarkdownGenerator;
import org.gtmplan.lang.generator.PlanView;
import org.gtmplan.lang.generator.PlanViewBuilder;
import org.gtmplan.lang.ide.GtmIdeSetup;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/** The calendars are made on a second thread beside the other formats: same bytes, a fixed order, failures reported. */
class DocumentGeneratorsTest {

    private static final Injector INJECTOR = new GtmIdeSetup().createInjectorAndDoEMFRegistration();
    private static final Set<String> ALL = Set.of("html", "ics", "md", "json");

    private static List<PlanView> examples() throws Exception {
        PlanFixtures fixtures = INJECTOR.getInstance(PlanFixtures.class);
        List<Resource> resources = fixtures.load(Files.readString(fixtures.examplesFolder().resolve("phone-launch.gtm")),
                Files.readString(fixtures.examplesFolder().resolve("org.gtm")));
        return List.of(INJECTOR.getInstance(PlanViewBuilder.class).build(TestSupport.planOf(resources.get(0))));
    }

    @Test
    void theDocumentsAreEachGeneratorsOwnWithTheCalendarsLast() throws Exception {
        List<PlanView> plans = examples();
        DocumentGenerators generators = INJECTOR.getInstance(DocumentGenerators.class);
        List<GeneratedFile> together = generators.generate(plans, ALL, GenerationOptions.defaults());

        List<GeneratedFile> alone = new ArrayList<>();
        for (String format : List.of("html", "md", "json", "ics")) {
            alone.addAll(generators.get(format).generate(plans.get(0), GenerationOptions.defaults()));
        }
        assertEquals(alone.stream().map(GeneratedFile::name).toList(), together.stream().map(GeneratedFile::name).toList());
        for (int i = 0; i < alone.size(); i++) {
            assertArrayEquals(alone.get(i).content(), together.get(i).content(), alone.get(i).name());
        }
        // Only the calendars: nothing beside them, the same files.
        assertEquals(generators.get("ics").generate(plans.get(0), GenerationOptions.defaults()).stream().map(GeneratedFile::name).toList(),
                generators.generate(plans, Set.of("ics"), GenerationOptions.defaults()).stream().map(GeneratedFile::name).toList());
    }

    @Test
    void aFailureOfTheCalendarsComesOutAndNoCalendarIsHandedOver() throws Exception {
        RuntimeException failure = new IllegalStateException("calendar defect");
        CalendarGenerator failing = new CalendarGenerator() {
            @Override
            public void generate(PlanView plan, GenerationOptions options, Consumer<GeneratedFile> sink) {
                throw failure;
            }
        };
        DocumentGenerators generators = new DocumentGenerators(INJECTOR.getInstance(ChecklistHtmlGenerator.class), failing,
                INJECTOR.getInstance(MarkdownGenerator.class), INJECTOR.getInstance(JsonGenerator.class));
        List<String> handedOver = new ArrayList<>();
        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> generators.generate(examples(), ALL, GenerationOptions.defaults(), file -> handedOver.add(file.name())));
        assertSame(failure, thrown);
        assertFalse(handedOver.stream().anyMatch(name -> name.endsWith(".ics")), handedOver.toString());
    }

    @Test
    void aFailureOnThisThreadWaitsForTheCalendarsToStop() throws Exception {
        RuntimeException failure = new IllegalStateException("checklist defect");
        ChecklistHtmlGenerator failing = new ChecklistHtmlGenerator() {
            @Override
            public void generate(PlanView plan, GenerationOptions options, Consumer<GeneratedFile> sink) {
                throw failure;
            }
        };
        java.util.concurrent.atomic.AtomicBoolean calendarsDone = new java.util.concurrent.atomic.AtomicBoolean();
        CalendarGenerator slow = new CalendarGenerator() {
            @Override
            public void generate(PlanView plan, GenerationOptions options, Consumer<GeneratedFile> sink) {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                super.generate(plan, options, sink);
                calendarsDone.set(true);
            }
        };
        INJECTOR.injectMembers(slow);
        DocumentGenerators generators = new DocumentGenerators(failing, slow, INJECTOR.getInstance(MarkdownGenerator.class),
                INJECTOR.getInstance(JsonGenerator.class));
        List<PlanView> plans = examples();
        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> generators.generate(plans, ALL, GenerationOptions.defaults(), file -> { }));
        assertSame(failure, thrown);
        assertTrue(calendarsDone.get(), "the run ended before the calendars' thread");
    }
}
