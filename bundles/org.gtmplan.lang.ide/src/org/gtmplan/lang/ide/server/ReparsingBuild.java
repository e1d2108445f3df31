package org.gtmplan.lang.ide.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.log4j.Logger;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.gtmplan.lang.scoping.GtmLinkingResource;

/**
 * The language server's build, keeping the model of an edited file and reparsing only what the
 * edit touched.
 *
 * <p>Xtext's build unloads every changed file (turning each element into a proxy) and parses it
 * again from its first character: on a 20,000-task plan that was a quarter of each keystroke's
 * time, and most of its garbage (docs/performance.md). The Eclipse editor does better with the
 * same parser: it hands the changed region to {@link XtextResource#update}, whose partial parser
 * reparses the smallest rule around it and relinks the file. This build does the same for a file
 * the request names as changed: it reads the file's new text the way a fresh load would (the open
 * document's content, or the disk), finds the region that differs from the model's text and
 * updates the resource in place. The indexer then finds the resource loaded and describes,
 * links and validates it as before. When that file is all the build changes, the links the reparse
 * did not touch stay too, unless a name or an import changed ({@link GtmLinkingResource#updateKeepingLinks}).
 *
 * <p>Files that only depend on a change (their text is the same, the names they use moved) and
 * deleted files are unloaded as Xtext does, and so is a changed file whose update fails or leaves
 * a text other than the new one: a clean load follows, as without this class.
 */
public class ReparsingBuild extends IncrementalBuilder.InternalStatefulIncrementalBuilder {

    private static final Logger LOG = Logger.getLogger(ReparsingBuild.class);

    @Override
    protected void unloadResource(URI uri) {
        if (!reparsedInPlace(uri)) {
            super.unloadResource(uri);
        }
    }

    /** Whether the changed file {@code uri} now holds its new text, updated in place. */
    private boolean reparsedInPlace(URI uri) {
        BuildRequest request = getRequest();
        if (!request.getDirtyFiles().contains(uri)) {
            return false;
        }
        XtextResourceSet resourceSet = request.getResourceSet();
        if (!(resourceSet.getResource(uri, false) instanceof XtextResource resource) || !resource.isLoaded()
                || resource.getParseResult() == null || resource.getParseResult().getRootNode() == null) {
            return false;
        }
        String text = newText(resourceSet, resource);
        if (text == null) {
            return false;
        }
        try {
            TextChange change = TextChange.between(resource.getParseResult().getRootNode().getText(), text);
            if (change == null) {
                // Same text: the names it uses may still have moved in another file of this build.
                resource.relink();
            } else if (resource instanceof GtmLinkingResource linking && isTheOnlyChange(request, uri)) {
                linking.updateKeepingLinks(change.offset(), change.replacedLength(), change.newText());
            } else {
                resource.update(change.offset(), change.replacedLength(), change.newText());
            }
            if (text.equals(resource.getParseResult().getRootNode().getText())) {
                return true;
            }
            LOG.warn("Reparsing " + uri + " in place left another text; loading it again");
        } catch (RuntimeException e) {
            if (getOperationCanceledManager().isOperationCanceledException(e)) {
                // A model cut short in the middle of its update: the next build loads the file afresh.
                super.unloadResource(uri);
                throw e;
            }
            LOG.warn("Reparsing " + uri + " in place failed; loading it again", e);
        }
        return false;
    }

    /**
     * Whether {@code uri} is all this build changes: then the names its links see from other files
     * are those of the last build, and the links its reparse did not touch may stay.
     */
    private static boolean isTheOnlyChange(BuildRequest request, URI uri) {
        return request.getDirtyFiles().equals(List.of(uri)) && request.getDeletedFiles().isEmpty()
                && request.getExternalDeltas().isEmpty();
    }

    /** The file's text as a fresh load would read it (an open document's content first), or null. */
    private static String newText(XtextResourceSet resourceSet, XtextResource resource) {
        try (InputStream in = resourceSet.getURIConverter().createInputStream(resource.getURI(), resourceSet.getLoadOptions())) {
            return new String(in.readAllBytes(), resource.getEncoding());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
