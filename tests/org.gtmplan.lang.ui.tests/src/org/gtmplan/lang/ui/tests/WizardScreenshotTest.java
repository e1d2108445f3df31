package org.gtmplan.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.gtmplan.lang.ui.wizard.NewPlanPage;
import org.gtmplan.lang.ui.wizard.NewPlanWizard;
import org.junit.jupiter.api.Test;

/**
 * Photographs, for docs/eclipse.md, the New Plan wizard refusing a launch day that is no calendar
 * day; runs only when releng/scripts/eclipse-screenshot.sh sets {@code gtm.screenshot} (the picture
 * goes beside that file).
 */
class WizardScreenshotTest {

    @Test
    void photographTheWizardWithADayThatDoesNotExist() throws Exception {
        String target = System.getProperty("gtm.screenshot", "");
        assumeTrue(!target.isBlank(), "no gtm.screenshot given");
        Path folder = Path.of(target).toAbsolutePath().getParent();
        Files.createDirectories(folder);
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("launches");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        org.eclipse.swt.widgets.Shell shell = Workbench.page().getWorkbenchWindow().getShell();
        shell.setBounds(shell.getDisplay().getPrimaryMonitor().getBounds());
        IWorkbenchWizard wizard = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(NewPlanWizard.ID).createWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            NewPlanPage page = ((NewPlanWizard) wizard).page();
            page.nameField().setText("Nova");
            page.day0Field().setText("2027-02-30");
            assertFalse(wizard.canFinish());
            assertEquals("'2027-02-30' is not a calendar day (write YYYY-MM-DD).", page.getErrorMessage());
            Workbench.settle();
            Process shot = new ProcessBuilder("import", "-window", "root", folder.resolve("eclipse-wizard.png").toString())
                    .inheritIO().start();
            assertEquals(0, shot.waitFor());
        } finally {
            dialog.close();
            Workbench.closeAll();
            project.delete(true, null); // out of the other pictures' Project Explorer
        }
    }
}
