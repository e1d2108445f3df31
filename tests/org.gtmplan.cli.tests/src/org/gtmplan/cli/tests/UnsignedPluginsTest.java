package org.gtmplan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.gtmplan.cli.UnsignedPlugins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gtm launcher's class path for its start-up cache: the plug-ins without their signatures. */
class UnsignedPluginsTest {

    @TempDir
    Path dir;

    private static void jar(Path file, String... names) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(("content of " + name).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    private static List<String> entries(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile jar = new JarFile(file.toFile())) {
            jar.stream().forEach(e -> names.add(e.getName()));
        }
        return names;
    }

    @Test
    void theCopiesKeepEverythingButTheSignatures() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        jar(plugins.resolve("org.eclipse.emf.ecore_2.40.jar"), "META-INF/MANIFEST.MF", "META-INF/ECLIPSE_.SF", "META-INF/ECLIPSE_.RSA",
                "META-INF/services/x.Y", "org/eclipse/emf/ecore/EObject.class", "plugin.properties");
        jar(plugins.resolve("org.gtmplan.lang_0.1.0.jar"), "META-INF/MANIFEST.MF", "org/gtmplan/lang/Gtm.class");
        Files.writeString(plugins.resolve("notes.txt"), "not a jar");

        Path unsigned = dir.resolve("unsigned");
        UnsignedPlugins.main(new String[] { plugins.toString(), unsigned.toString() });

        assertEquals(List.of("org.eclipse.emf.ecore_2.40.jar", "org.gtmplan.lang_0.1.0.jar"),
                Files.list(unsigned).map(p -> p.getFileName().toString()).sorted().toList());
        assertEquals(List.of("META-INF/MANIFEST.MF", "META-INF/services/x.Y", "org/eclipse/emf/ecore/EObject.class", "plugin.properties"),
                entries(unsigned.resolve("org.eclipse.emf.ecore_2.40.jar")));
        assertEquals(List.of("META-INF/MANIFEST.MF", "org/gtmplan/lang/Gtm.class"), entries(unsigned.resolve("org.gtmplan.lang_0.1.0.jar")));
        try (JarFile copy = new JarFile(unsigned.resolve("org.eclipse.emf.ecore_2.40.jar").toFile())) {
            assertEquals("content of org/eclipse/emf/ecore/EObject.class",
                    new String(copy.getInputStream(copy.getEntry("org/eclipse/emf/ecore/EObject.class")).readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
