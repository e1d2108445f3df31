package org.gtmplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.gtmplan.cli.PlanFiles.PlanFile;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
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
        text, json
    }

    @ParentCommand
    private GtmCli cli;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    private Format format;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders holding .gtm files")
    private List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() throws InputProblem {
        PlanFiles planFiles = new PlanFiles(cli.maxFileBytes());
        List<PlanFile> files = new ArrayList<>();
        for (Path path : planFiles.discover(paths)) {
            files.add(planFiles.read(path));
        }
        Injector injector = cli.injector();
        PlanWorkspace workspace = injector.getInstance(PlanWorkspace.class);
        workspace.load(files);
        List<Diagnostic> diagnostics = workspace.validate();
        PrintWriter out = cli.out();
        if (format == Format.json) {
            out.println(toJson(diagnostics, files.size()));
        } else {
            diagnostics.forEach(d -> out.println(d.toTextLine()));
        }
        out.flush();
        long errors = count(diagnostics, Diagnostic.Severity.ERROR);
        cli.err().println(summary(diagnostics, files.size()));
        cli.err().flush();
        return errors > 0 ? GtmCli.EXIT_ERRORS : GtmCli.EXIT_OK;
    }

    private static long count(List<Diagnostic> diagnostics, Diagnostic.Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    static String summary(List<Diagnostic> diagnostics, int files) {
        return count(diagnostics, Diagnostic.Severity.ERROR) + " errors, " + count(diagnostics, Diagnostic.Severity.WARNING)
                + " warnings, " + count(diagnostics, Diagnostic.Severity.INFO) + " infos in " + files
                + (files == 1 ? " file" : " files");
    }

    static String toJson(List<Diagnostic> diagnostics, int files) {
        JsonObject root = new JsonObject();
        root.addProperty("files", files);
        root.addProperty("errors", count(diagnostics, Diagnostic.Severity.ERROR));
        root.addProperty("warnings", count(diagnostics, Diagnostic.Severity.WARNING));
        root.addProperty("infos", count(diagnostics, Diagnostic.Severity.INFO));
        JsonArray list = new JsonArray();
        for (Diagnostic d : diagnostics) {
            JsonObject item = new JsonObject();
            item.addProperty("path", d.path());
            item.addProperty("line", d.line());
            item.addProperty("column", d.column());
            item.addProperty("severity", d.severity().label());
            item.addProperty("code", d.code());
            item.addProperty("message", d.message());
            list.add(item);
        }
        root.add("diagnostics", list);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
    }
}
