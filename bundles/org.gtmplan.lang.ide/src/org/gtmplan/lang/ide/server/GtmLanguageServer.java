package org.gtmplan.lang.ide.server;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.gtmplan.lang.ide.hints.DateInlayHints;

/**
 * Xtext's language server with what LSP 3.17 added and Xtext 2.42 does not serve: inlay hints
 * (the resolved day after every relative date), and code action kinds announced, so clients
 * offer the quick-fixes and "Fix all" in their menus. The work is done by the language's
 * editor-neutral services; this class only routes requests to them.
 *
 * <p>Xtext reads {@code workspaceFolders} only when the client declares the workspace-folders
 * capability, and otherwise {@code rootUri} or {@code rootPath}; a client that sends folders
 * without the capability, or no root at all, made it build a workspace from a null URI (a
 * NullPointerException, and no diagnostics ever), and a client with the capability that sends
 * only {@code rootUri} got an empty workspace. Here the folders are used whenever there are any,
 * the root URI or path otherwise, and with neither the folder list is empty, so that the
 * workspace is made of the documents the client opens (the command line binds its
 * DocumentsWorkspaceConfigFactory for that).
 */
public class GtmLanguageServer extends LanguageServerImpl {

    @Override
    protected ServerCapabilities createServerCapabilities(InitializeParams params) {
        ServerCapabilities capabilities = super.createServerCapabilities(params);
        capabilities.setInlayHintProvider(true);
        if (capabilities.getCodeActionProvider() != null) {
            capabilities.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActionKind.SourceFixAll)));
        }
        return capabilities;
    }

    /** Editors show a diagnostic's source beside its code ("gtm [unresolved-reference]"). */
    @Override
    protected org.eclipse.lsp4j.Diagnostic toDiagnostic(org.eclipse.xtext.validation.Issue issue) {
        org.eclipse.lsp4j.Diagnostic diagnostic = super.toDiagnostic(issue);
        diagnostic.setSource("gtm");
        return diagnostic;
    }

    @Override
    public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
        URI uri = getURI(params.getTextDocument());
        IResourceServiceProvider provider = getResourceServiceProvider(uri);
        DateInlayHints hints = provider == null ? null : provider.get(DateInlayHints.class);
        if (hints == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        return getLanguageServerAccess().doRead(params.getTextDocument().getUri(),
                context -> context.getResource() instanceof XtextResource resource
                        ? hints.hints(resource, context.getDocument(), params.getRange()) : List.of());
    }

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
