package org.gtmplan.lang.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.contentassist.ContentAssistant;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.contentassist.IContentAssistant;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.gtmplan.lang.ui.quickfix.GtmQuickAssistProcessor;

/**
 * What the GTM editor adds to a plain text editor, each piece a thin adapter over the .ide
 * services: highlighting from the generated lexer, a reconciler that validates as you type,
 * content assist, hover, quick assist (Ctrl+1) and {@code //} comments.
 */
public class GtmSourceViewerConfiguration extends TextSourceViewerConfiguration {

    /** How long the reconciler waits after the last keystroke. */
    static final int RECONCILE_DELAY_MS = 300;

    private final GtmEditor editor;

    public GtmSourceViewerConfiguration(GtmEditor editor) {
        super(EditorsUI.getPreferenceStore());
        this.editor = editor;
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        WholeDocumentDamagerRepairer repairer = new WholeDocumentDamagerRepairer(new GtmTokenScanner());
        reconciler.setDamager(repairer, IDocument.DEFAULT_CONTENT_TYPE);
        reconciler.setRepairer(repairer, IDocument.DEFAULT_CONTENT_TYPE);
        return reconciler;
    }

    @Override
    public IReconciler getReconciler(ISourceViewer sourceViewer) {
        MonoReconciler reconciler = new MonoReconciler(new GtmReconcilingStrategy(editor, sourceViewer), false);
        reconciler.setDelay(RECONCILE_DELAY_MS);
        return reconciler;
    }

    @Override
    public IContentAssistant getContentAssistant(ISourceViewer sourceViewer) {
        ContentAssistant assistant = new ContentAssistant();
        assistant.setContentAssistProcessor(new GtmContentAssistProcessor(editor), IDocument.DEFAULT_CONTENT_TYPE);
        assistant.enableAutoActivation(true);
        assistant.setAutoActivationDelay(300);
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        return assistant;
    }

    @Override
    public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
        QuickAssistAssistant assistant = new QuickAssistAssistant();
        assistant.setQuickAssistProcessor(new GtmQuickAssistProcessor(editor));
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        return assistant;
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        return new GtmTextHover(editor, sourceViewer);
    }

    /** Ctrl+click on a reference opens its declaration; the platform's detectors (URLs) still work. */
    @Override
    public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
        IHyperlinkDetector[] platform = super.getHyperlinkDetectors(sourceViewer);
        IHyperlinkDetector[] detectors = new IHyperlinkDetector[(platform == null ? 0 : platform.length) + 1];
        detectors[0] = new GtmHyperlinkDetector(editor);
        if (platform != null) {
            System.arraycopy(platform, 0, detectors, 1, platform.length);
        }
        return detectors;
    }

    @Override
    public String[] getDefaultPrefixes(ISourceViewer sourceViewer, String contentType) {
        return new String[] { "//", "" };
    }
}
