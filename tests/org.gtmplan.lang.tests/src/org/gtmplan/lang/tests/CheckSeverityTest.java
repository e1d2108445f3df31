package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A check's severity is written once, in CheckCatalog: the checks report through
 * {@code AbstractPlanCheck.report}, which looks it up. A check that calls error, warning or info
 * itself writes it a second time, and the two can drift; this fails on the first such call.
 */
class CheckSeverityTest {

    private static final Pattern SEVERITY_CALL = Pattern.compile("(?<![\\w.])(error|warning|info)\\(");

    @Test
    void noCheckWritesItsOwnSeverity() throws IOException {
        Path validation = new PlanFixtures().examplesFolder().getParent()
                .resolve("bundles/org.gtmplan.lang/src/org/gtmplan/lang/validation");
        List<String> calls = new ArrayList<>();
        try (Stream<Path> files = Files.list(validation)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                if (file.getFileName().toString().equals("AbstractPlanCheck.java")) {
                    continue; // report() itself, the one place that turns a catalog level into a call
                }
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = SEVERITY_CALL.matcher(text);
                while (m.find()) {
                    calls.add(file.getFileName() + ":" + (text.substring(0, m.start()).split("\n", -1).length) + " " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), calls);
    }
}
