package org.gtmplan.lang.generator;

import java.nio.charset.StandardCharsets;

/** One generated document: its file name (no folder) and its exact bytes. */
public record GeneratedFile(String name, byte[] content) {

    public static GeneratedFile utf8(String name, String text) {
        return new GeneratedFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether {@code name} is a plain file name a writer may put into its output folder: not empty,
     * no folder part, not hidden (temporary files are hidden), not "." or "..".
     */
    public static boolean isPlainName(String name) {
        return name != null && !name.isEmpty() && !name.startsWith(".") && name.indexOf('/') < 0 && name.indexOf('\\') < 0
                && name.indexOf(':') < 0 && name.chars().noneMatch(Character::isISOControl);
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
