package org.gtmplan.lang.scoping;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.impl.ListBasedDiagnosticConsumer;
import org.eclipse.xtext.linking.impl.XtextLinkingDiagnostic;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.Triple;
import org.gtmplan.lang.resource.UniqueNames;

/**
 * A {@link LazyLinkingResource} whose successful links cost nothing more when the file has errors.
 *
 * <p>Xtext's {@code removeDiagnostic}, run after every cross-reference that resolves, rebuilds the
 * unresolved-reference message of that reference (to find an equal diagnostic to remove) whenever
 * the resource has any error or warning at all. Our message names the closest existing names,
 * which means walking the reference's whole scope, so one unknown owner in a plan of N tasks
 * made linking cost N scope walks of N names: quadratic, 25 s for 5,000 tasks in the language
 * server (docs/performance.md). Here a linking diagnostic remembers its node, and removing it
 * compares nodes: no message is built for a reference that resolved.
 *
 * <p>Unloading (the language server unloads the old model of a file on every edit) turns each
 * element into a proxy named by its URI fragment, after the elements have left the resource. The
 * fragments ({@link org.gtmplan.lang.resource.NameFragmentProvider}) are therefore taken while the
 * model is still in place, in one pass, so that they are the same ones the index holds.
 *
 * <p>While all references of the file are resolved, the linking scopes are kept by plan and
 * reference, and the plan's names in one table ({@link GtmLinkingService}).
 *
 * <p>An edit reparsed in place ({@link #updateKeepingLinks}) keeps the links of the elements the
 * reparse did not touch when no name or import changed ({@link GtmLazyLinker#linkChanged}).
 */
public class GtmLinkingResource extends LazyLinkingResource {

    /** The scopes and names of the pass that resolves all references, and the thread running it; null outside it. */
    private record LinkingPass(Thread thread, Map<Object, IScope> scopes, Map<EObject, UniqueNames> names) {
    }

    private volatile LinkingPass linkingPass;

    /** The elements before a partial reparse and the names their links depend on; null outside one. */
    private record KeptLinks(Set<EObject> elements, LinkingNames names) {
    }

    private KeptLinks keptLinks;

    /**
     * Elements linked by partial linkings since the last full one. Each leaves the lazy-link entries
     * of the elements it replaced in the resource's table (with the old elements they hold); once
     * they add up to half the file's elements, the next linking is a full one, which starts the
     * table afresh. A reparse that replaces the whole plan (an edit at the plan's own level) thus
     * cannot make the table grow edit after edit.
     */
    private int partiallyLinked;

    /**
     * Like {@link #update}, but when the reparse leaves the file's names and imports as they were,
     * links only the elements it created and those referring to one it replaced (the language
     * server's build, one file at a time: no other file changes the names it sees meanwhile).
     */
    public void updateKeepingLinks(int offset, int replacedLength, String newText) {
        Set<EObject> elements = Collections.newSetFromMap(new IdentityHashMap<>());
        getAllContents().forEachRemaining(elements::add);
        keptLinks = new KeptLinks(elements, LinkingNames.of(this));
        try {
            update(offset, replacedLength, newText);
        } finally {
            keptLinks = null;
        }
    }

    @Override
    protected void doLinking() {
        KeptLinks kept = keptLinks;
        keptLinks = null;
        EObject root = getParseResult() == null ? null : getParseResult().getRootASTElement();
        if (kept == null || root == null || !(getLinker() instanceof GtmLazyLinker linker) || !withinPartialBudget(kept)
                || !kept.names().equals(LinkingNames.of(this))) {
            partiallyLinked = 0;
            super.doLinking();
            return;
        }
        ListBasedDiagnosticConsumer consumer = new ListBasedDiagnosticConsumer();
        linker.linkChanged(root, kept.elements(), consumer);
        if (!isValidationDisabled()) {
            getErrors().addAll(consumer.getResult(Severity.ERROR));
            getWarnings().addAll(consumer.getResult(Severity.WARNING));
        }
    }

