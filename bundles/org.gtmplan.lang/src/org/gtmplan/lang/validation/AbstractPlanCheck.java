package org.gtmplan.lang.validation;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.ValidationMessageAcceptor;
import org.gtmplan.lang.dates.DateResolver;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.model.PlanIndex;
import org.gtmplan.lang.model.PlanSettings;
import org.gtmplan.lang.issues.GtmIssueCodes;
import org.gtmplan.lang.issues.CheckCatalog;

import com.google.inject.Inject;

/**
 * Base of {@link GtmValidator} and of the rule sets composed into it. The plan's analysis
 * (index, dates, settings) is computed once per validation pass and shared through the
 * validation context, so no rule resolves a date or scans the plan on its own.
 */
public abstract class AbstractPlanCheck extends AbstractGtmValidator {

    @Inject
    private DateResolver dateResolver;

    /** The options of the resource set {@code element} was loaded into (ValidationOptions: they travel with the set). */
    protected ValidationOptions options(EObject element) {
        return ValidationOptions.of(element);
    }

    /**
     * Xtext silently drops a NullPointerException thrown by a check, and any other exception ends the
     * validation of the element (the remaining checks never run). Either is a defect of ours, not a
     * finding about the plan: it becomes one {@code internal} error on the element, naming the check
     * and where it failed, and the other checks go on.
     */
    @Override
    protected void handleExceptionDuringValidation(Throwable exception) {
        // guard(false) in a check means "does not apply"; its GuardException is not public.
        if (exception.getClass().getName().equals("org.eclipse.xtext.validation.GuardException")) {
            return;
        }
        if (CANCELLATION.isOperationCanceledException(exception)) {
            org.eclipse.xtext.util.Exceptions.throwUncheckedException(exception);
        }
        java.lang.reflect.Method check = getCurrentMethod();
        String name = check == null ? "a check" : "check " + check.getDeclaringClass().getSimpleName() + "." + check.getName();
        EObject where = getCurrentObject();
        String message = GtmResourceValidator.describe(name, exception);
        if (where != null) {
            getMessageAcceptor().acceptError(message, where, null, -1, GtmIssueCodes.INTERNAL);
        }
    }

    /**
     * Reports a finding on the current element at the severity {@link CheckCatalog} gives its code:
     * a rule's severity is written once, where SARIF, {@code --only} and the docs read it too.
     */
    protected void report(String message, EStructuralFeature feature, String code, String... data) {
        report(message, getCurrentObject(), feature, ValidationMessageAcceptor.INSIGNIFICANT_INDEX, code, data);
    }

    /** {@link #report(String, EStructuralFeature, String, String...)} on {@code element}. */
    protected void report(String message, EObject element, EStructuralFeature feature, String code, String... data) {
        report(message, element, feature, ValidationMessageAcceptor.INSIGNIFICANT_INDEX, code, data);
    }

    /** {@link #report(String, EStructuralFeature, String, String...)} on the {@code index}th value of a list feature. */
    protected void report(String message, EObject element, EStructuralFeature feature, int index, String code, String... data) {
        switch (CheckCatalog.rule(code).level()) {
            case ERROR -> error(message, element, feature, index, code, data);
            case WARNING -> warning(message, element, feature, index, code, data);
            case INFO -> info(message, element, feature, index, code, data);
        }
    }

    private static final org.eclipse.xtext.service.OperationCanceledManager CANCELLATION = new org.eclipse.xtext.service.OperationCanceledManager();

    protected PlanAnalysis analysis(EObject element) {
        Plan plan = element instanceof Plan p ? p : EcoreUtil2.getContainerOfType(element, Plan.class);
        if (plan == null) {
            return null;
        }
        Map<Object, Object> context = getContext();
        Object key = PlanAnalysis.class.getName() + "#" + System.identityHashCode(plan);
        if (context != null && context.get(key) instanceof PlanAnalysis cached && cached.index().plan() == plan) {
            return cached;
        }
        PlanAnalysis analysis = new PlanAnalysis(new PlanIndex(plan), dateResolver.resolve(plan), PlanSettings.of(plan));
        if (context != null) {
            context.put(key, analysis);
        }
        return analysis;
    }
}
