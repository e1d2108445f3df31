package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.gtmplan.lang.generator.DocumentPipeline;
import org.gtmplan.lang.generator.GeneratedFile;
import org.gtmplan.lang.generator.GenerationOptions;
import org.gtmplan.lang.ide.GtmIdeSetup;
import org.gtmplan.lang.ide.editing.PlanDocuments;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * The examples' documents, byte for byte, against the files {@code gtm generate} wrote before the
 * code was refactored (issue 11): a refactoring that changes one byte of any document fails here.
 *
 * <p>The expected files under {@code golden/} were written by
 * {@code SOURCE_DATE_EPOCH=1767225600 ./gtm generate COPY --out golden/default} and, for
 * {@code golden/as-of}, with {@code --as-of 2026-10-01 --tasks-as-events}, where COPY is a copy of
 * {@code examples/} outside Git (no revision: SEQUENCE 0, the time from SOURCE_DATE_EPOCH). After a
 * change meant to alter the documents, write them again the same way and review the diff.
 */
class GoldenDocumentsTest {

    private static final Injector INJECTOR = new GtmIdeSetup().createInjectorAndDoEMFRegistration();
    private static final Instant SOURCE_DATE_EPOCH = Instant.ofEpochSecond(1_767_225_600L);

    @Test
    void theExamplesDocumentsAreTheGoldenOnes() throws Exception {
        assertSameDocuments("default", new GenerationOptions(null, SOURCE_DATE_EPOCH, false, 0));
    }

    @Test
    void theExamplesDocumentsAsOfADayWithTasksAsEventsAreTheGoldenOnes() throws Exception {
        assertSameDocuments("as-of", new GenerationOptions(LocalDate.of(2026, 10, 1), SOURCE_DATE_EPOCH, true, 0));
    }

    private static void assertSameDocuments(String variant, GenerationOptions options) throws Exception {
        Path expectedFolder = goldenFolder().resolve(variant);
        DocumentPipeline.Outcome outcome = INJECTOR.getInstance(DocumentPipeline.class).generate(examples(), 0,
                Set.of("html", "ics", "md", "json"), options);
        List<GeneratedFile> files = ((DocumentPipeline.Documents) outcome).files();

        assertEquals(fileNames(expectedFolder), files.stream().map(GeneratedFile::name).sorted().toList(), "the same files");
        for (GeneratedFile file : files) {
            // Compared as text so a failure shows the first differing line; then as bytes, the real contract.
            byte[] expected = Files.readAllBytes(expectedFolder.resolve(file.name()));
            assertEquals(new String(expected, StandardCharsets.UTF_8), file.text(), variant + "/" + file.name());
            assertArrayEquals(expected, file.content(), variant + "/" + file.name());
        }
    }

    /** The examples parsed together, as {@code gtm generate examples} loads them. */
    private static List<Resource> examples() throws IOException {
        Path folder = new PlanFixtures().examplesFolder();
        Map<URI, String> texts = new LinkedHashMap<>();
        for (String name : List.of("org.gtm", "phone-launch.gtm")) {
            texts.put(URI.createFileURI(folder.resolve(name).toString()), Files.readString(folder.resolve(name), StandardCharsets.UTF_8));
        }
        return INJECTOR.getInstance(PlanDocuments.class).parseAll(texts, CancelIndicator.NullImpl).stream()
                .map(p -> (Resource) p.resource()).toList();
    }

    private static Path goldenFolder() {
        return new PlanFixtures().examplesFolder().getParent().resolve("tests/org.gtmplan.lang.tests/golden");
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
