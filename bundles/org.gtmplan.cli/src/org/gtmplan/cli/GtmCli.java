package org.gtmplan.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.gtmplan.lang.ide.GtmIdeSetup;

import com.google.inject.Injector;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gtm}: the command line of GTM Plan, a thin adapter over the headless language.
 * Exit codes (language.md §7): 0 no error, 1 errors in the plans, 2 bad usage or unreadable input.
 */
@Command(name = "gtm", mixinStandardHelpOptions = true, version = "GTM Plan " + GtmCli.VERSION,
        description = "Go-to-market launch plans as code: check them, generate their documents.",
        subcommands = { ValidateCommand.class, GenerateCommand.class, FormatCommand.class, FixCommand.class, DiffCommand.class, NewCommand.class, LspCommand.class })
public class GtmCli implements java.util.concurrent.Callable<Integer> {

    public static final String VERSION = "0.1.0";

    public static final int EXIT_OK = 0;
    public static final int EXIT_ERRORS = 1;
    public static final int EXIT_BAD_INPUT = 2;

    @Option(names = "--max-file-mb", defaultValue = "8", description = "refuse files larger than this (default: ${DEFAULT-VALUE} MB)")
    private int maxFileMb;

    private final PrintWriter out;
    private final PrintWriter err;
    /**
     * This command line's own injector. EMF's registry keeps the validator of the first injector
     * created in the process, so a later one may check with another injector's validator: nothing a
     * run sets may live in the injector. The --as-of day travels with the run's resource set
     * (ValidationOptions, attached by PlanWorkspace), which every validator reads alike.
     */
    private Injector injector;

    private final java.util.Map<String, String> environment;

    public GtmCli(PrintWriter out, PrintWriter err) {
        this(out, err, System.getenv());
    }

    /** With an explicit environment (SOURCE_DATE_EPOCH...), for tests and embedding. */
    public GtmCli(PrintWriter out, PrintWriter err, java.util.Map<String, String> environment) {
        this(out, err, environment, false);
    }

    /** {@code terminal}: standard output is a terminal, so reports may show source lines in colour. */
    public GtmCli(PrintWriter out, PrintWriter err, java.util.Map<String, String> environment, boolean terminal) {
        this.out = out;
        this.err = err;
        this.environment = environment;
        this.terminal = terminal;
    }

    private final boolean terminal;

    boolean isTerminal() {
        return terminal;
    }

    /**
     * Whether this process writes to a terminal. Java 22 added Console.isTerminal(); before it a
     * console exists only when both standard streams are terminals, which is what counts here.
     */
    static boolean stdoutIsTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    String environment(String name) {
        return environment.get(name);
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = new GtmCli(out, err, System.getenv(), stdoutIsTerminal()).run(args);
        out.flush();
        System.exit(code);
    }

    /** Runs one command line; never throws, always returns an exit code. */
    public int run(String... args) {
        CommandLine commandLine = new CommandLine(this);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> EXIT_BAD_INPUT);
        commandLine.setParameterExceptionHandler((e, a) -> {
            err.println("gtm: " + e.getMessage());
            // validate takes --format, generate --formats: name the near miss before the usage.
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
                err.println("Did you mean: " + String.join(" or ", unmatched.getSuggestions()) + "?");
            }
            e.getCommandLine().usage(err);
            return EXIT_BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            if (e instanceof InputProblem) {
                err.println(e.getMessage());
            } else {
                // A defect of ours, not of the plan: one line, no stack trace for the user.
                err.println("gtm: internal error: " + e + " (please report it with the plan that caused it)");
            }
            return EXIT_BAD_INPUT;
        });
        try {
            return commandLine.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            err.println("gtm: the plan is too large for this Java heap; give more memory with JAVA_OPTS=-Xmx2g");
            return EXIT_BAD_INPUT;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** {@code gtm} without a command: show what it can do. */
    @Override
    public Integer call() {
        new CommandLine(this).usage(err);
        return EXIT_BAD_INPUT;
    }

    long maxFileBytes() {
        return maxFileMb * 1024L * 1024L;
    }

    /** The language's injector, created on first use so that --help stays instant. */
    synchronized Injector injector() {
        if (injector == null) {
            // The editor-neutral services too: gtm fix applies the quick-fixes of the .ide bundle.
            injector = new GtmIdeSetup().createInjectorAndDoEMFRegistration();
        }
        return injector;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }
}
