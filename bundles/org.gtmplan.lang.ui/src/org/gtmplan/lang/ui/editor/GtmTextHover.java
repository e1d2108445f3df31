package org.gtmplan.lang.ui.editor;

import java.util.Iterator;
import java.util.StringJoiner;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.gtmplan.lang.ide.editing.PlanEditing;
import org.gtmplan.lang.ui.GtmUiPlugin;

/**
 * Hover: the problems at the mouse, then what the language server's hover says there (the
 * resolved day of a date expression, an owner's details; {@code PlanElementDescriptions}).
 */
class GtmTextHover implements ITextHover {

    private final GtmEditor editor;
    private final ISourceViewer viewer;

    GtmTextHover(GtmEditor editor, ISourceViewer viewer) {
        this.editor = editor;
        this.viewer = viewer;
    }

    @Override
    public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
        return new Region(offset, 0);
    }

    @Override
    @SuppressWarnings("deprecation")
    public String getHoverInfo(ITextViewer textViewer, IRegion region) {
        StringJoiner text = new StringJoiner("\n\n");
        IAnnotationModel model = editor.annotationModel();
        if (model != null) {
            for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
                Annotation annotation = it.next();
                Position position = model.getPosition(annotation);
                if (annotation instanceof GtmAnnotation && position != null && position.getOffset() <= region.getOffset()
                        && region.getOffset() <= position.getOffset() + position.getLength()) {
                    text.add(annotation.getText());
                }
            }
        }
        String hover = hover(region.getOffset());
        if (hover != null) {
            text.add(hover);
        }
        return text.length() == 0 ? null : text.toString();
    }

    /** The language server's hover text at {@code offset}; null where it has none. */
    String hover(int offset) {
        return editor.withPlan(plan -> GtmUiPlugin.get(PlanEditing.class).hover(plan, offset));
    }
}
