package org.gtmplan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.gtmplan.cli.PlanFiles.PlanFile;
import org.gtmplan.lang.dates.DateResolver;
import org.gtmplan.lang.generator.DocumentGenerators;
import org.gtmplan.lang.generator.DocumentPipeline;
import org.gtmplan.lang.generator.GenerationOptions;
import org.gtmplan.lang.generator.RunScopedDateResolver;
import org.gtmplan.lang.revision.PlanRevision;
import org.gtmplan.lang.validation.ValidationOptions;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code gtm generate}: the checklists, calendars, Markdown and JSON of every plan. A plan with
 * any error gets nothing written; files are written atomically, only inside {@code --out}.
 */
@Command(name = "generate", description = "Write the documents of the plans in PATH (HTML, iCalendar, Markdown, JSON).",
        mixinStandardHelpOptions = true)
public class GenerateCommand implements Callable<Integer> {

    @ParentCommand
    private GtmCli cli;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "the folder to write into (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--formats", paramLabel = "FORMAT", split = ",", description = "which documents: html, ics, md, json (default: all)")
    private List<String> formats = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "DATE", description = "read the plans as of this day (YYYY-MM-DD)")
    private String asOf;

    @Option(names = "--tasks-as-events", description = "in calendars, also write tasks as all-day events (for calendars that ignore to-dos)")
    private boolean tasksAsEvents;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders holding .gtm files")
    private List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws InputProblem {
        return generate();
    }

    /** Validation and the plan views resolve the same plans' dates: once is enough, in one run of the resolver. */
    private static RunScopedDateResolver.Run datesResolvedOnce(Injector injector) {
        return injector.getInstance(DateResolver.class) instanceof RunScopedDateResolver dates ? dates.openRun() : () -> {
        };
    }

    private Integer generate() throws InputProblem {
        Injector injector = cli.injector();
        DocumentGenerators generators = injector.getInstance(DocumentGenerators.class);
        Set<String> chosen = chosenFormats(generators);
        LocalDate asOfDate = ValidateCommand.parseAsOf(asOf);
        List<PlanFile> files = new PlanFiles(cli.maxFileBytes()).readAll(paths);
        GenerationOptions options = options(asOfDate, files);
        PlanWorkspace workspace = injector.getInstance(PlanWorkspace.class);
        workspace.load(files, ValidationOptions.withAsOf(asOfDate));
        DocumentPipeline pipeline = injector.getInstance(DocumentPipeline.class);
        List<Diagnostic> errors;
        DocumentPipeline.Views views;
        try (RunScopedDateResolver.Run run = datesResolvedOnce(injector)) {
            errors = workspace.validate().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).toList();
            views = pipeline.views(workspace.resources(), errors.size());
        }
        // The views hold all the documents need: the plans' model can go before they are made
        // (for 100,000 tasks it is about 400 MB, which the collector otherwise copies while they are).
        workspace.releaseModels();
        OutputFolder folder = new OutputFolder(out);
        if (errors.isEmpty()) {
            folder.prepare(); // before generating: a folder we cannot write to costs no generation
        }
        // Each document goes to a hidden temporary file as soon as it is made (a 20,000-task plan has
        // 40 MB of them); they take their names only once every document was made without a problem.
        DocumentStaging staging = new DocumentStaging(folder);
        DocumentPipeline.Outcome outcome = views.outcome() != null ? views.outcome() : pipeline.documents(views, chosen, options, staging);
        int plans;
        switch (outcome) {
            case DocumentPipeline.Documents generated -> plans = generated.plans();
            case DocumentPipeline.Refused refused -> {
                folder.discard();
                throw new InputProblem("gtm: " + refused.reason());
            }
            case DocumentPipeline.Failed failed -> {
                folder.discard();
                // A defect of ours in one plan's documents: like an error, it stops everything from being written.
                List<Diagnostic> failures = failed.failures().stream()
                        .map(f -> PlanWorkspace.internalError(workspace.fileOf(f.resource()), f.during(), f.exception())).toList();
                failures.forEach(d -> cli.err().println(d.toTextLine()));
                cli.err().println("gtm: nothing written: the " + (failures.size() == 1 ? "error" : "errors")
                        + " above are defects of GTM Plan, please report them");
                return GtmCli.EXIT_ERRORS;
            }
            case DocumentPipeline.Blocked blocked -> {
                errors.forEach(d -> cli.err().println(d.toTextLine()));
                cli.err().println("gtm: nothing written: fix the " + blocked.errors() + (blocked.errors() == 1 ? " error" : " errors")
                        + " above first (gtm validate shows warnings too)");
                return GtmCli.EXIT_ERRORS;
            }
        }
        staging.rethrowProblem();

        List<java.nio.file.Path> targets = folder.stagedTargets();
        List<OutputFolder.Outcome> outcomes = folder.commit();
        int written = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) == OutputFolder.Outcome.WROTE) {
                written++;
            }
            cli.out().println((outcomes.get(i) == OutputFolder.Outcome.WROTE ? "wrote " : "unchanged ")
                    + PlanFiles.displayName(out.resolve(targets.get(i).getFileName().toString())));
        }
        cli.out().flush();
        cli.err().println(written + " of " + outcomes.size() + " files written for " + plans
                + (plans == 1 ? " plan" : " plans") + " into " + PlanFiles.displayName(out));
        return GtmCli.EXIT_OK;
    }

    /**
     * The revision the calendars carry (docs/generators.md): SOURCE_DATE_EPOCH, when set, is the
     * time (the reproducible-builds convention: whoever sets it means it), else the time of the
     * newest commit of the input files, else a fixed instant; SEQUENCE counts their commits.
     */
    private GenerationOptions options(LocalDate asOfDate, List<PlanFile> files) throws InputProblem {
        try {
            return GenerationOptions.of(asOfDate, cli.environment("SOURCE_DATE_EPOCH"),
                    PlanRevision.of(files.stream().map(PlanFile::path).toList()), tasksAsEvents);
        } catch (IllegalArgumentException e) {
            throw new InputProblem("gtm: " + e.getMessage());
        }
    }

    private Set<String> chosenFormats(DocumentGenerators generators) throws InputProblem {
        if (formats.isEmpty()) {
            return generators.formats();
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String format : formats) {
            String name = format.trim();
            if (generators.get(name) == null) {
                throw new InputProblem("gtm: --formats: unknown format '" + name + "'; use " + String.join(", ", generators.formats()));
            }
            chosen.add(name);
        }
        return chosen;
    }
}
