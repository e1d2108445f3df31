package org.gtmplan.lang.ui.tests;

import static org.gtmplan.lang.ui.tests.Workbench.annotations;
import static org.gtmplan.lang.ui.tests.Workbench.markers;
import static org.gtmplan.lang.ui.tests.Workbench.waitForReconcile;
import static org.gtmplan.lang.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextSelection;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.gtmplan.lang.formatting2.PlanFormatter;
import org.gtmplan.lang.ide.GtmIdeSetup;
import org.gtmplan.lang.ide.editing.PlanTokens;
import org.gtmplan.lang.ide.quickfix.PlanFixer;
import org.gtmplan.lang.ui.GtmProblemMarkers;
import org.gtmplan.lang.ui.editor.GtmAnnotation;
import org.gtmplan.lang.ui.editor.GtmEditor;
import org.gtmplan.lang.ui.editor.GtmTokenScanner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * The GTM editor in a real workbench (under Xvfb in CI): the shipped example plan opened from a
 * workspace project, typed into, fixed, hovered and completed as a plan author would.
 */
class GtmEditorTest {

    private static final String UNKNOWN_OWNER = "task samples \"Retail demo units\" owner zoe";

    /** A separate injector, so the expected texts come from the headless services, not from the editor. */
    private static final Injector HEADLESS = new GtmIdeSetup().createInjector();

    private IProject project;
    private IFile plan;

    @BeforeEach
    void createProject() throws Exception {
        project = Workbench.exampleProject();
        plan = project.getFile("phone-launch.gtm");
    }

    @AfterEach
    void close() throws Exception {
        Workbench.closeAll();
        project.delete(true, null);
    }

    @Test
    void theExamplePlanOpensWithoutProblems() throws Exception {
        GtmEditor editor = Workbench.open(plan);
        assertEquals(List.of(), annotations(editor).stream().map(GtmAnnotation::getText).toList());
        Workbench.settle();
        assertEquals(List.of(), markers(plan).stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList());
        assertTrue(plan.findMaxProblemSeverity(null, true, 0) < IMarker.SEVERITY_WARNING);
    }

    @Test
    void anUnknownOwnerIsAnErrorAsYouTypeAndAMarkerOnSave() throws Exception {
        GtmEditor editor = Workbench.open(plan);
        typeUnknownOwner(editor);
        GtmAnnotation annotation = annotations(editor).stream().filter(a -> a.code().equals("unresolved-reference")).findFirst()
                .orElseThrow();
        assertEquals(GtmAnnotation.ERROR, annotation.getType());
        assertEquals("zoe", textAt(editor, annotation));

        editor.doSave(null);
        waitUntil("the unresolved-reference marker", () -> markers(plan).stream()
                .anyMatch(m -> "unresolved-reference".equals(m.getAttribute(GtmProblemMarkers.CODE, ""))));
        IMarker marker = unresolvedMarker();
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(40, marker.getAttribute(IMarker.LINE_NUMBER, -1));
    }

