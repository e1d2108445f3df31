package org.gtmplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.gtmplan.cli.PlanFiles.PlanFile;
import org.gtmplan.lang.formatting2.PlanFormatter;
import org.gtmplan.lang.generator.GeneratedFile;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code gtm format}: rewrites files in the canonical layout. A file with a syntax error is left
 * untouched (its errors are printed); each rewrite is atomic; {@code --check} changes nothing.
 */
@Command(name = "format", description = "Lay out .gtm files canonically; with --check, only report the files that would change.",
        mixinStandardHelpOptions = true)
public class FormatCommand implements Callable<Integer> {

    @ParentCommand
    private GtmCli cli;

    @Option(names = "--check", description = "change nothing; exit 1 when a file is not in the canonical layout")
    private boolean check;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders holding .gtm files")
    private List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws InputProblem {
        List<PlanFile> files = new PlanFiles(cli.maxFileBytes()).readAll(paths);
        Injector injector = cli.injector();
        PlanWorkspace workspace = injector.getInstance(PlanWorkspace.class);
        workspace.load(files);
        PlanFormatter formatter = injector.getInstance(PlanFormatter.class);
        int unformatted = 0;
        int broken = 0;
        for (Resource resource : workspace.resources()) {
            PlanFile file = workspace.fileOf(resource);
            if (!resource.getErrors().isEmpty() || workspace.failureOf(resource) != null) {
                broken++;
                workspace.syntaxErrors(resource).forEach(d -> cli.err().println(d.toTextLine()));
                continue;
            }
            String formatted;
            try {
                formatted = formatter.format((XtextResource) resource);
            } catch (RuntimeException e) {
                // A defect of the formatter: this file is left as written, the others are still formatted.
                broken++;
                cli.err().println(PlanWorkspace.internalError(file, "formatting the file", e).toTextLine());
                continue;
            }
            if (formatted.equals(file.text())) {
                continue;
            }
            unformatted++;
            if (check) {
                cli.out().println("would reformat " + file.displayName());
            } else {
                OutputFolder folder = new OutputFolder(file.path().toAbsolutePath().getParent());
                folder.write(new GeneratedFile(file.path().getFileName().toString(), formatted.getBytes(StandardCharsets.UTF_8)));
                cli.out().println("formatted " + file.displayName());
            }
        }
        cli.out().flush();
        if (broken > 0) {
            cli.err().println("gtm: " + broken + (broken == 1 ? " file has" : " files have")
                    + " syntax errors and " + (broken == 1 ? "was" : "were") + " left as written");
        }
        cli.err().println(unformatted + " of " + files.size() + (files.size() == 1 ? " file " : " files ")
                + (check ? "would be reformatted" : "reformatted"));
        return broken > 0 || check && unformatted > 0 ? GtmCli.EXIT_ERRORS : GtmCli.EXIT_OK;
    }
}
