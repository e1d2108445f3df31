package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.gtmplan.lang.formatting2.PlanFormatter;
import org.gtmplan.lang.ide.GtmIdeSetup;
import org.gtmplan.lang.ide.quickfix.GtmQuickfixProvider;
import org.gtmplan.lang.ide.quickfix.IssueDiagnostics;
import org.gtmplan.lang.ide.quickfix.PlanFix;
import org.gtmplan.lang.ide.quickfix.PlanFixer;
import org.gtmplan.lang.ide.quickfix.TextEdits;
import org.gtmplan.lang.issues.GtmIssueCodes;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * Every quick-fix of language.md §5 applied to a plan that has its diagnostic: the edits give
 * exactly the expected text (nothing else in the file changes), the diagnostic is gone there, no
 * error or warning is added, and the result is already in canonical layout.
 */
class QuickfixTest {

    private static final Injector INJECTOR = new GtmIdeSetup().createInjectorAndDoEMFRegistration();

    // ---- structure ------------------------------------------------------------------------

    @Test
    void unknownOwnerBecomesAPersonBesideThePlansOtherOwners() {
        String broken = BasePlan.base().replace("task samples \"Demo units\" due", "task samples \"Demo units\" owner zed due").text();
        String fixed = applyFix(broken, GtmIssueCodes.UNRESOLVED_REFERENCE);
        assertEquals(insertAfterLine(broken, "team MT ", "    person zed \"Zed\""), fixed);
    }

    @Test
    void unknownTaskGetsNoPersonFix() {
        String broken = BasePlan.base().replace("task samples \"Demo units\" due T-60d", "task samples \"Demo units\" due T-60d after nothing").text();
        assertNoFix(broken, GtmIssueCodes.UNRESOLVED_REFERENCE);
    }

    @Test
    void missingDay0IsTheTemplatesDistanceFromTheKickoff() {
        String broken = BasePlan.base().removeLine("day0 2026-09-08").text();
        String fixed = applyFix(broken, GtmIssueCodes.MISSING_DAY0);
        // The kickoff is at 2026-03-02; the IPMS template puts day 0 180 days after it.
        assertEquals(insertAfterLine(broken, "kind newProduct", "    day0 2026-08-29"), fixed);
    }

    // ---- milestones and gates -------------------------------------------------------------

    @Test
    void missingKickoffHangsOnGr2AtTheTemplatesDistance() {
        String broken = BasePlan.base().removeLine("milestone kickoff").replace("from kickoff until T+90d", "from T-180d until T+90d")
                .replace("from kickoff until T+180d", "from T-180d until T+180d").text();
        String fixed = applyFix(broken, GtmIssueCodes.MISSING_CORE_MILESTONE);
        assertEquals(insertBeforeLine(broken, "gate GR2 ", "    milestone kickoff \"Kickoff\" at GR2-30d kind kickoff"), fixed);
    }

    @Test
    void missingGr2FollowsTheKickoffWithADeciderAndACriterion() {
        String broken = BasePlan.base().removeBlock("gate GR2 ").replace("due GR2 status done", "due T-151d status done").text();
        String fixed = applyFix(broken, GtmIssueCodes.MISSING_CORE_MILESTONE);
        assertEquals(insertAfterLine(broken, "milestone kickoff ", ""
                + "    gate GR2 \"Start of expansion\" at kickoff+30d decidedBy MT {\n"
                + "        criterion gr2Ready \"Target markets and segments selected\"\n"
                + "    }"), fixed);
    }

    @Test
    void missingGr4FollowsGr2() {
        String broken = BasePlan.base().removeBlock("gate GR4 ").text();
        String fixed = applyFix(broken, GtmIssueCodes.MISSING_CORE_MILESTONE);
        assertEquals(insertAfterLine(broken, "requires priceBand", "    }\n"
                + "    gate GR4 \"Launch readiness\" at GR2+120d decidedBy MT {\n"
                + "        criterion gr4Ready \"Sales trained and launch stock allocated\"\n"
                + "    }", 1), fixed);
    }

