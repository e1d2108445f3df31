package org.gtmplan.lang.ui.editor;

import java.util.List;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.TextOperationAction;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.validation.Issue;
import org.gtmplan.lang.ide.editing.ParsedPlan;
import org.gtmplan.lang.ide.editing.PlanEditing;
import org.gtmplan.lang.ui.GtmProblemMarkers;
import org.gtmplan.lang.ui.GtmUiPlugin;
import org.gtmplan.lang.ui.WorkspacePlans;
import org.gtmplan.lang.ui.builder.GtmNature;

/**
 * The GTM Plan editor: a platform text editor whose {@link GtmSourceViewerConfiguration} asks
 * the language's editor-neutral services for highlighting, problems, content assist, hover and
 * quick-fixes. It keeps the parse of the current text ({@link #withPlan}); the markers of the
 * file follow the saved text (on opening, when the text is not dirty, and on save), written by the
 * editor outside GTM projects and by {@link org.gtmplan.lang.ui.builder.GtmProjectBuilder} in them.
 */
public class GtmEditor extends TextEditor {

    public static final String ID = "org.gtmplan.lang.ui.GtmEditor";
    public static final String CONTEXT_ID = "org.gtmplan.lang.ui.editorScope";

    private final Object planLock = new Object();
    private ParsedPlan plan;
    private long planStamp = IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
    private String planText;
    private GtmOutlinePage outline;
    private PlanFolding folding;

    public GtmEditor() {
        setSourceViewerConfiguration(new GtmSourceViewerConfiguration(this));
    }

