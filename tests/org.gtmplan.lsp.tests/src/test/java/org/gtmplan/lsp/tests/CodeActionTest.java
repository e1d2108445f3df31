package org.gtmplan.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * textDocument/codeAction as an editor uses it: the quick-fix of a published diagnostic, and
 * source.fixAll, give exactly the text that gtm fix writes for the same file (the fixture shared
 * with tests/org.gtmplan.cli.tests).
 */
class CodeActionTest {

    @TempDir
    Path workspace;

    private ServerSession session;
    private Path plan;
    private String text;

    @BeforeEach
    void start() throws Exception {
        Path fixtures = ServerSession.root().resolve("tests/org.gtmplan.cli.tests/fixtures/fixable");
        plan = workspace.resolve("retail-late.gtm");
        Files.copy(fixtures.resolve("retail-late.gtm"), plan);
        text = Files.readString(plan);
        session = new ServerSession();
        assertNotNull(session.initialize(workspace).getCapabilities().getCodeActionProvider(), "code actions are announced");
        session.open(plan);
    }

    @AfterEach
    void stop() throws Exception {
        session.close();
    }

    @Test
    void theQuickfixOfADiagnosticGivesTheTextGtmFixWrites() throws Exception {
        Diagnostic retailLate = session.diagnosticsOf(plan).stream().filter(d -> "retail-late".equals(d.getCode().getLeft()))
                .findFirst().orElseThrow();
        List<CodeAction> actions = codeActions(new CodeActionContext(List.of(retailLate)), retailLate.getRange());
        CodeAction fix = actions.stream().filter(a -> CodeActionKind.QuickFix.equals(a.getKind())).findFirst().orElseThrow();
        assertEquals("Make it due the day before first sale", fix.getTitle());
        assertEquals(List.of(retailLate), fix.getDiagnostics());
        assertEquals(expected(), ServerSession.apply(text, editsOf(fix)));
    }

    @Test
    void fixAllGivesTheTextGtmFixWrites() throws Exception {
        List<Diagnostic> published = session.diagnosticsOf(plan);
        CodeActionContext context = new CodeActionContext(published);
        context.setOnly(List.of(CodeActionKind.SourceFixAll));
        List<CodeAction> actions = codeActions(context, new Range(new Position(0, 0), new Position(0, 0)));
        assertEquals(1, actions.size(), actions.toString());
        CodeAction fixAll = actions.get(0);
        assertEquals(CodeActionKind.SourceFixAll, fixAll.getKind());
        assertEquals(expected(), ServerSession.apply(text, editsOf(fixAll)));
    }

    @Test
    void aDiagnosticWithoutAFixGetsNoAction() throws Exception {
        Diagnostic unfixable = new Diagnostic(new Range(new Position(0, 5), new Position(0, 6)), "Plan P has no end-of-life milestone");
        unfixable.setCode("missing-eol");
        assertEquals(List.of(), codeActions(new CodeActionContext(List.of(unfixable)), unfixable.getRange()));
    }

    private List<CodeAction> codeActions(CodeActionContext context, Range range) throws Exception {
        CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(plan.toUri().toString()), range, context);
        List<Either<org.eclipse.lsp4j.Command, CodeAction>> result = session.server().getTextDocumentService().codeAction(params)
                .get(30, TimeUnit.SECONDS);
        assertTrue(result.stream().allMatch(Either::isRight), "actions, not bare commands: " + result);
        return result.stream().map(Either::getRight).toList();
    }

    private List<TextEdit> editsOf(CodeAction action) {
        assertNotNull(action.getEdit(), "the action carries its edit: " + action);
        return action.getEdit().getChanges().entrySet().stream()
                .filter(e -> e.getKey().replace("file:///", "file:/").equals(plan.toUri().toString().replace("file:///", "file:/")))
                .findFirst().orElseThrow(() -> new AssertionError("no edit of the plan: " + action.getEdit())).getValue();
    }

    private static String expected() throws Exception {
        return Files.readString(ServerSession.root().resolve("tests/org.gtmplan.cli.tests/fixtures/fixable/retail-late.gtm.fixed"));
    }
}
