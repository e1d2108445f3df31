package org.gtmplan.lang.ui.editor;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.ITokenScanner;

/**
 * Recolours from the start of the changed line to the end of the document: a keystroke can
 * open or close a block comment or a string, which changes every token after it; plans are
 * small enough for that.
 */
final class WholeDocumentDamagerRepairer extends DefaultDamagerRepairer {

    WholeDocumentDamagerRepairer(ITokenScanner scanner) {
        super(scanner);
    }

    @Override
    public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
        try {
            int start = fDocument.getLineOffset(fDocument.getLineOfOffset(Math.min(event.getOffset(), fDocument.getLength())));
            return new Region(start, fDocument.getLength() - start);
        } catch (org.eclipse.jface.text.BadLocationException e) {
            return new Region(0, fDocument.getLength());
        }
    }
}
