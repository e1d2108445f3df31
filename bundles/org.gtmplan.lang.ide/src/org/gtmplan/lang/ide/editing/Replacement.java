package org.gtmplan.lang.ide.editing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;

/**
 * A protocol text edit in offsets, as editors that are not language server clients replace
 * text ({@code IDocument.replace(offset, length, text)}).
 */
public record Replacement(int offset, int length, String text) {

    /**
     * {@code edits} in {@code document}, last first: applied one after another in this order,
     * each leaves the offsets of the ones still to come valid (as {@code TextEdits.apply} does).
     */
    public static List<Replacement> of(Document document, List<TextEdit> edits) {
        record Located(Replacement replacement, int order) {
        }
        List<Located> located = new ArrayList<>();
        for (TextEdit edit : edits) {
            int start = document.getOffSet(edit.getRange().getStart());
            int end = document.getOffSet(edit.getRange().getEnd());
            located.add(new Located(new Replacement(start, end - start, edit.getNewText()), located.size()));
        }
        located.sort(Comparator.comparingInt((Located l) -> l.replacement().offset()).thenComparingInt(Located::order).reversed());
        return located.stream().map(Located::replacement).toList();
    }
}
