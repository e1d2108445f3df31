package org.gtmplan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.gtmplan.lang.resource.PlanBytes;

/**
 * Finds the {@code .gtm} files a command was given and reads them safely: a folder is searched
 * recursively, and anything that is not a readable UTF-8 plan (missing, binary, not UTF-8,
 * empty, too large) is refused with one line that names the file.
 */
public final class PlanFiles {

    /** Room for a 100,000-task plan (about 6 MB); a larger file is a stray dump, not a plan. */
    public static final long DEFAULT_MAX_BYTES = PlanBytes.MAX_BYTES;

    /** A plan file read into memory, with the name to show the user. */
    public record PlanFile(Path path, String displayName, String text) {
    }

    private final long maxBytes;

    public PlanFiles(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Every {@code .gtm} file named or below a named folder, in a stable order. */
    public List<Path> discover(List<Path> arguments) throws InputProblem {
        List<Path> result = new ArrayList<>();
        for (Path argument : arguments) {
            if (!Files.exists(argument)) {
                throw new InputProblem(argument + ": no such file or folder");
            }
            if (Files.isDirectory(argument)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(argument)) {
                    found = walk.filter(p -> p.getFileName().toString().endsWith(".gtm") && Files.isRegularFile(p))
                            .sorted().toList();
                } catch (IOException | java.io.UncheckedIOException e) {
                    throw new InputProblem(argument + ": cannot read the folder (" + e.getMessage() + ")");
                }
                if (found.isEmpty()) {
                    throw new InputProblem(argument + ": the folder holds no .gtm file");
                }
                result.addAll(found);
            } else {
                result.add(argument);
            }
        }
        return result.stream().map(Path::normalize).distinct().toList();
    }

    /** Every plan file the arguments name, read and checked; the first unreadable one stops it all. */
    public List<PlanFile> readAll(List<Path> arguments) throws InputProblem {
        List<PlanFile> files = new ArrayList<>();
        for (Path path : discover(arguments)) {
            files.add(read(path));
        }
        return files;
    }

    public PlanFile read(Path path) throws InputProblem {
        String name = displayName(path);
        if (!Files.isReadable(path)) {
            throw new InputProblem(name + ": cannot be read (check its permissions)");
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw new InputProblem(String.format("%s: the file is %.1f MB, more than the %d MB a plan may have",
                        name, size / 1048576.0, maxBytes / 1048576));
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputProblem(name + ": cannot be read (" + e.getMessage() + ")");
        }
        if (bytes.length > maxBytes) {
            throw new InputProblem(name + ": the file grew past the size limit while being read");
        }
        String text = switch (PlanBytes.read(bytes)) {
            case PlanBytes.Text plan -> plan.text();
            case PlanBytes.Binary binary -> throw new InputProblem(
                    name + ":" + PlanBytes.position(bytes, binary.offset()) + ": this is a binary file, not a GTM plan");
            case PlanBytes.NotUtf8 notUtf8 -> throw new InputProblem(name + ":" + PlanBytes.position(bytes, notUtf8.offset())
                    + ": the file is not UTF-8 text; save it as UTF-8 and try again");
        };
        if (text.isBlank()) {
            throw new InputProblem(name + ": the file is empty; a .gtm file holds one plan or one library");
        }
        return new PlanFile(path, name, text);
    }

    /** The path as the user would write it: relative to the working folder when it is below it. */
    static String displayName(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        String shown = absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
        return shown.replace('\\', '/');
    }
}
