package org.gtmplan.lang.ide.quickfix;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;

/**
 * {@code textDocument/codeAction}: each quick-fix of the request's diagnostics as a
 * {@code quickfix} action carrying its edit (so every client can apply it without a resolve
 * round trip), and one {@code source.fixAll} action applying them all, as {@code gtm fix} does.
 */
public class GtmCodeActionService implements ICodeActionService2 {

    @Inject
    private GtmQuickfixProvider quickfixes;

    @Inject
    private PlanFixer fixer;

    @Override
    public List<Either<Command, CodeAction>> getCodeActions(Options options) {
        List<String> only = options.getCodeActionParams().getContext().getOnly();
        List<Diagnostic> diagnostics = options.getCodeActionParams().getContext().getDiagnostics();
        boolean wantQuickfixes = wants(only, CodeActionKind.QuickFix);
        boolean anyFixable = diagnostics != null && diagnostics.stream().anyMatch(quickfixes::handlesDiagnostic);
        // Fix all re-validates the file round after round: only when asked for, or beside quick-fixes that exist.
        boolean wantFixAll = only != null && !only.isEmpty() ? only.stream().anyMatch(k -> covers(k, CodeActionKind.SourceFixAll))
                : anyFixable;
        if (!(wantQuickfixes && anyFixable) && !wantFixAll) {
            return List.of();
        }
        ILanguageServerAccess access = options.getLanguageServerAccess();
        return access.doSyncRead(options.getURI(), context -> {
            List<Either<Command, CodeAction>> result = new ArrayList<>();
            XtextResource resource = (XtextResource) context.getResource();
            Document document = context.getDocument();
            String uri = options.getURI();
            if (wantQuickfixes && diagnostics != null) {
                for (Diagnostic diagnostic : diagnostics) {
                    for (PlanFix fix : quickfixes.fixesFor(diagnostic)) {
                        List<TextEdit> edits = fix.edits(diagnostic, resource, document);
                        if (!edits.isEmpty()) {
                            result.add(Either.forRight(action(fix.label(), CodeActionKind.QuickFix, List.of(diagnostic), uri, edits)));
                        }
                    }
                }
            }
            if (wantFixAll) {
                CodeAction fixAll = fixAll(access, resource.getURI(), document, uri);
                if (fixAll != null) {
                    result.add(Either.forRight(fixAll));
                }
            }
            return result;
        });
    }

    /** All fixes at once, computed on a copy of the document so the open one is not touched. */
    private CodeAction fixAll(ILanguageServerAccess access, URI resourceUri, Document document, String uri) {
        ResourceSet resourceSet = access.newLiveScopeResourceSet(resourceUri);
        Resource existing = resourceSet.getResource(resourceUri, false);
        if (existing != null) {
            resourceSet.getResources().remove(existing);
        }
        XtextResource copy = (XtextResource) resourceSet.createResource(resourceUri);
        try {
            copy.load(new ByteArrayInputStream(document.getContents().getBytes(StandardCharsets.UTF_8)),
                    Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
        } catch (IOException e) {
            return null;
        }
        PlanFixer.Outcome outcome = fixer.fixAll(copy, code -> true, org.eclipse.xtext.util.CancelIndicator.NullImpl);
        if (outcome.applied().isEmpty()) {
            return null;
        }
        Position end = document.getPosition(document.getContents().length());
        TextEdit whole = new TextEdit(new Range(new Position(0, 0), end), outcome.text());
        int count = outcome.applied().size();
        return action("Fix all (" + count + (count == 1 ? " fix)" : " fixes)"), CodeActionKind.SourceFixAll, List.of(), uri, List.of(whole));
    }

    private static CodeAction action(String title, String kind, List<Diagnostic> diagnostics, String uri, List<TextEdit> edits) {
        CodeAction action = new CodeAction(title);
        action.setKind(kind);
        if (!diagnostics.isEmpty()) {
            action.setDiagnostics(diagnostics);
            action.setIsPreferred(true);
        }
        action.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
        return action;
    }

    /** No `only` asks for everything; `source` asks for `source.fixAll` too (kinds are hierarchical). */
    private static boolean wants(List<String> only, String kind) {
        return only == null || only.isEmpty() || only.stream().anyMatch(k -> covers(k, kind));
    }

    private static boolean covers(String requested, String kind) {
        return kind.equals(requested) || kind.startsWith(requested + ".");
    }
}
