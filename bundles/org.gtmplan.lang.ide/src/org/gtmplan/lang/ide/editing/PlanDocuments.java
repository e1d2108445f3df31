package org.gtmplan.lang.ide.editing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Parses an editor's text into a {@link ParsedPlan}: the edited file and its neighbours (the
 * other {@code .gtm} files of the project, as they are on disk or in other editors) in one
 * resource set, so the index sees all of them, as {@code gtm validate} loads a folder.
 */
public class PlanDocuments {

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceValidator validator;

    /**
     * @param uri       the edited file
     * @param text      its current text
     * @param neighbours the texts of the other files that are loaded with it, by URI
     */
    public ParsedPlan parse(URI uri, String text, Map<URI, String> neighbours, CancelIndicator cancel) {
        XtextResourceSet resourceSet = resourceSets.get();
        resourceSet.addLoadOption(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
        for (Map.Entry<URI, String> neighbour : neighbours.entrySet()) {
            if (!neighbour.getKey().equals(uri)) {
                load(resourceSet, neighbour.getKey(), neighbour.getValue());
            }
        }
        XtextResource resource = load(resourceSet, uri, text);
        List<Issue> issues = validator.validate(resource, CheckMode.ALL, cancel);
        return new ParsedPlan(resource, new Document(0, text), issues == null ? List.of() : issues);
    }

    /**
     * Every file of a project at once (a builder's view): all texts in one resource set, each
     * validated with every check, in the order given. A cancelled run throws the cancel exception
     * of Xtext's {@code OperationCanceledManager}.
     */
    public List<ParsedPlan> parseAll(Map<URI, String> texts, CancelIndicator cancel) {
        XtextResourceSet resourceSet = resourceSets.get();
        resourceSet.addLoadOption(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name());
        List<XtextResource> resources = new java.util.ArrayList<>();
        for (Map.Entry<URI, String> file : texts.entrySet()) {
            resources.add(load(resourceSet, file.getKey(), file.getValue()));
        }
        List<ParsedPlan> result = new java.util.ArrayList<>();
        for (XtextResource resource : resources) {
            List<Issue> issues = validator.validate(resource, CheckMode.ALL, cancel);
            result.add(new ParsedPlan(resource, new Document(0, texts.get(resource.getURI())), issues == null ? List.of() : issues));
        }
        return result;
    }

    private static XtextResource load(XtextResourceSet resourceSet, URI uri, String text) {
        XtextResource resource = (XtextResource) resourceSet.createResource(uri);
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resource;
    }
}
