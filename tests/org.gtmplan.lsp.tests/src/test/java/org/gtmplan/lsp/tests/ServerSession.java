package org.gtmplan.lsp.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/** The built {@code gtm lsp} in its own process, and an editor's side of the protocol. */
final class ServerSession implements AutoCloseable {

    private final Process process;
    private final LanguageServer server;
    private final Map<String, CompletableFuture<List<Diagnostic>>> diagnostics = new ConcurrentHashMap<>();
    /** Every publication per file, in the order they came. */
    private final Map<String, BlockingQueue<List<Diagnostic>>> publications = new ConcurrentHashMap<>();

    ServerSession() throws IOException {
        Path plugins = root().resolve("releng/org.gtmplan.repository/target/repository/plugins");
        assertTrue(Files.isDirectory(plugins), "the update site is not built: " + plugins);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        process = new ProcessBuilder(java.toString(), "-cp", plugins + "/*", "org.gtmplan.cli.GtmCli", "lsp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        LanguageClient client = new LanguageClient() {
            @Override
            public void publishDiagnostics(PublishDiagnosticsParams params) {
                diagnostics.computeIfAbsent(key(params.getUri()), k -> new CompletableFuture<>()).complete(params.getDiagnostics());
                publicationsOf(params.getUri()).add(params.getDiagnostics());
            }

            @Override
            public void telemetryEvent(Object object) {
            }

            @Override
            public void showMessage(MessageParams message) {
            }

            @Override
            public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public void logMessage(MessageParams message) {
            }
        };
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(), process.getOutputStream());
        launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    static Path root() {
        String root = System.getProperty("gtm.root");
        return Path.of(root == null ? "../.." : root).toAbsolutePath().normalize();
    }

    LanguageServer server() {
        return server;
    }

    /** Copies the shipped example library and plan into {@code folder}. */
    static void copyExamples(Path folder) throws IOException {
        for (String name : List.of("org.gtm", "phone-launch.gtm")) {
            Files.copy(root().resolve("examples").resolve(name), folder.resolve(name));
        }
    }

    InitializeResult initialize(Path workspace) throws Exception {
        InitializeParams params = new InitializeParams();
        // What editors announce: prepareRename, and the outline as a tree.
        ClientCapabilities capabilities = new ClientCapabilities();
        org.eclipse.lsp4j.TextDocumentClientCapabilities documents = new org.eclipse.lsp4j.TextDocumentClientCapabilities();
        documents.setRename(new org.eclipse.lsp4j.RenameCapabilities(true, false));
        org.eclipse.lsp4j.DocumentSymbolCapabilities symbols = new org.eclipse.lsp4j.DocumentSymbolCapabilities();
        symbols.setHierarchicalDocumentSymbolSupport(true);
        documents.setDocumentSymbol(symbols);
        capabilities.setTextDocument(documents);
        params.setCapabilities(capabilities);
        params.setRootUri(workspace.toUri().toString());
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "plans")));
        return initialize(params);
    }

    /** Initializes with exactly these parameters (a client's own roots and capabilities). */
    InitializeResult initialize(InitializeParams params) throws Exception {
        InitializeResult result = server.initialize(params).get(30, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        return result;
    }

    void open(Path file) throws IOException {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(file.toUri().toString(), "gtm", 1, Files.readString(file))));
    }

    /** The first diagnostics published for a file. */
    List<Diagnostic> diagnosticsOf(Path file) throws Exception {
        return published(file).get(60, TimeUnit.SECONDS);
    }

    /** The first diagnostics published for a file, when they come. */
    CompletableFuture<List<Diagnostic>> published(Path file) {
        return diagnostics.computeIfAbsent(key(file.toUri().toString()), k -> new CompletableFuture<>());
    }

    private BlockingQueue<List<Diagnostic>> publicationsOf(String uri) {
        return publications.computeIfAbsent(key(uri), k -> new LinkedBlockingQueue<>());
    }

    /** The next diagnostics published for a file after those taken already; fails after a minute. */
    List<Diagnostic> nextDiagnostics(String uri) throws InterruptedException {
        List<Diagnostic> next = publicationsOf(uri).poll(60, TimeUnit.SECONDS);
        assertTrue(next != null, "no diagnostics published for " + uri + " within a minute");
        return next;
    }

    /** Forgets the diagnostics published for a file so far. */
    void forgetDiagnostics(String uri) {
        publicationsOf(uri).clear();
    }

    /** Editors differ in writing file:/ or file:///. */
    private static String key(String uri) {
        return uri.replace("file:///", "file:/");
    }

    /** The text after an editor applied {@code edits} to it. */
    static String apply(String text, List<TextEdit> edits) {
        StringBuilder result = new StringBuilder(text);
        List<TextEdit> backwards = edits.stream().sorted((a, b) -> Integer.compare(offset(text, b.getRange().getStart()),
                offset(text, a.getRange().getStart()))).toList();
        for (TextEdit edit : backwards) {
            result.replace(offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()), edit.getNewText());
        }
        return result.toString();
    }

    private static int offset(String text, org.eclipse.lsp4j.Position position) {
        int offset = 0;
        for (int line = 0; line < position.getLine(); line++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset + position.getCharacter();
    }

    @Override
    public void close() throws Exception {
        try {
            server.shutdown().get(10, TimeUnit.SECONDS);
            server.exit();
        } finally {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
