package org.gtmplan.lang.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.resource.Resource;
import org.gtmplan.lang.gtm.Model;
import org.gtmplan.lang.gtm.Plan;

import com.google.inject.Inject;

/**
 * What {@code gtm generate} does between reading the files and writing the documents, for every
 * front end (the command line, the Eclipse builder and its Generate command): nothing while any
 * error remains, one plan view per plan, the documents of the chosen formats, or the reason there
 * are none. The plans must have been loaded with the files they use (their libraries) in one
 * resource set; only the resources given here get documents.
 */
public class DocumentPipeline {

    /** What a run gives: documents, or why there are none. */
    public sealed interface Outcome permits Documents, Blocked, Refused, Failed {
    }

    /** The documents, in the order they are written, of {@code plans} plans. */
    public record Documents(List<GeneratedFile> files, int plans) implements Outcome {
    }

    /** The plans have {@code errors} errors: nothing may be written until they are fixed. */
    public record Blocked(int errors) implements Outcome {
    }

    /** The input cannot give documents (no plan, two plans of one name); a sentence for the user. */
    public record Refused(String reason) implements Outcome {
    }

    /** Defects of GTM Plan while building the documents of some plans: like an error, they stop everything. */
    public record Failed(List<Failure> failures) implements Outcome {
    }

    /** A defect of ours in the documents of {@code resource}, with what was being done. */
    public record Failure(Resource resource, String during, RuntimeException exception) {
    }

    @Inject
    private PlanViewBuilder views;

    @Inject
    private DocumentGenerators generators;

    /**
     * The documents of the plans among {@code resources}.
     *
     * @param errors how many errors validation found in the loaded files (the caller validates, as it
     *        also reports every diagnostic); any stops the run
     * @param formats format names of {@link DocumentGenerators#formats()}
     */
    public Outcome generate(List<? extends Resource> resources, int errors, Set<String> formats, GenerationOptions options) {
        List<GeneratedFile> files = new ArrayList<>();
        Outcome outcome = generate(resources, errors, formats, options, files::add);
        return outcome instanceof Documents documents ? new Documents(files, documents.plans()) : outcome;
    }

    /**
     * The same run, handing each document to {@code sink} as soon as it is made instead of holding
     * them all (the command line stages each on disk). The outcome is the same, except that its
     * {@link Documents} lists no file: they went to the sink. When the outcome is not
     * {@link Documents}, the sink may already have received some documents of the failed run, and the
     * caller must drop them: errors stop a run before any document is made, but a defect of ours or a
     * refused name can come up midway.
     */
    public Outcome generate(List<? extends Resource> resources, int errors, Set<String> formats, GenerationOptions options,
            Consumer<GeneratedFile> sink) {
        Views views = views(resources, errors);
        return views.outcome() != null ? views.outcome() : documents(views, formats, options, sink);
    }

    /**
     * The first step of a run: the plans read into their views, or why there will be no documents
     * ({@link #outcome()}). The views hold nothing of the plans' model, so a caller that owns the
     * model may let it go before the documents are made ({@code gtm generate} does, for memory).
     *
     * @param plans the plans' views, sorted by name; empty when there is an outcome already
     * @param resourceOfPlan the file of each plan, to name the one whose documents fail
     * @param outcome why there are no documents (errors, a refused input, a defect); null otherwise
     */
    public record Views(List<PlanView> plans, Map<PlanView, Resource> resourceOfPlan, Outcome outcome) {
    }

    /** The views of the plans among {@code resources}, or the outcome that stops the run first. */
    public Views views(List<? extends Resource> resources, int errors) {
        if (errors > 0) {
            return stopped(new Blocked(errors));
        }
        List<PlanView> plans = new ArrayList<>();
        Map<PlanView, Resource> resourceOfPlan = new IdentityHashMap<>();
        List<Failure> failures = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Resource resource : resources) {
            if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model
                    && model.getElement() instanceof Plan plan) {
                if (!names.add(plan.getName())) {
                    return stopped(new Refused("two plans are named " + plan.getName() + "; their files would overwrite each other"));
                }
                try {
                    PlanView view = views.build(plan);
                    plans.add(view);
                    resourceOfPlan.put(view, resource);
                } catch (RuntimeException e) {
                    failures.add(new Failure(resource, "reading the plan for its documents", e));
                }
            }
        }
        if (failures.isEmpty() && plans.isEmpty()) {
            return stopped(new Refused("no plan among the given files (only libraries); nothing to generate"));
        }
        if (!failures.isEmpty()) {
            return stopped(new Failed(failures));
        }
        plans.sort(Comparator.comparing(PlanView::name));
        return new Views(plans, resourceOfPlan, null);
    }

    private static Views stopped(Outcome outcome) {
        return new Views(List.of(), Map.of(), outcome);
    }

    /**
     * The second step: the documents of {@code views} (which must have no outcome), each handed to
     * {@code sink} as soon as it is made, as {@link #generate(List, int, Set, GenerationOptions, Consumer)} does.
     */
    public Outcome documents(Views views, Set<String> formats, GenerationOptions options, Consumer<GeneratedFile> sink) {
        List<PlanView> plans = views.plans();
        String[] refusedName = new String[1];
        try {
            generators.generate(plans, formats, options, document -> {
                if (refusedName[0] != null) {
                    return; // the run is refused already: nothing more goes to the sink
                }
                if (!GeneratedFile.isPlainName(document.name())) {
                    refusedName[0] = document.name();
                    return;
                }
                sink.accept(document);
            });
        } catch (RuntimeException e) {
            return new Failed(generationFailures(plans, views.resourceOfPlan(), formats, options, e));
        }
        if (refusedName[0] != null) {
            return new Refused("refusing to write '" + refusedName[0] + "': a document's name must be a plain file name");
        }
        return new Documents(List.of(), plans.size());
    }

    /** Which plan's documents failed: each is generated alone, and the ones that fail again are named. */
    private List<Failure> generationFailures(List<PlanView> plans, Map<PlanView, Resource> resourceOfPlan, Set<String> formats,
            GenerationOptions options, RuntimeException first) {
        List<Failure> failures = new ArrayList<>();
        for (PlanView plan : plans) {
            try {
                generators.generate(List.of(plan), formats, options, document -> {
                });
            } catch (RuntimeException e) {
                failures.add(new Failure(resourceOfPlan.get(plan), "writing the plan's documents", e));
            }
        }
        if (failures.isEmpty()) {
            // Only the documents over all plans together (the index) failed.
            failures.add(new Failure(resourceOfPlan.get(plans.get(0)), "writing the index of the plans", first));
        }
        return failures;
    }

    /** The format names the user may choose, in the order documents are written. */
    public Set<String> formats() {
        return generators.formats();
    }
}
