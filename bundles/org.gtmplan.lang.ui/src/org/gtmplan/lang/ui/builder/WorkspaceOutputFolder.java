package org.gtmplan.lang.ui.builder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.gtmplan.lang.generator.GeneratedFile;

/**
 * The project folder the documents go into, written through the workspace API so the workspace
 * (and the Project Explorer) sees every file. Like {@code gtm generate}'s output folder it writes
 * only inside itself, leaves a file whose bytes are already right untouched and never deletes
 * anything; each file it writes is marked derived (it is made from the plans).
 */
final class WorkspaceOutputFolder {

    enum Outcome {
        WROTE, UNCHANGED
    }

    /** Writing failed; a sentence for the user. */
    static final class WriteProblem extends Exception {
        private static final long serialVersionUID = 1L;

        WriteProblem(String message) {
            super(message);
        }
    }

    private final IFolder folder;

    WorkspaceOutputFolder(IProject project, String relativePath) {
        this.folder = project.getFolder(IPath.fromPortableString(relativePath.trim().replace('\\', '/')));
    }

    IFolder folder() {
        return folder;
    }

    /** Creates the folder (and its parents) when missing; a file in its place is a clear message. */
    void prepare(IProgressMonitor monitor) throws WriteProblem {
        try {
            create(folder, monitor);
        } catch (CoreException e) {
            throw new WriteProblem("Cannot create the output folder " + folder.getProjectRelativePath() + ": " + e.getStatus().getMessage());
        }
    }

    private static void create(IContainer container, IProgressMonitor monitor) throws CoreException, WriteProblem {
        if (container.exists() || !(container instanceof IFolder folder)) {
            return;
        }
        create(container.getParent(), monitor);
        IResource clash = container.getWorkspace().getRoot().findMember(container.getFullPath());
        if (clash != null && clash.getType() == IResource.FILE) {
            throw new WriteProblem(container.getProjectRelativePath() + " is a file, not a folder; choose another output folder");
        }
        folder.create(IResource.FORCE, true, monitor);
    }

    Outcome write(GeneratedFile document, IProgressMonitor monitor) throws WriteProblem {
        if (!GeneratedFile.isPlainName(document.name())) {
            throw new WriteProblem("Refusing to write '" + document.name() + "' outside " + folder.getProjectRelativePath());
        }
        IFile file = folder.getFile(document.name());
        try {
            if (file.exists() && sameBytes(file, document.content())) {
                return Outcome.UNCHANGED;
            }
            if (file.exists()) {
                file.setContents(new ByteArrayInputStream(document.content()), IResource.FORCE | IResource.KEEP_HISTORY, monitor);
            } else {
                file.create(new ByteArrayInputStream(document.content()), IResource.FORCE | IResource.DERIVED, monitor);
            }
            file.setDerived(true, monitor);
            return Outcome.WROTE;
        } catch (CoreException e) {
            throw new WriteProblem("Cannot write " + file.getProjectRelativePath() + ": " + e.getStatus().getMessage());
        }
    }

    private static boolean sameBytes(IFile file, byte[] content) {
        try (InputStream in = file.getContents(true)) {
            return Arrays.equals(in.readAllBytes(), content);
        } catch (IOException | CoreException e) {
            return false;
        }
    }
}
