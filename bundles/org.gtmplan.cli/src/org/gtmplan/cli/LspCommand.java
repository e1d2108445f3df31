package org.gtmplan.cli;

import java.util.concurrent.Callable;

import org.eclipse.xtext.ide.server.ServerLauncher;
import org.gtmplan.cli.lsp.GtmServerModule;

import picocli.CommandLine.Command;

/**
 * {@code gtm lsp}: the GTM Plan language server on standard input and output, for any editor
 * that speaks the Language Server Protocol. It is Xtext's server with the language's .ide
 * services (found through META-INF/services/org.eclipse.xtext.ISetup), so it reports the same
 * diagnostics as {@code gtm validate}. Standard output carries only the protocol. The workspace is
 * the client's workspace folders, else its root URI (or root path), else the documents it opens
 * ({@link GtmServerModule}).
 */
@Command(name = "lsp", description = "Run the GTM Plan language server on standard input and output.",
        mixinStandardHelpOptions = true)
public class LspCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        ServerLauncher.launch(GtmCli.class.getName(), new String[0], new GtmServerModule());
        return GtmCli.EXIT_OK;
    }
}