    /** Whether linking the elements the reparse created keeps the partial linkings under their budget. */
    private boolean withinPartialBudget(KeptLinks kept) {
        int elements = 0;
        int created = 0;
        for (var it = getAllContents(); it.hasNext();) {
            elements++;
            if (!kept.elements().contains(it.next())) {
                created++;
            }
        }
        partiallyLinked += created;
        return partiallyLinked <= elements / 2;
    }

    @Override
    public void resolveLazyCrossReferences(CancelIndicator monitor) {
        if (linkingPass != null) {
            super.resolveLazyCrossReferences(monitor);
            return;
        }
        linkingPass = new LinkingPass(Thread.currentThread(), new HashMap<>(), new HashMap<>());
        try {
            super.resolveLazyCrossReferences(monitor);
        } finally {
            linkingPass = null;
        }
    }

    /** Whether this thread is resolving all references of the file. */
    boolean isLinkingAll() {
        LinkingPass pass = linkingPass;
        return pass != null && pass.thread() == Thread.currentThread();
    }

    /**
     * During the pass that resolves all references: the element of {@code namespace} (a plan or library)
     * that alone carries {@code name}, from one table per pass; otherwise, or when none or several do, null.
     */
    EObject uniquelyNamed(EObject namespace, String name) {
        LinkingPass pass = linkingPass;
        if (pass == null || pass.thread() != Thread.currentThread()) {
            return null;
        }
        UniqueNames names = pass.names().get(namespace);
        if (names == null) {
            names = UniqueNames.of(namespace);
            pass.names().put(namespace, names);
        }
        return names.get(name);
    }

    /**
     * The linking scope for {@code key}: during the pass that resolves all references, the one made
     * for the first reference with that key; otherwise (one reference at a time) a new one.
     */
    IScope linkingScope(Object key, Supplier<IScope> scope) {
        LinkingPass pass = linkingPass;
        if (pass == null || pass.thread() != Thread.currentThread()) {
            return scope.get();
        }
        IScope known = pass.scopes().get(key);
        if (known == null) {
            known = scope.get();
            pass.scopes().put(key, known);
        }
        return known;
    }

    /** While unloading: each element's fragment, taken before the contents were removed. */
    private Map<EObject, String> unloadingFragments;

    @Override
    protected void doUnload() {
        Map<EObject, String> fragments = new IdentityHashMap<>();
        for (var it = EcoreUtil.<EObject>getAllProperContents(getContents(), false); it.hasNext();) {
            EObject element = it.next();
            fragments.put(element, getURIFragment(element));
        }
        unloadingFragments = fragments;
        try {
            super.doUnload();
        } finally {
            unloadingFragments = null;
        }
    }

    @Override
    public String getURIFragment(EObject object) {
        Map<EObject, String> fragments = unloadingFragments;
        String fragment = fragments == null ? null : fragments.get(object);
        return fragment != null ? fragment : super.getURIFragment(object);
    }

    @Override
    protected Diagnostic createDiagnostic(Triple<EObject, EReference, INode> triple, DiagnosticMessage message) {
        return new LinkingDiagnostic(triple.getThird(), message.getMessage(), message.getIssueCode(), message.getIssueData());
    }

    @Override
    protected void removeDiagnostic(Triple<EObject, EReference, INode> triple) {
        INode node = triple.getThird();
        removeFrom(getErrors(), node);
        removeFrom(getWarnings(), node);
    }

    private static void removeFrom(List<Diagnostic> diagnostics, INode node) {
        if (diagnostics.isEmpty()) {
            return;
        }
        for (Iterator<Diagnostic> it = diagnostics.iterator(); it.hasNext();) {
            if (it.next() instanceof LinkingDiagnostic linking && linking.getNode() == node) {
                it.remove();
            }
        }
    }

    /** The unresolved-reference diagnostic of one cross-reference node. */
    static final class LinkingDiagnostic extends XtextLinkingDiagnostic {

        LinkingDiagnostic(INode node, String message, String code, String... data) {
            super(node, message, code, data);
        }

        @Override
        protected INode getNode() {
            return super.getNode();
        }
    }
}
