package org.gtmplan.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server keeps the model of an edited file and reparses only what each edit touched
 * (ReparsingBuild). Whatever a sequence of edits does to the text, the diagnostics must be the
 * ones a fresh load of the same text gets: one server is edited keystroke by keystroke, another
 * opens each state of the text as a new file, and the two must publish the same findings.
 */
class IncrementalEditsTest {

    /** What an author types or breaks: tokens of the language, half of them, and stray punctuation. */
    private static final String[] TYPED = { "task extra \"Extra\" owner alice due T+5d\n", "owner nobody ", "}", "{", "\"",
            "GR2+20wd", "\n", " ", "status done ", "after ", "kind ", "due ", "T-", "2026-02-30", "workstream w \"W\" pillar price {",
            "gate GR9 \"G\" at T {", "milestone ", "// a comment\n", "/*", "kickoff", "5d", "x" };

    @TempDir
    Path editedWorkspace;

    @TempDir
    Path freshWorkspace;

    @Test
    void editsInPlaceFindWhatAFreshLoadFinds() throws Exception {
        ServerSession.copyExamples(editedWorkspace);
        Files.copy(ServerSession.root().resolve("examples/org.gtm"), freshWorkspace.resolve("org.gtm"));
        Path plan = editedWorkspace.resolve("phone-launch.gtm");
        String original = Files.readString(plan);
        String uri = plan.toUri().toString();
        Random random = new Random(20261202L);
        try (ServerSession edited = new ServerSession(); ServerSession fresh = new ServerSession()) {
            edited.initialize(editedWorkspace);
            fresh.initialize(freshWorkspace);
            edited.forgetDiagnostics(uri);
            edited.server().getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "gtm", 1, original)));
            assertEquals(List.of(), describe(edited.nextDiagnostics(uri)), "the example plan has no finding");

            String text = original;
            int differentFromOriginal = 0;
            for (int step = 1; step <= 60; step++) {
                Edit edit = step % 15 == 0 ? new Edit(0, text.length(), original, "back to the original") : randomEdit(random, text);
                TextDocumentContentChangeEvent change = new TextDocumentContentChangeEvent(
                        new Range(position(text, edit.offset()), position(text, edit.offset() + edit.length())), edit.newText());
                text = text.substring(0, edit.offset()) + edit.newText() + text.substring(edit.offset() + edit.length());
                edited.server().getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(uri, step + 1), List.of(change)));
                List<String> inPlace = describe(edited.nextDiagnostics(uri));
                List<String> loaded = describe(freshDiagnostics(fresh, freshWorkspace.resolve("state-" + step + ".gtm"), text));
                assertEquals(loaded, inPlace, "after edit " + step + " (" + edit.how() + ")");
                if (!inPlace.isEmpty()) {
                    differentFromOriginal++;
                }
            }
            // The comparison means something only if the edits made findings.
            assertTrue(differentFromOriginal > 20, differentFromOriginal + " of 60 states had findings");
        }
    }

    /** A replacement of {@code length} characters at {@code offset}, and what it does in words. */
    private record Edit(int offset, int length, String newText, String how) {
    }

    private static Edit randomEdit(Random random, String text) {
        int offset = random.nextInt(text.length() + 1);
        switch (random.nextInt(5)) {
            case 0: {
                String typed = TYPED[random.nextInt(TYPED.length)];
                return new Edit(offset, 0, typed, "typed " + quoted(typed) + " at " + offset);
            }
            case 1: {
                int length = Math.min(1 + random.nextInt(40), text.length() - offset);
                return new Edit(offset, length, "", "deleted " + quoted(text.substring(offset, offset + length)) + " at " + offset);
            }
            case 2: {
                // A line written twice, as a copy and paste does.
                int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
                int end = text.indexOf('\n', start);
                String line = text.substring(start, end < 0 ? text.length() : end) + "\n";
                return new Edit(start, 0, line, "duplicated the line " + quoted(line) + " at " + start);
            }
            case 3: {
                // An owner renamed to nobody known.
                int owner = text.indexOf("owner ", offset);
                if (owner < 0) {
                    owner = text.indexOf("owner ");
                }
                if (owner < 0) {
                    return new Edit(offset, 0, "x", "typed x at " + offset);
                }
                int start = owner + "owner ".length();
                int end = start;
                while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                return new Edit(start, end - start, "nobody" + random.nextInt(3), "renamed the owner at " + start);
            }
            default: {
                // A backspace.
                if (offset == 0) {
                    return new Edit(0, 0, "", "nothing");
                }
                return new Edit(offset - 1, 1, "", "backspace at " + offset);
            }
        }
    }

    /** The diagnostics a server publishes for {@code text} opened as a file it has not seen. */
    private static List<Diagnostic> freshDiagnostics(ServerSession fresh, Path file, String text) throws Exception {
        String uri = file.toUri().toString();
        fresh.server().getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "gtm", 1, text)));
        List<Diagnostic> diagnostics = fresh.nextDiagnostics(uri);
        fresh.server().getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
        fresh.nextDiagnostics(uri); // the closed file's findings are cleared
        return diagnostics;
    }

    private static List<String> describe(List<Diagnostic> diagnostics) {
        List<String> lines = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Range r = d.getRange();
            lines.add(r.getStart().getLine() + ":" + r.getStart().getCharacter() + "-" + r.getEnd().getLine() + ":"
                    + r.getEnd().getCharacter() + " " + d.getSeverity() + " " + (d.getCode() == null ? "" : d.getCode().get()) + " "
                    + d.getMessage());
        }
        lines.sort(null);
        return lines;
    }

    private static Position position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart);
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\n", "\\n") + "\"";
    }
}
