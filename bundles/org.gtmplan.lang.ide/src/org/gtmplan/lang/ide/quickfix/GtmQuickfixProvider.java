package org.gtmplan.lang.ide.quickfix;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticModificationContext;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.resource.XtextResource;
import org.gtmplan.lang.dates.DateResolver;
import org.gtmplan.lang.issues.GtmIssueCodes;

import com.google.inject.Inject;

/**
 * The quick-fixes of language.md §5, one method per issue code as Xtext's declarative providers
 * have them. Each offers text edits ({@link LaunchPlanFixes}); {@link #fixesFor} gives them to
 * every front end (the language server's code actions, {@code gtm fix}, the Eclipse editor), so
 * a fix is written once.
 */
public class GtmQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

    @Inject
    private DateResolver dateResolver;

    @Inject
    private DiagnosticModificationContext.Factory modificationContexts;

    /** Where nothing in a plan says which day it is (missing-day0 with no absolute date), today counts. */
    @Inject(optional = true)
    private Clock clock = Clock.systemDefaultZone();

    private LaunchPlanFixes fixes;

    private LaunchPlanFixes fixes() {
        if (fixes == null) {
            fixes = new LaunchPlanFixes(clock);
        }
        return fixes;
    }

    @QuickFix(GtmIssueCodes.UNRESOLVED_REFERENCE)
    public void createPerson(DiagnosticResolutionAcceptor acceptor) {
        offer(acceptor, "Create the person", fixes()::createPerson);
    }

    @QuickFix(GtmIssueCodes.MISSING_DAY0)
    public void insertDay0(DiagnosticResolutionAcceptor acceptor) {
        offer(acceptor, "Insert day0", fixes()::insertDay0);
    }

    @QuickFix(GtmIssueCodes.MISSING_CORE_MILESTONE)
    public void insertCoreMilestone(DiagnosticResolutionAcceptor acceptor) {
        offer(acceptor, "Insert the missing milestone", fixes()::insertCoreMilestone);
    }

    @QuickFix(GtmIssueCodes.GATE_ORDER)
    public void swapGateDates(DiagnosticResolutionAcceptor acceptor) {
        offer(acceptor, "Swap the two gates' dates", fixes()::swapGateDates);
    }

    @QuickFix(GtmIssueCodes.GATE_WITHOUT_CRITERIA)
    public void insertCriterion(DiagnosticResolutionAcceptor acceptor) {
        offer(acceptor, "Insert a criterion", fixes()::insertCriterion);
    }

    @QuickFix(GtmIssueCodes.REQUIRED_AFTER_GATE)
    public void dueAtGate(DiagnosticResolutionAcceptor acceptor) {
        offer(acceptor, "Make the task due at the gate", fixes()::dueAtGate);
    }

    @QuickFix(GtmIssueCodes.MISSING_PILLAR)
    public void insertWorkstream(DiagnosticResolutionAcceptor acceptor) {
        offer(acceptor, "Insert a workstream for the pillar", fixes()::insertWorkstream);
    }

    @QuickFix(GtmIssueCodes.DEPENDENCY_ORDER)
    public void dueAfterPredecessor(DiagnosticResolutionAcceptor acceptor) {
        offer(acceptor, "Move the due date after the task it follows", fixes()::dueAfterPredecessor);
    }

    @QuickFix(GtmIssueCodes.LAUNCH_WITHOUT_SALE)
    public void insertFirstSale(DiagnosticResolutionAcceptor acceptor) {
        offer(acceptor, "Insert a first sale milestone", fixes()::insertFirstSale);
    }

    @QuickFix(GtmIssueCodes.RETAIL_LATE)
    public void dueBeforeFirstSale(DiagnosticResolutionAcceptor acceptor) {
        offer(acceptor, "Make it due the day before first sale", fixes()::dueBeforeFirstSale);
    }

    @QuickFix(GtmIssueCodes.SUPPLY_LATE)
    public void insertSupplyForecast(DiagnosticResolutionAcceptor acceptor) {
        offer(acceptor, "Insert a supply forecast task", fixes()::insertSupplyForecast);
    }

    @QuickFix(GtmIssueCodes.MISSING_RESPONSE)
    public void insertResponse(DiagnosticResolutionAcceptor acceptor) {
        offer(acceptor, "Insert a response mechanism", fixes()::insertResponse);
    }

    @QuickFix(GtmIssueCodes.MSP_MISSING)
    public void insertMsp(DiagnosticResolutionAcceptor acceptor) {
        offer(acceptor, "Insert a marketing plan (msp)", fixes()::insertMsp);
    }

    @QuickFix(GtmIssueCodes.MSP_INCOMPLETE)
    public void insertMspPart(DiagnosticResolutionAcceptor acceptor) {
        offer(acceptor, "Insert the missing part", fixes()::insertMspPart);
    }

    @QuickFix(GtmIssueCodes.NON_WORKING_DAY)
    public void previousWorkingDay(DiagnosticResolutionAcceptor acceptor) {
        offer(acceptor, "Move it to the previous working day", fixes()::previousWorkingDay);
    }

    /** Every fix offered for a diagnostic, for front ends that apply text edits themselves. */
    public List<PlanFix> fixesFor(Diagnostic diagnostic) {
        RecordingAcceptor acceptor = new RecordingAcceptor(modificationContexts);
        for (Method method : getFixMethods(diagnostic)) {
            try {
                method.invoke(this, acceptor);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("quick-fix " + method.getName() + " failed", e);
            }
        }
        return acceptor.recorded;
    }

    /** Gives the fix to Xtext's acceptor (its own code-action path) and records it for {@link #fixesFor}. */
    private void offer(DiagnosticResolutionAcceptor acceptor, String label, PlanFix.Edits edits) {
        PlanFix fix = new PlanFix(label, edits, dateResolver);
        if (acceptor instanceof RecordingAcceptor recording) {
            recording.recorded.add(fix);
        }
        ITextModification modification = (diagnostic, element, document) -> element == null ? List.of()
                : fix.edits(diagnostic, (XtextResource) ((EObject) element).eResource(), document);
        acceptor.accept(label, modification);
    }

    /** An acceptor that also keeps the fixes themselves, not only Xtext's lazily applied resolutions. */
    private static final class RecordingAcceptor extends DiagnosticResolutionAcceptor {

        private final List<PlanFix> recorded = new ArrayList<>();

        RecordingAcceptor(DiagnosticModificationContext.Factory factory) {
            super(factory);
        }
    }
}
