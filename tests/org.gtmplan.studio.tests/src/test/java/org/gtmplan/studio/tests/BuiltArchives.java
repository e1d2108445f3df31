package org.gtmplan.studio.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Where the reactor put what these tests use, and unpacking an archive as a user would. */
final class BuiltArchives {

    static final Path ROOT = Path.of(System.getProperty("gtm.root", "../..")).toAbsolutePath().normalize();
    static final Path PRODUCTS = ROOT.resolve("releng/org.gtmplan.product/target/products");
    static final Path STUDIO = PRODUCTS.resolve("gtm-studio-linux.gtk.x86_64.tar.gz");
    static final Path BARE_PLATFORM = PRODUCTS.resolve("bare-platform-linux.gtk.x86_64.tar.gz");
    static final Path UPDATE_SITE = ROOT.resolve("releng/org.gtmplan.repository/target/repository");
    static final Path EXAMPLES = ROOT.resolve("examples");

    private BuiltArchives() {
    }

    /** Unpacks {@code archive} into {@code folder} with tar, which keeps the start script executable. */
    static Path unpack(Path archive, Path folder) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(archive), archive + " is missing: build it with ./mvnw verify");
        Files.createDirectories(folder);
        Command.Result untar = Command.run(folder, Duration.ofMinutes(2), "tar", "--warning=no-unknown-keyword", "-xzf", archive.toString());
        assertTrue(untar.exitCode() == 0, "tar failed:\n" + untar.output());
        return folder;
    }

    /** The java of the JDK running the tests (>= 21, as the build needs one). */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
