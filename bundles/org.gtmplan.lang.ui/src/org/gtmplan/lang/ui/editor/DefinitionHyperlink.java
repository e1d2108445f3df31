package org.gtmplan.lang.ui.editor;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.gtmplan.lang.ide.editing.PlanEditing.Definition;
import org.gtmplan.lang.ui.GtmUiPlugin;

/** Opens the file of a {@link Definition} (or stays in this one) and selects the element's name. */
class DefinitionHyperlink implements IHyperlink {

    private final GtmEditor editor;
    private final IRegion region;
    private final Definition definition;

    DefinitionHyperlink(GtmEditor editor, IRegion region, Definition definition) {
        this.editor = editor;
        this.region = region;
        this.definition = definition;
    }

    @Override
    public IRegion getHyperlinkRegion() {
        return region;
    }

    @Override
    public String getTypeLabel() {
        return "Open Declaration";
    }

    @Override
    public String getHyperlinkText() {
        return "Open Declaration";
    }

    @Override
    public void open() {
        IEditorPart target = editor;
        if (!definition.targetUri().equals(editor.uri())) {
            try {
                target = openEditorOn(editor.getSite().getPage());
            } catch (CoreException e) {
                GtmUiPlugin.getDefault().getLog().warn("cannot open " + definition.targetUri(), e);
                return;
            }
        }
        if (target instanceof ITextEditor text) {
            text.selectAndReveal(definition.targetOffset(), definition.targetLength());
        }
    }

    /** The target in an editor: a workspace file by its platform URI, any other file through the file system. */
    private IEditorPart openEditorOn(IWorkbenchPage page) throws CoreException {
        org.eclipse.emf.common.util.URI uri = definition.targetUri();
        if (uri.isPlatformResource()) {
            IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(new org.eclipse.core.runtime.Path(uri.toPlatformString(true)));
            return IDE.openEditor(page, file, GtmEditor.ID, true);
        }
        return IDE.openEditorOnFileStore(page, EFS.getStore(java.net.URI.create(uri.toString())));
    }
}
