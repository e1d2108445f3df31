package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.gtmplan.lang.generator.DocumentPipeline;
import org.gtmplan.lang.generator.GeneratedFile;
import org.gtmplan.lang.generator.GenerationOptions;
import org.gtmplan.lang.ide.GtmIdeSetup;
import org.gtmplan.lang.ide.editing.ParsedPlan;
import org.gtmplan.lang.ide.editing.PlanDocuments;
import org.gtmplan.lang.revision.PlanRevision;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * The generation pipeline every front end shares (gtm generate, the Eclipse builder and its Generate
 * command), on the shipped examples loaded as a project is: every file in one resource set.
 */
class DocumentPipelineTest {

    private static final Injector INJECTOR = new GtmIdeSetup().createInjectorAndDoEMFRegistration();
    private static final Set<String> ALL = Set.of("html", "ics", "md", "json");

    private final DocumentPipeline pipeline = INJECTOR.getInstance(DocumentPipeline.class);

    private static String example(String name) throws Exception {
        return Files.readString(new PlanFixtures().examplesFolder().resolve(name), StandardCharsets.UTF_8);
    }

    /** The files, by name, parsed together and validated, as a project is. */
    private static List<ParsedPlan> project(Map<String, String> files) {
        Map<URI, String> texts = new LinkedHashMap<>();
        files.forEach((name, text) -> texts.put(URI.createFileURI("/project/" + name), text));
        return INJECTOR.getInstance(PlanDocuments.class).parseAll(texts, CancelIndicator.NullImpl);
    }

    private static List<ParsedPlan> examples() throws Exception {
        return project(Map.of("org.gtm", example("org.gtm"), "phone-launch.gtm", example("phone-launch.gtm")));
    }

    private static List<Resource> resources(List<ParsedPlan> plans) {
        return plans.stream().map(p -> (Resource) p.resource()).toList();
    }

    @Test
    void aLibraryInOneFileServesThePlanInAnother() throws Exception {
        List<ParsedPlan> plans = examples();
        assertEquals(List.of(List.of(), List.of()), plans.stream().map(p -> p.issues().stream().map(i -> i.getCode()).toList()).toList());

        List<ParsedPlan> withoutAlice = project(Map.of("org.gtm", example("org.gtm").replaceAll("(?m)^\\s*person alice .*$", ""),
                "phone-launch.gtm", example("phone-launch.gtm")));
        ParsedPlan plan = withoutAlice.stream().filter(p -> p.resource().getURI().lastSegment().equals("phone-launch.gtm")).findFirst().get();
        assertTrue(plan.issues().stream().anyMatch(i -> "unresolved-reference".equals(i.getCode()) && i.getMessage().contains("alice")),
                plan.issues().toString());
    }

    @Test
    void theExamplesGiveEveryDocumentOfTheirPlan() throws Exception {
        DocumentPipeline.Outcome outcome = pipeline.generate(resources(examples()), 0, ALL, GenerationOptions.defaults());
        DocumentPipeline.Documents documents = (DocumentPipeline.Documents) outcome;
        assertEquals(1, documents.plans());
        List<String> names = documents.files().stream().map(GeneratedFile::name).toList();
        assertTrue(names.containsAll(List.of("MateX.html", "MateX.ics", "MateX.md", "MateX.json")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.startsWith("MateX-") && n.endsWith(".ics")), "one calendar per owner: " + names);
        assertTrue(names.stream().allMatch(GeneratedFile::isPlainName), names.toString());

        DocumentPipeline.Documents again = (DocumentPipeline.Documents) pipeline.generate(resources(examples()), 0, ALL,
                GenerationOptions.defaults());
        for (int i = 0; i < documents.files().size(); i++) {
            assertEquals(documents.files().get(i).text(), again.files().get(i).text(), "the same input gives the same bytes");
        }
    }

