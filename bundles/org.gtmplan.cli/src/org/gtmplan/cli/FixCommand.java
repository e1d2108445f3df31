package org.gtmplan.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.gtmplan.cli.PlanFiles.PlanFile;
import org.gtmplan.lang.generator.GeneratedFile;
import org.gtmplan.lang.ide.quickfix.PlanFixer;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code gtm fix}: applies the quick-fixes the editor and the language server offer (the same
 * edits, from org.gtmplan.lang.ide), until none applies. It prints what it changed as a unified
 * diff, writes each changed file atomically keeping its permissions, and never touches a file
 * with a syntax error. Exit 0 when no error remains, 1 when errors remain, 2 on bad input.
 */
@Command(name = "fix", description = "Apply the available quick-fixes to .gtm files and print what changed as a unified diff.",
        mixinStandardHelpOptions = true)
public class FixCommand implements Callable<Integer> {

    @ParentCommand
    private GtmCli cli;

    @Option(names = "--only", paramLabel = "CODE", split = ",", description = "fix only these codes (comma-separated)")
    private List<String> only = new ArrayList<>();

    @Option(names = "--dry-run", description = "print the diff and write nothing")
    private boolean dryRun;

    @Mixin
    private SourceOption source;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders holding .gtm files")
    private List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws InputProblem {
        Set<String> codes = ValidateCommand.checkCodes(only);
        List<PlanFile> files = new PlanFiles(cli.maxFileBytes()).readAll(paths);
        Injector injector = cli.injector();
        PlanWorkspace workspace = injector.getInstance(PlanWorkspace.class);
        workspace.load(files);
        PlanFixer fixer = injector.getInstance(PlanFixer.class);
        int fixes = 0;
        int changedFiles = 0;
        for (Resource resource : workspace.resources()) {
            PlanFile file = workspace.fileOf(resource);
            if (!resource.getErrors().isEmpty()) {
                cli.err().println(file.displayName() + ": has syntax errors, left as written");
                continue;
            }
            PlanFixer.Outcome outcome = fixer.fixAll((XtextResource) resource, code -> codes.isEmpty() || codes.contains(code),
                    CancelIndicator.NullImpl);
            if (!outcome.changed(file.text())) {
                continue;
            }
            changedFiles++;
            fixes += outcome.applied().size();
            printDiff(file, outcome.text());
            for (PlanFixer.AppliedFix applied : outcome.applied()) {
                cli.err().println(file.displayName() + ":" + applied.line() + ": " + (dryRun ? "would fix" : "fixed") + " [" + applied.code()
                        + "] " + applied.label());
            }
            if (!dryRun) {
                new OutputFolder(file.path().toAbsolutePath().getParent())
                        .write(new GeneratedFile(file.path().getFileName().toString(), outcome.text().getBytes(StandardCharsets.UTF_8)));
            }
        }
        cli.out().flush();
        // What is left, read from the fixed text (also with --dry-run: what would be left).
        List<Diagnostic> remaining = workspace.validate();
        new DiagnosticPrinter(cli, source.showSource(cli)).print(cli.err(), remaining, workspace);
        long errors = remaining.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
        cli.err().println((dryRun ? "would apply " : "applied ") + fixes + (fixes == 1 ? " fix" : " fixes") + " in " + changedFiles
                + (changedFiles == 1 ? " file" : " files") + "; " + JsonReport.summary(remaining, files.size()));
        cli.err().flush();
        return errors > 0 ? GtmCli.EXIT_ERRORS : GtmCli.EXIT_OK;
    }

    private void printDiff(PlanFile file, String fixed) {
        List<String> before = Arrays.asList(file.text().split("\n", -1));
        List<String> after = Arrays.asList(fixed.split("\n", -1));
        String name = file.displayName();
        for (String line : UnifiedDiffUtils.generateUnifiedDiff("a/" + name, "b/" + name, before, DiffUtils.diff(before, after), 3)) {
            cli.out().println(line);
        }
    }
}