    @Test
    void gatesOutOfOrderSwapTheirDates() {
        String broken = BasePlan.base().replace("at T-32d decidedBy", "at T-160d decidedBy").text();
        String fixed = applyFix(broken, GtmIssueCodes.GATE_ORDER);
        String expected = broken.replace("gate GR2 \"Start of expansion\" at T-151d", "gate GR2 \"Start of expansion\" at T-160d")
                .replace("gate GR4 \"Launch readiness\" at T-160d", "gate GR4 \"Launch readiness\" at T-151d");
        assertEquals(expected, fixed);
    }

    @Test
    void gatesThatHangOnEachOtherSwapResolvedDates() {
        String broken = BasePlan.base().replace("at T-32d decidedBy", "at GR2-10d decidedBy").text();
        String fixed = applyFix(broken, GtmIssueCodes.GATE_ORDER);
        String expected = broken.replace("gate GR2 \"Start of expansion\" at T-151d", "gate GR2 \"Start of expansion\" at T-161d")
                .replace("gate GR4 \"Launch readiness\" at GR2-10d", "gate GR4 \"Launch readiness\" at T-151d");
        assertEquals(expected, fixed);
    }

    @Test
    void gateWithoutCriteriaGetsOneBeforeRequires() {
        String broken = BasePlan.base().removeLine("criterion markets").text();
        String fixed = applyFix(broken, GtmIssueCodes.GATE_WITHOUT_CRITERIA);
        assertEquals(insertBeforeLine(broken, "requires priceBand", "        criterion gr2Passed \"What must be true to pass GR2\""), fixed);
    }

    @Test
    void requiredTaskAfterItsGateBecomesDueAtTheGate() {
        String broken = BasePlan.base().replace("\"Sales training\" due T-35d", "\"Sales training\" due T-20d").text();
        String fixed = applyFix(broken, GtmIssueCodes.REQUIRED_AFTER_GATE);
        assertEquals(broken.replace("\"Sales training\" due T-20d", "\"Sales training\" due GR4"), fixed);
    }

    @Test
    void launchWithoutSaleGetsAFirstSaleThreeDaysLater() {
        String broken = BasePlan.base().replace("at T+3d kind firstSale", "at T+20d kind firstSale").text();
        String fixed = applyFix(broken, GtmIssueCodes.LAUNCH_WITHOUT_SALE);
        assertEquals(insertAfterLine(broken, "milestone launch ", "    milestone firstSale \"First sale\" at launch+3d kind firstSale"), fixed);
    }

    // ---- workstreams and tasks ------------------------------------------------------------

    @Test
    void missingPillarGetsAnEmptyWorkstreamInFourPOrder() {
        String broken = BasePlan.base().removeBlock("workstream place ").text();
        String fixed = applyFix(broken, GtmIssueCodes.MISSING_PILLAR);
        assertEquals(insertAfterLine(broken, "task priceBand ", "    }\n"
                + "    workstream place \"Place\" pillar place owner bob {\n"
                + "    }", 1), fixed);
    }

    @Test
    void taskDueBeforeItsPredecessorMovesToTheDayAfter() {
        String broken = BasePlan.base().replace("task samples \"Demo units\" due T-60d", "task samples \"Demo units\" due T-60d after training").text();
        String fixed = applyFix(broken, GtmIssueCodes.DEPENDENCY_ORDER);
        assertEquals(broken.replace("due T-60d after training", "due training+1d after training"), fixed);
    }

    @Test
    void retailReadinessOnOrAfterFirstSaleMovesToTheDayBefore() {
        String broken = BasePlan.base().replace("\"Stores ready\" due T-5d", "\"Stores ready\" due T+5d").text();
        String fixed = applyFix(broken, GtmIssueCodes.RETAIL_LATE);
        assertEquals(broken.replace("\"Stores ready\" due T+5d", "\"Stores ready\" due sale-1d"), fixed);
    }

