package org.gtmplan.lang.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.xtext.validation.Issue;
import org.gtmplan.lang.ide.editing.ParsedPlan;
import org.gtmplan.lang.ui.GtmProblemMarkers;

/**
 * Problems as you type: after each pause the reconciler thread parses the text with its project
 * ({@link GtmEditor#withPlan}), validates it with every check and replaces the editor's
 * {@link GtmAnnotation}s. While the editor is open its own annotations show the problems, so the
 * annotations of the file's markers (which follow the saved text) are hidden.
 */
class GtmReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

    private final GtmEditor editor;
    private final ISourceViewer viewer;
    private List<Annotation> shown = new ArrayList<>();

    GtmReconcilingStrategy(GtmEditor editor, ISourceViewer viewer) {
        this.editor = editor;
        this.viewer = viewer;
    }

    @Override
    public void setDocument(IDocument document) {
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        reconcile();
    }

    /** The mono reconciler validates the text it was opened with only through this. */
    @Override
    public void initialReconcile() {
        reconcile();
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
    }

    @Override
    public void reconcile(IRegion partition) {
        reconcile();
    }

    private void reconcile() {
        ParsedPlan plan = editor.withPlan(p -> p);
        IAnnotationModel model = editor.annotationModel();
        if (plan == null || model == null) {
            return;
        }
        Map<Annotation, Position> added = new HashMap<>();
        int length = plan.text().length();
        for (Issue issue : plan.issues()) {
            int offset = issue.getOffset() == null ? 0 : Math.min(issue.getOffset(), length);
            int issueLength = issue.getLength() == null ? 0 : Math.min(issue.getLength(), length - offset);
            added.put(new GtmAnnotation(issue), new Position(offset, issueLength));
        }
        synchronized (lockOf(model)) {
            for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
                Annotation annotation = it.next();
                if (annotation instanceof MarkerAnnotation marker && isOurs(marker)) {
                    marker.markDeleted(true);
                }
            }
            if (model instanceof IAnnotationModelExtension extension) {
                extension.replaceAnnotations(shown.toArray(Annotation[]::new), added);
            } else {
                shown.forEach(model::removeAnnotation);
                added.forEach(model::addAnnotation);
            }
            shown = new ArrayList<>(added.keySet());
        }
        editor.reconciled(plan);
    }

    private static boolean isOurs(MarkerAnnotation annotation) {
        try {
            return annotation.getMarker().exists() && GtmProblemMarkers.TYPE.equals(annotation.getMarker().getType());
        } catch (org.eclipse.core.runtime.CoreException e) {
            return false;
        }
    }

    private static Object lockOf(IAnnotationModel model) {
        if (model instanceof org.eclipse.jface.text.ISynchronizable synchronizable && synchronizable.getLockObject() != null) {
            return synchronizable.getLockObject();
        }
        return model;
    }
}
