package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.gtmplan.lang.formatting2.PlanFormatter;
import org.gtmplan.lang.generator.DocumentGenerators;
import org.gtmplan.lang.generator.GenerationOptions;
import org.gtmplan.lang.generator.PlanView;
import org.gtmplan.lang.generator.PlanViewBuilder;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.ide.GtmIdeSetup;
import org.gtmplan.lang.model.WrittenFeatures;
import org.gtmplan.lang.issues.GtmIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The defects {@link FuzzTest} found, each on its shortest input: half-typed plans get their
 * diagnostics and every service still answers.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GtmInjectorProvider.class)
class HalfTypedInputTest {

    @Inject
    private IResourceValidator validator;

    @Inject
    private PlanFormatter formatter;

    @Inject
    private PlanViewBuilder views;

    @Inject
    private DocumentGenerators generators;

    private static Injector ide;

    /** The language server's injector, and a file as it makes them. */
    private static XtextResource load(String text) throws IOException {
        if (ide == null) {
            ide = new GtmIdeSetup().createInjector();
        }
        XtextResource resource = ide.getInstance(XtextResource.class);
        resource.setURI(URI.createURI("memory:/half-typed.gtm"));
        ide.getInstance(XtextResourceSet.class).getResources().add(resource);
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
        return resource;
    }

    /** Fixed in c62add7: the end-of-file token has no text, and the message provider looked it up in a Set.of(...). */
    @Test
    void aPlanThatEndsInsideAWorkstreamIsASyntaxError() throws IOException {
        XtextResource resource = load("plan P \"p\" {\n workstream w \"W\" pillar price {");
        List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
        List<Issue> syntax = TestSupport.withCode(issues, GtmIssueCodes.SYNTAX);
        assertFalse(syntax.isEmpty(), TestSupport.describe(issues).toString());
        assertTrue(syntax.get(0).getMessage().contains("the end of the file"), syntax.get(0).getMessage());
        assertEquals(List.of(), TestSupport.withCode(issues, GtmIssueCodes.INTERNAL));
    }

    /** A second `workdays` replaced the first in the model but not in the text: the formatter met an orphan and threw. */
    @Test
    void workdaysWrittenTwiceCountsTheLastTimeAndStillFormats() throws IOException {
        XtextResource resource = load("plan P \"p\" {\n    workdays MON..FRI\n    workdays SUN..THU\n}\n");
        assertEquals(List.of(), resource.getErrors());
        Plan plan = TestSupport.planOf(resource);
        assertEquals("SUN", WrittenFeatures.workdaysOf(plan).getFirst().getLiteral());
        assertEquals("plan P \"p\" {\n    workdays MON..FRI\n    workdays SUN..THU\n}\n", formatter.format(resource));
        assertEquals(List.of(), formatInTheLanguageServer(resource));
    }

    /** Nothing to lay out: Xtext's region access needs an element and threw on an empty or comment-only file. */
    @ParameterizedTest
    @ValueSource(strings = { "", "// only a comment\n", "/* a block */" })
    void aFileWithoutElementsIsLeftAsWritten(String text) throws IOException {
        assertEquals(text, formatter.format(load(text)));
    }

    /** Tokens the parser skipped sit among the comments for the formatter, which had no replacer for them and threw. */
    @Test
    void theLanguageServerFormatsAPlanWithSkippedTokens() throws IOException {
        String text = "plan Nova \"Nova launch\" {\n  product   \"Nova\"\n    day0 2026-09-0";
        XtextResource resource = load(text);
        assertFalse(resource.getErrors().isEmpty());
        List<? extends TextEdit> edits = formatInTheLanguageServer(resource);
        assertFalse(edits.isEmpty(), "the rest is still laid out");
    }

    /** Xtext asked the element under the cursor for its name without checking there is one. */
    @ParameterizedTest
    @ValueSource(strings = { "", "// only a comment", "plan" })
    void goToDefinitionWhereThereIsNothing(String text) throws IOException {
        XtextResource resource = load(text);
        DocumentSymbolService symbols = ide.getInstance(DocumentSymbolService.class);
        for (int offset = 0; offset <= text.length(); offset++) {
            assertEquals(List.of(), symbols.getDefinitions(resource, offset, FuzzTest.resourceAccess(resource), CancelIndicator.NullImpl));
        }
    }

    /** gtm generates only plans without errors, but the documents of a half-typed plan are still made without a failure. */
    @ParameterizedTest
    @ValueSource(strings = { "plan", "plan P { milestone", "plan P { milestone m \"M\" at T milestone ",
            "plan P { workstream w \"W\" pillar price { task", "plan P { msp \"m\" { budget 1000000 status USD } }",
            "plan P { msp \"m\" { activity a \"A\" level company at T expects leads" })
    void theDocumentsOfAHalfTypedPlan(String text) throws IOException {
        Plan plan = TestSupport.planOf(load(text));
        PlanView view = views.build(plan);
        assertFalse(generators.generate(List.of(view, view), generators.formats(), GenerationOptions.defaults()).isEmpty());
    }

    private static List<? extends TextEdit> formatInTheLanguageServer(XtextResource resource) {
        String text = resource.getParseResult().getRootNode().getText();
        DocumentFormattingParams params = new DocumentFormattingParams(new TextDocumentIdentifier("memory:/half-typed.gtm"),
                new FormattingOptions(4, true));
        return ide.getInstance(FormattingService.class).format(new Document(1, text), resource, params, CancelIndicator.NullImpl);
    }
}
