package org.gtmplan.lang.ui.commands;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** The workspace resources a command was invoked on from the Project Explorer (or any resource view). */
final class SelectedResources {

    private SelectedResources() {
    }

    static List<IResource> of(ExecutionEvent event) {
        List<IResource> result = new ArrayList<>();
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
            for (Object element : selection) {
                IResource resource = Adapters.adapt(element, IResource.class);
                if (resource != null && !result.contains(resource)) {
                    result.add(resource);
                }
            }
        }
        return result;
    }
}
