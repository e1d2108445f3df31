package org.gtmplan.cli;

import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** {@code --format json}: the counts and every diagnostic, for scripts. */
final class JsonReport {

    private JsonReport() {
    }

    static String render(List<Diagnostic> diagnostics, int files) {
        JsonObject root = new JsonObject();
        root.addProperty("files", files);
        root.addProperty("errors", count(diagnostics, Diagnostic.Severity.ERROR));
        root.addProperty("warnings", count(diagnostics, Diagnostic.Severity.WARNING));
        root.addProperty("infos", count(diagnostics, Diagnostic.Severity.INFO));
        JsonArray list = new JsonArray();
        for (Diagnostic d : diagnostics) {
            JsonObject item = new JsonObject();
            item.addProperty("path", d.path());
            item.addProperty("line", d.line());
            item.addProperty("column", d.column());
            item.addProperty("endLine", d.endLine());
            item.addProperty("endColumn", d.endColumn());
            item.addProperty("severity", d.severity().label());
            item.addProperty("code", d.code());
            item.addProperty("message", d.message());
            list.add(item);
        }
        root.add("diagnostics", list);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
    }

    static long count(List<Diagnostic> diagnostics, Diagnostic.Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** The one-line summary written to standard error. */
    static String summary(List<Diagnostic> diagnostics, int files) {
        return count(diagnostics, Diagnostic.Severity.ERROR) + " errors, " + count(diagnostics, Diagnostic.Severity.WARNING)
                + " warnings, " + count(diagnostics, Diagnostic.Severity.INFO) + " infos in " + files
                + (files == 1 ? " file" : " files");
    }
}
