package org.gtmplan.lang.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.gtmplan.lang.gtm.Model;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.validation.ValidationOptions;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Loads literal models (several files at once, like a folder) and validates them. */
public class PlanFixtures {

    /** The organisation library of the shipped examples, for plans that import acme.org.people.*. */
    public static final String PEOPLE = """
            package acme.org
            library people {
                person alice "Alice Zhang" role GTM
                person bob "Bob Li" role PDT
                person carol "Carol Wang" role MKT
                team PCT "Product Commercial Team" lead alice members bob, carol
                holidays CN2026 {
                    2026-10-01 .. 2026-10-07 "National Day"
                }
            }
            """;

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceValidator validator;

    private XtextResourceSet resourceSet;

    /** A fresh set of files; each text is one file named file0.gtm, file1.gtm... */
    public List<Resource> load(String... texts) {
        resourceSet = resourceSets.get();
        List<Resource> resources = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            resources.add(load(URI.createURI("memory:/file" + i + ".gtm"), texts[i]));
        }
        return resources;
    }

    private Resource load(URI uri, String text) {
        Resource resource = resourceSet.createResource(uri);
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    java.util.Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return resource;
    }

    /** The plan of the first text, with the other texts loaded beside it. */
    public Plan plan(String... texts) {
        return (Plan) ((Model) load(texts).get(0).getContents().get(0)).getElement();
    }

    /** Issues of the first text, with the others loaded beside it. */
    public List<Issue> validate(String... texts) {
        return validator.validate(load(texts).get(0), CheckMode.ALL, CancelIndicator.NullImpl);
    }

    /** Issues of the first text as of {@code asOf} (gtm validate --as-of), with the others loaded beside it. */
    public List<Issue> validateAsOf(java.time.LocalDate asOf, String... texts) {
        List<Resource> resources = load(texts);
        ValidationOptions.withAsOf(asOf).attachTo(resourceSet);
        return validator.validate(resources.get(0), CheckMode.ALL, CancelIndicator.NullImpl);
    }

    /** Issues of every file, loaded together. */
    public List<Issue> validateFiles(Path... files) throws IOException {
        resourceSet = resourceSets.get();
        List<Resource> resources = new ArrayList<>();
        for (Path file : files) {
            resources.add(load(URI.createFileURI(file.toAbsolutePath().toString()), Files.readString(file)));
        }
        List<Issue> issues = new ArrayList<>();
        for (Resource resource : resources) {
            issues.addAll(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
        }
        return issues;
    }

    /** The project's examples folder (tests run with the test bundle as working directory). */
    public Path examplesFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples")) && Files.exists(dir.resolve("pom.xml"))
                    && Files.isDirectory(dir.resolve("bundles"))) {
                return dir.resolve("examples");
            }
        }
        throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
    }
}
