package org.gtmplan.cli.lsp;

import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.ide.server.IMultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;

import org.gtmplan.lang.ide.server.GtmLanguageServer;
import org.gtmplan.lang.ide.server.ReparsingBuild;

import com.google.inject.AbstractModule;
import com.google.inject.util.Modules;

/**
 * Xtext's {@link ServerModule} with GTM Plan's handling of workspace roots: a client may name its
 * workspace by {@code rootUri}, {@code rootPath} or {@code workspaceFolders}, or not at all, in which
 * case the documents it opens are the workspace ({@link GtmLanguageServer}, {@link DocumentsWorkspaceConfigFactory});
 * an edited file is reparsed in place, only where it changed ({@link ReparsingBuild}).
 * Only the server's wiring is here; the language's own services come from the .ide bundle.
 */
public class GtmServerModule extends AbstractModule {

    @Override
    protected void configure() {
        install(Modules.override(new ServerModule()).with(new AbstractModule() {
            @Override
            protected void configure() {
                bind(LanguageServerImpl.class).to(GtmLanguageServer.class);
                bind(IMultiRootWorkspaceConfigFactory.class).to(DocumentsWorkspaceConfigFactory.class);
                bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(ReparsingBuild.class);
            }
        }));
    }
}
