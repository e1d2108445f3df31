package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.AbstractValidationDiagnostic;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.gtmplan.lang.gtm.GtmPackage;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.validation.AbstractPlanCheck;
import org.gtmplan.lang.issues.GtmIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Injector;

/** A check that throws is a defect of ours: one `internal` error where it failed, and the other checks still run. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GtmInjectorProvider.class)
public class InternalErrorTest {

    /** Run by hand below, never registered: it must not reach the other tests' validation. */
    public static class FailingCheck extends AbstractPlanCheck {
        @Override
        public void register(EValidatorRegistrar registrar) {
        }

        @Check
        public void fails(Plan plan) {
            throw new NullPointerException("on purpose");
        }

        @Check
        public void stillRuns(Plan plan) {
            warning("still checked", GtmPackage.Literals.PLAN__TITLE, "test");
        }
    }

    @Inject
    private Injector injector;

    @Inject
    private PlanFixtures fixtures;

    @Test
    void aNullPointerExceptionInACheckIsReportedNotDropped() {
        Plan plan = fixtures.plan("plan P { }");
        BasicDiagnostic chain = new BasicDiagnostic();
        injector.getInstance(FailingCheck.class).validate(plan.eClass(), plan, chain, new HashMap<>());
        List<String> found = chain.getChildren().stream()
                .map(d -> ((AbstractValidationDiagnostic) d).getIssueCode() + ": " + d.getMessage()).sorted().toList();
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith(GtmIssueCodes.INTERNAL
                + ": Internal error in check FailingCheck.fails: java.lang.NullPointerException: on purpose (at InternalErrorTest.java:"), found.get(0));
        assertEquals("test: still checked", found.get(1));
        assertEquals(Diagnostic.ERROR, chain.getChildren().stream()
                .filter(d -> ((AbstractValidationDiagnostic) d).getIssueCode().equals(GtmIssueCodes.INTERNAL)).findFirst().orElseThrow().getSeverity());
    }
}
