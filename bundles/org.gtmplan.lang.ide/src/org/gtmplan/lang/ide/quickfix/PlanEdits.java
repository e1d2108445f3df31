package org.gtmplan.lang.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Text edits that leave a file in the canonical layout of the formatter: whole lines inserted
 * after or before an element or at the end of a block, indented four spaces per level, and
 * replacements of the exact text of one node. Edits never touch a byte outside their range.
 */
final class PlanEdits {

    static final String INDENT = "    ";

    private final Document document;
    private final String text;
    private final String newline;

    PlanEdits(Document document) {
        this.document = document;
        this.text = document.getContents();
        this.newline = text.contains("\r\n") ? "\r\n" : "\n";
    }

    /** Lines after the line on which {@code element} ends, at its indentation (after a trailing comment too). */
    TextEdit insertAfter(EObject element, List<String> lines) {
        INode node = NodeModelUtils.findActualNodeFor(element);
        int at = lineEnd(node.getEndOffset());
        return insert(at, join(lines, indentOf(element), true));
    }

    /** Lines after the line holding a feature's text (a plan property such as {@code kind}). */
    TextEdit insertAfterFeature(EObject owner, EStructuralFeature feature, String indent, List<String> lines) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
        if (nodes.isEmpty()) {
            return null;
        }
        INode last = nodes.get(nodes.size() - 1);
        return insert(lineEnd(last.getEndOffset()), join(lines, indent, true));
    }

    /** Lines before the line on which {@code element} starts, at its indentation. */
    TextEdit insertBefore(EObject element, List<String> lines) {
        INode node = NodeModelUtils.findActualNodeFor(element);
        int at = lineStart(node.getOffset());
        return insert(at, join(lines, indentOf(element), false));
    }

    /** Lines as the last ones of {@code container}'s block, one level deeper; null while the block is not closed. */
    TextEdit insertAtBlockEnd(EObject container, List<String> lines) {
        ILeafNode brace = lastKeyword(container, "}");
        if (brace == null) {
            return null;
        }
        String outer = indentOf(container);
        String inner = outer + INDENT;
        int lineStart = lineStart(brace.getOffset());
        if (text.substring(lineStart, brace.getOffset()).isBlank()) {
            return insert(lineStart, join(lines, inner, false));
        }
        // `{ }` on one line: open the block.
        return insert(brace.getOffset(), join(lines, inner, true) + newline + outer);
    }

    /** Lines as the first ones of {@code container}'s block, one level deeper; null without a '{'. */
    TextEdit insertAtBlockStart(EObject container, List<String> lines) {
        ILeafNode brace = firstKeyword(container, "{");
        if (brace == null) {
            return null;
        }
        String inner = indentOf(container) + INDENT;
        int end = lineEnd(brace.getEndOffset());
        if (text.substring(brace.getEndOffset(), end).isBlank()) {
            return insert(end, join(lines, inner, true));
        }
        return insert(brace.getEndOffset(), join(lines, inner, true) + newline + inner);
    }

    /** Lines before the line holding {@code container}'s own keyword (a gate's {@code requires}); null without it. */
    TextEdit insertBeforeKeyword(EObject container, String keyword, List<String> lines) {
        ILeafNode found = firstKeyword(container, keyword);
        if (found == null) {
            return null;
        }
        int lineStart = lineStart(found.getOffset());
        String inner = indentOf(container) + INDENT;
        if (text.substring(lineStart, found.getOffset()).isBlank()) {
            return insert(lineStart, join(lines, inner, false));
        }
        return insert(found.getOffset(), join(lines, "", false).stripTrailing() + " ");
    }

    /** Replaces the text of an element (a date expression, say) as written. */
    TextEdit replace(EObject element, String replacement) {
        INode node = NodeModelUtils.findActualNodeFor(element);
        return new TextEdit(range(node.getOffset(), node.getEndOffset()), replacement);
    }

    /** The element's text as written, without surrounding comments and white space. */
    String textOf(EObject element) {
        INode node = NodeModelUtils.findActualNodeFor(element);
        return text.substring(node.getOffset(), node.getEndOffset());
    }

    /** The leading white space of the line on which {@code element} starts. */
    String indentOf(EObject element) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
        int start = lineStart(node.getOffset());
        int i = start;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(start, i);
    }

    /** The text an element's feature was written with ({@code IPMS_MT}, {@code acme.org.people.carol}). */
    static String writtenText(EObject owner, EStructuralFeature feature) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
        return nodes.isEmpty() ? null : NodeModelUtils.getTokenText(nodes.get(0));
    }

    private TextEdit insert(int offset, String inserted) {
        return new TextEdit(range(offset, offset), inserted);
    }

    private Range range(int start, int end) {
        return new Range(document.getPosition(start), document.getPosition(end));
    }

    private String join(List<String> lines, String indent, boolean leadingNewline) {
        StringBuilder result = new StringBuilder();
        for (String line : lines) {
            if (leadingNewline) {
                result.append(newline).append(indent).append(line);
            } else {
                result.append(indent).append(line).append(newline);
            }
        }
        return result.toString();
    }

    private int lineStart(int offset) {
        return offset == 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
    }

    private int lineEnd(int offset) {
        int end = text.indexOf('\n', offset);
        if (end < 0) {
            return text.length();
        }
        return end > 0 && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    /** The container's own closing keyword: its last visible leaf, when that is the keyword (not while half-typed). */
    private static ILeafNode lastKeyword(EObject container, String keyword) {
        ILeafNode last = null;
        for (ILeafNode leaf : NodeModelUtils.findActualNodeFor(container).getLeafNodes()) {
            if (!leaf.isHidden()) {
                last = leaf;
            }
        }
        return last != null && keyword.equals(last.getText()) && last.getGrammarElement() instanceof org.eclipse.xtext.Keyword ? last : null;
    }

    private static ILeafNode firstKeyword(EObject container, String keyword) {
        for (ILeafNode leaf : NodeModelUtils.findActualNodeFor(container).getLeafNodes()) {
            if (!leaf.isHidden() && keyword.equals(leaf.getText()) && leaf.getGrammarElement() instanceof org.eclipse.xtext.Keyword) {
                return leaf;
            }
        }
        return null;
    }
}
