package org.gtmplan.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.gtmplan.lang.ui.builder.GenerationSettings;
import org.gtmplan.lang.ui.builder.GtmNature;
import org.gtmplan.lang.ui.properties.GenerationPropertyPage;
import org.junit.jupiter.api.Test;

/**
 * Photographs, for docs/eclipse.md, the project's GTM Plan property page and the Project Explorer
 * with the documents the builder generated; runs only when releng/scripts/eclipse-screenshot.sh sets
 * {@code gtm.screenshot} (the pictures go beside that file).
 */
class BuilderScreenshotTest {

    private static void photograph(Path file) throws Exception {
        Workbench.settle();
        Process shot = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
        assertEquals(0, shot.waitFor());
    }

    @Test
    void photographThePropertyPageAndTheGeneratedDocuments() throws Exception {
        String target = System.getProperty("gtm.screenshot", "");
        assumeTrue(!target.isBlank(), "no gtm.screenshot given");
        Path folder = Path.of(target).toAbsolutePath().getParent();
        Files.createDirectories(folder);
        IProject project = Workbench.exampleProject();
        Shell shell = Workbench.page().getWorkbenchWindow().getShell();
        shell.setBounds(shell.getDisplay().getPrimaryMonitor().getBounds());

        new GenerationSettings(true, "out", Set.of()).store(project);
        GtmNature.add(project, null);
        Workbench.waitForBuild();
        assertTrue(project.getFolder("out").getFile("MateX.html").exists());
        IViewPart explorer = Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
        Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        // Room for the whole project tree: the plans and the documents made from them.
        org.eclipse.ui.IViewPart outline = Workbench.page().findView(IPageLayout.ID_OUTLINE);
        if (outline != null) {
            Workbench.page().hideView(outline);
        }
        ((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(project.getFolder("out").getFile("MateX.html")));
        Workbench.page().activate(explorer);
        photograph(folder.resolve("eclipse-generated.png"));

        // The context menu of a plan, with Generate Documents.
        ((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(project.getFile("phone-launch.gtm")));
        Workbench.settle();
        org.eclipse.swt.widgets.Control tree = ProjectExplorerMenuTest.treeOf(explorer);
        org.eclipse.swt.widgets.Menu menu = tree.getMenu();
        ProjectExplorerMenuTest.collect(menu, "", new java.util.ArrayList<>());
        org.eclipse.swt.graphics.Rectangle item = ((org.eclipse.swt.widgets.Tree) tree).getSelection()[0].getBounds();
        menu.setLocation(tree.toDisplay(tree.getSize().x - 20, item.y + item.height / 2 - 200));
        menu.setVisible(true);
        photograph(folder.resolve("eclipse-generate-command.png"));
        menu.setVisible(false);
        Workbench.settle();

        // What the command says when it has run.
        explorer.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand("org.gtmplan.lang.ui.generateDocuments", null);
        org.eclipse.core.runtime.jobs.Job.getJobManager().join(org.gtmplan.lang.ui.commands.GenerateDocumentsJob.FAMILY, null);
        Shell[] reported = { null };
        Workbench.waitUntil("the Generate Documents dialog", () -> {
            for (Shell candidate : shell.getDisplay().getShells()) {
                if (org.gtmplan.lang.ui.commands.GenerateDocumentsHandler.DIALOG_TITLE.equals(candidate.getText()) && candidate.isVisible()) {
                    reported[0] = candidate;
                }
            }
            return reported[0] != null;
        });
        photograph(folder.resolve("eclipse-generate-dialog.png"));
        reported[0].close();

        PreferenceDialog dialog = PreferencesUtil.createPropertyDialogOn(shell, project, GenerationPropertyPage.ID,
                new String[] { GenerationPropertyPage.ID }, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        photograph(folder.resolve("eclipse-properties.png"));
        dialog.close();
        Workbench.closeAll();
        project.delete(true, null);
    }
}
