package org.gtmplan.benchmark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The language server benchmark of docs/performance.md ({@code releng/scripts/benchmark.sh lsp}):
 * a harness that prints figures, not a test. For each plan size it writes the
 * {@link SyntheticPlan} and its library into a fresh folder, starts the real server
 * ({@code gtm lsp} through the launcher, with its JVM options) as a separate process, initializes it with that folder as its root, opens the plan, and then makes ten edits
 * the way an editor does, one {@code didChange} at a time, in the sync kind the server announces:
 * the odd edits change the owner of a task in the middle of the plan to an unknown name, the even
 * ones put the owner back. Each edit is timed from sending {@code didChange} until the
 * {@code publishDiagnostics} of the plan that matches it arrives: one that reports the unknown
 * name after an odd edit, an empty one after an even edit (Xtext does not send the document
 * version with diagnostics, so they are matched by content). The server's CPU time (all its
 * threads, from /proc through {@link ProcessHandle}) is taken around each edit too.
 *
 * <pre>
 * releng/scripts/benchmark.sh lsp                     # N = 1000, 5000, 20000
 * releng/scripts/benchmark.sh lsp 5000                # one size
 * releng/scripts/benchmark.sh lsp --edits 20 --timeout 300 5000
 * LSP_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/lsp.jfr" releng/scripts/benchmark.sh lsp 5000
 * </pre>
 *
 * {@code LSP_JAVA_OPTS} is passed to the server's JVM. Exit code 0 when every edit got its
 * diagnostics in time, 1 when one timed out or the server reported a diagnostic on the
 * unchanged plan, 2 on bad usage.
 */
public final class LspBenchmark {

    private static final List<Integer> DEFAULT_SIZES = List.of(1_000, 5_000, 20_000);
    private static final String UNKNOWN = "nobody";

    private final PrintStream out = System.out;
    private final Path java;
    private final Path plugins;
    private final List<String> serverOptions;
    private final int edits;
    private final long timeoutSeconds;

    private LspBenchmark(int edits, long timeoutSeconds) {
        this.edits = edits;
        this.timeoutSeconds = timeoutSeconds;
        String home = System.getProperty("java.home");
        java = Path.of(home, "bin", "java");
        String pluginsProperty = System.getProperty("gtm.plugins");
        plugins = Path.of(pluginsProperty != null ? pluginsProperty : "releng/org.gtmplan.repository/target/repository/plugins");
        String options = System.getenv("LSP_JAVA_OPTS");
        serverOptions = options == null || options.isBlank() ? List.of() : Arrays.asList(options.trim().split("\\s+"));
    }

