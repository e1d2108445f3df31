package org.gtmplan.cli;

import picocli.CommandLine.Option;

/** {@code --source}: whether diagnostics show their source line with a caret, as compilers do. */
public class SourceOption {

    enum When {
        auto, always, never
    }

    @Option(names = "--source", paramLabel = "WHEN", defaultValue = "auto",
            description = "show each diagnostic's source line and a caret: auto (on a terminal), always or never (default: ${DEFAULT-VALUE})")
    private When when = When.auto;

    boolean showSource(GtmCli cli) {
        return when == When.always || when == When.auto && cli.isTerminal();
    }
}
