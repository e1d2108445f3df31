package org.gtmplan.lang.ide.editing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.findReferences.IReferenceFinder;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;
import org.eclipse.xtext.util.concurrent.IUnitOfWork;
import org.eclipse.xtext.validation.Issue;
import org.gtmplan.lang.formatting2.PlanFormatter;
import org.gtmplan.lang.ide.quickfix.GtmQuickfixProvider;
import org.gtmplan.lang.ide.quickfix.IssueDiagnostics;
import org.gtmplan.lang.ide.quickfix.PlanFix;

import com.google.inject.Inject;

/**
 * The editing services of the language server, asked in process by an editor that is not a
 * language server client (the Eclipse editor): the same hover text, the same completion
 * proposals, the same quick-fix edits, the same formatter and outline, in offsets.
 */
public class PlanEditing {

    /** A completion proposal: replace {@code replacement}'s range by its text; the caret goes to {@code cursor}. */
    public record Completion(String label, String detail, Replacement replacement, int cursor) {
    }

    /** A quick-fix of one issue and the replacements it makes, last first. */
    public record Fix(String label, String code, List<Replacement> replacements) {
    }

    /** An element of the outline: its name, detail, kind (the protocol's symbol kind name), where it is and what it holds. */
    public record OutlineNode(String name, String detail, String kind, int offset, int length, int nameOffset, int nameLength,
            List<OutlineNode> children) {
    }

    /** Where a reference leads: the referring text in the edited file, and the target's file and name. */
    public record Definition(int offset, int length, URI targetUri, int targetOffset, int targetLength) {
    }

    /** A region the editor can fold: whole lines from {@code offset}, as the language server's folding ranges. */
    public record Fold(int offset, int length) {
    }

    @Inject
    private IHoverService hoverService;

    @Inject
    private IFoldingRangeProvider foldingRanges;

    @Inject
    private DocumentSymbolService documentSymbols;

    @Inject
    private EObjectAtOffsetHelper elementsAtOffset;

    @Inject
    private ContentAssistService contentAssist;

    @Inject
    private GtmQuickfixProvider quickfixes;

    @Inject
    private PlanFormatter formatter;

    @Inject
    private HierarchicalDocumentSymbolService symbols;

    /** The hover's Markdown at {@code offset}, as the language server answers it; null when there is none. */
    public String hover(ParsedPlan plan, int offset) {
        HoverParams params = new HoverParams(new TextDocumentIdentifier(plan.resource().getURI().toString()), position(plan, offset));
        Hover hover = hoverService.hover(plan.document(), plan.resource(), params, CancelIndicator.NullImpl);
        if (hover == null || hover.getContents() == null || !hover.getContents().isRight()) {
            return null;
        }
        MarkupContent content = hover.getContents().getRight();
        return content.getValue() == null || content.getValue().isBlank() ? null : content.getValue();
    }

    /** The completion proposals at {@code offset}, as the language server lists them, snippets as plain text. */
    public List<Completion> completions(ParsedPlan plan, int offset) {
        CompletionParams params = new CompletionParams(new TextDocumentIdentifier(plan.resource().getURI().toString()), position(plan, offset));
        CompletionList list = contentAssist.createCompletionList(plan.document(), plan.resource(), params, CancelIndicator.NullImpl);
        List<Completion> result = new ArrayList<>();
        for (CompletionItem item : list.getItems()) {
            TextEdit edit = item.getTextEdit() != null && item.getTextEdit().isLeft() ? item.getTextEdit().getLeft() : null;
            String newText = edit != null ? edit.getNewText() : item.getInsertText() != null ? item.getInsertText() : item.getLabel();
            int start = edit != null ? plan.document().getOffSet(edit.getRange().getStart()) : offset;
            int end = edit != null ? plan.document().getOffSet(edit.getRange().getEnd()) : offset;
            int cursor = -1;
            if (item.getInsertTextFormat() == InsertTextFormat.Snippet) {
                Snippet snippet = Snippet.of(newText);
                newText = snippet.text();
                cursor = start + snippet.cursor();
            }
            result.add(new Completion(item.getLabel(), item.getDetail(), new Replacement(start, end - start, newText),
                    cursor < 0 ? start + newText.length() : cursor));
        }
        return result;
    }

    /** The quick-fixes of {@code issue} that apply, with exactly the edits {@code gtm fix} and the language server make. */
    public List<Fix> fixes(ParsedPlan plan, Issue issue) {
        List<Fix> result = new ArrayList<>();
        if (issue.getCode() == null) {
            return result;
        }
        Diagnostic diagnostic = IssueDiagnostics.toDiagnostic(issue);
        for (PlanFix fix : quickfixes.fixesFor(diagnostic)) {
            List<TextEdit> edits = fix.edits(diagnostic, plan.resource(), plan.document());
            if (!edits.isEmpty()) {
                result.add(new Fix(fix.label(), issue.getCode(), Replacement.of(plan.document(), edits)));
            }
        }
        return result;
    }

    /** The fixes of every issue at {@code offset}, each label once. */
    public List<Fix> fixesAt(ParsedPlan plan, int offset) {
        List<Fix> result = new ArrayList<>();
        Set<String> labels = new LinkedHashSet<>();
        for (Issue issue : plan.issuesAt(offset)) {
            for (Fix fix : fixes(plan, issue)) {
                if (labels.add(fix.label() + "\u0000" + fix.replacements())) {
                    result.add(fix);
                }
            }
        }
        return result;
    }

