package org.gtmplan.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.gtmplan.lang.ui.builder.GtmNature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The builder's commands where a user looks for them: the Project Explorer's context menu and its Configure submenu. */
class ProjectExplorerMenuTest {

    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.exampleProject();
    }

    @AfterEach
    void deleteProject() throws Exception {
        project.delete(true, null);
    }

    /** The labels of the context menu the Project Explorer shows for {@code resource}, submenus as "Parent > Item". */
    static List<String> contextMenu(IResource resource) throws Exception {
        IViewPart explorer = Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
        ((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(resource));
        Workbench.settle();
        Menu menu = treeOf(explorer).getMenu();
        List<String> labels = new ArrayList<>();
        collect(menu, "", labels);
        menu.notifyListeners(SWT.Hide, new org.eclipse.swt.widgets.Event());
        return labels;
    }

    static Control treeOf(IViewPart explorer) {
        return ((org.eclipse.jface.viewers.Viewer) explorer.getSite().getSelectionProvider()).getControl();
    }

    static void collect(Menu menu, String prefix, List<String> labels) {
        menu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
        for (MenuItem item : menu.getItems()) {
            String label = item.getText().replace("&", "");
            if (!label.isEmpty()) {
                labels.add(prefix + label);
            }
            if (item.getMenu() != null) {
                collect(item.getMenu(), prefix + label + " > ", labels);
            }
        }
    }

    @Test
    void configureOffersToConvertAProjectAndThenToRemoveTheNature() throws Exception {
        List<String> before = contextMenu(project);
        assertTrue(before.contains("Configure > Convert to GTM Plan Project"), before.toString());
        assertFalse(before.contains("Configure > Remove GTM Plan Nature"), before.toString());
        GtmNature.add(project, null);
        Workbench.waitForBuild();
        List<String> after = contextMenu(project);
        assertTrue(after.contains("Configure > Remove GTM Plan Nature"), after.toString());
        assertFalse(after.contains("Configure > Convert to GTM Plan Project"), after.toString());
    }

    @Test
    void generateDocumentsIsOfferedOnPlansFoldersAndProjectsButNotOnOtherFiles() throws Exception {
        assertTrue(contextMenu(project.getFile("phone-launch.gtm")).contains("Generate Documents"));
        assertTrue(contextMenu(project).contains("Generate Documents"));
        org.eclipse.core.resources.IFile notes = project.getFile("notes.txt");
        notes.create(new java.io.ByteArrayInputStream(new byte[] { 'x' }), true, null);
        List<String> onNotes = contextMenu(notes);
        assertFalse(onNotes.contains("Generate Documents"), onNotes.toString());
        assertEquals(1, contextMenu(project.getFile("org.gtm")).stream().filter("Generate Documents"::equals).count());
    }
}
