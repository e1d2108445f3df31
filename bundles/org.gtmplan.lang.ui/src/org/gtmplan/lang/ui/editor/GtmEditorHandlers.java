package org.gtmplan.lang.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** The commands of the GTM editor's menu and key bindings (see plugin.xml). */
public final class GtmEditorHandlers {

    private GtmEditorHandlers() {
    }

    /** Ctrl+Shift+F: lays the plan out as {@code gtm format} does. */
    public static class Format extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            IEditorPart editor = HandlerUtil.getActiveEditor(event);
            if (editor instanceof GtmEditor gtm) {
                gtm.format();
            }
            return null;
        }
    }

    /** Ctrl+/: comments the selected lines out, or in again. */
    public static class ToggleComment extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            IEditorPart editor = HandlerUtil.getActiveEditor(event);
            if (editor instanceof GtmEditor gtm) {
                gtm.toggleComment();
            }
            return null;
        }
    }

    /** F3: opens the declaration of the reference at the caret. */
    public static class OpenDeclaration extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            IEditorPart editor = HandlerUtil.getActiveEditor(event);
            if (editor instanceof GtmEditor gtm) {
                gtm.openDeclaration();
            }
            return null;
        }
    }
}
