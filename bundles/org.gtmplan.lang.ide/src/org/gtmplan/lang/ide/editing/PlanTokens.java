package org.gtmplan.lang.ide.editing;

import java.util.ArrayList;
import java.util.List;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.gtmplan.lang.parser.antlr.internal.InternalGtmLexer;

/**
 * The tokens of a text as the generated lexer reads it, each classified for highlighting.
 * Keywords are the grammar's keyword tokens that are words; a keyword used as a name (the
 * grammar allows that) is coloured as a keyword too, as in any lexical highlighter.
 */
public final class PlanTokens {

    public enum Kind {
        KEYWORD, STRING, COMMENT, DATE, DURATION, NUMBER, IDENTIFIER, WHITESPACE, OTHER
    }

    public record PlanToken(int offset, int length, Kind kind) {
    }

    private PlanTokens() {
    }

    /** The tokens of {@code text}, in order, covering it without gap. */
    public static List<PlanToken> of(String text) {
        InternalGtmLexer lexer = new InternalGtmLexer(new ANTLRStringStream(text));
        List<PlanToken> result = new ArrayList<>();
        int covered = 0;
        while (true) {
            Token token = lexer.nextToken();
            if (token == null || token.getType() == Token.EOF) {
                break;
            }
            int start = ((CommonToken) token).getStartIndex();
            int stop = ((CommonToken) token).getStopIndex();
            if (start > covered) {
                result.add(new PlanToken(covered, start - covered, Kind.OTHER));
            }
            if (stop >= start) {
                result.add(new PlanToken(start, stop - start + 1, kind(token)));
                covered = stop + 1;
            }
        }
        if (covered < text.length()) {
            result.add(new PlanToken(covered, text.length() - covered, Kind.OTHER));
        }
        return result;
    }

    private static Kind kind(Token token) {
        return switch (token.getType()) {
            case InternalGtmLexer.RULE_STRING -> Kind.STRING;
            case InternalGtmLexer.RULE_ML_COMMENT, InternalGtmLexer.RULE_SL_COMMENT -> Kind.COMMENT;
            case InternalGtmLexer.RULE_DATE, InternalGtmLexer.RULE_TIME -> Kind.DATE;
            case InternalGtmLexer.RULE_DURATION -> Kind.DURATION;
            case InternalGtmLexer.RULE_INT, InternalGtmLexer.RULE_DECIMAL, InternalGtmLexer.RULE_PERCENT -> Kind.NUMBER;
            case InternalGtmLexer.RULE_ID -> Kind.IDENTIFIER;
            case InternalGtmLexer.RULE_WS -> Kind.WHITESPACE;
            default -> isWord(token.getText()) ? Kind.KEYWORD : Kind.OTHER;
        };
    }

    private static boolean isWord(String text) {
        return text != null && !text.isEmpty() && Character.isLetter(text.charAt(0));
    }
}
