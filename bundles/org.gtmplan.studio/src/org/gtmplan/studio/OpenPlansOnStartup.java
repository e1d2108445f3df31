package org.gtmplan.studio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;

/**
 * Opens the plans named on the command line ({@code ./gtm-studio FILE.gtm|FOLDER}) once the
 * workbench is up: a file in the GTM editor, a folder's plans each in one. A launcher-less product
 * gets no open-file events from a native launcher, so the paths come as application arguments.
 */
public final class OpenPlansOnStartup implements IStartup {

    /** A folder with more plans than this opens in the Project Explorer only. */
    static final int MOST_EDITORS_FOR_A_FOLDER = 12;

    private static final ILog LOG = ILog.of(OpenPlansOnStartup.class);

    @Override
    public void earlyStartup() {
        PlanArguments request = PlanArguments.of(Platform.getApplicationArgs(), Path.of(System.getProperty("user.dir")));
        if (request.isEmpty()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> {
            IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
            if (window == null && workbench.getWorkbenchWindowCount() > 0) {
                window = workbench.getWorkbenchWindows()[0];
            }
            if (window != null && window.getActivePage() != null) {
                open(request, window);
            }
        });
    }

    private static void open(PlanArguments request, IWorkbenchWindow window) {
        List<String> problems = new ArrayList<>(request.problems());
        PlanFolderProjects projects = new PlanFolderProjects();
        IWorkbenchPage page = window.getActivePage();
        for (Path folder : request.folders()) {
            try {
                IContainer container = projects.containerFor(folder);
                reveal(page, container);
                List<IFile> plans = plansIn(container);
                if (plans.size() <= MOST_EDITORS_FOR_A_FOLDER) {
                    for (IFile plan : plans) {
                        IDE.openEditor(page, plan, true);
                    }
                }
            } catch (CoreException e) {
                problems.add(folder + ": " + e.getStatus().getMessage());
            }
        }
        for (Path file : request.files()) {
            try {
                IFile plan = projects.fileFor(file);
                reveal(page, plan);
                IDE.openEditor(page, plan, true);
            } catch (CoreException e) {
                problems.add(file + ": " + e.getStatus().getMessage());
            }
        }
        if (!problems.isEmpty()) {
            String message = "GTM Studio could not open:\n" + String.join("\n", problems);
            LOG.warn(message);
            MessageDialog.openWarning(window.getShell(), "GTM Studio", message);
        }
    }

    private static List<IFile> plansIn(IContainer container) throws CoreException {
        return Arrays.stream(container.members())
                .filter(member -> member.getType() == IResource.FILE && member.getName().endsWith(PlanArguments.EXTENSION))
                .map(IFile.class::cast)
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .toList();
    }

    private static void reveal(IWorkbenchPage page, IResource resource) {
        IViewPart explorer = page.findView(IPageLayout.ID_PROJECT_EXPLORER);
        if (explorer instanceof ISetSelectionTarget target) {
            target.selectReveal(new StructuredSelection(resource));
        }
    }
}
