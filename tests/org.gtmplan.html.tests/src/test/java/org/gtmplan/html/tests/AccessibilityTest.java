package org.gtmplan.html.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * The checklist as everyone reads it: axe-core's WCAG 2.1 A and AA rules on the example (zh)
 * and on a plan with every status and kind of element (en), on screen, in dark mode and in
 * print; the keyboard reaches the owner filter and the checkboxes with a visible focus; and a
 * photograph of a workstream with tasks in every status, for a person to look at.
 */
class AccessibilityTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private ChromeDriver driver;
    private Path profile;

    @BeforeAll
    static void browserPresent() {
        BrowserTest.browserPresent();
    }

    @BeforeEach
    void start() throws Exception {
        profile = Files.createTempDirectory("gtm-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserTest.CHROMIUM.toFile());
        options.addArguments(BrowserTest.chromiumFlags(profile));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(BrowserTest.CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
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
    void theExampleMeetsWcag21AaOnScreenInDarkModeAndInPrint() {
        audit(GeneratedPages.examples().resolve("MateX.html"));
    }

    @Test
    void everyStatusAndElementMeetsWcag21AaOnScreenInDarkModeAndInPrint() {
        audit(GeneratedPages.big().resolve("Big200.html"));
    }

    /** Above 300 tasks: the timeline's workstream rows and what else is written for size. */
    @Test
    void aPlanOf400TasksMeetsWcag21AaOnScreenInDarkModeAndInPrint() {
        audit(GeneratedPages.big400().resolve("Big400.html"));
    }

    @Test
    void theKeyboardReachesTheFilterAndTheCheckboxesWithAVisibleFocus() {
        open(GeneratedPages.examples().resolve("MateX.html"));
        WebElement body = driver.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();
        assertEquals("gtm-owner-filter", focused.getAttribute("id"), "the filter comes first");
        assertTrue(!"none".equals(focused.getCssValue("outline-style")), "a visible focus ring on the filter");
        focused.sendKeys(Keys.TAB);
        WebElement box = driver.switchTo().activeElement();
        assertEquals("checkbox", box.getAttribute("type"));
        assertTrue(!"none".equals(box.getCssValue("outline-style")), "a visible focus ring on a checkbox");
        boolean before = box.isSelected();
        box.sendKeys(Keys.SPACE);
        assertEquals(!before, box.isSelected(), "space ticks the focused checkbox");
    }

    /** The Big200 workstream "Stream product" holds tasks in every status; README's picture is of the example. */
    @Test
    void aWorkstreamWithEveryStatusIsPhotographed() throws Exception {
        open(GeneratedPages.big().resolve("Big200.html"));
        WebElement stream = driver.findElement(By.cssSelector("section.workstream"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", stream);
        Path picture = GeneratedPages.work().resolve("screenshots").resolve("workstream-statuses.png");
        Files.createDirectories(picture.getParent());
        Files.write(picture, stream.getScreenshotAs(OutputType.BYTES));
        assertTrue(Files.size(picture) > 10_000, "a real picture: " + picture);
        for (String status : List.of("todo", "doing", "done", "blocked")) {
            assertTrue(!stream.findElements(By.cssSelector(".status.status-" + status)).isEmpty(), "a " + status + " pill");
        }
    }

    private void audit(Path page) {
        for (String media : List.of("screen", "dark", "print")) {
            open(page);
            if (!media.equals("screen")) {
                driver.executeCdpCommand("Emulation.setEmulatedMedia", media.equals("dark")
                        ? Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark")))
                        : Map.of("media", "print"));
            }
            Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
            assertEquals("", describe(results.getViolations()), media + " violations on " + page.getFileName());
        }
    }

    private void open(Path page) {
        assertTrue(Files.isRegularFile(page), "not generated: " + page);
        driver.get(page.toUri().toString());
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> rule.getId() + " (" + rule.getNodes().size() + "): " + rule.getHelp() + "; first: "
                + rule.getNodes().get(0).getHtml() + " " + rule.getNodes().get(0).getFailureSummary()).collect(Collectors.joining("\n"));
    }
}
