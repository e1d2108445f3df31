package org.gtmplan.cli.lsp;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Xtext's language server, with the workspace taken from whatever root the client sends.
 *
 * <p>Xtext reads {@code workspaceFolders} only when the client declares the workspace-folders
 * capability, and otherwise {@code rootUri} or {@code rootPath}; a client that sends folders
 * without the capability, or no root at all, made it build a workspace from a null URI (a
 * NullPointerException, and no diagnostics ever), and a client with the capability that sends
 * only {@code rootUri} got an empty workspace. Here the folders are used whenever there are any,
 * the root URI or path otherwise, and with neither the folder list is empty, so that the
 * workspace is made of the documents the client opens ({@link DocumentsWorkspaceConfigFactory}).
 */
public class GtmLanguageServer extends LanguageServerImpl {

    /** What the client sent; Xtext keeps its own copy private. */
    private volatile InitializeParams params;

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        this.params = params;
        return super.initialize(params);
    }

    @Override
    protected boolean clientSupportsWorkspaceFolders() {
        InitializeParams params = this.params;
        List<WorkspaceFolder> folders = params.getWorkspaceFolders();
        if (folders != null && folders.stream().anyMatch(folder -> folder != null && folder.getUri() != null)) {
            return true;
        }
        return params.getRootUri() == null && params.getRootPath() == null;
    }
}
