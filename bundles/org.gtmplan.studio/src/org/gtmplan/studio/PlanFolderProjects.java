package org.gtmplan.studio;

import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Makes a folder of plans on disk part of the workspace, so a plan opened from the command line is
 * checked with the library beside it (the editor parses a plan with its project's other .gtm files)
 * and its problems reach the Problems view. The folder is linked into a project that lives in the
 * workspace: nothing is written into the user's folder.
 */
final class PlanFolderProjects {

    private final IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();

    /** The workspace file for a plan on disk: the one already there, else one in a new linked project. */
    IFile fileFor(Path plan) throws CoreException {
        for (IFile known : root.findFilesForLocationURI(plan.toUri())) {
            if (known.getProject().isOpen()) {
                return known;
            }
        }
        return containerFor(plan.getParent()).getFile(IPath.fromOSString(plan.getFileName().toString()));
    }

    /** The workspace container of a folder on disk: the one already there, else a new linked project. */
    IContainer containerFor(Path folder) throws CoreException {
        for (IContainer known : root.findContainersForLocationURI(folder.toUri())) {
            if (known.getType() != IResource.ROOT && known.getProject().isOpen()) {
                return known;
            }
        }
        String name = folder.getFileName() == null ? "plans" : folder.getFileName().toString();
        NullProgressMonitor monitor = new NullProgressMonitor();
        IProject project = root.getProject(freeProjectName(name));
        project.create(monitor);
        project.open(monitor);
        IFolder link = project.getFolder(name);
        link.createLink(IPath.fromPath(folder), IResource.NONE, monitor);
        link.refreshLocal(IResource.DEPTH_INFINITE, monitor);
        return link;
    }

    private String freeProjectName(String wanted) {
        String name = wanted;
        for (int n = 2; root.getProject(name).exists(); n++) {
            name = wanted + " (" + n + ")";
        }
        return name;
    }
}
