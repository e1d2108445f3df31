package org.gtmplan.lang.validation;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.gtmplan.lang.issues.GtmIssueCodes;

/**
 * Validates one file. Xtext's validator catches an exception thrown while linking or checking,
 * logs it and returns whatever it had so far, so a defect of ours would look like a file with
 * fewer findings (often none). Here such an exception becomes one {@code internal} error at the
 * top of the file, beside the diagnostics that could still be computed.
 */
public class GtmResourceValidator extends ResourceValidatorImpl {

    /** An exception of linking, kept until the diagnostics of the file are collected. */
    private final ThreadLocal<RuntimeException> linkingFailure = new ThreadLocal<>();

    @Override
    protected void resolveProxies(Resource resource, CancelIndicator monitor) {
        linkingFailure.remove();
        try {
            super.resolveProxies(resource, monitor);
        } catch (RuntimeException e) {
            getOperationCanceledManager().propagateIfCancelException(e);
            linkingFailure.set(e);
        }
    }

    @Override
    protected void collectResourceDiagnostics(Resource resource, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
        super.collectResourceDiagnostics(resource, monitor, acceptor);
        RuntimeException failure = linkingFailure.get();
        if (failure != null) {
            linkingFailure.remove();
            acceptor.accept(internalError(resource, "linking", failure));
        }
    }

    @Override
    protected void validate(Resource resource, CheckMode mode, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
        try {
            super.validate(resource, mode, monitor, acceptor);
        } catch (RuntimeException e) {
            getOperationCanceledManager().propagateIfCancelException(e);
            acceptor.accept(internalError(resource, "the checks", e));
        }
    }

    /** One {@code internal} error at 1:1 of the file. */
    public static Issue internalError(Resource resource, String during, Throwable exception) {
        Issue.IssueImpl issue = new Issue.IssueImpl();
        issue.setSeverity(Severity.ERROR);
        issue.setCode(GtmIssueCodes.INTERNAL);
        issue.setType(CheckType.FAST);
        issue.setMessage(describe(during, exception));
        issue.setLineNumber(1);
        issue.setColumn(1);
        issue.setLineNumberEnd(1);
        issue.setColumnEnd(2);
        issue.setOffset(0);
        issue.setLength(0);
        issue.setUriToProblem(resource == null ? null : resource.getURI());
        return issue;
    }

    /** "Internal error in linking: java.lang.NullPointerException: ... (at PlanIndex.java:42); please report it with this file". */
    public static String describe(String during, Throwable exception) {
        String where = "";
        for (StackTraceElement frame : exception.getStackTrace()) {
            if (frame.getClassName().startsWith("org.gtmplan.")) {
                where = " (at " + frame.getFileName() + ":" + frame.getLineNumber() + ")";
                break;
            }
        }
        return "Internal error in " + during + ": " + exception + where + "; please report it with this file";
    }
}
