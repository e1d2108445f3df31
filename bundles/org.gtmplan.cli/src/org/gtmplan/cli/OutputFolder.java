package org.gtmplan.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

import org.gtmplan.lang.generator.GeneratedFile;

/**
 * Where {@code gtm generate} writes. It writes only inside its folder, each file atomically (a
 * temporary file in the same folder, then a move), leaves a file whose bytes are already right
 * untouched, and never deletes a file it did not just write.
 */
final class OutputFolder {

    enum Outcome {
        WROTE, UNCHANGED
    }

    private final Path folder;

    OutputFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** Creates the folder and proves it is writable before anything is generated into it. */
    void prepare() throws InputProblem {
        try {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new InputProblem(PlanFiles.displayName(folder) + ": exists and is not a folder; choose another --out");
            }
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".gtm-probe-", ".tmp");
            Files.delete(probe);
        } catch (AccessDeniedException | FileAlreadyExistsException e) {
            throw new InputProblem(PlanFiles.displayName(folder) + ": cannot write there (permission denied); choose another --out");
        } catch (IOException e) {
            throw new InputProblem(PlanFiles.displayName(folder) + ": cannot write there (" + e.getMessage() + ")");
        }
    }

    Path resolve(String name) throws InputProblem {
        Path target = folder.resolve(name).normalize();
        if (!GeneratedFile.isPlainName(name) || !target.getParent().equals(folder)) {
            throw new InputProblem("gtm: refusing to write '" + name + "' outside " + PlanFiles.displayName(folder));
        }
        return target;
    }

    /**
     * Temporary files are private (0600); a generated document is for sharing, so it gets the
     * permissions of the file it replaces, or rw-r--r-- when it is new.
     */
    private static void keepPermissions(Path temporary, Path target) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
            return;
        }
        Files.setPosixFilePermissions(temporary, Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }

    Outcome write(GeneratedFile file) throws InputProblem {
        Path target = resolve(file.name());
        try {
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), file.content())) {
                return Outcome.UNCHANGED;
            }
            Path temporary = Files.createTempFile(folder, "." + file.name() + ".", ".tmp");
            try {
                Files.write(temporary, file.content());
                keepPermissions(temporary, target);
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
            return Outcome.WROTE;
        } catch (IOException e) {
            throw new InputProblem(PlanFiles.displayName(target) + ": cannot write (" + e.getMessage() + ")");
        }
    }
}
