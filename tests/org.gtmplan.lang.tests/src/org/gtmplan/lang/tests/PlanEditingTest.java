package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.CancelIndicator;
import org.gtmplan.lang.ide.GtmIdeSetup;
import org.gtmplan.lang.ide.editing.ParsedPlan;
import org.gtmplan.lang.ide.editing.PlanDocuments;
import org.gtmplan.lang.ide.editing.PlanEditing;
import org.gtmplan.lang.ide.editing.PlanEditing.Definition;
import org.gtmplan.lang.ide.editing.PlanEditing.Fold;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * Folding and go to definition as an editor asks for them in process (the Eclipse editor's F3,
 * Ctrl+click and folding ruler): the example plan parsed with its library in another file.
 */
class PlanEditingTest {

    private static final Injector INJECTOR = new GtmIdeSetup().createInjectorAndDoEMFRegistration();
    private static final URI PLAN = URI.createURI("memory:/phone-launch.gtm");
    private static final URI LIBRARY = URI.createURI("memory:/org.gtm");

    private static String planText;
    private static String libraryText;
    private final PlanEditing editing = INJECTOR.getInstance(PlanEditing.class);

    @BeforeAll
    static void readExamples() throws Exception {
        PlanFixtures fixtures = INJECTOR.getInstance(PlanFixtures.class);
        Path examples = fixtures.examplesFolder();
        planText = Files.readString(examples.resolve("phone-launch.gtm"));
        libraryText = Files.readString(examples.resolve("org.gtm"));
    }

    private static ParsedPlan parse(String text) {
        return INJECTOR.getInstance(PlanDocuments.class).parse(PLAN, text, Map.of(LIBRARY, libraryText), CancelIndicator.NullImpl);
    }

    @Test
    void anOwnerLeadsToThePersonInTheLibrary() {
        ParsedPlan plan = parse(planText);
        int owner = planText.indexOf("owner bob") + "owner ".length();
        Definition definition = editing.definitionAt(plan, owner + 1);
        assertNotNull(definition);
        assertEquals(owner, definition.offset());
        assertEquals("bob".length(), definition.length());
        assertEquals(LIBRARY, definition.targetUri());
        assertEquals("bob", libraryText.substring(definition.targetOffset(), definition.targetOffset() + definition.targetLength()));
        assertEquals(libraryText.indexOf("person bob") + "person ".length(), definition.targetOffset());
    }

    @Test
    void aDateAnchorLeadsToTheMilestoneInTheSameFile() {
        ParsedPlan plan = parse(planText);
        int anchor = planText.indexOf("due GR2") + "due ".length();
        Definition definition = editing.definitionAt(plan, anchor);
        assertNotNull(definition);
        assertEquals(PLAN, definition.targetUri());
        assertEquals(planText.indexOf("gate GR2") + "gate ".length(), definition.targetOffset());
        assertEquals("GR2", planText.substring(definition.targetOffset(), definition.targetOffset() + definition.targetLength()));
    }

    @Test
    void noDefinitionOnAKeywordOrAnUnknownName() {
        ParsedPlan plan = parse(planText);
        assertNull(editing.definitionAt(plan, planText.indexOf("workstream")));
        String unknown = planText.replace("owner bob", "owner zoe");
        assertNull(editing.definitionAt(parse(unknown), unknown.indexOf("owner zoe") + "owner ".length()));
    }

    @Test
    void foldsCoverWholeLinesOfEveryBlock() {
        ParsedPlan plan = parse(planText);
        List<Fold> folds = editing.folds(plan);
        int workstream = planText.indexOf("    workstream product");
        assertTrue(folds.stream().anyMatch(f -> f.offset() == workstream), "the product workstream folds: " + folds);
        int planStart = planText.indexOf("plan MateX");
        assertTrue(folds.stream().anyMatch(f -> f.offset() == planStart && f.offset() + f.length() >= planText.stripTrailing().length()),
                "the plan folds as a whole: " + folds);
        for (Fold fold : folds) {
            assertTrue(fold.offset() == 0 || planText.charAt(fold.offset() - 1) == '\n', "starts a line: " + fold);
            int end = fold.offset() + fold.length();
            assertTrue(end == planText.length() || planText.charAt(end - 1) == '\n', "ends a line: " + fold);
            assertTrue(planText.substring(fold.offset(), end - 1).contains("\n"), "spans two lines at least: " + fold);
        }
    }

    @Test
    void aHalfTypedPlanStillFoldsAndNeverFails() {
        String half = planText.substring(0, planText.indexOf("workstream price"));
        ParsedPlan plan = parse(half);
        editing.folds(plan);
        for (int offset = 0; offset <= half.length(); offset += 7) {
            editing.definitionAt(plan, offset);
        }
    }
}
