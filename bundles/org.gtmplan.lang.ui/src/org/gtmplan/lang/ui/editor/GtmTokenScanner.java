package org.gtmplan.lang.ui.editor;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.jface.resource.ColorRegistry;
import org.gtmplan.lang.ide.editing.PlanTokens;
import org.gtmplan.lang.ide.editing.PlanTokens.Kind;
import org.gtmplan.lang.ide.editing.PlanTokens.PlanToken;

/**
 * Tokens for the presentation reconciler, read by the generated Xtext lexer
 * ({@link PlanTokens}) over the whole text (a range starting inside a comment would be misread
 * otherwise) and handed out for the requested range.
 */
public class GtmTokenScanner implements ITokenScanner {

    /** The colour of each kind of token (Eclipse's Java colours, which plan authors know). */
    static final Map<Kind, RGB> COLOURS = Map.of(
            Kind.KEYWORD, new RGB(127, 0, 85),
            Kind.STRING, new RGB(42, 0, 255),
            Kind.COMMENT, new RGB(63, 127, 95),
            Kind.DATE, new RGB(0, 112, 160),
            Kind.DURATION, new RGB(0, 112, 160),
            Kind.NUMBER, new RGB(125, 80, 0));

    private static final ColorRegistry COLOR_REGISTRY = new ColorRegistry(Display.getDefault());

    private final Map<Kind, IToken> tokens = new EnumMap<>(Kind.class);
    private List<PlanToken> planTokens = List.of();
    private int index;
    private int rangeEnd;
    private PlanToken current;

    public GtmTokenScanner() {
        for (Kind kind : Kind.values()) {
            RGB rgb = COLOURS.get(kind);
            if (rgb == null) {
                tokens.put(kind, kind == Kind.WHITESPACE ? Token.WHITESPACE : new Token(null));
            } else {
                String key = "org.gtmplan.lang.ui." + kind.name().toLowerCase();
                COLOR_REGISTRY.put(key, rgb);
                int style = kind == Kind.KEYWORD ? SWT.BOLD : kind == Kind.COMMENT ? SWT.ITALIC : SWT.NORMAL;
                tokens.put(kind, new Token(new TextAttribute(COLOR_REGISTRY.get(key), null, style)));
            }
        }
    }

    /** The token that colours {@code kind}; for tests. */
    public IToken tokenOf(Kind kind) {
        return tokens.get(kind);
    }

    @Override
    public void setRange(IDocument document, int offset, int length) {
        planTokens = PlanTokens.of(document.get());
        rangeEnd = offset + length;
        index = 0;
        while (index < planTokens.size() && planTokens.get(index).offset() + planTokens.get(index).length() <= offset) {
            index++;
        }
        rangeStart = offset;
    }

    private int rangeStart;

    @Override
    public IToken nextToken() {
        if (index >= planTokens.size() || planTokens.get(index).offset() >= rangeEnd) {
            current = null;
            return Token.EOF;
        }
        current = planTokens.get(index++);
        return tokens.get(current.kind());
    }

    @Override
    public int getTokenOffset() {
        return Math.max(current.offset(), rangeStart);
    }

    @Override
    public int getTokenLength() {
        int start = getTokenOffset();
        return Math.min(current.offset() + current.length(), rangeEnd) - start;
    }
}
