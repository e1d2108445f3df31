package org.gtmplan.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.gtmplan.cli.GtmCli;
import org.gtmplan.lang.ui.builder.GenerationSettings;
import org.gtmplan.lang.ui.builder.ProjectMarkers;
import org.gtmplan.lang.ui.commands.GenerateDocumentsHandler;
import org.gtmplan.lang.ui.commands.GenerateDocumentsJob;
import org.gtmplan.lang.ui.editor.GtmEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Documents generated in Eclipse: by the builder when plans are saved (when the project's settings
 * ask for it) and by the Generate Documents command, with the rules and the bytes of gtm generate.
 */
class GenerationTest {

    private IProject project;
    private IFile plan;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.exampleProject();
        plan = project.getFile("phone-launch.gtm");
    }

    @AfterEach
    void deleteProject() throws Exception {
        for (Shell shell : Display.getCurrent().getShells()) {
            if (GenerateDocumentsHandler.DIALOG_TITLE.equals(shell.getText())) {
                shell.close();
            }
        }
        Workbench.closeAll();
        project.delete(true, null);
    }

    /** What {@code gtm generate --out DIR PROJECT} writes, read back by name. */
    private List<String> gtmGenerate(Path out) throws Exception {
        StringWriter err = new StringWriter();
        int exit = new GtmCli(new PrintWriter(new StringWriter()), new PrintWriter(err), System.getenv())
                .run("generate", "--out", out.toString(), project.getLocation().toOSString());
        assertEquals(0, exit, err.toString());
        try (Stream<Path> files = Files.list(out)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> names(IFolder folder) throws Exception {
        return Arrays.stream(folder.members()).map(IResource::getName).sorted().toList();
    }

    /** Every document gtm generate writes is in {@code folder} with exactly its bytes, and derived. */
    private void assertSameAsGtmGenerate(IFolder folder) throws Exception {
        Path expected = Files.createTempDirectory("gtm-generate");
        List<String> documents = gtmGenerate(expected);
        assertTrue(documents.contains("MateX.html"), documents.toString());
        for (String name : documents) {
            IFile file = folder.getFile(name);
            assertTrue(file.exists(), name + " is written");
            try (var in = file.getContents(true)) {
                assertArrayEquals(Files.readAllBytes(expected.resolve(name)), in.readAllBytes(), name + " has the bytes gtm generate writes");
            }
            assertTrue(file.isDerived(), name + " is marked derived");
        }
    }

    private List<IMarker> generationMarkers() throws Exception {
        Workbench.waitForBuild();
        return List.of(project.findMarkers(ProjectMarkers.GENERATION, false, IResource.DEPTH_ZERO));
    }

    private void enableGenerationOnSave() throws Exception {
        new GenerationSettings(true, "out", Set.of()).store(project);
        org.gtmplan.lang.ui.builder.GtmNature.add(project, null);
        Workbench.waitForBuild();
    }

    @Test
    void theSettingsLiveInTheProjectsPreferenceFile() throws Exception {
        new GenerationSettings(true, "docs/plans", Set.of("html", "md")).store(project);
        IFile preferences = project.getFile(".settings/org.gtmplan.lang.ui.prefs");
        assertTrue(preferences.exists());
        String text = Workbench.read(preferences);
        assertTrue(text.contains("generateOnSave=true") && text.contains("outputFolder=docs/plans"), text);
        GenerationSettings read = GenerationSettings.of(project);
        assertEquals(new GenerationSettings(true, "docs/plans", Set.of("html", "md")), read);
        IProject fresh = Workbench.exampleProject();
        assertEquals(new GenerationSettings(false, "out", Set.of()), GenerationSettings.of(fresh), "off by default, into out, every format");
        fresh.delete(true, null);
    }

    /** The first widget of {@code type} below {@code parent} that {@code test} accepts. */
    private static <T extends org.eclipse.swt.widgets.Control> T find(org.eclipse.swt.widgets.Composite parent, Class<T> type,
            java.util.function.Predicate<T> test) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (type.isInstance(child) && test.test(type.cast(child))) {
                return type.cast(child);
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                T found = find(composite, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void thePropertyPageStoresTheSettingsAndRefusesAFolderOutsideTheProject() throws Exception {
        org.eclipse.jface.preference.PreferenceDialog dialog = org.eclipse.ui.dialogs.PreferencesUtil.createPropertyDialogOn(
                Workbench.page().getWorkbenchWindow().getShell(), project, org.gtmplan.lang.ui.properties.GenerationPropertyPage.ID,
                new String[] { org.gtmplan.lang.ui.properties.GenerationPropertyPage.ID }, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            org.gtmplan.lang.ui.properties.GenerationPropertyPage page = (org.gtmplan.lang.ui.properties.GenerationPropertyPage) dialog
                    .getSelectedPage();
            Shell shell = dialog.getShell();
            org.eclipse.swt.widgets.Button onSave = find(shell, org.eclipse.swt.widgets.Button.class,
                    b -> b.getText().equals("&Generate documents when plans are saved"));
            org.eclipse.swt.widgets.Text folder = find(shell, org.eclipse.swt.widgets.Text.class, t -> t.getText().equals("out"));
            org.eclipse.swt.widgets.Button markdown = find(shell, org.eclipse.swt.widgets.Button.class, b -> b.getText().equals("Markdown"));
            assertFalse(onSave.getSelection(), "off by default");

            folder.setText("../elsewhere");
            assertFalse(page.isValid());
            assertTrue(page.getErrorMessage().startsWith("The output folder must be inside the project"), page.getErrorMessage());
            folder.setText("docs/plans");
            assertTrue(page.isValid(), page.getErrorMessage());
            onSave.setSelection(true);
            markdown.setSelection(false);
            assertTrue(page.performOk());
        } finally {
            dialog.close();
        }
        assertEquals(new GenerationSettings(true, "docs/plans", Set.of("html", "ics", "json")), GenerationSettings.of(project));
        assertTrue(project.getFile(".settings/org.gtmplan.lang.ui.prefs").exists(), "kept with the project, for Git");
    }

    @Test
    void savingThePlanWritesTheDocumentsGtmGenerateWrites() throws Exception {
        enableGenerationOnSave();
        IFolder out = project.getFolder("out");
        GtmEditor editor = Workbench.open(plan);
        editor.document().replace(editor.document().get().indexOf("\"Price band and promotions\""), "\"Price band and promotions\"".length(),
                "\"Price band, promotions and bundles\"");
        editor.doSave(null);
        Workbench.waitForBuild();
        assertTrue(Workbench.read(out.getFile("MateX.md")).contains("Price band, promotions and bundles"), "the saved text is generated");
        assertSameAsGtmGenerate(out);
        assertEquals(List.of(), generationMarkers());
    }

    @Test
    void turningGenerationOnInAGtmProjectGeneratesAtOnceAndOnlyThen() throws Exception {
        org.gtmplan.lang.ui.builder.GtmNature.add(project, null);
        Workbench.waitForBuild();
        assertFalse(project.getFolder("out").exists(), "off by default: nothing is written");
        new GenerationSettings(true, "out", Set.of("md")).store(project);
        Workbench.waitForBuild();
        assertEquals(List.of("MateX.md"), names(project.getFolder("out")), "the settings file changed: the project is built again");
    }

    @Test
    void withAnErrorNothingIsWrittenTheFilesStayAndTheProjectSaysWhy() throws Exception {
        enableGenerationOnSave();
        IFile markdown = project.getFolder("out").getFile("MateX.md");
        String before = Workbench.read(markdown);
        long stamp = markdown.getModificationStamp();

        Workbench.write(plan, Workbench.read(plan).replace("owner alice", "owner zoe").replace("Price band and promotions", "Price band only"));
        List<IMarker> markers = generationMarkers();
        assertEquals(1, markers.size());
        assertEquals("Documents not generated: the plans have 1 error; fix it first (see the Problems view)",
                markers.get(0).getAttribute(IMarker.MESSAGE, ""));
        assertEquals(IMarker.SEVERITY_INFO, markers.get(0).getAttribute(IMarker.SEVERITY, -1));
        assertEquals(before, Workbench.read(markdown), "the documents of the last good plan stay");
        assertEquals(stamp, markdown.getModificationStamp(), "and are not touched");

        Workbench.write(plan, Workbench.read(plan).replace("owner zoe", "owner alice"));
        assertEquals(List.of(), generationMarkers());
        assertTrue(Workbench.read(markdown).contains("Price band only"));
    }

    @Test
    void aFileWhoseBytesAreRightIsLeftAloneAndAForeignFileIsNeverDeleted() throws Exception {
        enableGenerationOnSave();
        IFolder out = project.getFolder("out");
        IFile notes = out.getFile("notes.txt");
        notes.create(new ByteArrayInputStream("mine".getBytes(StandardCharsets.UTF_8)), true, null);
        IFile oldCalendar = out.getFile("MateX-old.ics");
        oldCalendar.create(new ByteArrayInputStream("BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8)), true, null);
        long htmlStamp = out.getFile("MateX.html").getModificationStamp();

        Workbench.write(plan, Workbench.read(plan).replace("Price band and promotions", "Price band only"));
        Workbench.waitForBuild();
        assertTrue(Workbench.read(out.getFile("MateX.md")).contains("Price band only"));
        assertEquals("mine", Workbench.read(notes));
        assertEquals("BEGIN:VCALENDAR", Workbench.read(oldCalendar));
        assertFalse(notes.isDerived(), "a foreign file is not claimed as generated");
        List<String> expected = new ArrayList<>(gtmGenerate(Files.createTempDirectory("gtm-generate")));
        expected.addAll(List.of("MateX-old.ics", "notes.txt"));
        assertEquals(expected.stream().sorted().toList(), names(out));
        // The task's title is in the checklist too, so the HTML was written again.
        assertTrue(out.getFile("MateX.html").getModificationStamp() != htmlStamp);
    }

    @Test
    void anOutputFolderOutsideTheProjectIsRefusedWithAMessage() throws Exception {
        new GenerationSettings(true, "../elsewhere", Set.of()).store(project);
        org.gtmplan.lang.ui.builder.GtmNature.add(project, null);
        List<IMarker> markers = generationMarkers();
        assertEquals(1, markers.size());
        assertTrue(markers.get(0).getAttribute(IMarker.MESSAGE, "").startsWith("Documents not generated: The output folder must be inside the project"),
                markers.get(0).getAttribute(IMarker.MESSAGE, ""));
        assertFalse(project.getLocation().removeLastSegments(1).append("elsewhere").toFile().exists(), "nothing outside the project");
    }

    /** Selects {@code resource} in the Project Explorer and runs Generate Documents as its context menu does; the dialog's text. */
    private String generateFromProjectExplorer(IResource resource) throws Exception {
        IViewPart explorer = Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
        ((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(resource));
        Workbench.settle();
        assertEquals(List.of(resource), ((StructuredSelection) explorer.getSite().getSelectionProvider().getSelection()).toList());
        explorer.getSite().getService(IHandlerService.class).executeCommand("org.gtmplan.lang.ui.generateDocuments", null);
        Job.getJobManager().join(GenerateDocumentsJob.FAMILY, null);
        Shell[] dialog = { null };
        Workbench.waitUntil("the Generate Documents dialog", () -> {
            for (Shell shell : Display.getCurrent().getShells()) {
                if (GenerateDocumentsHandler.DIALOG_TITLE.equals(shell.getText()) && shell.isVisible()) {
                    dialog[0] = shell;
                }
            }
            return dialog[0] != null;
        });
        String message = labels(dialog[0]);
        dialog[0].close();
        return message;
    }

    /** The texts of the labels of a dialog: what the user reads. */
    private static String labels(org.eclipse.swt.widgets.Composite parent) {
        StringBuilder text = new StringBuilder();
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Label label) {
                text.append(label.getText());
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                text.append(labels(composite));
            }
        }
        return text.toString();
    }

    @Test
    void theGenerateCommandWritesTheDocumentsOfTheSelectedFileIntoTheConfiguredFolder() throws Exception {
        new GenerationSettings(false, "generated", Set.of()).store(project);
        String message = generateFromProjectExplorer(plan);
        IFolder folder = project.getFolder("generated");
        assertSameAsGtmGenerate(folder);
        assertTrue(message.startsWith(project.getName() + ": Wrote "), message);
        assertTrue(message.contains("into generated") && message.contains("MateX.html"), message);

        String again = generateFromProjectExplorer(project);
        assertTrue(again.matches(project.getName() + ": The \\d+ documents in generated are already up to date"),
                "a second run finds every file up to date: " + again);
    }

    @Test
    void theGenerateCommandOnAPlanWithErrorsWritesNothingAndSaysHowMany() throws Exception {
        Workbench.write(plan, Workbench.read(plan).replace("owner alice", "owner zoe").replace("pillar price owner carol {", "pillar price owner yves {"));
        String message = generateFromProjectExplorer(plan);
        assertFalse(project.getFolder("out").exists(), "nothing is written");
        assertTrue(message.contains("Documents not generated: the plans have 2 errors"), message);
    }
}
