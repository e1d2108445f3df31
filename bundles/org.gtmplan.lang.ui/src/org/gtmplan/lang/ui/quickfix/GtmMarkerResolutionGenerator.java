package org.gtmplan.lang.ui.quickfix;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.xtext.validation.Issue;
import org.gtmplan.lang.ide.editing.ParsedPlan;
import org.gtmplan.lang.ide.editing.PlanEditing;
import org.gtmplan.lang.ide.editing.PlanEditing.Fix;
import org.gtmplan.lang.ui.GtmProblemMarkers;
import org.gtmplan.lang.ui.GtmUiPlugin;
import org.gtmplan.lang.ui.WorkspacePlans;

/**
 * Quick-fixes from the Problems view: for a GTM Plan marker, the fixes of the issue it stands
 * for, found again in the file's current text (by code and position) and applied through the
 * file's buffer, so an open editor shows the change; a file that was not dirty is saved.
 */
public class GtmMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return FixableCodes.contains(marker.getAttribute(GtmProblemMarkers.CODE, null));
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        List<Fix> fixes = withBuffer(marker, (buffer, plan, issue) -> GtmUiPlugin.get(PlanEditing.class).fixes(plan, issue));
        if (fixes == null) {
            return new IMarkerResolution[0];
        }
        return fixes.stream().map(fix -> new Resolution(fix.label())).toArray(IMarkerResolution[]::new);
    }

    private interface BufferTask<T> {
        T run(ITextFileBuffer buffer, ParsedPlan plan, Issue issue) throws CoreException;
    }

    /** Runs {@code task} on the file's buffer and the issue of {@code marker} in its current text; null when it is gone. */
    private static <T> T withBuffer(IMarker marker, BufferTask<T> task) {
        if (!(marker.getResource() instanceof IFile file)) {
            return null;
        }
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        IPath path = file.getFullPath();
        try {
            manager.connect(path, LocationKind.IFILE, null);
            try {
                ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
                ParsedPlan plan = WorkspacePlans.parse(file, buffer.getDocument().get());
                Optional<Issue> issue = issueOf(marker, plan);
                return issue.isPresent() ? task.run(buffer, plan, issue.get()) : null;
            } finally {
                manager.disconnect(path, LocationKind.IFILE, null);
            }
        } catch (CoreException e) {
            GtmUiPlugin.getDefault().getLog().error("cannot read " + file.getFullPath(), e);
            return null;
        }
    }

    /** The issue with the marker's code at the marker's start (the one nearest to it if the text moved). */
    static Optional<Issue> issueOf(IMarker marker, ParsedPlan plan) {
        String code = marker.getAttribute(GtmProblemMarkers.CODE, null);
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        return plan.issues().stream().filter(issue -> Objects.equals(code, issue.getCode()))
                .min(java.util.Comparator.comparingInt(issue -> Math.abs((issue.getOffset() == null ? 0 : issue.getOffset()) - start)));
    }

    /** One fix, found again by its label when it runs (the text may have changed since the list was made). */
    private static final class Resolution implements IMarkerResolution2 {

        private final String label;

        Resolution(String label) {
            this.label = label;
        }

        @Override
        public String getLabel() {
            return label;
        }

        @Override
        public String getDescription() {
            return label;
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public void run(IMarker marker) {
            IFile file = (IFile) marker.getResource();
            withBuffer(marker, (buffer, plan, issue) -> {
                Optional<Fix> fix = GtmUiPlugin.get(PlanEditing.class).fixes(plan, issue).stream().filter(f -> f.label().equals(label))
                        .findFirst();
                if (fix.isEmpty()) {
                    return null;
                }
                boolean wasDirty = buffer.isDirty();
                FixProposal.apply(fix.get(), buffer.getDocument());
                if (!wasDirty) {
                    buffer.commit(null, true);
                    GtmProblemMarkers.replace(file, WorkspacePlans.parse(file, buffer.getDocument().get()).issues());
                }
                return fix.get();
            });
        }
    }
}
