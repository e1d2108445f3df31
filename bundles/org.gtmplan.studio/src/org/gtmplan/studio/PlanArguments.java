package org.gtmplan.studio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code ./gtm-studio PATH...} asks to open: each argument that is not an option is a plan
 * file ({@code .gtm}) or a folder of plans, relative to the folder the user started in. Paths
 * that cannot be opened become messages for the user instead.
 */
public record PlanArguments(List<Path> files, List<Path> folders, List<String> problems) {

    public static final String EXTENSION = ".gtm";

    public static PlanArguments of(String[] arguments, Path workingFolder) {
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.isBlank() || argument.startsWith("-")) {
                continue; // an option the platform left to the application; not a path
            }
            Path path = workingFolder.resolve(argument).toAbsolutePath().normalize();
            if (Files.isDirectory(path)) {
                folders.add(path);
            } else if (!Files.exists(path)) {
                problems.add(argument + ": no such file or folder");
            } else if (!path.getFileName().toString().endsWith(EXTENSION)) {
                problems.add(argument + ": not a plan; GTM Studio opens " + EXTENSION + " files and folders");
            } else if (!Files.isReadable(path)) {
                problems.add(argument + ": cannot be read");
            } else {
                files.add(path);
            }
        }
        return new PlanArguments(List.copyOf(files), List.copyOf(folders), List.copyOf(problems));
    }

    public boolean isEmpty() {
        return files.isEmpty() && folders.isEmpty() && problems.isEmpty();
    }
}
