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

    /** One marker's content: what makes two markers say the same. Offsets are -1 when the issue has none. */
    private record Problem(int severity, String message, int line, int start, int end, String code) {

        static Problem of(Issue issue) {
            int start = issue.getOffset() == null ? -1 : issue.getOffset();
            int end = issue.getOffset() == null ? -1 : issue.getOffset() + (issue.getLength() == null ? 0 : issue.getLength());
            return new Problem(GtmProblemMarkers.severity(issue.getSeverity()), issue.getMessage() == null ? "" : issue.getMessage(),
                    issue.getLineNumber() == null ? 1 : issue.getLineNumber().intValue(), start, end,
                    issue.getCode() == null ? "syntax" : issue.getCode());
        }

        static Problem of(IMarker marker) {
            return new Problem(marker.getAttribute(IMarker.SEVERITY, -1), marker.getAttribute(IMarker.MESSAGE, ""),
                    marker.getAttribute(IMarker.LINE_NUMBER, -1), marker.getAttribute(IMarker.CHAR_START, -1),
                    marker.getAttribute(IMarker.CHAR_END, -1), marker.getAttribute(CODE, ""));
        }

        void createOn(IFile file) throws CoreException {
            IMarker marker = file.createMarker(TYPE);
            marker.setAttribute(IMarker.SEVERITY, severity);
            marker.setAttribute(IMarker.MESSAGE, message);
            marker.setAttribute(IMarker.LINE_NUMBER, line);
            if (start >= 0) {
                marker.setAttribute(IMarker.CHAR_START, start);
                marker.setAttribute(IMarker.CHAR_END, end);
            }
            marker.setAttribute(CODE, code);
            marker.setAttribute(IMarker.SOURCE_ID, "GTM Plan");
        }
    }

    /**
     * Replaces the markers of {@code file} by those of {@code issues}; leaves them alone when they
     * already say exactly that, so a build that re-validates a whole project does not make the
     * Problems view of every unchanged file flicker.
     */
    public static void replace(IFile file, List<Issue> issues) throws CoreException {
        replaceBy(file, issues.stream().map(Problem::of).toList());
    }

    /** Replaces the markers of a file that cannot be read as a plan by one error saying why (code {@value #INPUT}). */
    public static void replaceByInputProblem(IFile file, String reason) throws CoreException {
        replaceBy(file, List.of(new Problem(IMarker.SEVERITY_ERROR, reason, 1, -1, -1, INPUT)));
    }

    private static void replaceBy(IFile file, List<Problem> problems) throws CoreException {
        if (!file.exists() || counted(problems).equals(counted(
                java.util.Arrays.stream(file.findMarkers(TYPE, false, IResource.DEPTH_ZERO)).map(Problem::of).toList()))) {
            return;
        }
        IWorkspaceRunnable update = monitor -> {
            file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
            for (Problem problem : problems) {
                problem.createOn(file);
            }
        };
        file.getWorkspace().run(update, file, 0, null);
    }

    /** The problems as a multiset: the same problem twice is two markers. */
    private static java.util.Map<Problem, Long> counted(List<Problem> problems) {
        return problems.stream().collect(java.util.stream.Collectors.groupingBy(p -> p, java.util.stream.Collectors.counting()));
    }

    public static int severity(Severity severity) {
        return switch (severity) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        };
    }
}
