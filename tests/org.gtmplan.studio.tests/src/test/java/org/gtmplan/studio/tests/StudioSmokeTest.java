package org.gtmplan.studio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * GTM Studio as a user gets it: the archive unpacked into an empty folder, {@code ./gtm-studio} started
 * on copies of the example plan and library and a fresh workspace, under the X display. Seen from
 * outside: the window's title (the GTM Plan perspective, the plan, GTM Studio), a dialog for paths that
 * are no plans, File &gt; Exit ending the process with 0, the workbench state it saved (the plans in the
 * GTM editor, the GTM Plan perspective) and its log (no error).
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
class StudioSmokeTest {

    static final Duration START_LIMIT = Duration.ofMinutes(3);
    static final Duration DIALOG_LIMIT = Duration.ofMinutes(1);
    static final Duration EXIT_LIMIT = Duration.ofMinutes(1);
    /** A top-level window (xwininfo -root -children) of GTM Studio: id, title. */
    static final Pattern STUDIO_WINDOW = Pattern.compile("^\\s*(0x[0-9a-f]+) \"([^\"]*)\": \\(\"GTM Studio\"", Pattern.MULTILINE);
    /** The editors GTM Studio saved in workbench.xmi, by file name. */
    static final Pattern SAVED_GTM_EDITOR = Pattern.compile("editor id=&quot;org\\.gtmplan\\.lang\\.ui\\.GtmEditor&quot; name=&quot;([^&]+)&quot;");

    @TempDir
    Path work;
    Path studio;
    Path workspace;

    @BeforeEach
    void unpackStudioAndCopyTheExamples() throws Exception {
        assumeDesktopTools();
        studio = BuiltArchives.unpack(BuiltArchives.STUDIO, work.resolve("studio"));
        Path plans = Files.createDirectories(work.resolve("plans"));
        Files.copy(BuiltArchives.EXAMPLES.resolve("phone-launch.gtm"), plans.resolve("phone-launch.gtm"));
        Files.copy(BuiltArchives.EXAMPLES.resolve("org.gtm"), plans.resolve("org.gtm"));
        workspace = work.resolve("workspace");
    }

    @Test
    void studioOpensThePlanInTheGtmEditorAndExitsCleanly() throws Exception {
        Process process = start("plans/phone-launch.gtm");
        try {
            String window = awaitMainWindow(process);
            String title = titleOf(window);
            assertTrue(title.startsWith("workspace - GTM Plan - plans/plans/phone-launch.gtm - GTM Studio"),
                    "the title names the workspace, the GTM Plan perspective, the plan (in the linked folder) and GTM Studio: " + title);
            photographIfAsked(window);
            exitThroughTheFileMenu(process, window);
        } finally {
            stopIfRunning(process);
        }
        assertEquals(Set.of("phone-launch.gtm"), savedGtmEditors());
        assertTrue(savedWorkbench().contains("org.gtmplan.studio.perspective"), "the GTM Plan perspective was open");
        assertEquals(List.of(), entriesOfSeverity(4), "errors in .metadata/.log:\n" + log());
    }

    @Test
    void aFolderOpensItsPlansAndPathsThatAreNoPlansAreReported() throws Exception {
        Files.writeString(work.resolve("notes.txt"), "not a plan\n");
        Process process = start("plans", "missing.gtm", "notes.txt");
        try {
            String window = awaitMainWindow(process);
            String dialog = awaitWindow(process, DIALOG_LIMIT, "the dialog about missing.gtm and notes.txt",
                    title -> title.strip().equals("GTM Studio"));
            tool("xdotool", "mousemove", "--window", dialog, "100", "50"); // no window manager: the pointer's window has the keyboard
            tool("xdotool", "key", "Return"); // OK
            exitThroughTheFileMenu(process, window);
        } finally {
            stopIfRunning(process);
        }
        assertEquals(Set.of("org.gtm", "phone-launch.gtm"), savedGtmEditors(), "every plan of the folder was open");
        List<String> warnings = entriesOfSeverity(2);
        assertTrue(warnings.stream().anyMatch(entry -> entry.contains("missing.gtm: no such file or folder")
                && entry.contains("notes.txt: not a plan; GTM Studio opens .gtm files and folders")), "warnings: " + warnings);
        assertEquals(List.of(), entriesOfSeverity(4), "errors in .metadata/.log:\n" + log());
        assertEquals("not a plan\n", Files.readString(work.resolve("notes.txt")), "a file that is no plan is left alone");
        try (Stream<Path> files = Files.list(work.resolve("plans"))) {
            assertEquals(List.of("org.gtm", "phone-launch.gtm"), files.map(path -> path.getFileName().toString()).sorted().toList(),
                    "nothing is written into the user's folder (it is linked into the workspace)");
        }
    }

    private Process start(String... paths) throws IOException {
        List<String> command = new ArrayList<>(List.of(studio.resolve("gtm-studio").toString(), "-data", workspace.toString()));
        command.addAll(List.of(paths));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(output().toFile());
        builder.environment().put("HOME", work.toString()); // nothing of the user's home is read or written
        return builder.start();
    }

    private String awaitMainWindow(Process process) throws Exception {
        return awaitWindow(process, START_LIMIT, "a GTM Studio window with phone-launch.gtm",
                title -> title.contains(" - GTM Studio") && title.contains("phone-launch.gtm"));
    }

