package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md: the packages of org.gtmplan.lang form layers, and a package uses only
 * packages of lower layers, never one of its own layer or above. Read from the sources (imports and
 * fully qualified names alike), so a new back-up dependency fails here before it ties two packages
 * into one.
 */
class PackageLayersTest {

    /** Each hand-written package's layer (the root package, "", wires them all together). */
    static final Map<String, Integer> LAYERS = Map.ofEntries(
            Map.entry("time", 0), Map.entry("issues", 1),
            Map.entry("model", 2),
            Map.entry("dates", 3), Map.entry("resource", 3),
            Map.entry("parser", 4), Map.entry("scoping", 4), Map.entry("formatting2", 4),
            Map.entry("revision", 4), Map.entry("template", 4),
            Map.entry("validation", 5),
            Map.entry("generator", 6), Map.entry("diff", 6),
            Map.entry("", 7));

    /**
     * What the MWE2 workflow generates (src-gen, emf-gen): the EMF model and its value types, the grammar access, the
     * parser, the serializer. Layer 1: the model holds {@code time}'s values.
     */
    static final java.util.Set<String> GENERATED = java.util.Set.of("gtm", "types", "services", "parser.antlr", "serializer");

    private static final Pattern REFERENCE = Pattern.compile("org\\.gtmplan\\.lang((?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");

    @Test
    void noPackageUsesOneOfItsOwnLayerOrAbove() throws IOException {
        Path sources = sourceFolder();
        List<String> violations = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = packageOf(sources.relativize(file.getParent()).toString().replace('/', '.'));
                seen.add(from);
                for (String violation : violations(from, Files.readString(file, StandardCharsets.UTF_8))) {
                    violations.add(sources.relativize(file) + ": " + violation);
                }
            }
        }
        assertEquals(List.of(), violations.stream().distinct().toList());
        // A new package must be given its layer here and in docs/architecture.md.
        for (String known : seen) {
            assertTrue(LAYERS.containsKey(known), "package org.gtmplan.lang." + known + " has no layer in docs/architecture.md");
        }
    }

    @Test
    void anImportOrAQualifiedNameOfAHigherOrEqualLayerIsCaught() {
        assertEquals(List.of("dates (layer 3) uses validation (layer 5)"),
                violations("dates", "import org.gtmplan.lang.validation.GtmIssueCodes;\nimport org.gtmplan.lang.model.PlanIndex;"));
        assertEquals(List.of("model (layer 2) uses dates (layer 3)"),
                violations("model", "return org.gtmplan.lang.dates.DateResolver.parseDate(text);"));
        assertEquals(List.of("parser (layer 4) uses scoping (layer 4)"), violations("parser", "import org.gtmplan.lang.scoping.GtmScopeProvider;"));
        assertEquals(List.of("generator (layer 6) uses ide (layer " + Integer.MAX_VALUE + ")"),
                violations("generator", "import org.gtmplan.lang.ide.editing.PlanDocuments;"));
        assertEquals(List.of(), violations("generator", "import org.gtmplan.lang.gtm.Plan; import org.gtmplan.lang.parser.antlr.GtmParser;"
                + " import org.gtmplan.lang.generator.PlanView;"));
    }

    /** What {@code source}, a file of package {@code from}, uses of its own layer or above. */
    private static List<String> violations(String from, String source) {
        List<String> found = new ArrayList<>();
        Matcher m = REFERENCE.matcher(source);
        while (m.find()) {
            String to = packageOf(m.group(1).isEmpty() ? "" : m.group(1).substring(1));
            if (!to.equals(from) && layer(to) >= layer(from)) {
                found.add(from + " (layer " + layer(from) + ") uses " + to + " (layer " + layer(to) + ")");
            }
        }
        return found;
    }

    /** The package below org.gtmplan.lang that names a layer: its first segment ("" for the root), parser.antlr... as generated. */
    private static String packageOf(String relative) {
        if (relative.startsWith("parser.antlr")) {
            return "parser.antlr";
        }
        int dot = relative.indexOf('.');
        return dot < 0 ? relative : relative.substring(0, dot);
    }

    /** Generated packages are layer 1, above {@code time}; a package of no known layer (org.gtmplan.lang.ide...) counts as the top. */
    private static int layer(String pkg) {
        return GENERATED.contains(pkg) ? 1 : LAYERS.getOrDefault(pkg, Integer.MAX_VALUE);
    }

    private static Path sourceFolder() {
        return new PlanFixtures().examplesFolder().getParent().resolve("bundles/org.gtmplan.lang/src/org/gtmplan/lang");
    }
}