    @Test
    void missingSupplyForecastIsInsertedInThePlaceWorkstream() {
        String broken = BasePlan.base().removeLine("task forecast ").text();
        String fixed = applyFix(broken, GtmIssueCodes.SUPPLY_LATE);
        assertEquals(insertAfterLine(broken, "task retailReady ",
                "        task supplyForecast \"Supply forecast\" due sale-60d kind supplyForecast"), fixed);
    }

    @Test
    void lateSupplyForecastGetsNoInsertion() {
        String broken = BasePlan.base().replace("\"Supply forecast\" due T-90d", "\"Supply forecast\" due T-10d").text();
        assertNoFix(broken, GtmIssueCodes.SUPPLY_LATE);
    }

    @Test
    void dateOnANonWorkingDayMovesToThePreviousWorkingDay() {
        String broken = BasePlan.base().replace("day0 2026-09-08", "day0 2026-09-08\n    workdays MON..FRI")
                .replace("\"Demo units\" due T-60d", "\"Demo units\" due T-59d").text();
        String fixed = applyFix(broken, GtmIssueCodes.NON_WORKING_DAY);
        assertEquals(broken.replace("\"Demo units\" due T-59d", "\"Demo units\" due T-60d"), fixed);
    }

    @Test
    void anchoredDateOnANonWorkingDayKeepsItsAnchor() {
        String broken = BasePlan.base().replace("day0 2026-09-08", "day0 2026-09-08\n    workdays MON..FRI")
                .replace("\"Demo units\" due T-60d", "\"Demo units\" due GR2+1d").text();
        String fixed = applyFix(broken, GtmIssueCodes.NON_WORKING_DAY);
        // GR2 is Fri 2026-04-10: GR2+1d is a Saturday, and the previous working day is GR2 itself.
        assertEquals(broken.replace("\"Demo units\" due GR2+1d", "\"Demo units\" due GR2"), fixed);
    }

    // ---- the stable phase and the marketing plan --------------------------------------------

    @Test
    void missingResponseGetsASkeletonOwnedByTheDecidingBody() {
        String broken = BasePlan.base().replace("\n    response competitor \"Competitor response\" owner MT within 48h\n", "").text();
        String fixed = applyFix(broken, GtmIssueCodes.MISSING_RESPONSE);
        assertEquals(insertBeforeLastBrace(broken, "    response competitorMove \"Response to a competitor's move\" owner MT within 48h"), fixed);
    }

    @Test
    void missingMspGetsACompleteSkeletonAfterTheWorkstreams() {
        String broken = BasePlan.base().removeBlock("msp \"Marketing plan\"").replace("}\n\n\n    response", "}\n\n    response").text();
        String fixed = applyFix(broken, GtmIssueCodes.MSP_MISSING);
        assertEquals(insertAfterLine(broken, "task training ", "    }\n"
                + "    msp \"Base marketing plan\" owner carol {\n"
                + "        goal \"What the launch must achieve, in one sentence\"\n"
                + "        strategy \"How the launch gets there\"\n"
                + "        valueProposition \"Why a customer buys it\"\n"
                + "        target volume 10000 units by launch+90d\n"
                + "        activity launchActivity \"Launch activity\" level region at launch expects leads 1000\n"
                + "    }", 1), fixed);
    }

    @Test
    void mspWithoutGoalGetsOneFirst() {
        String broken = BasePlan.base().removeLine("goal \"Top-2").text();
        String fixed = applyFix(broken, GtmIssueCodes.MSP_INCOMPLETE);
        assertEquals(insertAfterLine(broken, "msp \"Marketing plan\"", "        goal \"What the launch must achieve, in one sentence\""), fixed);
    }

    @Test
    void mspWithoutStrategyGetsOneAfterTheGoal() {
        String broken = BasePlan.base().removeLine("strategy \"Lead").text();
        String fixed = applyFix(broken, GtmIssueCodes.MSP_INCOMPLETE);
        assertEquals(insertAfterLine(broken, "goal \"Top-2", "        strategy \"How the launch gets there\""), fixed);
    }

