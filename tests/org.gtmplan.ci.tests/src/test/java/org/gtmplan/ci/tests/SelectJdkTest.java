package org.gtmplan.ci.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * releng/scripts/select-jdk.sh (sourced by ./gtm, ./mvnw and gtm-studio) reads a JDK's major
 * version from its `release` file, and asks the JDK's own java only when that file says nothing.
 */
class SelectJdkTest {

    @TempDir
    Path temp;

    @Test
    void theReleaseFileGivesTheMajorVersionWithoutStartingJava() throws Exception {
        Path jdk = fakeJdk("jdk25", "JAVA_VERSION=\"25.0.3\"\nJAVA_VERSION_DATE=\"2026-04-21\"\n",
                "echo 'java was started' >&2; exit 7");
        assertEquals("25", major(jdk));
    }

    @Test
    void anOldStyleVersionIsBelowTwentyOne() throws Exception {
        assertEquals("1", major(fakeJdk("jdk8", "JAVA_VERSION=\"1.8.0_392\"\n", "exit 7")));
    }

    @Test
    void withoutAReleaseFileTheJdkIsAsked() throws Exception {
        Path jdk = fakeJdk("bare", null, "echo '    java.specification.version = 22' >&2");
        assertEquals("22", major(jdk));
    }

    @Test
    void theRunningJdkIsReadAsItsOwnVersion() throws Exception {
        assertEquals(String.valueOf(Runtime.version().feature()), major(Path.of(System.getProperty("java.home"))));
    }

    private Path fakeJdk(String name, String release, String javaScript) throws IOException {
        Path home = temp.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        if (release != null) {
            Files.writeString(home.resolve("release"), release);
        }
        Path java = home.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\n" + javaScript + "\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    private static String major(Path jdk) throws Exception {
        Path script = CiRecipesTest.root().resolve("releng/scripts/select-jdk.sh");
        Process process = new ProcessBuilder("sh", "-c", ". \"$0\"; gtm_java_major \"$1\"", script.toString(), jdk.toString())
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        process.waitFor(30, TimeUnit.SECONDS);
        assertEquals(0, process.exitValue(), out);
        return out;
    }
}
