package org.gtmplan.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
    /** Whether {@link #prepare()} created the folder, so that {@link #discard()} can take it away again. */
    private boolean created;
    /** Documents written to temporary files, waiting for {@link #commit()}: target and temporary file. */
    private final List<Path[]> staged = new ArrayList<>();

    OutputFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** Creates the folder and proves it is writable before anything is generated into it. */
    void prepare() throws InputProblem {
        try {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw new InputProblem(PlanFiles.displayName(folder) + ": exists and is not a folder; choose another --out");
            }
            created = !Files.exists(folder);
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

    /**
     * Writes a document to a hidden temporary file beside its target, so its bytes need not stay in
     * memory; nothing is visible under its own name before {@link #commit()}.
     */
    void stage(GeneratedFile file) throws InputProblem {
        Path target = resolve(file.name());
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + file.name() + ".", ".tmp");
            staged.add(new Path[] { target, temporary });
            Files.write(temporary, file.content());
        } catch (IOException e) {
            throw new InputProblem(PlanFiles.displayName(target) + ": cannot write (" + e.getMessage() + ")");
        }
    }

    /** The names of the staged documents, in staging order. */
    List<Path> stagedTargets() {
        return staged.stream().map(pair -> pair[0]).toList();
    }

    /**
     * Moves every staged document onto its name, atomically each, in staging order; a document whose
     * bytes are already there is dropped and its file left untouched. One outcome per document.
     */
    List<Outcome> commit() throws InputProblem {
        List<Outcome> outcomes = new ArrayList<>();
        try {
            for (Path[] pair : staged) {
                outcomes.add(moveIntoPlace(pair[1], pair[0]));
            }
        } finally {
            discard();
        }
        return outcomes;
    }

    /** Drops every staged document that is not in place yet, and the folder when {@link #prepare()} made it and it stayed empty. */
    void discard() {
        for (Path[] pair : staged) {
            try {
                Files.deleteIfExists(pair[1]);
            } catch (IOException e) {
                // a hidden temporary file left behind harms nothing written by the user
            }
        }
        staged.clear();
        if (created) {
            try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isEmpty()) {
                    Files.delete(folder);
                    created = false;
                }
            } catch (IOException e) {
                // the folder stays; it is empty
            }
        }
    }

    private Outcome moveIntoPlace(Path temporary, Path target) throws InputProblem {
        try {
            if (Files.isRegularFile(target) && Files.mismatch(temporary, target) == -1) {
                Files.delete(temporary);
                return Outcome.UNCHANGED;
            }
            replace(temporary, target);
            return Outcome.WROTE;
        } catch (IOException e) {
            throw new InputProblem(PlanFiles.displayName(target) + ": cannot write (" + e.getMessage() + ")");
        }
    }

    /** Puts {@code temporary} in {@code target}'s place in one step, with the permissions the target should have. */
    private static void replace(Path temporary, Path target) throws IOException {
        keepPermissions(temporary, target);
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
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
                replace(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return Outcome.WROTE;
        } catch (IOException e) {
            throw new InputProblem(PlanFiles.displayName(target) + ": cannot write (" + e.getMessage() + ")");
        }
    }
}
