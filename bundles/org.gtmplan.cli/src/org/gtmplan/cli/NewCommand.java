package org.gtmplan.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.gtmplan.lang.generator.GeneratedFile;
import org.gtmplan.lang.template.PlanTemplate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code gtm new NAME}: writes NAME.gtm from the IPMS template; never overwrites a file. */
@Command(name = "new", description = "Write a new plan NAME.gtm from the IPMS template (kickoff, GR2, GR4, 4P, MSP, two meetings).",
        mixinStandardHelpOptions = true)
public class NewCommand implements Callable<Integer> {

    @ParentCommand
    private GtmCli cli;

    @Parameters(index = "0", paramLabel = "NAME", description = "the plan's name: letters, digits and _")
    private String name;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "the folder to write into (default: the current one)")
    private Path out;

    @Option(names = "--day0", paramLabel = "DATE", description = "the launch day T (default: 26 weeks from today)")
    private String day0;

    @Override
    public Integer call() throws InputProblem {
        if (PlanTemplate.nameProblem(name) != null) {
            throw new InputProblem("gtm new: " + PlanTemplate.nameProblem(name));
        }
        LocalDate launch = day0 == null ? PlanTemplate.defaultDay0(LocalDate.now()) : org.gtmplan.lang.time.CalendarDay.parse(day0);
        if (launch == null) {
            throw new InputProblem("gtm new: --day0: '" + day0 + "' is not a calendar day (write YYYY-MM-DD)");
        }
        Path target = out.resolve(PlanTemplate.fileName(name));
        if (Files.exists(target)) {
            throw new InputProblem(PlanFiles.displayName(target) + ": already exists; gtm new never overwrites a file");
        }
        OutputFolder folder = new OutputFolder(out);
        folder.prepare();
        folder.write(new GeneratedFile(PlanTemplate.fileName(name), PlanTemplate.newPlan(name, launch).getBytes(StandardCharsets.UTF_8)));
        cli.out().println("wrote " + PlanFiles.displayName(target));
        cli.out().flush();
        return GtmCli.EXIT_OK;
    }
}