    /** A projection viewer, so that blocks fold (see {@link PlanFolding}). */
    @Override
    protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
        ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
        getSourceViewerDecorationSupport(viewer);
        return viewer;
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
        ProjectionSupport projection = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
        projection.install();
        viewer.doOperation(ProjectionViewer.TOGGLE);
        folding = new PlanFolding(viewer);
    }

    @Override
    protected void initializeKeyBindingScopes() {
        setKeyBindingScopes(new String[] { CONTEXT_ID });
    }

    @Override
    protected void createActions() {
        super.createActions();
        ContentAssistAction assist = new ContentAssistAction(Messages.BUNDLE, "ContentAssistProposal.", this);
        assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
        setAction("ContentAssistProposal", assist);
        markAsStateDependentAction("ContentAssistProposal", true);
        TextOperationAction quickAssist = new TextOperationAction(Messages.BUNDLE, "QuickAssist.", this, ISourceViewer.QUICK_ASSIST);
        quickAssist.setActionDefinitionId(ITextEditorActionDefinitionIds.QUICK_ASSIST);
        setAction(ITextEditorActionConstants.QUICK_ASSIST, quickAssist);
    }

    /** The parse of the current text, made once per modification of the document; null without a document. */
    public <T> T withPlan(Function<ParsedPlan, T> use) {
        IDocument document = getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
        if (document == null) {
            return null;
        }
        synchronized (planLock) {
            return use.apply(currentPlan(document));
        }
    }

    private ParsedPlan currentPlan(IDocument document) {
        String text = document.get();
        long stamp = document instanceof IDocumentExtension4 extension ? extension.getModificationStamp()
                : IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP;
        if (plan == null || stamp == IDocumentExtension4.UNKNOWN_MODIFICATION_STAMP || stamp != planStamp || !text.equals(planText)) {
            IFile file = file();
            plan = file != null ? WorkspacePlans.parse(file, text) : WorkspacePlans.parse(uri(), text);
            planStamp = stamp;
            planText = text;
        }
        return plan;
    }

    /** The workspace file this editor shows; null for a file outside the workspace. */
    public IFile file() {
        IEditorInput input = getEditorInput();
        return input instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
    }

    /** The URI the plan is parsed under: a workspace file's platform URI, else the input's own. */
    public URI uri() {
        IFile file = file();
        if (file != null) {
            return WorkspacePlans.uriOf(file);
        }
        IEditorInput input = getEditorInput();
        if (input instanceof IURIEditorInput uriInput) {
            return URI.createURI(uriInput.getURI().toString());
        }
        return URI.createURI("inmemory:/" + (input == null ? "plan" : input.getName()));
    }

    public ISourceViewer viewer() {
        return getSourceViewer();
    }

    /** The annotation model of the document provider: the file's markers and the problems as you type. */
    public org.eclipse.jface.text.source.IAnnotationModel annotationModel() {
        return getDocumentProvider() == null ? null : getDocumentProvider().getAnnotationModel(getEditorInput());
    }

    public IDocument document() {
        return getDocumentProvider().getDocument(getEditorInput());
    }

    /** The configuration of this editor's viewer (content assist, quick assist, hover); for tests and commands. */
    public GtmSourceViewerConfiguration configuration() {
        return (GtmSourceViewerConfiguration) getSourceViewerConfiguration();
    }

    private final java.util.concurrent.atomic.AtomicInteger reconciles = new java.util.concurrent.atomic.AtomicInteger();

    /** How many times the reconciler has validated this editor's text; tests wait for it to move. */
    public int reconcileCount() {
        return reconciles.get();
    }

    /** Called by the reconciler after it validated {@code reconciled}. */
    void reconciled(ParsedPlan reconciled) {
        reconciles.incrementAndGet();
        if (!isDirty()) {
            updateMarkers(reconciled.issues());
        }
        PlanFolding folds = folding;
        if (folds != null) {
            folds.show(withPlan(p -> GtmUiPlugin.get(PlanEditing.class).folds(p)));
        }
        GtmOutlinePage page = outline;
        if (page != null) {
            List<PlanEditing.OutlineNode> nodes = withPlan(p -> GtmUiPlugin.get(PlanEditing.class).outline(p));
            page.show(nodes);
        }
    }

    @Override
    protected void editorSaved() {
        super.editorSaved();
        List<Issue> issues = withPlan(ParsedPlan::issues);
        if (issues != null) {
            updateMarkers(issues);
        }
    }

    /**
     * Replaces the file's markers by {@code issues}, in a job holding the file. In a project with the
     * GTM nature the builder owns the markers (it validates the saved files of the whole project
     * after every save), so the editor leaves them alone: two writers would fight (docs/eclipse.md).
     */
    private void updateMarkers(List<Issue> issues) {
        IFile file = file();
        if (file == null || GtmNature.isOn(file.getProject())) {
            return;
        }
        Job job = Job.create("Update GTM Plan problems of " + file.getName(), (IProgressMonitor monitor) -> {
            try {
                GtmProblemMarkers.replace(file, issues);
                return Status.OK_STATUS;
            } catch (CoreException e) {
                return new Status(IStatus.WARNING, GtmUiPlugin.PLUGIN_ID, "cannot update the problems of " + file.getName(), e);
            }
        });
        job.setRule(file);
        job.setSystem(true);
        job.schedule();
    }

    /** Lays the text out as {@code gtm format} does; does nothing when it has syntax errors. */
    public void format() {
        IDocument document = document();
        String formatted = withPlan(p -> GtmUiPlugin.get(PlanEditing.class).format(p));
        if (formatted == null) {
            return;
        }
        String text = document.get();
        int start = 0;
        while (start < text.length() && start < formatted.length() && text.charAt(start) == formatted.charAt(start)) {
            start++;
        }
        int end = 0;
        while (end < text.length() - start && end < formatted.length() - start
                && text.charAt(text.length() - 1 - end) == formatted.charAt(formatted.length() - 1 - end)) {
            end++;
        }
        if (start == text.length() && start == formatted.length()) {
            return;
        }
        try {
            document.replace(start, text.length() - end - start, formatted.substring(start, formatted.length() - end));
        } catch (org.eclipse.jface.text.BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** F3: opens the declaration of the reference at the caret, as Ctrl+click does; false when there is none. */
    public boolean openDeclaration() {
        org.eclipse.jface.text.ITextSelection selection = (org.eclipse.jface.text.ITextSelection) getSelectionProvider().getSelection();
        org.eclipse.jface.text.hyperlink.IHyperlink[] links = new GtmHyperlinkDetector(this)
                .detectHyperlinks(getSourceViewer(), new org.eclipse.jface.text.Region(selection.getOffset(), 0), false);
        if (links == null || links.length == 0) {
            return false;
        }
        links[0].open();
        return true;
    }

    /** Comments the selected lines out with {@code //}, or in again when all of them are comments. */
    public void toggleComment() {
        ITextOperationTarget target = getAdapter(ITextOperationTarget.class);
        org.eclipse.jface.text.ITextSelection selection = (org.eclipse.jface.text.ITextSelection) getSelectionProvider().getSelection();
        IDocument document = document();
        boolean allCommented = true;
        try {
            int last = selection.getEndLine();
            if (selection.getLength() > 0 && document.getLineOffset(last) == selection.getOffset() + selection.getLength() && last > selection.getStartLine()) {
                last--;
            }
            for (int line = selection.getStartLine(); line <= last; line++) {
                String text = document.get(document.getLineOffset(line), document.getLineLength(line)).strip();
                if (!text.isEmpty() && !text.startsWith("//")) {
                    allCommented = false;
                }
            }
        } catch (org.eclipse.jface.text.BadLocationException e) {
            return;
        }
        int operation = allCommented ? ITextOperationTarget.STRIP_PREFIX : ITextOperationTarget.PREFIX;
        if (target.canDoOperation(operation)) {
            target.doOperation(operation);
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IContentOutlinePage.class) {
            if (outline == null) {
                outline = new GtmOutlinePage(this);
            }
            return type.cast(outline);
        }
        return super.getAdapter(type);
    }

    void outlineClosed() {
        outline = null;
    }
}
