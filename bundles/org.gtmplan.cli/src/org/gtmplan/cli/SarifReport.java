package org.gtmplan.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gtmplan.lang.issues.CheckCatalog;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * SARIF 2.1.0, the format GitHub code scanning reads: one run of the {@code gtm} tool, a rule per
 * diagnostic code, a result per diagnostic with its file and region.
 */
final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    static String render(List<Diagnostic> diagnostics) {
        JsonArray rules = new JsonArray();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (CheckCatalog.Rule rule : CheckCatalog.rules()) {
            JsonObject json = new JsonObject();
            json.addProperty("id", rule.code());
            json.addProperty("name", camelCase(rule.code()));
            JsonObject text = new JsonObject();
            text.addProperty("text", rule.description());
            json.add("shortDescription", text);
            JsonObject configuration = new JsonObject();
            configuration.addProperty("level", level(rule.level().name()));
            json.add("defaultConfiguration", configuration);
            ruleIndex.put(rule.code(), rules.size());
            rules.add(json);
        }
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "gtm");
        driver.addProperty("fullName", "GTM Plan");
        driver.addProperty("version", GtmCli.VERSION);
        driver.addProperty("semanticVersion", GtmCli.VERSION);
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);

        JsonArray results = new JsonArray();
        for (Diagnostic d : diagnostics) {
            JsonObject result = new JsonObject();
            result.addProperty("ruleId", d.code());
            Integer index = ruleIndex.get(d.code());
            if (index != null) {
                result.addProperty("ruleIndex", index);
            }
            result.addProperty("level", level(d.severity().name()));
            JsonObject message = new JsonObject();
            message.addProperty("text", d.message());
            result.add("message", message);
            JsonObject artifact = artifactLocation(d.path());
            JsonObject region = new JsonObject();
            region.addProperty("startLine", d.line());
            region.addProperty("startColumn", d.column());
            region.addProperty("endLine", Math.max(d.line(), d.endLine()));
            region.addProperty("endColumn", Math.max(d.endLine() > d.line() ? 1 : d.column() + 1, d.endColumn()));
            JsonObject physical = new JsonObject();
            physical.add("artifactLocation", artifact);
            physical.add("region", region);
            JsonObject location = new JsonObject();
            location.add("physicalLocation", physical);
            JsonArray locations = new JsonArray();
            locations.add(location);
            result.add("locations", locations);
            results.add(result);
        }
        JsonObject run = new JsonObject();
        run.add("tool", tool);
        // Relative paths are relative to the folder gtm ran in: code scanning maps them to files
        // through this base (an absolute input path becomes a file:// URI instead).
        JsonObject sourceRoot = new JsonObject();
        sourceRoot.addProperty("uri", Path.of("").toAbsolutePath().toUri().toString());
        JsonObject bases = new JsonObject();
        bases.add(SOURCE_ROOT, sourceRoot);
        run.add("originalUriBaseIds", bases);
        run.add("results", results);
        JsonArray runs = new JsonArray();
        runs.add(run);
        JsonObject root = new JsonObject();
        root.addProperty("$schema", SCHEMA);
        root.addProperty("version", "2.1.0");
        root.add("runs", runs);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
    }

    static final String SOURCE_ROOT = "%SRCROOT%";

    /** A path as shown (relative below the working folder) as a SARIF artifact location. */
    static JsonObject artifactLocation(String shownPath) {
        JsonObject artifact = new JsonObject();
        Path path = Path.of(shownPath);
        if (path.isAbsolute()) {
            artifact.addProperty("uri", path.toUri().toString());
            return artifact;
        }
        try {
            String relative = shownPath.replace(java.io.File.separatorChar, '/');
            artifact.addProperty("uri", new java.net.URI(null, null, relative, null).getRawPath());
        } catch (java.net.URISyntaxException e) {
            artifact.addProperty("uri", shownPath);
        }
        artifact.addProperty("uriBaseId", SOURCE_ROOT);
        return artifact;
    }

    /** SARIF levels: error, warning, note. */
    private static String level(String severity) {
        return switch (severity) {
            case "ERROR" -> "error";
            case "WARNING" -> "warning";
            default -> "note";
        };
    }

    private static String camelCase(String code) {
        StringBuilder name = new StringBuilder();
        boolean upper = true;
        for (char c : code.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
