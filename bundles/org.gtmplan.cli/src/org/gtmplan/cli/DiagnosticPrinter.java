package org.gtmplan.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints diagnostics one per line ({@code path:line:col: severity [code] message}), and, when
 * asked, the source line under each with a caret under its column and a tilde under the rest of
 * what it underlines, in colour on a terminal unless {@code NO_COLOR} is set.
 */
final class DiagnosticPrinter {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";

    private final boolean showSource;
    private final boolean colour;

    DiagnosticPrinter(GtmCli cli, boolean showSource) {
        this.showSource = showSource;
        String noColor = cli.environment("NO_COLOR");
        this.colour = showSource && cli.isTerminal() && (noColor == null || noColor.isEmpty());
    }

    void print(PrintWriter out, List<Diagnostic> diagnostics, PlanWorkspace workspace) {
        for (Diagnostic diagnostic : diagnostics) {
            if (!showSource) {
                out.println(diagnostic.toTextLine());
                continue;
            }
            out.println(headline(diagnostic));
            String line = workspace.sourceLine(diagnostic.path(), diagnostic.line());
            if (line == null) {
                continue;
            }
            String shown = line.replace('\t', ' ');
            int start = Math.min(Math.max(0, diagnostic.column() - 1), shown.length());
            int end = diagnostic.endLine() == diagnostic.line() ? Math.min(shown.length(), diagnostic.endColumn() - 1) : shown.length();
            int width = Math.max(1, end - start);
            String marker = " ".repeat(start) + "^" + "~".repeat(width - 1);
            out.println("    " + shown);
            out.println("    " + (colour ? BOLD + colourOf(diagnostic) + marker + RESET : marker));
        }
    }

    private String headline(Diagnostic d) {
        if (!colour) {
            return d.toTextLine();
        }
        return BOLD + d.path() + ":" + d.line() + ":" + d.column() + ":" + RESET + " " + BOLD + colourOf(d) + d.severity().label() + RESET
                + " " + CYAN + "[" + d.code() + "]" + RESET + " " + d.message();
    }

    private static String colourOf(Diagnostic d) {
        return switch (d.severity()) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            default -> CYAN;
        };
    }
}
