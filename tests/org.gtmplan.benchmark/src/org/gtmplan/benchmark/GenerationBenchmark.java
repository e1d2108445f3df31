package org.gtmplan.benchmark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.gtmplan.lang.GtmStandaloneSetup;
import org.gtmplan.lang.generator.DocumentGenerators;
import org.gtmplan.lang.generator.GeneratedFile;
import org.gtmplan.lang.generator.GenerationOptions;
import org.gtmplan.lang.generator.PlanView;
import org.gtmplan.lang.generator.PlanViewBuilder;
import org.gtmplan.lang.gtm.Model;
import org.gtmplan.lang.gtm.Plan;

import com.google.inject.Injector;

/**
 * Times what {@code gtm generate} adds to validation: building the resolved {@link PlanView} and
 * writing all four formats (HTML, iCalendar, Markdown, JSON) in memory, for a synthetic plan
 * (default 20,000 tasks). Target: under 2 seconds, warm. Prints figures; asserts nothing.
 *
 * <pre>
 * releng/scripts/benchmark.sh generate            # 20,000 tasks, 3 warm-up + 5 measured runs
 * releng/scripts/benchmark.sh generate 100000
 * </pre>
 */
public final class GenerationBenchmark {

    private GenerationBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int tasks = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 20_000;
        int warmup = 3;
        int runs = 5;
        Injector injector = new GtmStandaloneSetup().createInjectorAndDoEMFRegistration();
        SyntheticPlan synthetic = new SyntheticPlan(tasks);
        XtextResourceSet resourceSet = injector.getProvider(XtextResourceSet.class).get();
        load(resourceSet, SyntheticPlan.LIBRARY_FILE, synthetic.libraryText());
        Resource planResource = load(resourceSet, SyntheticPlan.PLAN_FILE, synthetic.planText());
        EcoreUtil.resolveAll(resourceSet);
        Plan plan = (Plan) ((Model) planResource.getContents().get(0)).getElement();

        PlanViewBuilder builder = injector.getInstance(PlanViewBuilder.class);
        DocumentGenerators generators = injector.getInstance(DocumentGenerators.class);
        GenerationOptions options = GenerationOptions.defaults();
        Set<String> formats = generators.formats();
        System.out.printf(Locale.ROOT, "%,d tasks; formats %s; %d warm-up + %d measured runs%n", tasks, formats, warmup, runs);

        long[] view = new long[runs];
        long[] total = new long[runs];
        long[][] perFormat = new long[formats.size()][runs];
        long bytes = 0;
        int files = 0;
        for (int i = 0; i < warmup + runs; i++) {
            long start = System.nanoTime();
            PlanView planView = builder.build(plan);
            long built = System.nanoTime();
            List<GeneratedFile> all = new ArrayList<>();
            int f = 0;
            for (String format : formats) {
                long formatStart = System.nanoTime();
                all.addAll(generators.generate(List.of(planView), Set.of(format), options));
                if (i >= warmup) {
                    perFormat[f][i - warmup] = System.nanoTime() - formatStart;
                }
                f++;
            }
            long end = System.nanoTime();
            if (i >= warmup) {
                view[i - warmup] = built - start;
                total[i - warmup] = end - start;
            }
            bytes = all.stream().mapToLong(file -> file.content().length).sum();
            files = all.size();
        }
        System.out.printf(Locale.ROOT, "%d files, %.1f MB in all%n", files, bytes / 1048576.0);
        System.out.printf(Locale.ROOT, "| tasks | plan view | %s | all four formats |%n", String.join(" | ", formats));
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %,d | %d ms", tasks, median(view)));
        for (long[] format : perFormat) {
            row.append(String.format(Locale.ROOT, " | %d ms", median(format)));
        }
        row.append(String.format(Locale.ROOT, " | %d ms |", median(total)));
        System.out.println(row);
        long median = median(total);
        System.out.printf(Locale.ROOT, "Target: all four formats for %,d tasks under 2 s (warm): %d ms: %s%n", tasks, median,
                median < 2000 ? "MET" : "NOT MET");
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1_000_000;
    }

    private static Resource load(XtextResourceSet resourceSet, String name, String text) throws IOException {
        Resource resource = resourceSet.createResource(URI.createFileURI("/synthetic/bench/" + name));
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                java.util.Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
        return resource;
    }
}
