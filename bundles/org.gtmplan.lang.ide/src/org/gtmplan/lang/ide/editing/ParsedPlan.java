package org.gtmplan.lang.ide.editing;

import java.util.List;

import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

/**
 * One state of an edited file, parsed together with the other files of its project (so a
 * library in one file serves the plan in another) and validated with every check
 * ({@code CheckMode.ALL}), as {@code gtm validate} reads it. Hover, content assist and the
 * quick-fixes of an editor all work on such a snapshot; it is not thread-safe, so an editor
 * uses one from one thread at a time.
 */
public final class ParsedPlan {

    private final XtextResource resource;
    private final Document document;
    private final List<Issue> issues;

    ParsedPlan(XtextResource resource, Document document, List<Issue> issues) {
        this.resource = resource;
        this.document = document;
        this.issues = List.copyOf(issues);
    }

    public XtextResource resource() {
        return resource;
    }

    /** The text as the protocol's document (0-based lines and characters). */
    public Document document() {
        return document;
    }

    public String text() {
        return document.getContents();
    }

    /** Every issue of this file, in the validator's order. */
    public List<Issue> issues() {
        return issues;
    }

    /** The issues whose range contains {@code offset} (its end included, where a caret after a word stands). */
    public List<Issue> issuesAt(int offset) {
        return issues.stream().filter(issue -> {
            int start = issue.getOffset() == null ? -1 : issue.getOffset();
            int length = issue.getLength() == null ? 0 : issue.getLength();
            return start <= offset && offset <= start + length;
        }).toList();
    }
}
