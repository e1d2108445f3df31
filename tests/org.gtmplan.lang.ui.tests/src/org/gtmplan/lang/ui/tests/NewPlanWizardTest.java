package org.gtmplan.lang.ui.tests;

import static org.gtmplan.lang.ui.tests.Workbench.annotations;
import static org.gtmplan.lang.ui.tests.Workbench.markers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardCategory;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.gtmplan.lang.template.PlanTemplate;
import org.gtmplan.lang.ui.editor.GtmAnnotation;
import org.gtmplan.lang.ui.editor.GtmEditor;
import org.gtmplan.lang.ui.wizard.NewPlanPage;
import org.gtmplan.lang.ui.wizard.NewPlanWizard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** File > New > Other > GTM Plan, filled in as a person would, in a real workbench. */
class NewPlanWizardTest {

    private IProject project;
    private WizardDialog dialog;

    @BeforeEach
    void createProject() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard" + System.nanoTime());
        project.create(null);
        project.open(null);
    }

    @AfterEach
    void close() throws Exception {
        if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
            dialog.close();
        }
        Workbench.closeAll();
        project.delete(true, null);
    }

    /** The wizard as File > New > Other finds it: by its category and id in the workbench's registry. */
    private NewPlanWizard openFromRegistry() throws Exception {
        IWizardCategory category = PlatformUI.getWorkbench().getNewWizardRegistry().findCategory("org.gtmplan.lang.ui.wizards");
        assertNotNull(category, "the GTM Plan category of File > New > Other");
        assertEquals("GTM Plan", category.getLabel());
        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(NewPlanWizard.ID);
        assertNotNull(descriptor);
        assertTrue(List.of(category.getWizards()).contains(descriptor));
        IWorkbenchWizard wizard = descriptor.createWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return (NewPlanWizard) wizard;
    }

    @Test
    void writesTheTemplateOfGtmNewAndItValidates() throws Exception {
        NewPlanWizard wizard = openFromRegistry();
        NewPlanPage page = wizard.page();
        assertEquals(project.getName(), page.folderField().getText(), "the selected project is the folder");
        assertFalse(wizard.canFinish(), "no name yet");

        page.nameField().setText("Nova");
        page.day0Field().setText("2027-03-15");
        assertTrue(wizard.canFinish(), page.getErrorMessage());
        assertTrue(wizard.performFinish());
        dialog.close();

        IFile file = project.getFile("Nova.gtm");
        assertEquals(file, wizard.created());
        assertEquals(PlanTemplate.newPlan("Nova", LocalDate.of(2027, 3, 15)),
                new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8), "the same text as gtm new Nova --day0 2027-03-15");

        assertTrue(Workbench.page().getActiveEditor() instanceof GtmEditor, "the new plan opens in the GTM editor");
        GtmEditor editor = (GtmEditor) Workbench.page().getActiveEditor();
        assertEquals(file, editor.file());
        Workbench.waitUntil("the first validation", () -> editor.reconcileCount() > 0);
        assertEquals(List.of(), annotations(editor).stream().map(GtmAnnotation::getText).toList());
        Workbench.settle();
        assertEquals(List.of(), markers(file).stream().map(m -> m.getAttribute("message", "")).toList());
    }

    @Test
    void refusesBadNamesBadDaysAndAnExistingFile() throws Exception {
        IFile existing = project.getFile("Nova.gtm");
        existing.create(new ByteArrayInputStream("// mine\n".getBytes(StandardCharsets.UTF_8)), true, null);
        NewPlanWizard wizard = openFromRegistry();
        NewPlanPage page = wizard.page();

        page.nameField().setText("9lives");
        assertFalse(wizard.canFinish());
        assertEquals(PlanTemplate.nameProblem("9lives") + ".", page.getErrorMessage());

        page.nameField().setText("Nova2");
        page.day0Field().setText("2027-02-30");
        assertFalse(wizard.canFinish());
        assertEquals("'2027-02-30' is not a calendar day (write YYYY-MM-DD).", page.getErrorMessage());

        page.day0Field().setText("2027-03-15");
        page.nameField().setText("Nova");
        assertFalse(wizard.canFinish());
        assertTrue(page.getErrorMessage().contains("already exists"), page.getErrorMessage());
        assertEquals("// mine\n", new String(existing.getContents().readAllBytes(), StandardCharsets.UTF_8));

        page.folderField().setText("no-such-project");
        page.nameField().setText("Other");
        assertFalse(wizard.canFinish());
        assertTrue(page.getErrorMessage().contains("not an open project or folder"), page.getErrorMessage());
    }
}
