package org.gtmplan.lang.ui.editor;

import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** The commands of the GTM editor's menu and key bindings (see plugin.xml). */
public final class GtmEditorHandlers {

    private GtmEditorHandlers() {
    }

    /** A command that acts on the active GTM editor, and does nothing elsewhere. */
    private abstract static class OnGtmEditor extends AbstractHandler {
        private final Consumer<GtmEditor> action;

        OnGtmEditor(Consumer<GtmEditor> action) {
            this.action = action;
        }

        @Override
        public Object execute(ExecutionEvent event) {
            if (HandlerUtil.getActiveEditor(event) instanceof GtmEditor gtm) {
                action.accept(gtm);
            }
            return null;
        }
    }

    /** Ctrl+Shift+F: lays the plan out as {@code gtm format} does. */
    public static class Format extends OnGtmEditor {
        public Format() {
            super(GtmEditor::format);
        }
    }

    /** Ctrl+/: comments the selected lines out, or in again. */
    public static class ToggleComment extends OnGtmEditor {
        public ToggleComment() {
            super(GtmEditor::toggleComment);
        }
    }

    /** F3: opens the declaration of the reference at the caret. */
    public static class OpenDeclaration extends OnGtmEditor {
        public OpenDeclaration() {
            super(GtmEditor::openDeclaration);
        }
    }
}