    /** Waits (bounded) for a top-level window of GTM Studio whose title passes {@code wanted}; fails if GTM Studio ends first. */
    private String awaitWindow(Process process, Duration limit, String what, java.util.function.Predicate<String> wanted) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        String windows = "";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("gtm-studio ended (exit " + process.exitValue() + ") while waiting for " + what + ":\n" + read(output()));
            }
            windows = tool("xwininfo", "-root", "-children").output();
            Matcher matcher = STUDIO_WINDOW.matcher(windows);
            while (matcher.find()) {
                if (wanted.test(matcher.group(2)) && isShown(matcher.group(1))) {
                    return matcher.group(1);
                }
            }
            Thread.sleep(1000);
        }
        fail("no " + what + " within " + limit.toSeconds() + " s; windows:\n" + windows + "\noutput:\n" + read(output()));
        return null;
    }

    private static boolean isShown(String window) throws Exception {
        return tool("xwininfo", "-id", window).output().contains("Map State: IsViewable");
    }

    private static String titleOf(String window) throws Exception {
        return tool("xdotool", "getwindowname", window).output().strip();
    }

    /**
     * File is the first menu at the window's top left; Up in an open menu selects its last item, Exit.
     * The keys are pressed only once the menu's popup window is shown, so a slow machine cannot
     * type them into the editor; a click that opened nothing is tried again.
     */
    private void exitThroughTheFileMenu(Process process, String window) throws Exception {
        for (int attempt = 1; attempt <= 3 && process.isAlive(); attempt++) {
            Set<String> before = shownTopLevelWindows();
            tool("xdotool", "mousemove", "--window", window, "18", "11", "click", "1");
            if (awaitNewWindow(before, Duration.ofSeconds(10))) {
                tool("xdotool", "key", "Up");
                Thread.sleep(300);
                tool("xdotool", "key", "Return");
                break;
            }
        }
        if (!process.waitFor(EXIT_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
            fail("GTM Studio did not exit within " + EXIT_LIMIT.toSeconds() + " s of File > Exit:\n" + read(output()));
        }
        assertEquals(0, process.exitValue(), read(output()));
    }

    private static boolean awaitNewWindow(Set<String> before, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(300);
            Set<String> now = shownTopLevelWindows();
            now.removeAll(before);
            if (!now.isEmpty()) {
                Thread.sleep(300); // the popup is mapped; let it take the keyboard grab
                return true;
            }
        }
        return false;
    }

    /** The ids of the top-level windows that are mapped (xwininfo -root -children, one line per window). */
    private static Set<String> shownTopLevelWindows() throws Exception {
        Set<String> shown = new TreeSet<>();
        Matcher matcher = Pattern.compile("^\\s*(0x[0-9a-f]+) ", Pattern.MULTILINE).matcher(tool("xwininfo", "-root", "-children").output());
        while (matcher.find()) {
            if (isShown(matcher.group(1))) {
                shown.add(matcher.group(1));
            }
        }
        return shown;
    }

    /** releng/scripts/studio-screenshot.sh asks for a picture: the window fills the screen first. */
    private static void photographIfAsked(String window) throws Exception {
        String target = System.getProperty("gtm.studio.screenshot", "");
        if (target.isBlank()) {
            return;
        }
        tool("xdotool", "windowmove", window, "0", "0");
        tool("xdotool", "windowsize", window, "1440", "900");
        Thread.sleep(5000); // the layout, the highlighting and the outline settle after the resize
        Command.Result picture = tool("import", "-window", "root", Path.of(target).toAbsolutePath().toString());
        assertEquals(0, picture.exitCode(), picture.output());
    }

    private static void stopIfRunning(Process process) throws InterruptedException {
        if (process.isAlive()) {
            Command.stop(process);
        }
    }

    private String savedWorkbench() throws IOException {
        try (Stream<Path> files = Files.walk(workspace.resolve(".metadata"))) {
            Optional<Path> state = files.filter(path -> path.getFileName().toString().equals("workbench.xmi")).findFirst();
            return Files.readString(state.orElseThrow(() -> new AssertionError("GTM Studio saved no workbench.xmi: it did not exit cleanly")),
                    StandardCharsets.UTF_8);
        }
    }

    private Set<String> savedGtmEditors() throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher matcher = SAVED_GTM_EDITOR.matcher(savedWorkbench());
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The entries of .metadata/.log with a severity (2 warning, 4 error), each with its message lines. */
    private List<String> entriesOfSeverity(int severity) throws IOException {
        return Stream.of(log().split("(?m)^(?=!ENTRY )")).filter(entry -> entry.matches("(?s)^!ENTRY \\S+ " + severity + " .*")).toList();
    }

    private String log() throws IOException {
        return read(workspace.resolve(".metadata/.log"));
    }

    private Path output() {
        return work.resolve("gtm-studio.out");
    }

    private static Command.Result tool(String... command) throws Exception {
        return Command.run(Path.of("."), Duration.ofSeconds(20), command);
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    /** xwininfo (x11-utils) and xdotool see the windows; CI installs both and then requires them. */
    private static void assumeDesktopTools() {
        boolean present = onPath("xdotool") && onPath("xwininfo");
        if (!present && "1".equals(System.getenv("GTM_REQUIRE_DESKTOP_TOOLS"))) {
            fail("xdotool and xwininfo are required (apt-get install -y xdotool x11-utils)");
        }
        assumeTrue(present, "xdotool and xwininfo are not installed (apt-get install -y xdotool x11-utils); skipping");
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, tool)));
    }
}