    @Test
    void mspWithoutValuePropositionGetsOneAfterTheStrategy() {
        String broken = BasePlan.base().removeLine("valueProposition \"The only").text();
        String fixed = applyFix(broken, GtmIssueCodes.MSP_INCOMPLETE);
        assertEquals(insertAfterLine(broken, "strategy \"Lead", "        valueProposition \"Why a customer buys it\""), fixed);
    }

    @Test
    void mspWithoutTargetsGetsOneAfterTheBudget() {
        String broken = BasePlan.base().removeLines("target leads", "target share").text();
        String fixed = applyFix(broken, GtmIssueCodes.MSP_INCOMPLETE);
        assertEquals(insertAfterLine(broken, "budget 1000 CNY", "        target volume 10000 units by launch+90d"), fixed);
    }

    @Test
    void mspWithoutActivitiesGetsOneAfterTheTargets() {
        String broken = BasePlan.base().removeLines("activity show", "activity tour").text();
        String fixed = applyFix(broken, GtmIssueCodes.MSP_INCOMPLETE);
        assertEquals(insertAfterLine(broken, "target share",
                "        activity launchActivity \"Launch activity\" level region at launch expects leads 1000"), fixed);
    }

    // ---- fix all ---------------------------------------------------------------------------

    @Test
    void fixAllLeavesNoFixableCodeInAPlanWithManyProblems() throws IOException {
        String broken = """
                plan Sketch "A plan sketched in a hurry" {
                    kind newProduct
                    workdays MON..FRI

                    person ann "Ann" role GTM
                    team MT "Launch committee" lead ann

                    milestone launch "Launch" at T kind launchEvent
                    gate GR4 "Launch readiness" at T-30d decidedBy MT {
                    }

                    workstream product "Product" pillar product owner ann {
                        task build "Build it" owner ben due T-59d
                        task ship "Ship it" due T-70d after build
                    }
                }
                """;
        XtextResource resource = load(broken);
        PlanFixer.Outcome outcome = INJECTOR.getInstance(PlanFixer.class).fixAll(resource, code -> true, CancelIndicator.NullImpl);
        List<String> left = validate(outcome.text()).stream()
                .filter(issue -> INJECTOR.getInstance(GtmQuickfixProvider.class).handlesDiagnostic(IssueDiagnostics.toDiagnostic(issue)))
                .filter(issue -> !GtmIssueCodes.UNRESOLVED_REFERENCE.equals(issue.getCode()) || issue.getMessage().contains("owner"))
                .map(TestSupport::describe).toList();
        assertEquals(List.of(), left, outcome.text());
        assertTrue(outcome.applied().size() >= 10, "applied: " + outcome.applied());
        assertEquals(outcome.text(), format(outcome.text()), "fix all leaves the canonical layout");
        assertNoneWorse(broken, outcome.text(), null);
    }

