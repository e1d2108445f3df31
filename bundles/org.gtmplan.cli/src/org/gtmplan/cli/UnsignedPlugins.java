package org.gtmplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies the plug-in jars of the update site without their signature files, for the {@code gtm}
 * launcher's start-up cache: the JVM's class-data sharing and ahead-of-time cache leave out every
 * class of a signed jar, and the Eclipse, EMF and Xtext jars are signed, so without this most of
 * the classes {@code gtm} loads are never cached. Run by the {@code gtm} script once per build:
 * {@code java -cp plugins/* org.gtmplan.cli.UnsignedPlugins FROM TO}. The signatures matter to an
 * Eclipse installation (p2 checks them when installing); a plain class path never checks them.
 */
public final class UnsignedPlugins {

    /** A jar's signature: META-INF/NAME.SF and its signature block (RSA, DSA, EC). */
    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);

    private UnsignedPlugins() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: UnsignedPlugins FROM-FOLDER TO-FOLDER");
            System.exit(2);
        }
        copyAll(Path.of(args[0]), Path.of(args[1]));
    }

    /** Copies every jar directly in {@code from} into {@code to} (created), without signature files. */
    public static void copyAll(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        List<Path> jars;
        try (Stream<Path> files = Files.list(from)) {
            jars = files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        for (Path jar : jars) {
            copyWithoutSignature(jar, to.resolve(jar.getFileName()));
        }
    }

    static boolean isSignatureFile(String entryName) {
        return SIGNATURE.matcher(entryName).matches();
    }

    /** Copies one jar entry by entry, keeping names, order and times, and leaving out its signature. */
    static void copyWithoutSignature(Path jar, Path copy) throws IOException {
        try (InputStream in = Files.newInputStream(jar); ZipInputStream zip = new ZipInputStream(in);
                OutputStream out = Files.newOutputStream(copy); ZipOutputStream target = new ZipOutputStream(out)) {
            // Fast compression: this runs once per build, and the cache, not the jar, serves the classes.
            target.setLevel(Deflater.BEST_SPEED);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (isSignatureFile(entry.getName())) {
                    continue;
                }
                ZipEntry copied = new ZipEntry(entry.getName());
                copied.setTime(entry.getTime());
                target.putNextEntry(copied);
                zip.transferTo(target);
                target.closeEntry();
            }
        }
    }
}
