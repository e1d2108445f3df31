package org.gtmplan.lang.ui.builder;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.gtmplan.lang.ui.GtmUiPlugin;
import org.osgi.service.prefs.BackingStoreException;

/**
 * A project's document generation settings, kept in its project-scoped preferences
 * ({@code .settings/org.gtmplan.lang.ui.prefs}), so they live in Git with the plans.
 *
 * @param onSave regenerate the documents after each build (so on each save, with auto-build)
 * @param folder the output folder, relative to the project
 * @param formats the chosen formats; empty means all
 */
public record GenerationSettings(boolean onSave, String folder, Set<String> formats) {

    public static final String GENERATE_ON_SAVE = "generateOnSave";
    public static final String OUTPUT_FOLDER = "outputFolder";
    public static final String FORMATS = "formats";
    public static final String DEFAULT_FOLDER = "out";

    /** The preference file the builder watches, project-relative. */
    public static final String PREFERENCES_FILE = ".settings/" + GtmUiPlugin.PLUGIN_ID + ".prefs";

    public GenerationSettings {
        formats = Set.copyOf(new LinkedHashSet<>(formats));
    }

    public static GenerationSettings of(IProject project) {
        IEclipsePreferences node = new ProjectScope(project).getNode(GtmUiPlugin.PLUGIN_ID);
        String formats = node.get(FORMATS, "");
        return new GenerationSettings(node.getBoolean(GENERATE_ON_SAVE, false), node.get(OUTPUT_FOLDER, DEFAULT_FOLDER),
                Arrays.stream(formats.split(",")).map(String::trim).filter(f -> !f.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** Writes these settings into the project's preferences file. */
    public void store(IProject project) throws BackingStoreException {
        IEclipsePreferences node = new ProjectScope(project).getNode(GtmUiPlugin.PLUGIN_ID);
        node.putBoolean(GENERATE_ON_SAVE, onSave);
        node.put(OUTPUT_FOLDER, folder);
        node.put(FORMATS, String.join(",", formats));
        node.flush();
    }

    /**
     * Why {@code folder} cannot be the output folder, or null when it can: it must be a relative
     * path inside the project, not the project itself, and not under {@code .settings}.
     */
    public static String folderProblem(String folder) {
        if (folder == null || folder.isBlank()) {
            return "Enter the folder the documents are written into, e.g. out";
        }
        IPath path = IPath.fromPortableString(folder.trim().replace('\\', '/'));
        if (path.isAbsolute() || path.getDevice() != null) {
            return "The output folder must be inside the project: enter a relative path such as out or docs/plans";
        }
        for (String segment : path.segments()) {
            if (segment.equals("..") || segment.equals(".")) {
                return "The output folder must be inside the project: '" + segment + "' is not allowed";
            }
        }
        if (path.segmentCount() == 0) {
            return "The output folder cannot be the project itself; enter a folder such as out";
        }
        if (path.segment(0).equals(".settings")) {
            return "The output folder cannot be under .settings";
        }
        return null;
    }
}
