package org.gtmplan.lang.generator;

import java.nio.charset.StandardCharsets;

/** One generated document: its file name (no folder) and its exact bytes. */
public record GeneratedFile(String name, byte[] content) {

    public static GeneratedFile utf8(String name, String text) {
        return new GeneratedFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
