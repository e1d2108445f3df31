package org.gtmplan.lang.ide.quickfix;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.validation.Issue;

/**
 * A validation issue as the protocol's diagnostic, exactly as Xtext's language server publishes
 * it (0-based line and character, code, issue data), so a front end without a server hands the
 * quick-fixes the same input an editor would.
 */
public final class IssueDiagnostics {

    private IssueDiagnostics() {
    }

    public static Diagnostic toDiagnostic(Issue issue) {
        Diagnostic result = new Diagnostic();
        result.setCode(issue.getCode());
        result.setData(issue.getData());
        result.setMessage(issue.getMessage());
        result.setSeverity(switch (issue.getSeverity()) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
            default -> DiagnosticSeverity.Hint;
        });
        int line = Math.max(0, valueOr(issue.getLineNumber(), 1) - 1);
        int column = Math.max(0, valueOr(issue.getColumn(), 1) - 1);
        int endLine = Math.max(0, valueOr(issue.getLineNumberEnd(), line + 1) - 1);
        int endColumn = Math.max(0, valueOr(issue.getColumnEnd(), column + 1) - 1);
        result.setRange(new Range(new Position(line, column), new Position(endLine, endColumn)));
        return result;
    }

    private static int valueOr(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
