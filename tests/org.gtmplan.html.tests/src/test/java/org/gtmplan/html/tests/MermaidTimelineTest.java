package org.gtmplan.html.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The Markdown document's timeline is a Mermaid gantt block that Mermaid itself (npm, the
 * library GitHub and GitLab render with) parses and draws in headless Chromium: a bar per task
 * and a marker per milestone, gate and day 0, for the example (zh) and a hostile plan.
 */
class MermaidTimelineTest {

    private static final Path MERMAID = Path.of("node_modules/mermaid/dist/mermaid.min.js").toAbsolutePath();

    private ChromeDriver driver;
    private Path profile;

    @BeforeAll
    static void toolsPresent() {
        BrowserTest.browserPresent();
        if (!Files.isRegularFile(MERMAID) && "1".equals(System.getenv("GTM_REQUIRE_BROWSER"))) {
            fail("GTM_REQUIRE_BROWSER=1 but " + MERMAID + " is missing (npm ci in tests/org.gtmplan.html.tests)");
        }
        assumeTrue(Files.isRegularFile(MERMAID), "no " + MERMAID + ": run npm ci in tests/org.gtmplan.html.tests");
    }

    @BeforeEach
    void start() throws Exception {
        profile = Files.createTempDirectory("gtm-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserTest.CHROMIUM.toFile());
        options.addArguments(BrowserTest.chromiumFlags(profile));
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(BrowserTest.CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            GeneratedPages.deleteTree(profile);
        }
    }

    @Test
    void theExampleTimelineParsesAndDrawsEveryTaskAndMilestone() throws Exception {
        Path out = GeneratedPages.work().resolve("out").resolve("markdown-examples");
        GeneratedPages.run(out, List.of(GeneratedPages.root().resolve("examples")), "md");
        Map<String, Object> drawn = render(gantt(out.resolve("MateX.md")));
        assertEquals("", drawn.get("error"));
        assertEquals(10L, drawn.get("tasks"), "a bar per task: " + drawn);
        assertEquals(7L, drawn.get("milestones"), "four milestones, two gates and day 0: " + drawn);
    }

    @Test
    void hostileTextsDoNotBreakTheChart() throws Exception {
        Path out = GeneratedPages.work().resolve("out").resolve("markdown-hostile");
        Path hostile = GeneratedPages.hostile().getParent().getParent().resolve("fixtures/hostile/Hostile.gtm");
        GeneratedPages.run(out, List.of(hostile), "md");
        try (var files = Files.list(out)) {
            Path md = files.filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow();
            Map<String, Object> drawn = render(gantt(md));
            assertEquals("", drawn.get("error"));
            assertTrue((Long) drawn.get("tasks") > 0, drawn.toString());
        }
    }

    /** The block between ```mermaid and ```. */
    private static String gantt(Path markdown) throws Exception {
        String text = Files.readString(markdown);
        int start = text.indexOf("```mermaid\n");
        assertTrue(start >= 0, "no mermaid block in " + markdown);
        int end = text.indexOf("```", start + 11);
        return text.substring(start + 11, end);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> render(String gantt) throws Exception {
        Path page = GeneratedPages.work().resolve("mermaid.html");
        Files.writeString(page, "<!doctype html><meta charset=utf-8><script src=\"" + MERMAID.toUri() + "\"></script><div id=chart></div>");
        driver.get(page.toUri().toString());
        return (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral' });
                const root = document.getElementById('chart');
                mermaid.parse(arguments[0])
                  .then(() => mermaid.render('timeline', arguments[0]))
                  .then(({ svg }) => {
                    root.innerHTML = svg;
                    done({ error: '', tasks: root.querySelectorAll('rect.task:not(.milestone)').length,
                           milestones: root.querySelectorAll('rect.milestone').length });
                  })
                  .catch(e => done({ error: String(e && e.message || e), tasks: 0, milestones: 0 }));
                """, gantt);
    }
}
