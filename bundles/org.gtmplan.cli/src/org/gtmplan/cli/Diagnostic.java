package org.gtmplan.cli;

import java.util.Comparator;

/**
 * One finding, as every front end of the command line reports it.
 *
 * @param path the file as the user named it (relative when they gave a relative path)
 * @param line 1-based line
 * @param column 1-based column
 * @param endLine 1-based line where the underlined text ends
 * @param endColumn 1-based column just after the underlined text
 */
public record Diagnostic(String path, int line, int column, int endLine, int endColumn, Severity severity, String code,
        String message) {

    public enum Severity {
        ERROR, WARNING, INFO;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** File, then position, then code: the order a person reads a file in. */
    public static final Comparator<Diagnostic> READING_ORDER = Comparator.comparing(Diagnostic::path)
            .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::code).thenComparing(Diagnostic::message);

    /** {@code path:line:col: error [code] message}, the line format of language.md §7. */
    public String toTextLine() {
        return path + ":" + line + ":" + column + ": " + severity.label() + " [" + code + "] " + message;
    }
}
