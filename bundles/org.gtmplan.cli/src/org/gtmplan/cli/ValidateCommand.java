package org.gtmplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.gtmplan.cli.PlanFiles.PlanFile;
import org.gtmplan.lang.time.CalendarDay;
import org.gtmplan.lang.issues.CheckCatalog;
import org.gtmplan.lang.validation.ValidationOptions;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code gtm validate}: checks plans and libraries against the language and the launch process. */
@Command(name = "validate", description = "Check .gtm files or folders (recursively) and report every diagnostic.",
        mixinStandardHelpOptions = true)
public class ValidateCommand implements Callable<Integer> {

    enum Format {
        text, json, sarif
    }

    @ParentCommand
    private GtmCli cli;

    @Option(names = "--format", defaultValue = "text", description = "text, json or sarif (default: ${DEFAULT-VALUE})")
    private Format format;

    @Option(names = "--as-of", paramLabel = "DATE", description = "read the plan as of this day (YYYY-MM-DD): reports overdue tasks")
    private String asOf;

    @Option(names = "--only", paramLabel = "CODE", split = ",", description = "report only these codes (comma-separated)")
    private List<String> only = new ArrayList<>();

    @picocli.CommandLine.Mixin
    private SourceOption source;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders holding .gtm files")
    private List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws InputProblem {
        Set<String> codes = checkCodes(only);
        LocalDate asOfDate = parseAsOf(asOf);
        List<PlanFile> files = new PlanFiles(cli.maxFileBytes()).readAll(paths);
        Injector injector = cli.injector();
        PlanWorkspace workspace = injector.getInstance(PlanWorkspace.class);
        workspace.load(files, ValidationOptions.withAsOf(asOfDate));
        List<Diagnostic> diagnostics = workspace.validate();
        if (!codes.isEmpty()) {
            diagnostics = diagnostics.stream().filter(d -> codes.contains(d.code())).toList();
        }
        PrintWriter out = cli.out();
        switch (format) {
            case json -> out.println(JsonReport.render(diagnostics, files.size()));
            case sarif -> out.println(SarifReport.render(diagnostics));
            default -> new DiagnosticPrinter(cli, source.showSource(cli)).print(out, diagnostics, workspace);
        }
        out.flush();
        cli.err().println(JsonReport.summary(diagnostics, files.size()));
        cli.err().flush();
        return JsonReport.count(diagnostics, Diagnostic.Severity.ERROR) > 0 ? GtmCli.EXIT_ERRORS : GtmCli.EXIT_OK;
    }

    static Set<String> checkCodes(List<String> requested) throws InputProblem {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : requested) {
            String trimmed = code.trim();
            if (!CheckCatalog.isKnown(trimmed)) {
                throw new InputProblem("gtm: --only: unknown code '" + trimmed + "'; the codes are listed in docs/language.md §5");
            }
            codes.add(trimmed);
        }
        return codes;
    }

    static LocalDate parseAsOf(String text) throws InputProblem {
        if (text == null) {
            return null;
        }
        LocalDate date = CalendarDay.parse(text);
        if (date == null) {
            throw new InputProblem("gtm: --as-of: '" + text + "' is not a calendar day (write YYYY-MM-DD)");
        }
        return date;
    }
}
