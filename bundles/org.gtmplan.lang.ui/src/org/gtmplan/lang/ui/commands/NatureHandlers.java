package org.gtmplan.lang.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.gtmplan.lang.ui.builder.GtmNature;

/** "Configure > Convert to GTM Plan Project" and "Remove GTM Plan Nature" on the selected projects. */
public final class NatureHandlers {

    private NatureHandlers() {
    }

    private abstract static class OnProjects extends AbstractHandler {

        abstract void apply(IProject project) throws CoreException;

        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            for (IResource resource : SelectedResources.of(event)) {
                IProject project = resource.getProject();
                if (project == null || !project.isOpen()) {
                    continue;
                }
                try {
                    apply(project);
                } catch (CoreException e) {
                    ErrorDialog.openError(HandlerUtil.getActiveShell(event), "GTM Plan",
                            "Cannot change the natures of " + project.getName(), e.getStatus());
                }
            }
            return null;
        }
    }

    /** Adds the nature, and so the builder, which then builds the project. */
    public static final class Add extends OnProjects {
        @Override
        void apply(IProject project) throws CoreException {
            GtmNature.add(project, null);
        }
    }

    public static final class Remove extends OnProjects {
        @Override
        void apply(IProject project) throws CoreException {
            GtmNature.remove(project, null);
        }
    }
}
