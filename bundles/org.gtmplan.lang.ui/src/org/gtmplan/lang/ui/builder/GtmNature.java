package org.gtmplan.lang.ui.builder;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * The GTM Plan project nature: a project that has it is built by {@link GtmProjectBuilder}, which
 * keeps the problem markers of every {@code .gtm} file and, when enabled, the generated documents.
 */
public class GtmNature implements IProjectNature {

    public static final String ID = "org.gtmplan.lang.ui.nature";

    private IProject project;

    /** Whether {@code project} is open and has the nature (so its builder owns the markers). */
    public static boolean isOn(IProject project) {
        try {
            return project != null && project.isOpen() && project.hasNature(ID);
        } catch (CoreException e) {
            return false;
        }
    }

    /** Adds the nature (and so the builder) to {@code project}; nothing when it has it already. */
    public static void add(IProject project, IProgressMonitor monitor) throws CoreException {
        IProjectDescription description = project.getDescription();
        String[] natures = description.getNatureIds();
        if (Arrays.asList(natures).contains(ID)) {
            return;
        }
        String[] more = Arrays.copyOf(natures, natures.length + 1);
        more[natures.length] = ID;
        description.setNatureIds(more);
        project.setDescription(description, monitor);
    }

    /** Removes the nature and its builder; the GTM markers go with it (nothing keeps them up to date any more). */
    public static void remove(IProject project, IProgressMonitor monitor) throws CoreException {
        IProjectDescription description = project.getDescription();
        description.setNatureIds(Arrays.stream(description.getNatureIds()).filter(id -> !ID.equals(id)).toArray(String[]::new));
        project.setDescription(description, monitor);
    }

    @Override
    public void configure() throws CoreException {
        IProjectDescription description = project.getDescription();
        ICommand[] commands = description.getBuildSpec();
        if (Arrays.stream(commands).anyMatch(c -> GtmProjectBuilder.ID.equals(c.getBuilderName()))) {
            return;
        }
        ICommand command = description.newCommand();
        command.setBuilderName(GtmProjectBuilder.ID);
        ICommand[] more = Arrays.copyOf(commands, commands.length + 1);
        more[commands.length] = command;
        description.setBuildSpec(more);
        project.setDescription(description, null);
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription description = project.getDescription();
        description.setBuildSpec(Arrays.stream(description.getBuildSpec())
                .filter(c -> !GtmProjectBuilder.ID.equals(c.getBuilderName())).toArray(ICommand[]::new));
        project.setDescription(description, null);
        ProjectMarkers.removeAll(project);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }
}
