package org.gtmplan.lang.ui.builder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.resource.Resource;
import org.gtmplan.lang.generator.DocumentPipeline;
import org.gtmplan.lang.generator.GeneratedFile;
import org.gtmplan.lang.generator.GenerationOptions;
import org.gtmplan.lang.revision.PlanRevision;
import org.gtmplan.lang.ui.GtmUiPlugin;
import org.gtmplan.lang.validation.GtmResourceValidator;

/**
 * Generates the documents of some plans of a project into its configured folder, with the rules of
 * {@code gtm generate} ({@link DocumentPipeline}): nothing while the plans or the libraries that
 * serve them have an error, the same revision and timestamp, only inside the folder. Used by the
 * builder (all plans, on save) and by the Generate Documents command (the selected ones).
 */
public final class ProjectDocuments {

    /** What happened, for a marker or a dialog. */
    public record Report(boolean generated, int errors, List<String> written, List<String> unchanged, String folder, String problem) {

        /** One sentence for the user. */
        public String message() {
            if (errors > 0) {
                return "Documents not generated: the plans have " + errors + (errors == 1 ? " error" : " errors")
                        + "; fix " + (errors == 1 ? "it" : "them") + " first (see the Problems view)";
            }
            if (problem != null) {
                return "Documents not generated: " + problem;
            }
            if (written.isEmpty()) {
                return "The " + unchanged.size() + (unchanged.size() == 1 ? " document" : " documents") + " in " + folder
                        + (unchanged.size() == 1 ? " is" : " are") + " already up to date";
            }
            return "Wrote " + written.size() + (written.size() == 1 ? " file" : " files") + " into " + folder
                    + (unchanged.isEmpty() ? "" : " (" + unchanged.size() + " already up to date)") + ": " + String.join(", ", written);
        }
    }

    private ProjectDocuments() {
    }

    /**
     * Generates the documents of the plans in {@code selected} (files of {@code plans}); the
     * libraries of the project count for errors, as they serve every plan.
     */
    public static Report generate(IProject project, ProjectPlans plans, Collection<IFile> selected, GenerationSettings settings,
            IProgressMonitor monitor) {
        String folderProblem = GenerationSettings.folderProblem(settings.folder());
        if (folderProblem != null) {
            return new Report(false, 0, List.of(), List.of(), settings.folder(), folderProblem + " (project properties, GTM Plan)");
        }
        Set<IFile> checked = new LinkedHashSet<>(selected);
        plans.files().stream().filter(plans::isLibrary).forEach(checked::add);
        int errors = plans.errorsIn(checked);

        List<Resource> resources = new ArrayList<>();
        List<Path> locations = new ArrayList<>();
        for (IFile file : selected) {
            if (plans.plans().containsKey(file)) {
                resources.add(plans.plans().get(file).resource());
            }
        }
        for (IFile file : checked) {
            if (file.getLocation() != null) {
                locations.add(file.getLocation().toFile().toPath());
            }
        }
        DocumentPipeline pipeline = GtmUiPlugin.get(DocumentPipeline.class);
        GenerationOptions options;
        try {
            options = GenerationOptions.of(null, System.getenv("SOURCE_DATE_EPOCH"),
                    locations.size() == checked.size() ? PlanRevision.of(locations) : Optional.empty(), false);
        } catch (IllegalArgumentException e) {
            return new Report(false, 0, List.of(), List.of(), settings.folder(), e.getMessage());
        }
        Set<String> formats = settings.formats().isEmpty() ? pipeline.formats() : settings.formats();
        List<GeneratedFile> documents;
        switch (pipeline.generate(resources, errors, formats, options)) {
            case DocumentPipeline.Documents generated -> documents = generated.files();
            case DocumentPipeline.Blocked blocked -> {
                return new Report(false, blocked.errors(), List.of(), List.of(), settings.folder(), null);
            }
            case DocumentPipeline.Refused refused -> {
                return new Report(false, 0, List.of(), List.of(), settings.folder(), refused.reason());
            }
            case DocumentPipeline.Failed failed -> {
                DocumentPipeline.Failure first = failed.failures().get(0);
                GtmUiPlugin.getDefault().getLog().error("generating the documents of " + first.resource().getURI(), first.exception());
                return new Report(false, 0, List.of(), List.of(), settings.folder(),
                        GtmResourceValidator.describe(first.during(), first.exception()));
            }
        }
        WorkspaceOutputFolder folder = new WorkspaceOutputFolder(project, settings.folder());
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        try {
            folder.prepare(monitor);
            for (GeneratedFile document : documents) {
                if (folder.write(document, monitor) == WorkspaceOutputFolder.Outcome.WROTE) {
                    written.add(document.name());
                } else {
                    unchanged.add(document.name());
                }
            }
        } catch (WorkspaceOutputFolder.WriteProblem e) {
            return new Report(false, 0, written, unchanged, settings.folder(), e.getMessage());
        }
        return new Report(true, 0, written, unchanged, folder.folder().getProjectRelativePath().toString(), null);
    }
}
