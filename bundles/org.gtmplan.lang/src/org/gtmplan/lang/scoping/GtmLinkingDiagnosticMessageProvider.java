package org.gtmplan.lang.scoping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.gtmplan.lang.gtm.GtmPackage;
import org.gtmplan.lang.model.NamedElements;
import org.gtmplan.lang.issues.GtmIssueCodes;

import com.google.inject.Inject;

/**
 * Turns an unresolved name into {@code unresolved-reference}, naming what it should have been
 * and the closest names that do exist, so a typo is a one-glance fix.
 */
public class GtmLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

    private static final int MAX_SUGGESTIONS = 3;

    @Inject
    private IScopeProvider scopeProvider;

    @Inject
    private IResourceScopeCache cache;

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        String name = context.getLinkText();
        if (isRecoveredKeyword(context, name)) {
            return null;
        }
        String kind = kindOf(context);
        StringBuilder message = new StringBuilder("Unknown ").append(kind).append(" '").append(name).append("'");
        List<String> close = closestNames(context, name);
        if (!close.isEmpty()) {
            message.append(": did you mean ");
            for (int i = 0; i < close.size(); i++) {
                message.append(i == 0 ? "" : i == close.size() - 1 ? " or " : ", ").append('\'').append(close.get(i)).append('\'');
            }
            message.append('?');
        }
        // The fix needs the name as written and what it should have named (an owner can be created).
        return new DiagnosticMessage(message.toString(), Severity.ERROR, GtmIssueCodes.UNRESOLVED_REFERENCE, name, kind);
    }

    /**
     * After a syntax error the parser may read a keyword as a name (keywords may be names):
     * `task a "A" effort 5d` has no `due`, and `effort` ends up as a date anchor. The syntax error
     * already says what is wrong; a second "Unknown milestone 'effort'" would only confuse.
     */
    private boolean isRecoveredKeyword(ILinkingDiagnosticContext context, String name) {
        var resource = context.getContext().eResource();
        if (resource == null || resource.getErrors().isEmpty()) {
            return false;
        }
        if (keywords == null) {
            java.util.Set<String> all = new java.util.HashSet<>();
            org.eclipse.xtext.GrammarUtil.getAllKeywords(grammarAccess.getGrammar()).forEach(all::add);
            keywords = all;
        }
        return keywords.contains(name);
    }

    @Inject
    private org.eclipse.xtext.IGrammarAccess grammarAccess;

    private java.util.Set<String> keywords;

    private static String kindOf(ILinkingDiagnosticContext context) {
        var type = context.getReference().getEReferenceType();
        if (type == GtmPackage.Literals.OWNER || type == GtmPackage.Literals.PERSON) {
            return type == GtmPackage.Literals.OWNER ? "owner" : "person";
        } else if (type == GtmPackage.Literals.DATED) {
            return "milestone, gate or task";
        }
        return type.getName().toLowerCase(Locale.ROOT);
    }

    private List<String> closestNames(ILinkingDiagnosticContext context, String name) {
        record Candidate(String name, int distance) {
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, name.length() / 3);
        List<Candidate> candidates = new ArrayList<>();
        for (String[] candidate : namesInScope(context)) {
            // The edit distance is at least the difference in length: skip what cannot be close.
            if (Math.abs(candidate[1].length() - wanted.length()) > limit) {
                continue;
            }
            int distance = EditDistance.between(wanted, candidate[1]);
            if (distance <= limit) {
                candidates.add(new Candidate(candidate[0], distance));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::name));
        return candidates.stream().limit(MAX_SUGGESTIONS).map(Candidate::name).toList();
    }

    /**
     * The distinct names a reference could have named, each with its lower-case form. The scope
     * of a reference depends only on the reference and on the plan or library it sits in
     * (GtmScopeProvider), so the names are gathered once per resource, reference and namespace,
     * and kept until the resource changes: a renamed person in a library leaves every task it
     * owned unresolved, and walking the scope once per task would make reporting them quadratic.
     */
    private List<String[]> namesInScope(ILinkingDiagnosticContext context) {
        EObject element = context.getContext();
        EReference reference = context.getReference();
        EObject namespace = NamedElements.namespaceOf(element);
        EObject key = namespace != null ? namespace : element;
        Resource resource = element.eResource();
        if (resource == null) {
            return gatherNames(element, reference);
        }
        return cache.get(Tuples.create(GtmLinkingDiagnosticMessageProvider.class, reference, key), resource,
                () -> gatherNames(element, reference));
    }

    private List<String[]> gatherNames(EObject element, EReference reference) {
        IScope scope;
        try {
            scope = scopeProvider.getScope(element, reference);
        } catch (RuntimeException e) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (IEObjectDescription description : scope.getAllElements()) {
            seen.add(description.getName().toString());
        }
        List<String[]> names = new ArrayList<>(seen.size());
        for (String candidate : seen) {
            names.add(new String[] { candidate, candidate.toLowerCase(Locale.ROOT) });
        }
        return names;
    }
}
