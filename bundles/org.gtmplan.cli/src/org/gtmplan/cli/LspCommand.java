package org.gtmplan.cli;

import java.util.concurrent.Callable;

import org.eclipse.xtext.ide.server.ServerLauncher;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.util.Modules2;
import org.gtmplan.lang.ide.server.GtmLanguageServer;

import picocli.CommandLine.Command;

/**
 * {@code gtm lsp}: the GTM Plan language server on standard input and output, for any editor
 * that speaks the Language Server Protocol. It is Xtext's server with the language's .ide
 * services (found through META-INF/services/org.eclipse.xtext.ISetup), so it reports the same
 * diagnostics as {@code gtm validate}. Standard output carries only the protocol. Clients must
 * send a root URI (as editors do); the workspace is the folder below it.
 */
@Command(name = "lsp", description = "Run the GTM Plan language server on standard input and output.",
        mixinStandardHelpOptions = true)
public class LspCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        // ServerLauncher takes its LanguageServerImpl by class: bind ours there.
        ServerLauncher.launch(GtmCli.class.getName(), new String[0], Modules2.mixin(new ServerModule(),
                binder -> binder.bind(LanguageServerImpl.class).to(GtmLanguageServer.class)));
        return GtmCli.EXIT_OK;
    }
}
