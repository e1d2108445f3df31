package org.gtmplan.lang.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.custom.StyledText;
import org.gtmplan.lang.ide.editing.PlanEditing.Fold;

/**
 * The folding ruler of the GTM editor: one projection annotation per {@link Fold}. A region that
 * is still there after an edit keeps its annotation, so what the reader collapsed stays collapsed.
 */
final class PlanFolding {

    private final ProjectionViewer viewer;

    PlanFolding(ProjectionViewer viewer) {
        this.viewer = viewer;
    }

    /** Shows {@code folds}; callable from any thread, applied in the display's thread. */
    void show(List<Fold> folds) {
        StyledText widget = viewer.getTextWidget();
        if (folds == null || widget == null || widget.isDisposed()) {
            return;
        }
        widget.getDisplay().asyncExec(() -> {
            if (!widget.isDisposed()) {
                update(folds);
            }
        });
    }

    private void update(List<Fold> folds) {
        ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
        if (model == null) {
            return;
        }
        Map<Position, Annotation> existing = new HashMap<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation annotation = it.next();
            Position position = model.getPosition(annotation);
            if (annotation instanceof ProjectionAnnotation && position != null && !position.isDeleted()) {
                existing.put(new Position(position.getOffset(), position.getLength()), annotation);
            }
        }
        Map<Annotation, Position> added = new HashMap<>();
        int length = viewer.getDocument() == null ? 0 : viewer.getDocument().getLength();
        for (Fold fold : folds) {
            if (fold.offset() + fold.length() > length) {
                continue;
            }
            Position position = new Position(fold.offset(), fold.length());
            if (existing.remove(position) == null) {
                added.put(new ProjectionAnnotation(), position);
            }
        }
        List<Annotation> deleted = new ArrayList<>(existing.values());
        if (!deleted.isEmpty() || !added.isEmpty()) {
            model.modifyAnnotations(deleted.toArray(Annotation[]::new), added, null);
        }
    }
}
