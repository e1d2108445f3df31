package org.gtmplan.lang.ui.wizard;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.ide.IDE;
import org.gtmplan.lang.template.PlanTemplate;
import org.gtmplan.lang.ui.GtmUiPlugin;
import org.gtmplan.lang.ui.editor.GtmEditor;

/**
 * File > New > Other > GTM Plan > GTM Plan: writes the IPMS template that {@code gtm new} writes
 * into a folder of the workspace and opens it. It never overwrites a file.
 */
public class NewPlanWizard extends Wizard implements INewWizard {

    public static final String ID = "org.gtmplan.lang.ui.newPlan";

    private IWorkbench workbench;
    private NewPlanPage page;
    private IFile created;

    public NewPlanWizard() {
        setWindowTitle("New GTM Plan");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        page = new NewPlanPage(selection);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    public NewPlanPage page() {
        return page;
    }

    /** The file the wizard wrote; null before it finished. */
    public IFile created() {
        return created;
    }

    @Override
    public boolean performFinish() {
        IFile file = page.target();
        byte[] text = PlanTemplate.newPlan(page.planName(), page.day0()).getBytes(StandardCharsets.UTF_8);
        WorkspaceModifyOperation write = new WorkspaceModifyOperation(file.getParent()) {
            @Override
            protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
                // force=false, and create() refuses an existing file: nothing a user wrote is replaced.
                file.create(new ByteArrayInputStream(text), false, monitor);
                file.setCharset(StandardCharsets.UTF_8.name(), monitor);
            }
        };
        try {
            getContainer().run(false, false, write);
        } catch (InvocationTargetException e) {
            String reason = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            page.setErrorMessage("Cannot write " + file.getFullPath() + ": " + reason);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        created = file;
        open(file);
        return true;
    }

    private void open(IFile file) {
        IWorkbenchPage active = workbench == null || workbench.getActiveWorkbenchWindow() == null ? null
                : workbench.getActiveWorkbenchWindow().getActivePage();
        if (active == null) {
            return;
        }
        try {
            IDE.openEditor(active, file, GtmEditor.ID, true);
        } catch (PartInitException e) {
            GtmUiPlugin.getDefault().getLog().warn("cannot open " + file.getFullPath(), e);
            MessageDialog.openWarning(getShell(), "New GTM Plan", "The plan was written, but cannot be opened: " + e.getMessage());
        }
    }
}
