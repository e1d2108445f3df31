package org.gtmplan.lang.ui.tests;

import static org.gtmplan.lang.ui.tests.Workbench.markers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.jface.text.IDocument;
import org.gtmplan.lang.ui.GtmProblemMarkers;
import org.gtmplan.lang.ui.builder.GtmNature;
import org.gtmplan.lang.ui.builder.GtmProjectBuilder;
import org.gtmplan.lang.ui.editor.GtmEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The GTM project builder in a real workspace: the nature brings it, and it keeps the markers of
 * every plan file in step with the saved files, including files no editor has open.
 */
class BuilderTest {

    /** The line of {@code examples/org.gtm} that declares the person the plan's gate criterion is owned by. */
    private static final String ALICE = "    person alice \"Alice Zhang\" role GTM email \"alice@acme.example\"\n";

    private IProject project;
    private IFile plan;
    private IFile library;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.exampleProject();
        plan = project.getFile("phone-launch.gtm");
        library = project.getFile("org.gtm");
    }

    @AfterEach
    void deleteProject() throws Exception {
        Workbench.closeAll();
        project.delete(true, null);
    }

    private static List<String> codes(IFile file) {
        return markers(file).stream().map(m -> m.getAttribute(GtmProblemMarkers.CODE, "")).toList();
    }

    private static boolean hasBuilder(IProject project) throws Exception {
        return Arrays.stream(project.getDescription().getBuildSpec()).map(ICommand::getBuilderName).anyMatch(GtmProjectBuilder.ID::equals);
    }

    @Test
    void addingTheNatureAddsTheBuilderAndRemovingItRemovesBoth() throws Exception {
        assertFalse(hasBuilder(project));
        GtmNature.add(project, null);
        assertTrue(project.hasNature(GtmNature.ID));
        assertTrue(hasBuilder(project), "the nature configures the builder");
        GtmNature.add(project, null);
        assertEquals(1, Arrays.stream(project.getDescription().getBuildSpec()).filter(c -> GtmProjectBuilder.ID.equals(c.getBuilderName())).count(),
                "adding the nature twice adds the builder once");

        Workbench.write(library, Workbench.read(library).replace(ALICE, ""));
        Workbench.waitForBuild();
        assertTrue(codes(plan).contains("unresolved-reference"));

        GtmNature.remove(project, null);
        assertFalse(project.hasNature(GtmNature.ID));
        assertFalse(hasBuilder(project));
        assertEquals(List.of(), codes(plan), "markers nobody keeps up to date any more are removed");
    }

    @Test
    void aPlanThatIsNotOpenIsMarkedWhenItsLibraryLosesAPersonAndClearedWhenThePersonComesBack() throws Exception {
        GtmNature.add(project, null);
        Workbench.waitForBuild();
        assertEquals(List.of(), codes(plan), "the examples have no problem");
        assertEquals(0, Workbench.page().getEditorReferences().length, "no editor is open");

        String withAlice = Workbench.read(library);
        Workbench.write(library, withAlice.replace(ALICE, ""));
        Workbench.waitUntil("an unresolved-reference marker on the plan", () -> codes(plan).contains("unresolved-reference"));
        IMarker marker = markers(plan).stream().filter(m -> "unresolved-reference".equals(m.getAttribute(GtmProblemMarkers.CODE, "")))
                .findFirst().orElseThrow();
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("alice"), marker.getAttribute(IMarker.MESSAGE, ""));
        assertEquals(26, marker.getAttribute(IMarker.LINE_NUMBER, -1), "the criterion owned by alice");

        // Another change of the library that does not concern the plan leaves its marker as it is.
        Workbench.write(library, Workbench.read(library) + "// reviewed\n");
        Workbench.waitForBuild();
        assertEquals(List.of(marker.getId()), markers(plan).stream().map(IMarker::getId).toList(), "the same marker, not a new one");

        Workbench.write(library, withAlice);
        Workbench.waitUntil("the plan's markers to go", () -> codes(plan).isEmpty());
        assertEquals(List.of(), codes(library));
    }

    @Test
    void cleanRemovesTheMarkersAndABuildBringsThemBack() throws Exception {
        GtmNature.add(project, null);
        Workbench.write(plan, Workbench.read(plan).replace("owner alice", "owner zoe"));
        Workbench.waitForBuild();
        assertTrue(codes(plan).contains("unresolved-reference"));

        project.build(IncrementalProjectBuilder.CLEAN_BUILD, null);
        assertEquals(List.of(), Arrays.stream(project.findMarkers(GtmProblemMarkers.TYPE, false, org.eclipse.core.resources.IResource.DEPTH_INFINITE))
                .map(m -> m.getAttribute(GtmProblemMarkers.CODE, "")).toList());
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        assertTrue(codes(plan).contains("unresolved-reference"));
    }

    @Test
    void aFileThatIsNotAPlanGetsOneClearMarkerAndTheOthersAreStillChecked() throws Exception {
        GtmNature.add(project, null);
        IFile binary = project.getFile("photo.gtm");
        binary.create(new java.io.ByteArrayInputStream(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 1 }), true, null);
        Workbench.write(plan, Workbench.read(plan).replace("owner alice", "owner zoe"));
        Workbench.waitForBuild();
        List<IMarker> found = markers(binary);
        assertEquals(1, found.size());
        assertEquals(GtmProblemMarkers.INPUT, found.get(0).getAttribute(GtmProblemMarkers.CODE, ""));
        assertEquals("This is a binary file, not a GTM plan", found.get(0).getAttribute(IMarker.MESSAGE, ""));
        assertTrue(codes(plan).contains("unresolved-reference"));
    }

    @Test
    void inAGtmProjectTheEditorLeavesTheMarkersToTheBuilderSoThereIsOneMarkerPerProblem() throws Exception {
        GtmNature.add(project, null);
        Workbench.waitForBuild();
        GtmEditor editor = Workbench.open(plan);
        IDocument document = editor.document();
        int offset = document.get().indexOf("owner alice") + "owner ".length();
        int before = editor.reconcileCount();
        document.replace(offset, "alice".length(), "zoe");
        Workbench.waitForReconcile(editor, before);
        assertEquals(List.of(), codes(plan), "unsaved text gives annotations, not markers");
        editor.doSave(null);
        Workbench.waitUntil("the builder's marker", () -> codes(plan).contains("unresolved-reference"));
        Workbench.settle();
        assertEquals(List.of("unresolved-reference"), codes(plan));
    }

    @Test
    void markersFollowTheSavedFilesNotAnotherEditorsUnsavedText() throws Exception {
        GtmNature.add(project, null);
        Workbench.waitForBuild();
        GtmEditor libraryEditor = Workbench.open(library);
        IDocument libraryText = libraryEditor.document();
        libraryText.replace(libraryText.get().indexOf(ALICE), ALICE.length(), "");
        assertTrue(libraryEditor.isDirty());

        GtmEditor planEditor = Workbench.open(plan);
        assertTrue(Workbench.annotations(planEditor).stream().anyMatch(a -> "unresolved-reference".equals(a.issue().getCode())),
                "the editor shows what the plan would be with the other editor's text");
        Workbench.settle();
        assertEquals(List.of(), codes(plan), "but the markers follow the saved library, which still has alice");

        IDocument planText = planEditor.document();
        int before = planEditor.reconcileCount();
        planText.replace(planText.get().indexOf("Price band and promotions"), "Price band and promotions".length(), "Price band");
        Workbench.waitForReconcile(planEditor, before);
        assertTrue(Workbench.annotations(planEditor).stream().anyMatch(a -> "unresolved-reference".equals(a.issue().getCode())),
                "as you type, the editor sees the other editor's text");
        planEditor.doSave(null);
        Workbench.waitForBuild();
        Workbench.settle();
        assertEquals(List.of(), codes(plan), "the saved library still has alice: the builder's markers, and only they, stand");
        libraryEditor.doRevertToSaved();
    }
}
