package org.gtmplan.lang.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Formats a whole parsed file with {@link GtmFormatter}, for front ends that work on files
 * ({@code gtm format}) rather than on an editor's document.
 */
public class PlanFormatter {

    @Inject
    private Provider<FormatterRequest> requests;

    @Inject
    private Provider<TextRegionAccessBuilder> regionAccess;

    @Inject
    private IFormatter2 formatter;

    /**
     * The canonical text of a file that parsed without syntax errors.
     *
     * @throws IllegalArgumentException when the file has syntax errors: a formatter must not guess
     */
    public String format(XtextResource resource) {
        if (!resource.getErrors().isEmpty()) {
            throw new IllegalArgumentException("the file has syntax errors");
        }
        if (resource.getContents().isEmpty()) {
            // Nothing but comments (or nothing at all): no element to lay out, and Xtext's region
            // access needs one. The text stays as written.
            return resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText();
        }
        ITextRegionAccess access = regionAccess.get().forNodeModel(resource).create();
        FormatterRequest request = requests.get();
        request.setTextRegionAccess(access);
        request.setAllowIdentityEdits(false);
        List<ITextReplacement> replacements = formatter.format(request);
        return access.getRewriter().renderToString(replacements);
    }
}
