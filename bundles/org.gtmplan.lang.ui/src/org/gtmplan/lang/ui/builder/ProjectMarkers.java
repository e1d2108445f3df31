package org.gtmplan.lang.ui.builder;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.gtmplan.lang.ui.GtmProblemMarkers;

/**
 * The one marker on a project (type {@value #GENERATION}) that says why its documents were not
 * generated, and the removal of every GTM marker of a project (on clean, or when the nature goes).
 */
public final class ProjectMarkers {

    /** "Documents not generated: ..." on the project; a problem marker so the Problems view shows it. */
    public static final String GENERATION = "org.gtmplan.lang.ui.generation";

    private ProjectMarkers() {
    }

    /** Replaces the project's generation marker by one saying {@code message}, or removes it when message is null. */
    public static void setGeneration(IProject project, int severity, String message) throws CoreException {
        project.deleteMarkers(GENERATION, false, IResource.DEPTH_ZERO);
        if (message != null) {
            IMarker marker = project.createMarker(GENERATION);
            marker.setAttribute(IMarker.SEVERITY, severity);
            marker.setAttribute(IMarker.MESSAGE, message);
            marker.setAttribute(IMarker.SOURCE_ID, "GTM Plan");
        }
    }

    public static void removeAll(IProject project) throws CoreException {
        if (project.isAccessible()) {
            project.deleteMarkers(GtmProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE);
            project.deleteMarkers(GENERATION, false, IResource.DEPTH_ZERO);
        }
    }
}
