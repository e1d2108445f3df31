package org.gtmplan.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.gtmplan.lang.ui.builder.GenerationSettings;
import org.gtmplan.lang.ui.builder.GtmNature;
import org.junit.jupiter.api.Test;

/**
 * Times the GTM builder (docs/performance.md): a full build, and the build after a one-line change
 * of a plan, with and without generating the documents, on the examples and on the plans of the
 * folder {@code gtm.benchmark} names (releng/scripts/benchmark.sh --write DIR 5000). Runs only when
 * that property is set.
 */
class BuilderBenchmarkTest {

    private static final int RUNS = 5;

    @Test
    void timeTheBuilder() throws Exception {
        String folder = System.getProperty("gtm.benchmark", "");
        assumeTrue(!folder.isBlank(), "no gtm.benchmark folder given");
        // Builds run when this test asks, not also when auto-build notices a change.
        org.eclipse.core.resources.IWorkspaceDescription description = ResourcesPlugin.getWorkspace().getDescription();
        boolean autoBuilding = description.isAutoBuilding();
        description.setAutoBuilding(false);
        ResourcesPlugin.getWorkspace().setDescription(description);
        try {
            measure("examples", Workbench.examples());
            measure(Path.of(folder).getFileName().toString(), Path.of(folder));
        } finally {
            description.setAutoBuilding(autoBuilding);
            ResourcesPlugin.getWorkspace().setDescription(description);
        }
    }

    private static void measure(String name, Path plans) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("bench-" + name);
        project.create(null);
        project.open(null);
        List<IFile> files = new ArrayList<>();
        try (Stream<Path> found = Files.list(plans)) {
            for (Path path : found.filter(p -> p.toString().endsWith(".gtm")).sorted().toList()) {
                IFile file = project.getFile(path.getFileName().toString());
                file.create(new ByteArrayInputStream(Files.readAllBytes(path)), true, null);
                files.add(file);
            }
        }
        GtmNature.add(project, null);
        IFile plan = files.stream().filter(f -> !f.getName().equals("org.gtm")).findFirst().orElseThrow();
        long bytes = files.stream().mapToLong(f -> f.getLocation().toFile().length()).sum();
        System.out.printf("builder benchmark: %s, %d files, %d KB%n", name, files.size(), bytes / 1024);
        for (boolean generate : new boolean[] { false, true }) {
            new GenerationSettings(generate, "out", Set.of()).store(project);
            List<Long> full = new ArrayList<>();
            List<Long> change = new ArrayList<>();
            for (int run = 0; run <= RUNS; run++) {
                long start = System.nanoTime();
                project.build(IncrementalProjectBuilder.FULL_BUILD, null);
                long fullMillis = (System.nanoTime() - start) / 1_000_000;
                // A one-line edit as a save writes it: a comment with the run number at the end of the plan.
                String text = Workbench.read(plan);
                start = System.nanoTime();
                Workbench.write(plan, text + "// run " + run + "\n");
                project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
                long changeMillis = (System.nanoTime() - start) / 1_000_000;
                if (run > 0) { // the first run warms the JIT up
                    full.add(fullMillis);
                    change.add(changeMillis);
                }
            }
            System.out.printf("builder benchmark: %s, generate=%s: full build median %d ms (min %d), save + build median %d ms (min %d)%n",
                    name, generate, median(full), Collections.min(full), median(change), Collections.min(change));
            if (generate) {
                assertTrue(project.getFolder("out").members().length > 0);
            }
        }
        project.delete(true, null);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