    @Test
    void theMarkerResolutionInsertsThePersonAsGtmFixDoes() throws Exception {
        GtmEditor editor = Workbench.open(plan);
        typeUnknownOwner(editor);
        editor.doSave(null);
        String expected = gtmFix(editor.document().get());
        waitUntil("the unresolved-reference marker", () -> markers(plan).stream()
                .anyMatch(m -> "unresolved-reference".equals(m.getAttribute(GtmProblemMarkers.CODE, ""))));

        IMarker marker = unresolvedMarker();
        assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker));
        IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
        assertEquals(List.of("Create the person"), Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList());
        int before = editor.reconcileCount();
        resolutions[0].run(marker);

        assertEquals(expected, editor.document().get());
        assertTrue(expected.contains("person zoe \"Zoe\""), expected);
        waitForReconcile(editor, before);
        assertEquals(List.of(), annotations(editor).stream().map(GtmAnnotation::getText).toList());
        assertFalse(editor.isDirty(), "a resolution on a saved file saves it, as gtm fix writes it");
        waitUntil("the marker to go", () -> markers(plan).isEmpty());
    }

    @Test
    void ctrl1OffersTheSameFix() throws Exception {
        GtmEditor editor = Workbench.open(plan);
        typeUnknownOwner(editor);
        String expected = gtmFix(editor.document().get());
        int offset = editor.document().get().indexOf(UNKNOWN_OWNER) + UNKNOWN_OWNER.length() - 1;

        ICompletionProposal[] proposals = editor.configuration().getQuickAssistAssistant(editor.viewer()).getQuickAssistProcessor()
                .computeQuickAssistProposals(new TextInvocationContext(editor.viewer(), offset, 0));
        assertEquals(List.of("Create the person"), Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList());
        String info = proposals[0].getAdditionalProposalInfo();
        assertTrue(info.startsWith("Create the person [unresolved-reference]") && info.contains("Inserts:") && info.contains("person zoe \"Zoe\""),
                "the popup shows what the fix writes: " + info);
        int before = editor.reconcileCount();
        proposals[0].apply(editor.document());

        assertEquals(expected, editor.document().get());
        waitForReconcile(editor, before);
        assertEquals(List.of(), annotations(editor).stream().map(GtmAnnotation::getText).toList());
    }

    @Test
    void hoverOverADateExpressionShowsItsDay() throws Exception {
        GtmEditor editor = Workbench.open(plan);
        int offset = editor.document().get().indexOf("T-151d") + 2;
        String hover = editor.configuration().getTextHover(editor.viewer(), IDocument.DEFAULT_CONTENT_TYPE)
                .getHoverInfo(editor.viewer(), new Region(offset, 0));
        assertNotNull(hover);
        // GR2 is at T-151d and day 0 is 2026-09-08: Friday 10 April 2026.
        assertTrue(hover.contains("`T-151d` is **") && hover.contains("2026-04-10"), hover);
    }

    @Test
    void contentAssistAfterOwnerListsEachPersonOnce() throws Exception {
        GtmEditor editor = Workbench.open(plan);
        IDocument document = editor.document();
        String line = "criterion targetMarkets \"Target markets and segments selected\" owner ";
        int offset = document.get().indexOf(line) + line.length();
        document.replace(offset, "alice".length(), "");

        ICompletionProposal[] proposals = editor.configuration().getContentAssistant(editor.viewer())
                .getContentAssistProcessor(IDocument.DEFAULT_CONTENT_TYPE).computeCompletionProposals(editor.viewer(), offset);
        List<String> shown = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
        for (String person : List.of("alice", "bob", "carol", "dan", "erin", "frank", "grace")) {
            assertEquals(1, shown.stream().filter(s -> s.equals(person) || s.startsWith(person + " ")).count(), person + " in " + shown);
        }
        ICompletionProposal bob = Arrays.stream(proposals).filter(p -> p.getDisplayString().startsWith("bob")).findFirst().orElseThrow();
        bob.apply(document);
        assertTrue(document.get().contains(line + "bob\n"), document.get());
    }

    @Test
    void keywordsStringsCommentsAndDatesAreColoured() throws Exception {
        GtmEditor editor = Workbench.open(plan);
        String text = editor.document().get();
        assertColour(editor, text.indexOf("plan MateX"), PlanTokens.Kind.KEYWORD);
        assertColour(editor, text.indexOf("\"Mate X 全球上市\""), PlanTokens.Kind.STRING);
        assertColour(editor, text.indexOf("// A consumer"), PlanTokens.Kind.COMMENT);
        assertColour(editor, text.indexOf("2026-09-08"), PlanTokens.Kind.DATE);
        assertColour(editor, text.indexOf("14d"), PlanTokens.Kind.DURATION);
    }

    @Test
    void formatLaysThePlanOutAsGtmFormat() throws Exception {
        GtmEditor editor = Workbench.open(plan);
        IDocument document = editor.document();
        String messy = document.get().replace("    milestone launchEvent", "milestone    launchEvent");
        document.set(messy);
        String expected = gtmFormat(messy);
        assertNotEquals(messy, expected);
        editor.format();
        assertEquals(expected, document.get());
    }

    @Test
    void toggleCommentCommentsTheLineOutAndInAgain() throws Exception {
        GtmEditor editor = Workbench.open(plan);
        IDocument document = editor.document();
        String original = document.get();
        int offset = original.indexOf("    milestone eol");
        editor.getSelectionProvider().setSelection(new TextSelection(offset + 6, 0));
        editor.toggleComment();
        assertTrue(document.get().contains("\n//    milestone eol"), document.get());
        editor.toggleComment();
        assertEquals(original, document.get());
    }

    private void assertColour(GtmEditor editor, int offset, PlanTokens.Kind kind) {
        assertTrue(offset >= 0);
        StyleRange style = editor.viewer().getTextWidget().getStyleRangeAtOffset(offset);
        assertNotNull(style, "no style at " + offset + " for " + kind);
        assertEquals(GtmTokenScannerColours.of(kind), style.foreground.getRGB(), kind + " at " + offset);
    }

    private static String textAt(GtmEditor editor, GtmAnnotation annotation) throws Exception {
        var position = editor.annotationModel().getPosition(annotation);
        return editor.document().get(position.getOffset(), position.getLength());
    }

    /** Replaces the owner of task samples by zoe, whom no library declares, and waits for the validation. */
    private static void typeUnknownOwner(GtmEditor editor) throws Exception {
        IDocument document = editor.document();
        String written = "task samples \"Retail demo units\" owner bob";
        int offset = document.get().indexOf(written) + written.length() - "bob".length();
        int before = editor.reconcileCount();
        document.replace(offset, "bob".length(), "zoe");
        waitForReconcile(editor, before);
        waitUntil("the unresolved-reference annotation",
                () -> annotations(editor).stream().anyMatch(a -> a.code().equals("unresolved-reference")));
    }

    private IMarker unresolvedMarker() {
        return markers(plan).stream().filter(m -> "unresolved-reference".equals(m.getAttribute(GtmProblemMarkers.CODE, ""))).findFirst()
                .orElseThrow();
    }

    /** What {@code gtm fix --only unresolved-reference} writes for {@code planText} beside the example library. */
    private static String gtmFix(String planText) throws Exception {
        XtextResource resource = load(planText);
        return HEADLESS.getInstance(PlanFixer.class)
                .fixAll(resource, "unresolved-reference"::equals, CancelIndicator.NullImpl).text();
    }

    /** What {@code gtm format} writes for {@code planText}. */
    private static String gtmFormat(String planText) throws Exception {
        return HEADLESS.getInstance(PlanFormatter.class).format(load(planText));
    }

    private static XtextResource load(String planText) throws Exception {
        XtextResourceSet set = HEADLESS.getInstance(XtextResourceSet.class);
        for (Map.Entry<String, String> file : Map.of("org.gtm", Workbench.example("org.gtm"), "phone-launch.gtm", planText).entrySet()) {
            XtextResource resource = HEADLESS.getInstance(XtextResource.class);
            resource.setURI(URI.createURI("memory:/" + file.getKey()));
            set.getResources().add(resource);
            resource.load(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)),
                    Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
        }
        return (XtextResource) set.getResource(URI.createURI("memory:/phone-launch.gtm"), false);
    }

    /** The colours the scanner uses, read from the editor bundle so the test states them once. */
    private static final class GtmTokenScannerColours {
        static org.eclipse.swt.graphics.RGB of(PlanTokens.Kind kind) {
            return new GtmTokenScanner().tokenOf(kind).getData() instanceof org.eclipse.jface.text.TextAttribute attribute
                    ? attribute.getForeground().getRGB() : null;
        }
    }
}
