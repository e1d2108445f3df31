package org.gtmplan.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code gtm lsp} as an editor meets it: a separate process, LSP over standard input and output. */
class LanguageServerTest {

    @TempDir
    Path workspace;

    private ServerSession session;

    private CompletableFuture<List<Diagnostic>> diagnosticsOf(Path file) {
        return session.published(file);
    }

    @BeforeEach
    void start() throws Exception {
        session = new ServerSession();
    }

    @AfterEach
    void stop() throws Exception {
        session.close();
    }

    /** The root URI and the folder, as editors send them. */
    private InitializeResult initialize() throws Exception {
        return session.initialize(workspace);
    }

    private InitializeResult initialize(InitializeParams params) throws Exception {
        return session.initialize(params);
    }

    private static void copyExamples(Path folder) throws IOException {
        ServerSession.copyExamples(folder);
    }

    private void open(Path file) throws IOException {
        session.open(file);
    }

    private static List<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.getCode() == null ? "" : d.getCode().getLeft()).toList();
    }

    @Test
    void editorsGetTheSameDiagnosticsAsTheCommandLine() throws Exception {
        Path plan = workspace.resolve("p.gtm");
        Files.writeString(plan, "plan P {\n    milestone m \"M\" at 2027-02-29\n}\n");
        InitializeResult result = initialize();
        assertNotNull(result.getCapabilities().getHoverProvider(), "hover");
        assertNotNull(result.getCapabilities().getCompletionProvider(), "content assist");
        assertNotNull(result.getCapabilities().getDocumentFormattingProvider(), "format");
        open(plan);
        List<Diagnostic> found = diagnosticsOf(plan).get(60, TimeUnit.SECONDS);
        Diagnostic invalidDate = found.stream().filter(d -> "invalid-date".equals(d.getCode().getLeft())).findFirst().orElseThrow();
        assertEquals(DiagnosticSeverity.Error, invalidDate.getSeverity());
        assertEquals("gtm", invalidDate.getSource(), "editors show where a diagnostic comes from");
        assertEquals(1, invalidDate.getRange().getStart().getLine());
        assertEquals(23, invalidDate.getRange().getStart().getCharacter());
        assertEquals("'2027-02-29' is not a calendar day", invalidDate.getMessage().getLeft());
    }

    @Test
    void theShippedExamplesAreCleanAndALibraryInTheWorkspaceServesThePlan() throws Exception {
        copyExamples(workspace);
        initialize();
        Path plan = workspace.resolve("phone-launch.gtm");
        open(plan);
        assertEquals(List.of(), diagnosticsOf(plan).get(60, TimeUnit.SECONDS));
    }

    /** Clients that name their workspace by folders alone, declaring the capability or not. */
    @ParameterizedTest(name = "workspace folders capability declared: {0}")
    @ValueSource(booleans = { false, true })
    void workspaceFoldersWithoutARootUri(boolean declared) throws Exception {
        Path folder = Files.createDirectory(workspace.resolve("plans"));
        copyExamples(folder);
        InitializeParams params = new InitializeParams();
        ClientCapabilities capabilities = new ClientCapabilities();
        if (declared) {
            WorkspaceClientCapabilities workspaceCapabilities = new WorkspaceClientCapabilities();
            workspaceCapabilities.setWorkspaceFolders(true);
            capabilities.setWorkspace(workspaceCapabilities);
        }
        params.setCapabilities(capabilities);
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "plans")));
        initialize(params);
        // The initial build covers the folder: the plan is checked, with its library, before it is opened.
        assertEquals(List.of(), diagnosticsOf(folder.resolve("phone-launch.gtm")).get(60, TimeUnit.SECONDS));
        assertEquals(List.of(), diagnosticsOf(folder.resolve("org.gtm")).get(60, TimeUnit.SECONDS));
    }

    /** A client that sends no root at all: the documents it opens are the workspace. */
    @Test
    void withoutAnyRootTheOpenDocumentsAreTheWorkspace() throws Exception {
        copyExamples(workspace);
        Path broken = workspace.resolve("broken.gtm");
        Files.writeString(broken, "plan P {\n    milestone m \"M\" at 2027-02-29\n}\n");
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        initialize(params);
        Path plan = workspace.resolve("phone-launch.gtm");
        open(workspace.resolve("org.gtm"));
        open(plan);
        // The library opened beside the plan serves it: every owner resolves.
        assertEquals(List.of(), diagnosticsOf(plan).get(60, TimeUnit.SECONDS));
        open(broken);
        List<String> codes = codes(diagnosticsOf(broken).get(60, TimeUnit.SECONDS));
        assertTrue(codes.contains("invalid-date"), codes.toString());
    }

    /** A file left half-typed in the workspace does not keep the server from checking the others. */
    @Test
    void aHalfTypedFileDoesNotStopTheWorkspace() throws Exception {
        copyExamples(workspace);
        Path half = workspace.resolve("half.gtm");
        Files.writeString(half, "plan P \"p\" {\n    workstream w \"W\" pillar price {\n");
        InitializeResult result = initialize();
        assertNotNull(result.getCapabilities());
        assertEquals(List.of(), diagnosticsOf(workspace.resolve("phone-launch.gtm")).get(60, TimeUnit.SECONDS));
        assertEquals(List.of(), diagnosticsOf(workspace.resolve("org.gtm")).get(60, TimeUnit.SECONDS));
        List<Diagnostic> found = diagnosticsOf(half).get(60, TimeUnit.SECONDS);
        Diagnostic syntax = found.stream().filter(d -> "syntax".equals(d.getCode().getLeft())).findFirst().orElseThrow();
        assertEquals(DiagnosticSeverity.Error, syntax.getSeverity());
        assertEquals("Expected 'task' or '}' but found the end of the file (in workstream w)", syntax.getMessage().getLeft());
    }
}
