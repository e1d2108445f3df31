package org.gtmplan.html.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import nu.validator.validation.SimpleDocumentValidator;

/**
 * The W3C Nu HTML checker, run in this JVM: its schemas come from its own jar (the local entity
 * map), so nothing is fetched. Every generated page must have no error.
 */
class NuCheckerTest {

    /** What vnu.jar checks text/html against by default. */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("examples/MateX.html", GeneratedPages.examples().resolve("MateX.html")),
                Arguments.of("200 tasks/Big200.html", GeneratedPages.big().resolve("Big200.html")),
                Arguments.of("400 tasks/Big400.html", GeneratedPages.big400().resolve("Big400.html")),
                Arguments.of("hostile/Hostile.html", GeneratedPages.hostile().resolve("Hostile.html")),
                Arguments.of("several/index.html", GeneratedPages.several().resolve("index.html")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void noError(String name, Path page) throws Exception {
        Collector messages = check(Files.readAllBytes(page), page.toUri().toString());
        messages.warnings.forEach(w -> System.out.println("Nu checker, " + name + ": warning: " + w));
        assertEquals(List.of(), messages.errors, name + ": the Nu checker reports errors");
    }

    /** The checker as set up here does find errors: a page without a title, with a stray end tag. */
    @org.junit.jupiter.api.Test
    void findsErrorsInABrokenPage() throws Exception {
        byte[] broken = "<!DOCTYPE html><html lang=en><head><meta charset=utf-8></head><body><p>x</span><li>y</body></html>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Collector messages = check(broken, "file:///broken.html");
        assertTrue(messages.errors.size() >= 2, "expected errors, got " + messages.errors);
    }

    private static Collector check(byte[] html, String systemId) throws Exception {
        Collector messages = new Collector();
        SimpleDocumentValidator validator = new SimpleDocumentValidator();
        validator.setUpMainSchema(SCHEMA, messages);
        validator.setUpValidatorAndParsers(messages, true, false);
        InputSource source = new InputSource(new ByteArrayInputStream(html));
        source.setSystemId(systemId);
        source.setEncoding("UTF-8");
        validator.checkHtmlInputSource(source);
        return messages;
    }

    /** Gathers the checker's messages as "line:col message". */
    private static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        private static String text(SAXParseException e) {
            return e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage();
        }

        @Override
        public void warning(SAXParseException exception) {
            warnings.add(text(exception));
        }

        @Override
        public void error(SAXParseException exception) {
            errors.add(text(exception));
        }

        @Override
        public void fatalError(SAXParseException exception) {
            errors.add("fatal: " + text(exception));
        }
    }
}
