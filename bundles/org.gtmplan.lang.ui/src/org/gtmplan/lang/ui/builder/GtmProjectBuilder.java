package org.gtmplan.lang.ui.builder;

import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.xtext.validation.Issue;
import org.gtmplan.lang.ide.editing.ParsedPlan;
import org.gtmplan.lang.ui.GtmProblemMarkers;
import org.gtmplan.lang.ui.WorkspacePlans;

/**
 * The GTM Plan builder. Whenever a {@code .gtm} file of the project (or its GTM settings) changed,
 * it reads every plan file of the project as saved, validates them together (a library in one file
 * serves the plans in the others, as {@code gtm validate FOLDER} does) and replaces the markers of
 * each; so a plan that is not open gets its markers when its library changes. When the project's
 * settings ask for it, it then regenerates the documents ({@link ProjectDocuments}). Re-validating
 * the whole project on any change is simple and right; docs/performance.md has its cost.
 */
public class GtmProjectBuilder extends IncrementalProjectBuilder {

    public static final String ID = "org.gtmplan.lang.ui.builder";

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
        if (delta != null && !touchesPlans(delta)) {
            return null;
        }
        buildProject(getProject(), monitor);
        return null;
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        ProjectMarkers.removeAll(getProject());
    }

    /** Validates every plan file of {@code project}, replaces their markers and, when enabled, regenerates the documents. */
    static void buildProject(IProject project, IProgressMonitor monitor) throws CoreException {
        ProjectPlans plans;
        try {
            plans = ProjectPlans.load(project, () -> monitor != null && monitor.isCanceled());
        } catch (RuntimeException e) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            throw e;
        }
        for (Map.Entry<IFile, ParsedPlan> entry : plans.plans().entrySet()) {
            java.util.List<Issue> issues = entry.getValue().issues();
            GtmProblemMarkers.replace(entry.getKey(), issues);
        }
        for (ProjectPlans.Unreadable file : plans.unreadable()) {
            GtmProblemMarkers.replaceByInputProblem(file.file(), file.reason());
        }
        GenerationSettings settings = GenerationSettings.of(project);
        if (!settings.onSave()) {
            ProjectMarkers.setGeneration(project, IMarker.SEVERITY_INFO, null);
            return;
        }
        ProjectDocuments.Report report = ProjectDocuments.generate(project, plans, plans.files(), settings, monitor);
        ProjectMarkers.setGeneration(project, report.errors() > 0 ? IMarker.SEVERITY_INFO : IMarker.SEVERITY_WARNING,
                report.generated() ? null : report.message());
    }

    /** Whether a plan file or the project's GTM settings were added, removed or changed in content. */
    private static boolean touchesPlans(IResourceDelta delta) throws CoreException {
        boolean[] found = { false };
        delta.accept(d -> {
            IResource resource = d.getResource();
            if (resource.getType() == IResource.FILE && isPlanOrSettings(resource)
                    && (d.getKind() != IResourceDelta.CHANGED || (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED
                            | IResourceDelta.ENCODING | IResourceDelta.DERIVED_CHANGED)) != 0)) {
                found[0] = true;
            }
            return !found[0];
        });
        return found[0];
    }

    private static boolean isPlanOrSettings(IResource file) {
        return WorkspacePlans.EXTENSION.equals(file.getFileExtension())
                || file.getProjectRelativePath().toString().equals(GenerationSettings.PREFERENCES_FILE);
    }
}
