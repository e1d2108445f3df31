package org.gtmplan.lang.ui.commands;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * "Generate Documents" on {@code .gtm} files, folders and projects: runs {@link GenerateDocumentsJob}
 * and then says, in a dialog, what was written or why nothing was. The dialog does not block the
 * workbench (the user may go on while it is open).
 */
public class GenerateDocumentsHandler extends AbstractHandler {

    public static final String DIALOG_TITLE = "Generate Documents";

    @Override
    public Object execute(ExecutionEvent event) {
        List<IResource> chosen = SelectedResources.of(event);
        // The active shell can be one that was just closed (a dialog a moment ago): then the window's.
        Shell active = HandlerUtil.getActiveShell(event);
        Shell shell = active != null && !active.isDisposed() ? active
                : HandlerUtil.getActiveWorkbenchWindow(event) == null ? null : HandlerUtil.getActiveWorkbenchWindow(event).getShell();
        Display display = shell != null && !shell.isDisposed() ? shell.getDisplay() : Display.getDefault();
        if (chosen.isEmpty()) {
            show(shell, List.of("Select .gtm files, folders or projects to generate the documents of."), true);
            return null;
        }
        new GenerateDocumentsJob(chosen, messages -> display.asyncExec(() -> show(shell, messages,
                messages.stream().anyMatch(m -> m.contains("not generated") || m.contains("nothing written"))))).schedule();
        return null;
    }

    private static void show(Shell shell, List<String> messages, boolean problem) {
        Shell parent = shell == null || shell.isDisposed() ? null : shell;
        MessageDialog dialog = new MessageDialog(parent, DIALOG_TITLE, null, String.join("\n\n", messages),
                problem ? MessageDialog.WARNING : MessageDialog.INFORMATION, 0, "OK");
        dialog.setBlockOnOpen(false);
        dialog.open();
    }
}
