package org.gtmplan.lang.ide.server;

/**
 * One replacement that turns a text into another: the part both share at the start and at the
 * end stays, the rest between is replaced. An editor's keystroke, or a client's several changes
 * to nearby places, come out as one small region.
 *
 * @param offset where the replaced part starts in the old text
 * @param replacedLength how many characters of the old text are replaced
 * @param newText what replaces them
 */
public record TextChange(int offset, int replacedLength, String newText) {

    /** The change from {@code before} to {@code after}, or null when they are equal. */
    public static TextChange between(String before, String after) {
        if (before.equals(after)) {
            return null;
        }
        int shorter = Math.min(before.length(), after.length());
        int start = 0;
        while (start < shorter && before.charAt(start) == after.charAt(start)) {
            start++;
        }
        // The shared end may not overlap the shared start ("aa" -> "aaa" inserts one "a").
        int end = 0;
        while (end < shorter - start && before.charAt(before.length() - 1 - end) == after.charAt(after.length() - 1 - end)) {
            end++;
        }
        return new TextChange(start, before.length() - start - end, after.substring(start, after.length() - end));
    }

    /** {@code before} with this change applied. */
    public String applyTo(String before) {
        return before.substring(0, offset) + newText + before.substring(offset + replacedLength);
    }
}
