package org.gtmplan.lang.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;

/** Applies protocol text edits to a text, as an editor would. */
public final class TextEdits {

    private TextEdits() {
    }

    /** {@code edits} (non-overlapping) applied to {@code text}. */
    public static String apply(String text, List<TextEdit> edits) {
        Document document = new Document(0, text);
        record Located(int start, int end, String text, int order) {
        }
        List<Located> located = new ArrayList<>();
        for (TextEdit edit : edits) {
            located.add(new Located(document.getOffSet(edit.getRange().getStart()), document.getOffSet(edit.getRange().getEnd()),
                    edit.getNewText(), located.size()));
        }
        // From the end backwards, so earlier offsets stay valid; insertions at one offset keep their order.
        located.sort(Comparator.comparingInt(Located::start).thenComparingInt(Located::order).reversed());
        StringBuilder result = new StringBuilder(text);
        for (Located edit : located) {
            result.replace(edit.start(), edit.end(), edit.text());
        }
        return result.toString();
    }

    /** Whether two edits touch the same text (two insertions at one offset count: their order would be a guess). */
    static boolean overlap(Document document, TextEdit a, TextEdit b) {
        int aStart = document.getOffSet(a.getRange().getStart());
        int aEnd = document.getOffSet(a.getRange().getEnd());
        int bStart = document.getOffSet(b.getRange().getStart());
        int bEnd = document.getOffSet(b.getRange().getEnd());
        return aStart <= bEnd && bStart <= aEnd;
    }
}
