package org.gtmplan.html.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * How the checklist of a big plan behaves in a browser (docs/performance.md): for plans of N
 * tasks, the page's size, the time to open it (until the load event), to filter by one owner
 * and to tick a box (each until the page has laid itself out again), in headless Chromium.
 * A program that prints figures, not a test: {@code releng/scripts/benchmark.sh browser [N...]}.
 */
public final class ChecklistBrowserBenchmark {

    private ChecklistBrowserBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String arg : args) {
            sizes.add(Integer.parseInt(arg));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1000, 20000);
        }
        System.out.printf("%8s %10s %9s %9s %9s%n", "tasks", "page MB", "open ms", "filter ms", "tick ms");
        for (int tasks : sizes) {
            Path dir = Files.createTempDirectory("gtm-browser-benchmark");
            Path plan = dir.resolve("Big.gtm");
            Files.writeString(plan, Fixtures.bigPlan(tasks));
            Path out = dir.resolve("out");
            GeneratedPages.run(out, List.of(plan), "html");
            Path page = out.resolve("Big200.html");
            double megabytes = Files.size(page) / 1e6;
            double[] open = new double[3];
            double[] filter = new double[3];
            double[] tick = new double[3];
            for (int run = 0; run < 3; run++) {
                Path profile = Files.createTempDirectory("gtm-chromium-profile");
                ChromeOptions options = new ChromeOptions();
                options.setBinary(BrowserTest.CHROMIUM.toFile());
                options.addArguments(BrowserTest.chromiumFlags(profile));
                ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                        .usingDriverExecutable(BrowserTest.CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options);
                try {
                    long start = System.nanoTime();
                    driver.get(page.toUri().toString());
                    open[run] = (System.nanoTime() - start) / 1e6;
                    // Where opening goes (ms since navigation): the file read, parsed, the scripts run, the load event.
                    System.out.println("  phases: " + driver.executeScript(
                            "const n = performance.getEntriesByType('navigation')[0];"
                            + "return 'read ' + Math.round(n.responseEnd) + ', parsed ' + Math.round(n.domInteractive)"
                            + " + ', scripts run ' + Math.round(n.domContentLoadedEventEnd) + ', load ' + Math.round(n.loadEventStart);"));
                    filter[run] = ((Number) driver.executeScript("""
                            const select = document.getElementById('gtm-owner-filter');
                            const t = performance.now();
                            select.value = select.options[2].value;
                            select.dispatchEvent(new Event('change', { bubbles: true }));
                            document.body.getBoundingClientRect();
                            return performance.now() - t;""")).doubleValue();
                    tick[run] = ((Number) driver.executeScript("""
                            const box = document.querySelector('li.task input[type=checkbox]');
                            const t = performance.now();
                            box.click();
                            document.body.getBoundingClientRect();
                            return performance.now() - t;""")).doubleValue();
                } finally {
                    driver.quit();
                    GeneratedPages.deleteTree(profile);
                }
            }
            System.out.printf("%8d %10.1f %9.0f %9.0f %9.0f%n", tasks, megabytes, median(open), median(filter), median(tick));
            GeneratedPages.deleteTree(dir);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
