package org.gtmplan.lang.ide.quickfix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * Fix all: applies the available quick-fixes of a file, round after round, until none applies.
 * Each round validates the file, takes the first applicable fix of each fixable diagnostic,
 * keeps those whose edits do not touch each other, applies them and parses the result again.
 * Shared by {@code gtm fix} and the language server's {@code source.fixAll}; it never touches a
 * file with a syntax error.
 */
public class PlanFixer {

    /** Enough for every fix of a plan written from nothing (each round fixes what does not collide). */
    static final int MAX_ROUNDS = 25;

    @Inject
    private IResourceValidator validator;

    @Inject
    private GtmQuickfixProvider quickfixes;

    /** One fix that was applied: its code, its label and where its diagnostic was (1-based line). */
    public record AppliedFix(String code, String label, int line) {
    }

    public record Outcome(String text, List<AppliedFix> applied, boolean syntaxErrors) {
        public boolean changed(String original) {
            return !text.equals(original);
        }
    }

    /**
     * Fixes {@code resource} in place: on return it holds the fixed text (reparsed). Only codes
     * accepted by {@code codes} are fixed.
     */
    public Outcome fixAll(XtextResource resource, Predicate<String> codes, CancelIndicator cancel) {
        String text = resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText();
        List<AppliedFix> applied = new ArrayList<>();
        if (!resource.getErrors().isEmpty()) {
            return new Outcome(text, applied, true);
        }
        Set<String> seen = new HashSet<>();
        seen.add(text);
        for (int round = 0; round < MAX_ROUNDS && !cancel.isCanceled(); round++) {
            Document document = new Document(0, text);
            List<TextEdit> chosen = new ArrayList<>();
            List<AppliedFix> thisRound = new ArrayList<>();
            for (Issue issue : validator.validate(resource, CheckMode.ALL, cancel)) {
                if (issue.getCode() == null || !codes.test(issue.getCode())) {
                    continue;
                }
                Diagnostic diagnostic = IssueDiagnostics.toDiagnostic(issue);
                for (PlanFix fix : quickfixes.fixesFor(diagnostic)) {
                    List<TextEdit> edits = fix.edits(diagnostic, resource, document);
                    if (edits.isEmpty()) {
                        continue;
                    }
                    if (edits.stream().noneMatch(e -> chosen.stream().anyMatch(c -> TextEdits.overlap(document, e, c)))) {
                        chosen.addAll(edits);
                        thisRound.add(new AppliedFix(issue.getCode(), fix.label(), diagnostic.getRange().getStart().getLine() + 1));
                    }
                    break;
                }
            }
            if (chosen.isEmpty()) {
                break;
            }
            String next = TextEdits.apply(text, chosen);
            if (!seen.add(next)) {
                // A fix that does not remove its diagnostic would otherwise be applied forever.
                break;
            }
            text = next;
            applied.addAll(thisRound);
            try {
                resource.reparse(text);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (!resource.getErrors().isEmpty()) {
                throw new IllegalStateException("a quick-fix produced text that does not parse: " + thisRound);
            }
        }
        return new Outcome(text, applied, false);
    }
}
