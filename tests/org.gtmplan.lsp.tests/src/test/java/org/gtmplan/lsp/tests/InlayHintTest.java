package org.gtmplan.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** textDocument/inlayHint: after `due GR2+20wd` an editor shows the day it resolves to. */
class InlayHintTest {

    @TempDir
    Path workspace;

    private ServerSession session;
    private InitializeResult initialized;
    private Path plan;

    @BeforeEach
    void start() throws Exception {
        ServerSession.copyExamples(workspace);
        plan = workspace.resolve("phone-launch.gtm");
        session = new ServerSession();
        initialized = session.initialize(workspace);
        session.open(plan);
        session.diagnosticsOf(plan);
    }

    @AfterEach
    void stop() throws Exception {
        session.close();
    }

    @Test
    void aWorkingDayOffsetShowsTheDayItResolvesTo() throws Exception {
        assertNotNull(initialized.getCapabilities().getInlayHintProvider(), "inlay hints are announced");
        String text = Files.readString(plan);
        int end = text.indexOf("due GR2+20wd") + "due GR2+20wd".length();
        int line = (int) text.substring(0, end).chars().filter(c -> c == '\n').count();
        int character = end - (text.lastIndexOf('\n', end - 1) + 1);
        List<InlayHint> hints = session.server().getTextDocumentService().inlayHint(new InlayHintParams(
                new TextDocumentIdentifier(plan.toUri().toString()), new Range(new Position(line, 0), new Position(line + 1, 0))))
                .get(30, TimeUnit.SECONDS);
        InlayHint hint = hints.stream().filter(h -> h.getPosition().equals(new Position(line, character))).findFirst()
                .orElseThrow(() -> new AssertionError("no hint after GR2+20wd: " + hints));
        // GR2 is Fri 2026-04-10; twenty working days later, past the holidays of CN2026, is Fri 2026-05-08.
        assertEquals("Fri 2026-05-08", hint.getLabel().getLeft());
        assertTrue(hints.stream().allMatch(h -> h.getPosition().getLine() == line), "only the asked line: " + hints);
    }
}
