package org.gtmplan.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** textDocument/completion: references by the name a person types, each once. */
class CompletionTest {

    @TempDir
    Path workspace;

    private ServerSession session;
    private Path plan;

    @BeforeEach
    void start() throws Exception {
        ServerSession.copyExamples(workspace);
        plan = workspace.resolve("phone-launch.gtm");
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
    void ownersOfAnImportedLibraryAreProposedOnceBySimpleName() throws Exception {
        List<String> labels = labelsAfter("task samples \"Retail demo units\" owner ", "");
        for (String person : List.of("alice", "bob", "carol", "dan", "erin", "frank", "grace", "PCT", "IPMS_MT")) {
            assertEquals(1, labels.stream().filter(person::equals).count(), person + " once in " + labels);
        }
        assertTrue(labels.stream().noneMatch(l -> l.startsWith("acme.")), "no qualified duplicate: " + labels);
    }

    @Test
    void aQualifiedPrefixStillGetsQualifiedNames() throws Exception {
        List<String> labels = labelsAfter("task samples \"Retail demo units\" owner ", "acme.org.people.a");
        assertTrue(labels.contains("acme.org.people.alice"), labels.toString());
    }

    @Test
    void aPlanMemberPositionOffersItsKeywordsAndSnippets() throws Exception {
        List<CompletionItem> items = itemsAfter("    milestone eol \"退市\" at T+540d kind eol\n", "");
        List<String> labels = items.stream().map(CompletionItem::getLabel).toList();
        for (String keyword : List.of("milestone", "gate", "workstream", "meeting", "msp", "response")) {
            assertTrue(labels.contains(keyword), keyword + " in " + labels);
        }
        CompletionItem gate = items.stream().filter(i -> "gate …".equals(i.getLabel())).findFirst()
                .orElseThrow(() -> new AssertionError("no gate snippet: " + labels));
        assertEquals(org.eclipse.lsp4j.InsertTextFormat.Snippet, gate.getInsertTextFormat());
        assertTrue(labels.contains("workstream …") && labels.contains("milestone …"), labels.toString());
        assertTrue(!labels.contains("supplyForecast") && !labels.contains("owner"), "keywords that are only names here: " + labels);
    }

    @Test
    void pillarsAndMetricsAreProposedWhereTheyGo() throws Exception {
        List<String> pillars = labelsAfter("workstream product \"Product\" pillar ", "");
        assertTrue(pillars.containsAll(List.of("product", "price", "place", "promotion")), pillars.toString());
        List<String> metrics = labelsAfter("        target ", "");
        assertTrue(metrics.containsAll(List.of("volume", "revenue", "leads", "share", "nps")), metrics.toString());
    }

    /** Types {@code typed} right after {@code snippet} and asks for completion at its end. */
    private List<String> labelsAfter(String snippet, String typed) throws Exception {
        return itemsAfter(snippet, typed).stream().map(CompletionItem::getLabel).toList();
    }

    private List<CompletionItem> itemsAfter(String snippet, String typed) throws Exception {
        String text = Files.readString(plan);
        int at = text.indexOf(snippet);
        assertTrue(at >= 0, snippet);
        int offset = at + snippet.length();
        String edited = text.substring(0, offset) + typed + (typed.isEmpty() ? "" : " ") + text.substring(offset);
        if (!typed.isEmpty()) {
            VersionedTextDocumentIdentifier id = new VersionedTextDocumentIdentifier(plan.toUri().toString(), 2);
            session.server().getTextDocumentService().didChange(new DidChangeTextDocumentParams(id,
                    List.of(new TextDocumentContentChangeEvent(edited))));
        }
        int end = offset + typed.length();
        int line = (int) edited.substring(0, end).chars().filter(c -> c == '\n').count();
        int character = end - (edited.lastIndexOf('\n', end - 1) + 1);
        var result = session.server().getTextDocumentService()
                .completion(new CompletionParams(new TextDocumentIdentifier(plan.toUri().toString()), new Position(line, character)))
                .get(30, TimeUnit.SECONDS);
        return result.isLeft() ? result.getLeft() : result.getRight().getItems();
    }
}
