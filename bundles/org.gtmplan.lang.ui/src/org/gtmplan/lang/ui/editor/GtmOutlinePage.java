package org.gtmplan.lang.ui.editor;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.gtmplan.lang.ide.editing.PlanEditing;
import org.gtmplan.lang.ide.editing.PlanEditing.OutlineNode;
import org.gtmplan.lang.ui.GtmUiPlugin;

/** The Outline view of a plan: the language server's document symbols; selecting one reveals it. */
class GtmOutlinePage extends ContentOutlinePage {

    private final GtmEditor editor;

    GtmOutlinePage(GtmEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object element) {
                return ((OutlineNode) element).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((OutlineNode) element).children().isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                OutlineNode node = (OutlineNode) element;
                return node.detail() == null || node.detail().isBlank() ? node.name() : node.name() + " : " + node.detail();
            }
        });
        viewer.addSelectionChangedListener(event -> {
            if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof OutlineNode node) {
                editor.selectAndReveal(node.nameOffset(), node.nameLength());
            }
        });
        List<OutlineNode> nodes = editor.withPlan(p -> GtmUiPlugin.get(PlanEditing.class).outline(p));
        viewer.setInput(nodes == null ? List.of() : nodes);
        viewer.expandToLevel(2);
    }

    /** Shows {@code nodes}; callable from any thread. */
    void show(List<OutlineNode> nodes) {
        Control control = getControl();
        if (control == null || control.isDisposed() || nodes == null) {
            return;
        }
        control.getDisplay().asyncExec(() -> {
            if (!control.isDisposed()) {
                Object[] expanded = getTreeViewer().getExpandedElements();
                getTreeViewer().setInput(nodes);
                getTreeViewer().expandToLevel(2);
            }
        });
    }

    @Override
    public void dispose() {
        editor.outlineClosed();
        super.dispose();
    }
}
