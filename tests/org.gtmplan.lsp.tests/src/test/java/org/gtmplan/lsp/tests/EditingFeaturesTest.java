package org.gtmplan.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editing features an LSP editor offers, over the protocol, on the shipped example plan and
 * library: definitions and references across files, the outline as a hierarchy, workspace
 * symbols, folding, semantic tokens, highlights, rename (never of a keyword or T) and formatting.
 */
class EditingFeaturesTest {

    @TempDir
    Path workspace;

    private ServerSession session;
    private Path plan;
    private Path library;
    private String text;

    @BeforeEach
    void start() throws Exception {
        ServerSession.copyExamples(workspace);
        plan = workspace.resolve("phone-launch.gtm");
        library = workspace.resolve("org.gtm");
        text = Files.readString(plan);
        session = new ServerSession();
        session.initialize(workspace);
        session.open(plan);
        session.diagnosticsOf(plan);
    }

    @AfterEach
    void stop() throws Exception {
        session.close();
    }

    @Test
    void goToDefinitionOfAnOwnerOpensTheLibrary() throws Exception {
        List<? extends Location> found = documents().definition(new DefinitionParams(id(plan), at("owner alice", 6)))
                .get(30, TimeUnit.SECONDS).getLeft();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).getUri().endsWith("org.gtm"), found.toString());
        assertEquals(4, found.get(0).getRange().getStart().getLine(), "person alice is on line 5 of the library");
    }

    @Test
    void referencesOfAPersonAreFoundAcrossFiles() throws Exception {
        String libraryText = Files.readString(library);
        Position alice = position(libraryText, libraryText.indexOf("person alice") + 7);
        List<? extends Location> found = documents().references(new ReferenceParams(id(library), alice, new ReferenceContext(false)))
                .get(30, TimeUnit.SECONDS);
        assertTrue(found.stream().anyMatch(l -> l.getUri().endsWith("phone-launch.gtm")), "the plan's uses: " + found);
        assertTrue(found.stream().anyMatch(l -> l.getUri().endsWith("org.gtm")), "the teams' lead alice: " + found);
    }

    @Test
    void theOutlineIsAHierarchy() throws Exception {
        List<DocumentSymbol> roots = documents().documentSymbol(new DocumentSymbolParams(id(plan))).get(30, TimeUnit.SECONDS)
                .stream().map(e -> e.getRight()).toList();
        assertEquals(1, roots.size(), roots.toString());
        DocumentSymbol planSymbol = roots.get(0);
        List<String> children = planSymbol.getChildren().stream().map(DocumentSymbol::getName).toList();
        assertTrue(children.contains("GR2") && children.contains("kickoff") && children.contains("price"), children.toString());
        DocumentSymbol gr2 = planSymbol.getChildren().stream().filter(s -> s.getName().equals("GR2")).findFirst().orElseThrow();
        assertEquals(List.of("targetMarkets", "pricingDirection"), gr2.getChildren().stream().map(DocumentSymbol::getName).toList());
        DocumentSymbol price = planSymbol.getChildren().stream().filter(s -> s.getName().equals("price")).findFirst().orElseThrow();
        assertEquals(List.of("priceBand", "finalPrice"), price.getChildren().stream().map(DocumentSymbol::getName).toList());
        assertEquals("Price band and promotions", price.getChildren().get(0).getDetail());
        assertEquals(org.eclipse.lsp4j.SymbolKind.Method, price.getChildren().get(0).getKind());
        DocumentSymbol msp = planSymbol.getChildren().stream().filter(s -> s.getName().equals("msp")).findFirst().orElseThrow();
        List<String> parts = msp.getChildren().stream().map(DocumentSymbol::getName).toList();
        assertTrue(parts.contains("target volume") && parts.contains("launchShow"), parts.toString());
        assertTrue(children.contains("pctWeekly") && children.contains("competitorPrice"), "meetings and the response: " + children);
    }

    @Test
    void workspaceSymbolsFindPlanElementsAndLibraryMembers() throws Exception {
        var result = session.server().getWorkspaceService().symbol(new WorkspaceSymbolParams("alice")).get(30, TimeUnit.SECONDS);
        List<String> names = new ArrayList<>();
        if (result.isLeft()) {
            result.getLeft().forEach(s -> names.add(s.getName()));
        } else {
            result.getRight().forEach((WorkspaceSymbol s) -> names.add(s.getName()));
        }
        assertTrue(names.stream().anyMatch(n -> n.endsWith("alice")), names.toString());
    }

    @Test
    void blocksFold() throws Exception {
        List<FoldingRange> ranges = documents().foldingRange(new FoldingRangeRequestParams(id(plan))).get(30, TimeUnit.SECONDS);
        int gr2Line = position(text, text.indexOf("gate GR2")).getLine();
        assertTrue(ranges.stream().anyMatch(r -> r.getStartLine() == gr2Line), "the GR2 block folds: " + ranges);
    }

    @Test
    void semanticTokensAreServed() throws Exception {
        SemanticTokens tokens = documents().semanticTokensFull(new SemanticTokensParams(id(plan))).get(30, TimeUnit.SECONDS);
        assertNotNull(tokens);
    }

    @Test
    void highlightShowsEveryUseOfAnElementInTheFile() throws Exception {
        List<? extends DocumentHighlight> highlights = documents()
                .documentHighlight(new DocumentHighlightParams(id(plan), at("task priceBand", 6))).get(30, TimeUnit.SECONDS);
        assertTrue(highlights.size() >= 3, "declaration, GR2's requires, finalPrice's after: " + highlights);
    }

    @Test
    void renameChangesTheDeclarationAndEveryReferenceAcrossFiles() throws Exception {
        String libraryText = Files.readString(library);
        session.open(library);
        Position carol = position(libraryText, libraryText.indexOf("person carol") + 8);
        WorkspaceEdit edit = documents().rename(new RenameParams(id(library), carol, "caroline")).get(30, TimeUnit.SECONDS);
        assertNotNull(edit);
        List<String> files = new ArrayList<>();
        if (edit.getChanges() != null) {
            files.addAll(edit.getChanges().keySet());
        }
        if (edit.getDocumentChanges() != null) {
            edit.getDocumentChanges().forEach(c -> files.add(c.isLeft() ? c.getLeft().getTextDocument().getUri() : c.getRight().toString()));
        }
        assertTrue(files.stream().anyMatch(f -> f.endsWith("phone-launch.gtm")) && files.stream().anyMatch(f -> f.endsWith("org.gtm")),
                files.toString());
    }

    @Test
    void prepareRenameRefusesKeywordsAndT() throws Exception {
        assertNull(documents().prepareRename(new PrepareRenameParams(id(plan), at("workstream product", 2))).get(30, TimeUnit.SECONDS),
                "a keyword");
        assertNull(documents().prepareRename(new PrepareRenameParams(id(plan), at("at T-32d", 3))).get(30, TimeUnit.SECONDS), "day 0");
        assertNotNull(documents().prepareRename(new PrepareRenameParams(id(plan), at("task priceBand", 6))).get(30, TimeUnit.SECONDS),
                "a task's name");
    }

    @Test
    void formattingTheCanonicalExampleChangesNothingAndARangeIsFormatted() throws Exception {
        List<? extends TextEdit> whole = documents().formatting(new DocumentFormattingParams(id(plan), new FormattingOptions(4, true)))
                .get(30, TimeUnit.SECONDS);
        assertEquals(text, ServerSession.apply(text, new ArrayList<>(whole)), "the example is in canonical layout");
        List<? extends TextEdit> range = documents().rangeFormatting(new DocumentRangeFormattingParams(id(plan),
                new FormattingOptions(4, true), new Range(new Position(0, 0), new Position(5, 0)))).get(30, TimeUnit.SECONDS);
        assertFalse(range == null, "range formatting answers");
    }

    private TextDocumentService documents() {
        return session.server().getTextDocumentService();
    }

    private static TextDocumentIdentifier id(Path file) {
        return new TextDocumentIdentifier(file.toUri().toString());
    }

    private Position at(String snippet, int shift) {
        int offset = text.indexOf(snippet);
        assertTrue(offset >= 0, snippet);
        return position(text, offset + shift);
    }

    private static Position position(String text, int offset) {
        int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
        return new Position(line, offset - (text.lastIndexOf('\n', offset - 1) + 1));
    }
}
