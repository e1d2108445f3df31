package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.gtmplan.lang.ide.GtmIdeSetup;
import org.gtmplan.lang.ide.hints.DateInlayHints;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/** The resolved day after every relative date, none after a plain date, only inside the asked range. */
class DateInlayHintsTest {

    private static final Injector INJECTOR = new GtmIdeSetup().createInjectorAndDoEMFRegistration();

    @Test
    void everyRelativeDateGetsItsDayAfterIt() throws Exception {
        String text = BasePlan.TEXT;
        Document document = new Document(0, text);
        List<InlayHint> hints = INJECTOR.getInstance(DateInlayHints.class).hints(load(text), document, null);
        InlayHint gr2 = at(hints, document, text.indexOf("T-151d") + "T-151d".length());
        assertEquals("Fri 2026-04-10", gr2.getLabel().getLeft());
        assertTrue(gr2.getPaddingLeft());
        assertEquals("Fri 2026-04-10 (T-151d)", gr2.getTooltip().getLeft());
        assertEquals("Fri 2026-04-10", at(hints, document, text.indexOf("due GR2") + "due GR2".length()).getLabel().getLeft());
        int plainDate = text.indexOf("2026-03-02") + "2026-03-02".length();
        assertTrue(hints.stream().noneMatch(h -> document.getOffSet(h.getPosition()) == plainDate), "a plain date says its day already");
    }

    @Test
    void onlyTheAskedRangeIsHinted() throws Exception {
        String text = BasePlan.TEXT;
        Document document = new Document(0, text);
        int line = (int) text.substring(0, text.indexOf("gate GR4")).chars().filter(c -> c == '\n').count();
        Range gr4Line = new Range(new Position(line, 0), new Position(line + 1, 0));
        List<InlayHint> hints = INJECTOR.getInstance(DateInlayHints.class).hints(load(text), document, gr4Line);
        assertEquals(List.of("Fri 2026-08-07"), hints.stream().map(h -> h.getLabel().getLeft()).toList());
    }

    private static InlayHint at(List<InlayHint> hints, Document document, int offset) {
        return hints.stream().filter(h -> document.getOffSet(h.getPosition()) == offset).findFirst()
                .orElseThrow(() -> new AssertionError("no hint at " + offset + ": " + hints));
    }

    private static XtextResource load(String text) throws Exception {
        XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/hints.gtm"));
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
        return resource;
    }
}
