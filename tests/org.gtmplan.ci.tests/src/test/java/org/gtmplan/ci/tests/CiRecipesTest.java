package org.gtmplan.ci.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The CI recipes of docs/ci.md are valid YAML of the shape their runners read, run the commands
 * the documentation promises, and stand in docs/ci.md exactly as in their files.
 */
class CiRecipesTest {

    private static final List<String> COMMANDS = List.of("gtm validate --format sarif", "gtm format --check",
            "gtm diff --git", "--format markdown", "gtm generate", "gtm validate \"$PLANS\"");

    static Path root() {
        String root = System.getProperty("gtm.root");
        return Path.of(root == null ? "../.." : root).toAbsolutePath().normalize();
    }

    @Test
    void theGithubWorkflowRunsEveryCommandAndUploadsSarifAndDocuments() throws IOException {
        Map<String, Object> workflow = yaml("ci/github/gtm-plan.yml");
        assertTrue(workflow.containsKey("on") || workflow.containsKey(true), "triggers: " + workflow.keySet());
        Map<String, Object> job = map(map(workflow.get("jobs")).get("plans"));
        assertEquals("ubuntu-latest", job.get("runs-on"));
        List<Map<String, Object>> steps = list(job.get("steps"));
        String runs = String.join("\n", steps.stream().filter(s -> s.containsKey("run")).map(s -> s.get("run").toString()).toList());
        for (String command : COMMANDS) {
            assertTrue(runs.contains(command), command + " in\n" + runs);
        }
        List<String> uses = steps.stream().filter(s -> s.containsKey("uses")).map(s -> s.get("uses").toString()).toList();
        assertTrue(uses.contains("github/codeql-action/upload-sarif@v3"), uses.toString());
        assertTrue(uses.contains("actions/upload-artifact@v4"), uses.toString());
        Map<String, Object> checkout = steps.get(0);
        assertEquals(0, map(checkout.get("with")).get("fetch-depth"), "gtm diff --git needs the base branch's history");
        assertTrue(runs.contains("gh pr comment"), "the diff is posted on the pull request");
    }

    @Test
    void theGitlabJobRunsEveryCommandAndKeepsTheDocuments() throws IOException {
        Map<String, Object> job = map(yaml("ci/gitlab/gtm-plan.gitlab-ci.yml").get("gtm-plan"));
        String script = String.join("\n", list(job.get("script")).stream().map(Object::toString).toList());
        for (String command : COMMANDS) {
            assertTrue(script.contains(command), command + " in\n" + script);
        }
        List<Object> paths = list(map(job.get("artifacts")).get("paths"));
        assertTrue(paths.contains("out/") && paths.contains("gtm.sarif"), paths.toString());
        assertEquals("0", map(job.get("variables")).get("GIT_DEPTH"));
    }

    @Test
    void preCommitHooksFormatAndValidate() throws IOException {
        List<Map<String, Object>> hooks = list(new Yaml().load(Files.readString(root().resolve(".pre-commit-hooks.yaml"))));
        Map<String, Map<String, Object>> byId = new java.util.HashMap<>();
        hooks.forEach(h -> byId.put(h.get("id").toString(), h));
        assertEquals("gtm format", byId.get("gtm-format").get("entry"));
        assertEquals("gtm validate", byId.get("gtm-validate").get("entry"));
        assertEquals(false, byId.get("gtm-validate").get("pass_filenames"), "validate loads every file together");
        for (Map<String, Object> hook : hooks) {
            assertEquals("system", hook.get("language"));
            assertEquals("\\.gtm$", hook.get("files"));
        }
    }

    @Test
    void docsShowEachRecipeExactlyAsItsFile() throws IOException {
        String docs = Files.readString(root().resolve("docs/ci.md"));
        for (String file : List.of("ci/github/gtm-plan.yml", "ci/gitlab/gtm-plan.gitlab-ci.yml", ".pre-commit-hooks.yaml")) {
            assertTrue(docs.contains("```yaml\n" + Files.readString(root().resolve(file)) + "```"), file + " is in docs/ci.md as it is");
        }
    }

    private static Map<String, Object> yaml(String file) throws IOException {
        return map(new Yaml().load(Files.readString(root().resolve(file))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertTrue(value instanceof Map, "a mapping: " + value);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        assertTrue(value instanceof List, "a sequence: " + value);
        return new ArrayList<>((List<T>) value);
    }
}
