package org.gtmplan.lang.resource;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What makes a file's bytes the text of a plan, for every front end that reads files (the command
 * line, the Eclipse builder): UTF-8 without NUL bytes, a byte order mark dropped, and at most
 * {@link #MAX_BYTES}. Each front end words the refusal its own way; the rule is here once.
 */
public final class PlanBytes {

    /** Room for a 100,000-task plan (about 6 MB); a larger file is a stray dump, not a plan. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    /** What the bytes are: a plan's text, or why not, at which byte. */
    public sealed interface Reading permits Text, Binary, NotUtf8 {
    }

    /** The text, without a byte order mark. */
    public record Text(String text) implements Reading {
    }

    /** A NUL byte at {@code offset}: a binary file. */
    public record Binary(int offset) implements Reading {
    }

    /** The first byte at {@code offset} that starts or continues no valid UTF-8 sequence. */
    public record NotUtf8(int offset) implements Reading {
    }

    private PlanBytes() {
    }

    public static Reading read(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return new Binary(i);
            }
        }
        try {
            String text = strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
            return new Text(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            strictUtf8().decode(in, CharBuffer.allocate(bytes.length + 1), true);
            return new NotUtf8(in.position());
        }
    }

    /** "line:column" of a byte offset, counting characters as an editor shows them. */
    public static String position(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < offset; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return line + ":" + column;
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