    @Test
    void aSinkGetsTheSameDocumentsOneAtATimeInTheSameOrder() throws Exception {
        List<GeneratedFile> held = ((DocumentPipeline.Documents) pipeline.generate(resources(examples()), 0, ALL,
                GenerationOptions.defaults())).files();
        List<GeneratedFile> streamed = new java.util.ArrayList<>();
        DocumentPipeline.Outcome outcome = pipeline.generate(resources(examples()), 0, ALL, GenerationOptions.defaults(), streamed::add);

        assertEquals(new DocumentPipeline.Documents(List.of(), 1), outcome, "the documents went to the sink, none is held");
        assertEquals(held.stream().map(GeneratedFile::name).toList(), streamed.stream().map(GeneratedFile::name).toList());
        for (int i = 0; i < held.size(); i++) {
            assertTrue(java.util.Arrays.equals(held.get(i).content(), streamed.get(i).content()), held.get(i).name());
        }
    }

    @Test
    void aBlockedRunHandsNothingToTheSink() throws Exception {
        List<GeneratedFile> streamed = new java.util.ArrayList<>();
        assertEquals(new DocumentPipeline.Blocked(1),
                pipeline.generate(resources(examples()), 1, ALL, GenerationOptions.defaults(), streamed::add));
        assertEquals(List.of(), streamed);
    }

    @Test
    void onlyTheChosenFormatsAreGenerated() throws Exception {
        DocumentPipeline.Documents documents = (DocumentPipeline.Documents) pipeline.generate(resources(examples()), 0, Set.of("md"),
                GenerationOptions.defaults());
        assertEquals(List.of("MateX.md"), documents.files().stream().map(GeneratedFile::name).toList());
    }

    @Test
    void anyErrorStopsGenerationAndSaysHowMany() throws Exception {
        assertEquals(new DocumentPipeline.Blocked(3), pipeline.generate(resources(examples()), 3, ALL, GenerationOptions.defaults()));
    }

    @Test
    void aLibraryAloneHasNothingToGenerate() throws Exception {
        List<Resource> library = resources(examples()).stream().filter(r -> r.getURI().lastSegment().equals("org.gtm")).toList();
        assertEquals(new DocumentPipeline.Refused("no plan among the given files (only libraries); nothing to generate"),
                pipeline.generate(library, 0, ALL, GenerationOptions.defaults()));
    }

    @Test
    void twoPlansOfOneNameWouldOverwriteEachOther() throws Exception {
        List<ParsedPlan> plans = project(Map.of("org.gtm", example("org.gtm"), "a.gtm", example("phone-launch.gtm"), "b.gtm",
                example("phone-launch.gtm")));
        DocumentPipeline.Outcome outcome = pipeline.generate(resources(plans), 0, ALL, GenerationOptions.defaults());
        assertEquals(new DocumentPipeline.Refused("two plans are named MateX; their files would overwrite each other"), outcome);
    }

    @Test
    void sourceDateEpochWinsOverTheRevisionWhichWinsOverTheFixedInstant() {
        Optional<PlanRevision.Revision> revision = Optional.of(new PlanRevision.Revision(Instant.ofEpochSecond(1_700_000_000L), 4));
        assertEquals(Instant.ofEpochSecond(5), GenerationOptions.of(null, "5", revision, false).timestamp());
        assertEquals(4, GenerationOptions.of(null, "5", revision, false).sequence());
        assertEquals(Instant.ofEpochSecond(1_700_000_000L), GenerationOptions.of(null, null, revision, false).timestamp());
        assertEquals(GenerationOptions.FIXED_TIMESTAMP, GenerationOptions.of(null, " ", Optional.empty(), false).timestamp());
        assertEquals(0, GenerationOptions.of(null, null, Optional.empty(), false).sequence());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> GenerationOptions.of(null, "yesterday", Optional.empty(), false));
        assertTrue(bad.getMessage().contains("SOURCE_DATE_EPOCH"), bad.getMessage());
    }

    @Test
    void aDocumentNameIsAPlainFileName() {
        for (String name : List.of("MateX.html", "MateX-alice.ics", "发布.md", "index.html")) {
            assertTrue(GeneratedFile.isPlainName(name), name);
        }
        for (String name : List.of("", ".hidden", "..", "../x.html", "a/b.html", "a\\b.html", "C:x.html", "a\nb")) {
            assertFalse(GeneratedFile.isPlainName(name), name);
        }
    }

    @Test
    void aRevisionOutsideGitIsNone() throws Exception {
        Path folder = Files.createTempDirectory("no-git");
        Path file = Files.writeString(folder.resolve("p.gtm"), "library x {}");
        assertEquals(Optional.empty(), PlanRevision.of(List.of(file)));
    }
}
