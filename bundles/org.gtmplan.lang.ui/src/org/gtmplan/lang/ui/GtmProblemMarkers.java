package org.gtmplan.lang.ui;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * The markers of a {@code .gtm} file (type {@value #TYPE}, a problem marker): one per issue of
 * the saved text, with the issue code in attribute {@value #CODE}, so the Problems view lists
 * them and the marker resolutions find their quick-fixes.
 */
public final class GtmProblemMarkers {

    public static final String TYPE = "org.gtmplan.lang.ui.problem";

    /** The issue code, as {@code gtm validate} prints it in brackets. */
    public static final String CODE = "code";

    /** The code of a file that cannot be read as a plan at all (binary, not UTF-8, too large). */
    public static final String INPUT = "input";

    private GtmProblemMarkers() {
    }

    /**
     * Replaces the markers of {@code file} by those of {@code issues}; leaves them alone when they
     * already say exactly that, so a build that re-validates a whole project does not make the
     * Problems view of every unchanged file flicker.
     */
    public static void replace(IFile file, List<Issue> issues) throws CoreException {
        if (!file.exists() || sameAsMarkers(file, issues)) {
            return;
        }
        IWorkspaceRunnable update = monitor -> {
            file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
            for (Issue issue : issues) {
                IMarker marker = file.createMarker(TYPE);
                marker.setAttribute(IMarker.SEVERITY, severity(issue.getSeverity()));
                marker.setAttribute(IMarker.MESSAGE, issue.getMessage());
                marker.setAttribute(IMarker.LINE_NUMBER, issue.getLineNumber() == null ? 1 : issue.getLineNumber().intValue());
                if (issue.getOffset() != null) {
                    int length = issue.getLength() == null ? 0 : issue.getLength();
                    marker.setAttribute(IMarker.CHAR_START, issue.getOffset().intValue());
                    marker.setAttribute(IMarker.CHAR_END, issue.getOffset() + length);
                }
                marker.setAttribute(CODE, issue.getCode() == null ? "syntax" : issue.getCode());
                marker.setAttribute(IMarker.SOURCE_ID, "GTM Plan");
            }
        };
        file.getWorkspace().run(update, file, 0, null);
    }

    private static boolean sameAsMarkers(IFile file, List<Issue> issues) throws CoreException {
        IMarker[] markers = file.findMarkers(TYPE, false, IResource.DEPTH_ZERO);
        if (markers.length != issues.size()) {
            return false;
        }
        java.util.Set<List<Object>> existing = new java.util.HashSet<>();
        for (IMarker marker : markers) {
            existing.add(List.of(marker.getAttribute(IMarker.SEVERITY, -1), marker.getAttribute(IMarker.MESSAGE, ""),
                    marker.getAttribute(IMarker.LINE_NUMBER, -1), marker.getAttribute(IMarker.CHAR_START, -1),
                    marker.getAttribute(IMarker.CHAR_END, -1), marker.getAttribute(CODE, "")));
        }
        for (Issue issue : issues) {
            int start = issue.getOffset() == null ? -1 : issue.getOffset();
            int end = issue.getOffset() == null ? -1 : issue.getOffset() + (issue.getLength() == null ? 0 : issue.getLength());
            List<Object> key = List.of(severity(issue.getSeverity()), issue.getMessage() == null ? "" : issue.getMessage(),
                    issue.getLineNumber() == null ? 1 : issue.getLineNumber().intValue(), start, end,
                    issue.getCode() == null ? "syntax" : issue.getCode());
            if (!existing.contains(key)) {
                return false;
            }
        }
        return true;
    }

    /** Replaces the markers of a file that cannot be read as a plan by one error saying why (code {@value #INPUT}). */
    public static void replaceByInputProblem(IFile file, String reason) throws CoreException {
        if (!file.exists()) {
            return;
        }
        IWorkspaceRunnable update = monitor -> {
            file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
            IMarker marker = file.createMarker(TYPE);
            marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
            marker.setAttribute(IMarker.MESSAGE, reason);
            marker.setAttribute(IMarker.LINE_NUMBER, 1);
            marker.setAttribute(CODE, INPUT);
            marker.setAttribute(IMarker.SOURCE_ID, "GTM Plan");
        };
        file.getWorkspace().run(update, file, 0, null);
    }

    public static int severity(Severity severity) {
        return switch (severity) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        };
    }
}
