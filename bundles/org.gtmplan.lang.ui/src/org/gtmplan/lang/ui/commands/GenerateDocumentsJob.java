package org.gtmplan.lang.ui.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.gtmplan.lang.ui.GtmUiPlugin;
import org.gtmplan.lang.ui.builder.GenerationSettings;
import org.gtmplan.lang.ui.builder.ProjectDocuments;
import org.gtmplan.lang.ui.builder.ProjectPlans;

/**
 * Generates the documents of the plans in some resources (files, folders, projects), each project's
 * into its configured folder, loading every plan file of the project so the libraries resolve, and
 * hands one message per project to {@code report}.
 */
public final class GenerateDocumentsJob extends Job {

    /** The family of these jobs, for whoever waits for them. */
    public static final Object FAMILY = GenerateDocumentsJob.class;

    private final List<IResource> chosen;
    private final Consumer<List<String>> report;

    public GenerateDocumentsJob(List<IResource> chosen, Consumer<List<String>> report) {
        super("Generate GTM Plan documents");
        this.chosen = List.copyOf(chosen);
        this.report = report;
        setRule(MultiRule.combine(chosen.stream().map(IResource::getProject).distinct().toArray(IProject[]::new)));
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Map<IProject, List<IResource>> byProject = new LinkedHashMap<>();
        chosen.forEach(r -> byProject.computeIfAbsent(r.getProject(), p -> new ArrayList<>()).add(r));
        List<String> messages = new ArrayList<>();
        for (Map.Entry<IProject, List<IResource>> entry : byProject.entrySet()) {
            IProject project = entry.getKey();
            try {
                String[] message = { null };
                ResourcesPlugin.getWorkspace().run(m -> message[0] = generate(project, entry.getValue(), m), project, 0, monitor);
                messages.add(project.getName() + ": " + message[0]);
            } catch (CoreException | RuntimeException e) {
                GtmUiPlugin.getDefault().getLog().error("generating the documents of " + project.getName(), e);
                messages.add(project.getName() + ": documents not generated: " + (e instanceof CoreException c ? c.getStatus().getMessage() : e)
                        + " (details in the error log)");
            }
        }
        report.accept(messages);
        return Status.OK_STATUS;
    }

    private static String generate(IProject project, List<IResource> chosen, IProgressMonitor monitor) throws CoreException {
        if (!project.isAccessible()) {
            return "the project is closed; nothing written";
        }
        ProjectPlans plans = ProjectPlans.load(project, () -> monitor.isCanceled());
        List<IFile> selected = plans.files().stream().filter(f -> chosen.stream().anyMatch(r -> r.getFullPath().isPrefixOf(f.getFullPath())))
                .toList();
        if (selected.isEmpty()) {
            return "no .gtm file in the selection; nothing written";
        }
        return ProjectDocuments.generate(project, plans, selected, GenerationSettings.of(project), monitor).message();
    }
}