    /** The text as {@code gtm format} lays it out; null when the file has syntax errors (the formatter refuses those). */
    public String format(ParsedPlan plan) {
        if (!plan.resource().getErrors().isEmpty()) {
            return null;
        }
        return formatter.format(plan.resource());
    }

    /** The outline, as the language server's document symbols. */
    public List<OutlineNode> outline(ParsedPlan plan) {
        List<OutlineNode> result = new ArrayList<>();
        for (DocumentSymbol symbol : symbols.getSymbols(plan.resource(), CancelIndicator.NullImpl)) {
            result.add(node(plan, symbol));
        }
        return result;
    }

    /**
     * The regions that fold (the bodies of plans, gates, workstreams, tasks, the msp, comments),
     * as the language server's folding ranges, each widened to whole lines.
     */
    public List<Fold> folds(ParsedPlan plan) {
        List<Fold> result = new ArrayList<>();
        String text = plan.text();
        for (FoldingRange range : foldingRanges.getFoldingRanges(plan.resource(), CancelIndicator.NullImpl)) {
            int start = range.getOffset() <= 0 ? 0 : text.lastIndexOf('\n', range.getOffset() - 1) + 1;
            int last = Math.min(text.length(), range.getOffset() + range.getLength());
            int end = text.indexOf('\n', Math.max(start, last - 1));
            end = end < 0 ? text.length() : end + 1;
            if (text.lastIndexOf('\n', end - 2) >= start) {
                result.add(new Fold(start, end - start));
            }
        }
        return result;
    }

    /**
     * Where the reference at {@code offset} leads, as the language server's go to definition
     * answers it (the target's name in its file, which may be another file of the project);
     * null when there is no reference there or it does not resolve.
     */
    public Definition definitionAt(ParsedPlan plan, int offset) {
        XtextResource resource = plan.resource();
        INode reference = elementsAtOffset.getCrossReferenceNode(resource, new TextRegion(offset, 0));
        if (reference == null) {
            return null;
        }
        ResourceSet resourceSet = resource.getResourceSet();
        IReferenceFinder.IResourceAccess access = new IReferenceFinder.IResourceAccess() {
            @Override
            public <R> R readOnly(URI targetURI, IUnitOfWork<R, ResourceSet> work) {
                try {
                    return work.exec(resourceSet);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        for (Location location : documentSymbols.getDefinitions(resource, offset, access, CancelIndicator.NullImpl)) {
            URI uri = URI.createURI(location.getUri());
            Resource target = resourceSet.getResource(uri, false);
            if (target instanceof XtextResource xtext && xtext.getParseResult() != null) {
                Document document = new Document(0, xtext.getParseResult().getRootNode().getText());
                int start = document.getOffSet(location.getRange().getStart());
                int end = document.getOffSet(location.getRange().getEnd());
                return new Definition(reference.getOffset(), reference.getLength(), uri, start, end - start);
            }
        }
        return null;
    }

    private static OutlineNode node(ParsedPlan plan, DocumentSymbol symbol) {
        List<OutlineNode> children = new ArrayList<>();
        if (symbol.getChildren() != null) {
            for (DocumentSymbol child : symbol.getChildren()) {
                children.add(node(plan, child));
            }
        }
        int start = plan.document().getOffSet(symbol.getRange().getStart());
        int end = plan.document().getOffSet(symbol.getRange().getEnd());
        int nameStart = plan.document().getOffSet(symbol.getSelectionRange().getStart());
        int nameEnd = plan.document().getOffSet(symbol.getSelectionRange().getEnd());
        return new OutlineNode(symbol.getName(), symbol.getDetail(), symbol.getKind() == null ? "" : symbol.getKind().name(), start,
                end - start, nameStart, nameEnd - nameStart, children);
    }

    private static Position position(ParsedPlan plan, int offset) {
        return plan.document().getPosition(Math.max(0, Math.min(offset, plan.text().length())));
    }

    /** A protocol snippet as plain text: placeholders keep their default, the caret goes to the first tab stop. */
    record Snippet(String text, int cursor) {

        private static final Pattern TAB_STOP = Pattern.compile("\\$\\{(\\d+):([^}]*)\\}|\\$\\{(\\d+)\\|([^|,}]*)[^}]*\\|\\}|\\$(\\d+)");

        static Snippet of(String snippet) {
            StringBuilder text = new StringBuilder();
            Matcher matcher = TAB_STOP.matcher(snippet);
            int cursor = -1;
            int last = 0;
            while (matcher.find()) {
                text.append(snippet, last, matcher.start());
                String number = matcher.group(1) != null ? matcher.group(1) : matcher.group(3) != null ? matcher.group(3) : matcher.group(5);
                if (cursor < 0 && "1".equals(number)) {
                    cursor = text.length();
                }
                text.append(matcher.group(2) != null ? matcher.group(2) : matcher.group(4) != null ? matcher.group(4) : "");
                last = matcher.end();
            }
            text.append(snippet.substring(last));
            return new Snippet(text.toString(), cursor < 0 ? text.length() : cursor);
        }
    }
}