    @Test
    void fixAllLeavesAFileWithSyntaxErrorsAlone() throws IOException {
        String broken = "plan P \"p\" {\n    workstream w \"W\" pillar price {\n";
        PlanFixer.Outcome outcome = INJECTOR.getInstance(PlanFixer.class).fixAll(load(broken), code -> true, CancelIndicator.NullImpl);
        assertTrue(outcome.syntaxErrors());
        assertEquals(broken, outcome.text());
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** Applies the first fix of the first diagnostic with {@code code}, and checks what every fix must hold. */
    private String applyFix(String text, String code) {
        try {
            assertEquals(text, format(text), "the test's input is in canonical layout");
            XtextResource resource = load(text);
            Issue issue = firstIssue(resource, code);
            Diagnostic diagnostic = IssueDiagnostics.toDiagnostic(issue);
            List<PlanFix> fixes = INJECTOR.getInstance(GtmQuickfixProvider.class).fixesFor(diagnostic);
            assertFalse(fixes.isEmpty(), "no fix for " + code);
            List<TextEdit> edits = fixes.get(0).edits(diagnostic, resource, new Document(0, text));
            assertFalse(edits.isEmpty(), "the fix for " + code + " made no edit");
            String fixed = TextEdits.apply(text, edits);
            assertNoneWorse(text, fixed, code);
            assertEquals(fixed, format(fixed), "the fix leaves the canonical layout");
            return fixed;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void assertNoFix(String text, String code) {
        try {
            XtextResource resource = load(text);
            Diagnostic diagnostic = IssueDiagnostics.toDiagnostic(firstIssue(resource, code));
            for (PlanFix fix : INJECTOR.getInstance(GtmQuickfixProvider.class).fixesFor(diagnostic)) {
                assertEquals(List.of(), fix.edits(diagnostic, resource, new Document(0, text)), fix.label());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** No code gets more errors or warnings than before; the fixed code gets fewer. */
    private void assertNoneWorse(String before, String after, String fixedCode) throws IOException {
        Map<String, Integer> was = counts(validate(before));
        Map<String, Integer> is = counts(validate(after));
        for (Map.Entry<String, Integer> entry : is.entrySet()) {
            if (entry.getValue() > was.getOrDefault(entry.getKey(), 0)) {
                fail("the fix added [" + entry.getKey() + "]: " + TestSupport.describe(validate(after)) + "\n" + after);
            }
        }
        if (fixedCode != null) {
            long left = validate(after).stream().filter(i -> fixedCode.equals(i.getCode())).count();
            long had = validate(before).stream().filter(i -> fixedCode.equals(i.getCode())).count();
            assertTrue(left < had, "[" + fixedCode + "] is still there:\n" + after);
        }
    }

    private static Map<String, Integer> counts(List<Issue> issues) {
        Map<String, Integer> counts = new HashMap<>();
        for (Issue issue : issues) {
            if (issue.getSeverity() != Severity.INFO) {
                counts.merge(String.valueOf(issue.getCode()), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Issue firstIssue(XtextResource resource, String code) {
        return INJECTOR.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
                .filter(i -> code.equals(i.getCode())).findFirst()
                .orElseThrow(() -> new AssertionError("the plan has no [" + code + "]"));
    }

    private static List<Issue> validate(String text) throws IOException {
        return INJECTOR.getInstance(IResourceValidator.class).validate(load(text), CheckMode.ALL, CancelIndicator.NullImpl);
    }

    private static String format(String text) throws IOException {
        return INJECTOR.getInstance(PlanFormatter.class).format(load(text));
    }

    private static XtextResource load(String text) throws IOException {
        XtextResourceSet resourceSet = INJECTOR.getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("memory:/plan.gtm"));
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
        return resource;
    }

    private static String insertAfterLine(String text, String lineSnippet, String lines) {
        return insertAfterLine(text, lineSnippet, lines, 0);
    }

    /** {@code lines} inserted after the line holding {@code lineSnippet}, or {@code skip} lines further down. */
    private static String insertAfterLine(String text, String lineSnippet, String lines, int skip) {
        int at = text.indexOf(lineSnippet);
        assertTrue(at >= 0, lineSnippet);
        int end = text.indexOf('\n', at);
        for (int i = 0; i < skip; i++) {
            end = text.indexOf('\n', end + 1);
        }
        String inserted = skip > 0 ? lines.substring(lines.indexOf('\n') + 1) : lines;
        return text.substring(0, end + 1) + inserted + "\n" + text.substring(end + 1);
    }

    private static String insertBeforeLine(String text, String lineSnippet, String line) {
        int at = text.indexOf(lineSnippet);
        int start = text.lastIndexOf('\n', at) + 1;
        return text.substring(0, start) + line + "\n" + text.substring(start);
    }

    private static String insertBeforeLastBrace(String text, String line) {
        int start = text.lastIndexOf('\n', text.lastIndexOf('}')) + 1;
        return text.substring(0, start) + line + "\n" + text.substring(start);
    }
}
