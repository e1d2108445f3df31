package org.gtmplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.GsonNode;

/** {@code <Plan>.json} is the resolved plan, and docs/plan.schema.json describes it exactly. */
class JsonDocumentTest {

    @TempDir
    Path dir;

    private static String schema() throws IOException {
        return Files.readString(CliRunner.examples().getParent().resolve("docs/plan.schema.json"));
    }

    @Test
    void theExampleValidatesAgainstTheDocumentedSchema() throws IOException {
        assertEquals(0, CliRunner.run("generate", "--formats", "json", "--out", dir.toString(), CliRunner.examples().toString()).exitCode());
        String json = Files.readString(dir.resolve("MateX.json"));
        ValidatorFactory validator = new ValidatorFactory().withJsonNodeFactory(new GsonNode.Factory());
        Validator.Result result = validator.validate(schema(), json);
        assertTrue(result.isValid(), () -> result.getErrors().stream().map(e -> e.getInstanceLocation() + ": " + e.getError()).toList().toString());
        // The schema is strict: an unknown field is refused, so it cannot silently drift from the output.
        assertFalse(validator.validate(schema(), json.replaceFirst("\"schemaVersion\"", "\"surprise\": 1, \"schemaVersion\"")).isValid());

        JsonObject plan = JsonParser.parseString(json).getAsJsonObject();
        assertEquals("2026-09-08", plan.get("day0").getAsString());
        JsonObject gr2 = plan.getAsJsonArray("gates").get(0).getAsJsonObject();
        assertEquals("GR2", gr2.get("name").getAsString());
        assertEquals("2026-04-10", gr2.get("date").getAsString(), "T-151d resolved to an absolute day");
        JsonObject samples = plan.getAsJsonArray("workstreams").get(0).getAsJsonObject().getAsJsonArray("tasks").get(0).getAsJsonObject();
        assertEquals("samples", samples.get("name").getAsString());
        assertEquals("2026-05-08", samples.get("due").getAsString(), "GR2+20wd: four work weeks after Fri 2026-04-10");
        assertEquals("2026-04-18", samples.get("start").getAsString(), "due − 20d");
        JsonObject msp = plan.getAsJsonObject("msp");
        assertEquals("18300000", msp.getAsJsonObject("activityBudgetSum").get("amount").getAsBigDecimal().toPlainString());
    }
}
