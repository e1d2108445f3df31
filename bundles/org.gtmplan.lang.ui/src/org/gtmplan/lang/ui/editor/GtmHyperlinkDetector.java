package org.gtmplan.lang.ui.editor;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.gtmplan.lang.ide.editing.PlanEditing;
import org.gtmplan.lang.ide.editing.PlanEditing.Definition;
import org.gtmplan.lang.ui.GtmUiPlugin;

/**
 * Ctrl+click and F3: a reference (an owner, a date's anchor, a gate's required task...) links to
 * the element it names, where the language server's go to definition leads.
 */
class GtmHyperlinkDetector implements IHyperlinkDetector {

    private final GtmEditor editor;

    GtmHyperlinkDetector(GtmEditor editor) {
        this.editor = editor;
    }

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
        if (region == null) {
            return null;
        }
        Definition definition = editor.withPlan(plan -> GtmUiPlugin.get(PlanEditing.class).definitionAt(plan, region.getOffset()));
        if (definition == null) {
            return null;
        }
        return new IHyperlink[] { new DefinitionHyperlink(editor, new Region(definition.offset(), definition.length()), definition) };
    }
}
