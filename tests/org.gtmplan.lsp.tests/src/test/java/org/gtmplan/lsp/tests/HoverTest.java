package org.gtmplan.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** textDocument/hover on the shipped example: dates resolve, owners and gates explain themselves. */
class HoverTest {

    @TempDir
    Path workspace;

    private ServerSession session;
    private Path plan;
    private String text;

    @BeforeEach
    void start() throws Exception {
        ServerSession.copyExamples(workspace);
        plan = workspace.resolve("phone-launch.gtm");
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
    void aRelativeDateShowsItsDayWeekdayAndOffset() throws Exception {
        String hover = hoverAt("at T-32d decidedBy", 4);
        assertTrue(hover.contains("`T-32d` is **Fri 2026-08-07 (T-32d)**"), hover);
        assertTrue(hover.contains("hangs on day 0 (T), Tue 2026-09-08 (T)"), hover);
    }

    @Test
    void anAnchoredDateNamesItsAnchor() throws Exception {
        String hover = hoverAt("due GR2+20wd", 4);
        assertTrue(hover.contains("`GR2+20wd` is **"), hover);
        assertTrue(hover.contains("It hangs on gate `GR2`, Fri 2026-04-10 (T-151d)"), hover);
    }

    @Test
    void anOwnerShowsNameRoleEmailAndTeams() throws Exception {
        String hover = hoverAt("owner alice", 6);
        assertTrue(hover.contains("**Alice Zhang** (`alice`), person, role GTM, alice@acme.example"), hover);
        assertTrue(hover.contains("Teams: PCT (lead), IPMS_MT (lead)"), hover);
    }

    @Test
    void aGateShowsItsCriteriaAndRequiredTasks() throws Exception {
        String hover = hoverAt("gate GR2", 5);
        assertTrue(hover.contains("**Gate `GR2`**"), hover);
        assertTrue(hover.contains("decided by IPMS_MT"), hover);
        assertTrue(hover.contains("- `targetMarkets` Target markets and segments selected (alice)"), hover);
        assertTrue(hover.contains("- `priceBand` done"), hover);
    }

    @Test
    void aTaskShowsDueOwnerStatusAndWhatItFollows() throws Exception {
        String hover = hoverAt("task firmwareFreeze", 5);
        assertTrue(hover.contains("Due Fri 2026-07-24 (T-46d)"), hover);
        assertTrue(hover.contains("owner bob (from workstream `product`)"), hover);
        assertTrue(hover.contains("doing"), hover);
        assertTrue(hover.contains("After `samples`"), hover);
    }

    /** Hovers {@code shift} characters into the first occurrence of {@code snippet}. */
    private String hoverAt(String snippet, int shift) throws Exception {
        int offset = text.indexOf(snippet);
        assertTrue(offset >= 0, snippet);
        offset += shift;
        int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
        int character = offset - (text.lastIndexOf('\n', offset - 1) + 1);
        Hover hover = session.server().getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(plan.toUri().toString()), new Position(line, character)))
                .get(30, TimeUnit.SECONDS);
        return hover == null || hover.getContents() == null ? "" : hover.getContents().getRight().getValue();
    }
}
