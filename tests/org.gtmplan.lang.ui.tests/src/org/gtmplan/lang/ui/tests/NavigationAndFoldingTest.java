package org.gtmplan.lang.ui.tests;

import static org.gtmplan.lang.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.gtmplan.lang.ui.editor.GtmEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Go to definition (F3 and Ctrl+click), folding and the outline of the GTM editor, in a real workbench. */
class NavigationAndFoldingTest {

    private static final String OPEN_DECLARATION = "org.gtmplan.lang.ui.openDeclaration";

    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.exampleProject();
    }

    @AfterEach
    void close() throws Exception {
        Workbench.closeAll();
        project.delete(true, null);
    }

    @Test
    void f3OnAnOwnerOpensThePersonInTheLibrary() throws Exception {
        GtmEditor editor = Workbench.open(project.getFile("phone-launch.gtm"));
        int owner = editor.document().get().indexOf("owner bob") + "owner ".length();
        editor.getSelectionProvider().setSelection(new TextSelection(owner + 1, 0));

        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        assertEquals("F3", bindings.getBestActiveBindingFormattedFor(OPEN_DECLARATION));
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(OPEN_DECLARATION, null);

        IEditorPart active = Workbench.page().getActiveEditor();
        assertTrue(active instanceof GtmEditor, "the library opens in the GTM editor: " + active);
        GtmEditor library = (GtmEditor) active;
        assertEquals(project.getFile("org.gtm"), library.file());
        ITextSelection selection = (ITextSelection) library.getSelectionProvider().getSelection();
        assertEquals("bob", selection.getText());
        assertEquals(library.document().get().indexOf("person bob") + "person ".length(), selection.getOffset());
    }

    @Test
    void ctrlClickOnADatesAnchorGoesToTheGate() throws Exception {
        GtmEditor editor = Workbench.open(project.getFile("phone-launch.gtm"));
        String text = editor.document().get();
        int anchor = text.indexOf("due GR2+20wd") + "due ".length();

        IHyperlinkDetector[] detectors = editor.configuration().getHyperlinkDetectors(editor.viewer());
        IHyperlink[] links = detectors[0].detectHyperlinks(editor.viewer(), new Region(anchor + 1, 0), false);
        assertNotNull(links, "a link on GR2");
        assertEquals(new Region(anchor, "GR2".length()), links[0].getHyperlinkRegion());
        links[0].open();

        assertSame(editor, Workbench.page().getActiveEditor());
        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals(text.indexOf("gate GR2") + "gate ".length(), selection.getOffset());
        assertEquals("GR2", selection.getText());
        assertEquals(null, detectors[0].detectHyperlinks(editor.viewer(), new Region(text.indexOf("workstream"), 0), false),
                "no link on a keyword");
    }

    @Test
    void blocksFoldAndUnfold() throws Exception {
        GtmEditor editor = Workbench.open(project.getFile("phone-launch.gtm"));
        IDocument document = editor.document();
        ProjectionViewer viewer = (ProjectionViewer) editor.viewer();
        ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
        int workstream = document.get().indexOf("    workstream product");
        waitUntil("the folding regions", () -> foldAt(model, workstream) != null);

        ProjectionAnnotation fold = foldAt(model, workstream);
        Position position = model.getPosition(fold);
        int foldedLines = document.getLineOfOffset(position.getOffset() + position.getLength() - 1) - document.getLineOfOffset(workstream);
        assertTrue(foldedLines >= 2, "the workstream spans its tasks: " + position);
        int lines = viewer.getTextWidget().getLineCount();

        model.collapse(fold);
        assertEquals(lines - foldedLines, viewer.getTextWidget().getLineCount(), "the body is hidden, the first line stays");
        model.expand(fold);
        assertEquals(lines, viewer.getTextWidget().getLineCount());

        // An edit elsewhere keeps the region (and whether it is collapsed).
        model.collapse(fold);
        int before = editor.reconcileCount();
        document.replace(document.get().indexOf("    milestone eol"), 0, "    // the end\n");
        Workbench.waitForReconcile(editor, before);
        Workbench.settle();
        assertSame(fold, foldAt(model, workstream + "    // the end\n".length()));
        assertTrue(fold.isCollapsed());
    }

    @Test
    void theOutlineListsTheGatesAndSelectingOneRevealsIt() throws Exception {
        GtmEditor editor = Workbench.open(project.getFile("phone-launch.gtm"));
        Workbench.page().showView(IPageLayout.ID_OUTLINE);
        Workbench.page().activate(editor);
        IContentOutlinePage outline = editor.getAdapter(IContentOutlinePage.class);
        waitUntil("the outline", () -> outline.getControl() instanceof Tree tree && tree.getItemCount() > 0);
        Tree tree = (Tree) outline.getControl();
        TreeItem planItem = tree.getItem(0);
        assertEquals("MateX : Mate X 全球上市", planItem.getText());
        List<String> children = Arrays.stream(planItem.getItems()).map(TreeItem::getText).toList();
        assertTrue(children.contains("GR2 : 启动拓展") && children.contains("GR4 : 上市准备"), children.toString());
        assertTrue(children.indexOf("GR2 : 启动拓展") < children.indexOf("GR4 : 上市准备"), "in the plan's order: " + children);

        TreeItem gr4 = Arrays.stream(planItem.getItems()).filter(i -> i.getText().startsWith("GR4")).findFirst().orElseThrow();
        outline.setSelection(new StructuredSelection(gr4.getData()));
        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals("GR4", selection.getText());
        assertEquals(editor.document().get().indexOf("gate GR4") + "gate ".length(), selection.getOffset());
    }

    private static ProjectionAnnotation foldAt(ProjectionAnnotationModel model, int offset) {
        List<ProjectionAnnotation> found = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation annotation = it.next();
            Position position = model.getPosition(annotation);
            if (annotation instanceof ProjectionAnnotation projection && position != null && position.getOffset() == offset) {
                found.add(projection);
            }
        }
        return found.isEmpty() ? null : found.get(0);
    }
}
