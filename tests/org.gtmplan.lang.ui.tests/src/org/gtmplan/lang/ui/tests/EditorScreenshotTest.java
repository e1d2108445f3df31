package org.gtmplan.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.gtmplan.lang.ui.GtmProblemMarkers;
import org.gtmplan.lang.ui.editor.GtmEditor;
import org.junit.jupiter.api.Test;

/**
 * Photographs the editor with a problem, the Problems view and the Outline, then the same problem
 * with its quick-fix offered (Ctrl+1, written beside it as eclipse-quickfix.png), for docs/eclipse.md;
 * runs only when releng/scripts/eclipse-screenshot.sh sets {@code gtm.screenshot} to the file to write.
 */
class EditorScreenshotTest {

    @Test
    void photographTheEditorWithAProblem() throws Exception {
        String target = System.getProperty("gtm.screenshot", "");
        assumeTrue(!target.isBlank(), "no gtm.screenshot given");
        IProject project = Workbench.exampleProject();
        Shell shell = Workbench.page().getWorkbenchWindow().getShell();
        shell.setBounds(shell.getDisplay().getPrimaryMonitor().getBounds());
        Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
        Workbench.page().showView(IPageLayout.ID_OUTLINE);
        Workbench.page().showView(IPageLayout.ID_PROBLEM_VIEW);
        GtmEditor editor = Workbench.open(project.getFile("phone-launch.gtm"));
        IDocument document = editor.document();
        String written = "task samples \"Retail demo units\" owner bob";
        int offset = document.get().indexOf(written) + written.length() - "bob".length();
        int before = editor.reconcileCount();
        document.replace(offset, 3, "zoe");
        Workbench.waitForReconcile(editor, before);
        editor.doSave(null);
        Workbench.waitUntil("the marker", () -> Workbench.markers(project.getFile("phone-launch.gtm")).stream()
                .anyMatch(m -> "unresolved-reference".equals(m.getAttribute(GtmProblemMarkers.CODE, ""))));
        editor.selectAndReveal(offset + 3, 0);
        Workbench.page().activate(editor);
        Workbench.settle();
        expandErrors(shell);
        Workbench.settle();
        Path file = Path.of(target).toAbsolutePath();
        photograph(file);

        // The same problem with its quick-fix offered: Ctrl+1 at the unknown owner.
        editor.selectAndReveal(offset + 1, 0);
        editor.viewer().getTextWidget().setFocus();
        ((org.eclipse.jface.text.ITextOperationTarget) editor.viewer()).doOperation(org.eclipse.jface.text.source.ISourceViewer.QUICK_ASSIST);
        Workbench.settle();
        photograph(file.resolveSibling("eclipse-quickfix.png"));
        Workbench.closeAll();
        project.delete(true, null);
    }

    private static void photograph(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Process shot = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
        assertEquals(0, shot.waitFor());
    }

    /** Opens the Problems view's "Errors" group, so the picture shows the marker's line. */
    private static void expandErrors(org.eclipse.swt.widgets.Composite parent) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Tree tree) {
                for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
                    if (item.getText().startsWith("Errors")) {
                        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
                        event.item = item;
                        tree.notifyListeners(org.eclipse.swt.SWT.Expand, event);
                        item.setExpanded(true);
                    }
                }
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                expandErrors(composite);
            }
        }
    }
}