    public static void main(String[] args) throws Exception {
        int edits = 10;
        long timeout = 120;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--edits" -> edits = Integer.parseInt(args[++i]);
                case "--timeout" -> timeout = Long.parseLong(args[++i]);
                case "-h", "--help" -> {
                    System.out.println("usage: benchmark lsp [--edits K] [--timeout SECONDS] [N ...]");
                    return;
                }
                default -> {
                    for (String size : args[i].split(",")) {
                        sizes.add(Integer.parseInt(size.replace("_", "")));
                    }
                }
            }
        }
        if (edits < 1) {
            System.err.println("benchmark lsp: --edits must be at least 1");
            System.exit(2);
        }
        LspBenchmark benchmark = new LspBenchmark(edits, timeout);
        if (!Files.isDirectory(benchmark.plugins)) {
            System.err.println("benchmark lsp: the update site is not built: " + benchmark.plugins);
            System.exit(2);
        }
        System.exit(benchmark.run(sizes.isEmpty() ? DEFAULT_SIZES : sizes));
    }

    /** One size's figures, in milliseconds; {@code edits} and {@code editsCpu} per edit, in order. */
    record Result(int tasks, double initialize, double open, double openCpu, List<Double> edits, List<Double> editsCpu,
            boolean complete) {

        double first() {
            return edits.isEmpty() ? Double.NaN : edits.get(0);
        }

        double median() {
            return LspBenchmark.median(edits);
        }

        double medianCpu() {
            return LspBenchmark.median(editsCpu);
        }
    }

    private int run(List<Integer> sizes) throws Exception {
        out.printf(Locale.ROOT, "LSP benchmark: %d edits per size, server JVM options %s, timeout %d s per edit%n", edits,
                serverOptions, timeoutSeconds);
        List<Result> results = new ArrayList<>();
        boolean ok = true;
        for (int tasks : sizes) {
            Result result = measure(tasks);
            results.add(result);
            ok &= result.complete();
        }
        out.println();
        out.println("| tasks | initialize | open | open cpu | first edit | first edit cpu | median edit | median edit cpu | max edit | all edits (ms) |");
        out.println("| ----: | ---------: | ---: | -------: | ---------: | -------------: | ----------: | --------------: | -------: | :------------- |");
        for (Result r : results) {
            out.printf(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", r.tasks(), fmt(r.initialize()),
                    fmt(r.open()), fmt(r.openCpu()), fmt(r.first()), fmt(r.editsCpu().isEmpty() ? Double.NaN : r.editsCpu().get(0)),
                    fmt(r.median()), fmt(r.medianCpu()),
                    fmt(r.edits().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN)),
                    String.join(" ", r.edits().stream().map(LspBenchmark::fmt).toList()) + (r.complete() ? "" : " (timed out)"));
        }
        out.println();
        for (Result r : results) {
            if (r.tasks() == 5_000) {
                out.printf(Locale.ROOT, "5,000 tasks: median edit %s ms (target < 300: %s), first edit %s ms (target < 1000: %s)%n",
                        fmt(r.median()), met(r.complete() && r.median() < 300), fmt(r.first()), met(r.complete() && r.first() < 1000));
            }
            if (r.tasks() == 20_000) {
                out.printf(Locale.ROOT, "20,000 tasks: median edit %s ms (target < 1000: %s)%n", fmt(r.median()),
                        met(r.complete() && r.median() < 1000));
            }
        }
        return ok ? 0 : 1;
    }

    private static String met(boolean met) {
        return met ? "met" : "NOT met";
    }

    private Result measure(int tasks) throws Exception {
        SyntheticPlan synthetic = new SyntheticPlan(tasks);
        Path dir = Files.createTempDirectory("gtm-lsp-bench-" + tasks + "-");
        Path plan = dir.resolve(SyntheticPlan.PLAN_FILE);
        String text = synthetic.planText();
        Files.writeString(plan, text);
        Files.writeString(dir.resolve(SyntheticPlan.LIBRARY_FILE), synthetic.libraryText());
        String planUri = plan.toUri().toString();

        ProcessBuilder command = serverCommand();
        Path log = dir.resolve("server.log");
        Process process = command.redirectError(log.toFile()).start();
        BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(published), process.getInputStream(),
                process.getOutputStream());
        launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();
        List<Double> editTimes = new ArrayList<>();
        List<Double> editCpu = new ArrayList<>();
        out.printf(Locale.ROOT, "%n%,d tasks (%.2f MB) in %s, server pid %d%n", tasks, text.length() / 1e6, dir, process.pid());
        boolean complete = false;
        double initialize = Double.NaN;
        double open = Double.NaN;
        double openCpu = Double.NaN;
        try {
            InitializeParams params = new InitializeParams();
            params.setCapabilities(new ClientCapabilities());
            params.setRootUri(dir.toUri().toString());
            long start = System.nanoTime();
            InitializeResult result = server.initialize(params).get(timeoutSeconds, TimeUnit.SECONDS);
            server.initialized(new InitializedParams());
            // The initial build of the workspace publishes the plan's diagnostics: none.
            if (!await(published, planUri, List::isEmpty, "the initial build")) {
                return new Result(tasks, initialize, open, openCpu, editTimes, editCpu, false);
            }
            initialize = ms(System.nanoTime() - start);
            boolean incremental = isIncremental(result);
            long cpu = cpuNanos(process);
            start = System.nanoTime();
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(planUri, "gtm", 1, text)));
            if (!await(published, planUri, List::isEmpty, "didOpen")) {
                return new Result(tasks, initialize, open, openCpu, editTimes, editCpu, false);
            }
            open = ms(System.nanoTime() - start);
            openCpu = ms(cpuNanos(process) - cpu);
            out.printf(Locale.ROOT, "  initialize + build %s ms, didOpen %s ms (cpu %s ms), %s sync%n", fmt(initialize), fmt(open),
                    fmt(openCpu), incremental ? "incremental" : "full");

            // The owner of a task in the middle of the plan: "  task t<k> "Step <k>" owner p<o> due ...".
            String anchor = "  task t" + tasks / 2 + " \"Step " + tasks / 2 + "\" owner ";
            int ownerStart = text.indexOf(anchor);
            if (ownerStart < 0) {
                throw new IllegalStateException("no task t" + tasks / 2 + " in the synthetic plan");
            }
            ownerStart += anchor.length();
            String owner = text.substring(ownerStart, text.indexOf(' ', ownerStart));
            String current = owner;
            for (int edit = 1; edit <= edits; edit++) {
                String replacement = edit % 2 == 1 ? UNKNOWN + edit : owner;
                Position from = position(text, ownerStart);
                Position to = position(text, ownerStart + current.length());
                text = text.substring(0, ownerStart) + replacement + text.substring(ownerStart + current.length());
                TextDocumentContentChangeEvent change = incremental
                        ? new TextDocumentContentChangeEvent(new Range(from, to), replacement)
                        : new TextDocumentContentChangeEvent(text);
                String expected = replacement;
                Predicate<List<Diagnostic>> matches = edit % 2 == 1
                        ? diagnostics -> diagnostics.stream().anyMatch(d -> d.getMessage().getLeft().contains(expected))
                        : List::isEmpty;
                cpu = cpuNanos(process);
                start = System.nanoTime();
                server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                        new VersionedTextDocumentIdentifier(planUri, edit + 1), List.of(change)));
                if (!await(published, planUri, matches, "edit " + edit)) {
                    return new Result(tasks, initialize, open, openCpu, editTimes, editCpu, false);
                }
                double wall = ms(System.nanoTime() - start);
                double serverCpu = ms(cpuNanos(process) - cpu);
                editTimes.add(wall);
                editCpu.add(serverCpu);
                out.printf(Locale.ROOT, "  edit %2d (%s -> %s): %s ms, server cpu %s ms%n", edit, current, replacement, fmt(wall),
                        fmt(serverCpu));
                current = replacement;
            }
            complete = true;
            return new Result(tasks, initialize, open, openCpu, editTimes, editCpu, true);
        } finally {
            stop(server, process, complete);
            if (complete) {
                deleteTree(dir);
            } else {
                out.println("  the server's standard error is in " + log);
            }
        }
    }

    /**
     * {@code gtm lsp} through the launcher when there is one (benchmark.sh names it), so the server runs with the
     * JVM options users get (the launcher's choice of compiler and collector, docs/performance.md), with
     * {@code LSP_JAVA_OPTS} as its {@code JAVA_OPTS}; else the same main class on a plain class path.
     */
    private ProcessBuilder serverCommand() {
        String launcher = System.getProperty("gtm.launcher");
        if (launcher != null && Files.isExecutable(Path.of(launcher))) {
            ProcessBuilder builder = new ProcessBuilder(launcher, "lsp");
            builder.environment().put("JAVA_OPTS", String.join(" ", serverOptions));
            return builder;
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(serverOptions);
        command.addAll(List.of("-cp", plugins + "/*", "org.gtmplan.cli.GtmCli", "lsp"));
        return new ProcessBuilder(command);
    }

    /** Waits for the plan's diagnostics that {@code matches}; other files' and stale ones are skipped. */
    private boolean await(BlockingQueue<PublishDiagnosticsParams> published, String uri, Predicate<List<Diagnostic>> matches,
            String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        String wanted = normalize(uri);
        while (true) {
            long left = deadline - System.nanoTime();
            PublishDiagnosticsParams params = left <= 0 ? null : published.poll(left, TimeUnit.NANOSECONDS);
            if (params == null) {
                out.printf(Locale.ROOT, "  %s: no matching publishDiagnostics within %d s%n", what, timeoutSeconds);
                return false;
            }
            if (normalize(params.getUri()).equals(wanted) && matches.test(params.getDiagnostics())) {
                return true;
            }
        }
    }

    private static boolean isIncremental(InitializeResult result) {
        Either<TextDocumentSyncKind, ?> sync = result.getCapabilities().getTextDocumentSync();
        if (sync == null) {
            return false;
        }
        if (sync.isLeft()) {
            return sync.getLeft() == TextDocumentSyncKind.Incremental;
        }
        return ((org.eclipse.lsp4j.TextDocumentSyncOptions) sync.getRight()).getChange() == TextDocumentSyncKind.Incremental;
    }

    /** {@code file:///x} and {@code file:/x} name the same file. */
    private static String normalize(String uri) {
        return uri.replace("file:///", "file:/");
    }

    private static Position position(String text, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
            lineStart = i + 1;
        }
        return new Position(line, offset - lineStart);
    }

    private static long cpuNanos(Process process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private void stop(LanguageServer server, Process process, boolean orderly) {
        try {
            if (orderly) {
                server.shutdown().get(30, TimeUnit.SECONDS);
                server.exit();
            }
            if (!process.waitFor(orderly ? 30 : 0, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String fmt(double millis) {
        return Double.isNaN(millis) ? "-" : String.format(Locale.ROOT, "%,.0f", millis);
    }

    /** Collects what the server publishes; answers its requests with nothing. */
    private static final class Client implements LanguageClient {
        private final BlockingQueue<PublishDiagnosticsParams> published;

        Client(BlockingQueue<PublishDiagnosticsParams> published) {
            this.published = published;
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            published.add(params);
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
    }
}
