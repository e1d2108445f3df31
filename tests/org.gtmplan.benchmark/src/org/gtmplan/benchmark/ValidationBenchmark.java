package org.gtmplan.benchmark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.gtmplan.lang.GtmStandaloneSetup;
import org.gtmplan.lang.dates.DateResolver;
import org.gtmplan.lang.dates.ResolvedDates;
import org.gtmplan.lang.gtm.Model;
import org.gtmplan.lang.gtm.Plan;

import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * The validation benchmark of docs/performance.md: a harness that prints figures, not a test.
 * For each plan size it generates a {@link SyntheticPlan}, then times, in a warm JVM, the four
 * phases of checking it: parse (load both files into a fresh resource set), link (resolve every
 * cross-reference), resolve (the {@link DateResolver}) and validate ({@link IResourceValidator},
 * {@link CheckMode#ALL}, which is what {@code gtm validate} and the editor run). It reports the
 * median of the measured runs per phase, the heap, and whether the targets are met:
 * validating 20,000 tasks under a second, and 10x the tasks costing at most 12x the time.
 *
 * <pre>
 * releng/scripts/benchmark.sh                      # N = 1000, 10000, 20000, 100000
 * releng/scripts/benchmark.sh 1000 20000           # other sizes
 * releng/scripts/benchmark.sh --warmup 3 --runs 5  # more runs (default 2+3, 1+2 above 20,000 tasks)
 * releng/scripts/benchmark.sh --write /tmp/b100k 100000   # write the files for ./gtm validate
 * </pre>
 *
 * Exit code 0 when every generated plan validated without any diagnostic, 1 otherwise (a broken
 * generator or a check that fires on a valid plan), 2 on bad usage.
 */
public final class ValidationBenchmark {

    private static final List<Integer> DEFAULT_SIZES = List.of(1_000, 10_000, 20_000, 100_000);
    private static final int BIG = 20_000;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final PrintStream out = System.out;
    private final Injector injector;
    private final Provider<XtextResourceSet> resourceSets;
    private final IResourceValidator validator;
    private final DateResolver dateResolver;
    private boolean clean = true;

    private ValidationBenchmark() {
        injector = new GtmStandaloneSetup().createInjectorAndDoEMFRegistration();
        resourceSets = injector.getProvider(XtextResourceSet.class);
        validator = injector.getInstance(IResourceValidator.class);
        dateResolver = injector.getInstance(DateResolver.class);
    }

    /** Times of one run, in nanoseconds, and its heap figures in bytes. */
    record Run(long parse, long link, long resolve, long validate, long cpu, long gc, long peakHeap, long retainedHeap,
            List<Issue> issues) {
        long total() {
            return parse + link + resolve + validate;
        }

        /** What {@code gtm validate} does after start-up: resolving is part of validation there. */
        long check() {
            return parse + link + validate;
        }
    }

    /** Medians over the measured runs of one size. */
    record Result(int tasks, double fileMb, int runs, double parse, double link, double resolve, double validate,
            double check, double total, double cpu, double gc, double peakHeapMb, double retainedMb, int diagnostics) {
    }

    public static void main(String[] args) {
        Integer warmup = null;
        Integer runs = null;
        Path write = null;
        List<Integer> sizes = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--write" -> write = Path.of(args[++i]);
                case "-h", "--help" -> {
                    usage(System.out);
                    return;
                }
                default -> {
                    for (String size : args[i].split(",")) {
                        sizes.add(Integer.parseInt(size.replace("_", "").trim()));
                    }
                }
                }
            }
        } catch (RuntimeException e) {
            System.err.println("benchmark: bad arguments (" + e.getMessage() + ")");
            usage(System.err);
            System.exit(2);
        }
        if (write != null) {
            if (sizes.size() > 1) {
                System.err.println("benchmark: --write takes one size");
                System.exit(2);
            }
            System.exit(write(write, sizes.isEmpty() ? 100_000 : sizes.get(0)));
        }
        if (sizes.isEmpty()) {
            sizes.addAll(DEFAULT_SIZES);
        }
        ValidationBenchmark benchmark = new ValidationBenchmark();
        System.exit(benchmark.run(sizes, warmup, runs));
    }

    private static void usage(PrintStream stream) {
        stream.println("usage: benchmark [--warmup K] [--runs K] [N[,N...] ...]   time parse, link, resolve, validate");
        stream.println("       benchmark --write DIR [N]                          write the plan and library of N tasks");
    }

    private static int write(Path dir, int tasks) {
        SyntheticPlan plan = new SyntheticPlan(tasks);
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(SyntheticPlan.LIBRARY_FILE), plan.libraryText(), StandardCharsets.UTF_8);
            String text = plan.planText();
            Files.writeString(dir.resolve(SyntheticPlan.PLAN_FILE), text, StandardCharsets.UTF_8);
            System.out.printf(Locale.ROOT, "wrote %s and %s (%d tasks, %.2f MB)%n", dir.resolve(SyntheticPlan.PLAN_FILE),
                    dir.resolve(SyntheticPlan.LIBRARY_FILE), tasks, text.getBytes(StandardCharsets.UTF_8).length / 1048576.0);
            return 0;
        } catch (IOException e) {
            System.err.println("benchmark: cannot write " + dir + ": " + e.getMessage());
            return 2;
        }
    }

    private int run(List<Integer> sizes, Integer warmupOption, Integer runsOption) {
        out.printf(Locale.ROOT, "GTM Plan validation benchmark: Java %s (%s), %d processors, max heap %d MB%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1048576);
        Map<Integer, Result> results = new LinkedHashMap<>();
        for (int tasks : sizes) {
            int warmup = warmupOption != null ? warmupOption : tasks > BIG ? 1 : 2;
            int runs = Math.max(1, runsOption != null ? runsOption : tasks > BIG ? 2 : 3);
            Result result = measure(tasks, warmup, runs);
            if (result == null) {
                return 1;
            }
            results.put(tasks, result);
        }
        report(results);
        if (!clean) {
            out.println("FAILED: a generated plan drew diagnostics (see above); the figures are not those of a clean plan.");
            return 1;
        }
        return 0;
    }

    private Result measure(int tasks, int warmup, int runs) {
        SyntheticPlan generator = new SyntheticPlan(tasks);
        String library = generator.libraryText();
        String plan = generator.planText();
        double fileMb = plan.getBytes(StandardCharsets.UTF_8).length / 1048576.0;
        out.printf(Locale.ROOT, "%n%,d tasks: plan %.2f MB, %,d milestones, %,d activities, last task %s; %d warm-up + %d measured runs%n",
                tasks, fileMb, generator.milestones(), generator.activities(), generator.lastTaskDate(), warmup, runs);
        List<Run> measured = new ArrayList<>();
        for (int i = 0; i < warmup + runs; i++) {
            Run run = once(library, plan, tasks);
            boolean isWarmup = i < warmup;
            out.printf(Locale.ROOT, "  %-8s parse %7.0f  link %7.0f  resolve %6.0f  validate %7.0f  total %7.0f ms (cpu %7.0f, gc %5.0f)  peak %5.0f MB  retained %5.0f MB%n",
                    isWarmup ? "warm-up" : "run " + (i - warmup + 1), ms(run.parse()), ms(run.link()), ms(run.resolve()),
                    ms(run.validate()), ms(run.total()), ms(run.cpu()), ms(run.gc()), mb(run.peakHeap()), mb(run.retainedHeap()));
            if (i == 0 && !run.issues().isEmpty()) {
                if (!reportIssues(tasks, run.issues())) {
                    return null;
                }
            }
            if (!isWarmup) {
                measured.add(run);
            }
        }
        return new Result(tasks, fileMb, runs, median(measured, Run::parse), median(measured, Run::link),
                median(measured, Run::resolve), median(measured, Run::validate), median(measured, Run::check),
                median(measured, Run::total), median(measured, Run::cpu), median(measured, Run::gc),
                mb(medianLong(measured, Run::peakHeap)), mb(medianLong(measured, Run::retainedHeap)),
                measured.get(0).issues().size());
    }

    /** Prints the diagnostics of a plan that should have none; false when one is an error. */
    private boolean reportIssues(int tasks, List<Issue> issues) {
        clean = false;
        long errors = issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).count();
        out.printf(Locale.ROOT, "  !! the %,d-task plan drew %d diagnostics (%d errors); it must draw none. The first ones:%n",
                tasks, issues.size(), errors);
        issues.stream().limit(20).forEach(issue -> out.printf(Locale.ROOT, "  !!   %s:%s: %s [%s] %s%n",
                issue.getUriToProblem() == null ? "?" : issue.getUriToProblem().lastSegment(), issue.getLineNumber(),
                issue.getSeverity().name().toLowerCase(Locale.ROOT), issue.getCode(), issue.getMessage()));
        if (errors > 0) {
            out.println("FAILED: the generated plan has errors, so its figures would measure error reporting, not checking.");
            return false;
        }
        return true;
    }

    /** Parses, links, resolves and validates once, in a fresh resource set. */
    private Run once(String libraryText, String planText, int tasks) {
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid()).toList();
        System.gc();
        long baseline = usedHeap(heapPools);
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);

        long startGc = gcMillis();
        long startCpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        XtextResourceSet resourceSet = resourceSets.get();
        resourceSet.addLoadOption(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
        Resource library = load(resourceSet, SyntheticPlan.LIBRARY_FILE, libraryText);
        Resource planResource = load(resourceSet, SyntheticPlan.PLAN_FILE, planText);
        long parsed = System.nanoTime();

        EcoreUtil.resolveAll(resourceSet);
        long linked = System.nanoTime();

        Plan plan = (Plan) ((Model) planResource.getContents().get(0)).getElement();
        ResolvedDates dates = dateResolver.resolve(plan);
        long resolved = System.nanoTime();

        List<Issue> issues = new ArrayList<>();
        issues.addAll(validator.validate(library, CheckMode.ALL, CancelIndicator.NullImpl));
        issues.addAll(validator.validate(planResource, CheckMode.ALL, CancelIndicator.NullImpl));
        long validated = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime() - startCpu;
        long gc = (gcMillis() - startGc) * 1_000_000;

        long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        sanityCheck(plan, dates, tasks);
        System.gc();
        long retained = usedHeap(heapPools) - baseline;
        Reference.reachabilityFence(resourceSet);
        Reference.reachabilityFence(dates);
        return new Run(parsed - start, linked - parsed, resolved - linked, validated - resolved, cpu, gc, peak, retained,
                issues);
    }

    /** The numbers only mean something if the whole plan was read and dated. */
    private static void sanityCheck(Plan plan, ResolvedDates dates, int tasks) {
        var workstreams = plan.getMembers().stream().filter(m -> m instanceof org.gtmplan.lang.gtm.Workstream)
                .map(m -> (org.gtmplan.lang.gtm.Workstream) m).toList();
        int count = workstreams.stream().mapToInt(w -> w.getTasks().size()).sum();
        if (count != tasks + 2) {
            throw new IllegalStateException("parsed " + count + " tasks, expected " + (tasks + 2));
        }
        for (var workstream : workstreams) {
            for (var task : workstream.getTasks()) {
                if (dates.dateOf(task) == null) {
                    throw new IllegalStateException("task " + task.getName() + " has no resolved due date");
                }
            }
        }
    }

    private static Resource load(XtextResourceSet resourceSet, String name, String text) {
        Resource resource = resourceSet.createResource(URI.createFileURI("/synthetic/bench/" + name));
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
        } catch (IOException e) {
            throw new IllegalStateException("cannot parse " + name, e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw new IllegalStateException(name + " has syntax errors, the first: " + resource.getErrors().get(0).getLine()
                    + ": " + resource.getErrors().get(0).getMessage());
        }
        return resource;
    }

    /** Milliseconds the collectors have spent so far (pauses, and concurrent work where they count it). */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(gc -> Math.max(0, gc.getCollectionTime()))
                .sum();
    }

    private static long usedHeap(List<MemoryPoolMXBean> pools) {
        return pools.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    private void report(Map<Integer, Result> results) {
        out.println();
        out.println("Medians in milliseconds. check = parse + link + validate (what `gtm validate` does after start-up;");
        out.println("validation resolves the dates again itself). peak = sum of the heap pools' peaks during a run;");
        out.println("retained = heap still used after a GC with the model loaded, above the baseline. cpu = CPU time of the");
        out.println("benchmark thread over the four phases (without GC threads): less disturbed by other load than wall time.");
        out.println("gc = time the garbage collectors report for the same span.");
        out.println();
        out.println("|       tasks |  plan MB | runs |   parse |    link | resolve | validate |   check |   total | total cpu |    gc | peak MB | retained MB | diagnostics |");
        out.println("| ----------: | -------: | ---: | ------: | ------: | ------: | -------: | ------: | ------: | --------: | ----: | ------: | ----------: | ----------: |");
        for (Result r : results.values()) {
            out.printf(Locale.ROOT, "| %,11d | %8.2f | %4d | %7.0f | %7.0f | %7.0f | %8.0f | %7.0f | %7.0f | %9.0f | %5.0f | %7.0f | %11.0f | %11d |%n",
                    r.tasks(), r.fileMb(), r.runs(), r.parse(), r.link(), r.resolve(), r.validate(), r.check(), r.total(),
                    r.cpu(), r.gc(), r.peakHeapMb(), r.retainedMb(), r.diagnostics());
        }
        out.println();
        Result twenty = results.get(20_000);
        if (twenty != null) {
            out.printf(Locale.ROOT, "Target 1, validating 20,000 tasks under 1 s (warm): validate phase %.0f ms: %s; parse+link+validate %.0f ms: %s%n",
                    twenty.validate(), twenty.validate() < 1000 ? "MET" : "NOT MET", twenty.check(),
                    twenty.check() < 1000 ? "MET" : "NOT MET");
        }
        Result tenK = results.get(10_000);
        Result hundredK = results.get(100_000);
        if (tenK != null && hundredK != null) {
            double total = hundredK.total() / tenK.total();
            double validate = hundredK.validate() / tenK.validate();
            double cpu = hundredK.cpu() / tenK.cpu();
            out.printf(Locale.ROOT, "Target 2, time(100k)/time(10k) at most 12: total cpu %.1fx: %s%n", cpu,
                    cpu <= 12 ? "MET" : "NOT MET");
            out.printf(Locale.ROOT, "Target 2, time(100k)/time(10k) at most 12: total %.1fx: %s; validate phase %.1fx: %s; "
                    + "parse %.1fx, link %.1fx, resolve %.1fx%n", total, total <= 12 ? "MET" : "NOT MET", validate,
                    validate <= 12 ? "MET" : "NOT MET", hundredK.parse() / tenK.parse(), hundredK.link() / tenK.link(),
                    hundredK.resolve() / tenK.resolve());
        }
        if (hundredK != null) {
            out.printf(Locale.ROOT, "Target 3 (-Xmx1g for ./gtm validate on 100,000 tasks) is measured with ./gtm itself; "
                    + "here the loaded model retains %.0f MB.%n", hundredK.retainedMb());
        }
    }

    private interface Phase {
        long of(Run run);
    }

    private static double median(List<Run> runs, Phase phase) {
        return ms(medianLong(runs, phase));
    }

    private static long medianLong(List<Run> runs, Phase phase) {
        long[] values = runs.stream().mapToLong(phase::of).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double mb(long bytes) {
        return bytes / 1048576.0;
    }
}
