package org.gtmplan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.gtmplan.cli.PlanFiles.PlanFile;
import org.gtmplan.lang.revision.GitCommand;
import org.gtmplan.lang.diff.PlanChanges;
import org.gtmplan.lang.diff.PlanDiff;
import org.gtmplan.lang.diff.PlanSnapshot;
import org.gtmplan.lang.diff.PlanSnapshots;
import org.gtmplan.lang.gtm.Model;
import org.gtmplan.lang.gtm.Plan;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code gtm diff}: what a change of plan does to its dates. Plans are matched by qualified name
 * (so a renamed file is the same plan); for each, the dates that moved with their slip, what
 * moved only because its anchor moved, elements added and removed, owners, statuses and efforts,
 * and the diagnostics the change introduces or resolves. See docs/cli.md and docs/diff.schema.json.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two revisions of plans: which dates moved and by how much, what was added or removed, what broke.")
public class DiffCommand implements Callable<Integer> {

    enum Format {
        text, markdown, json
    }

    enum FailOn {
        later, error
    }

    @ParentCommand
    private GtmCli cli;

    @Option(names = "--git", paramLabel = "REV[..REV]",
            description = "read the older files from Git at REV (and the newer ones at the second REV, else the work tree)")
    private String git;

    @Option(names = "--format", defaultValue = "text", description = "text, markdown or json (default: ${DEFAULT-VALUE})")
    private Format format;

    @Option(names = "--fail-on", split = ",", paramLabel = "WHAT", description = "exit 1 when a date moved later or a new error appeared: later, error")
    private List<FailOn> failOn = new ArrayList<>();

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "OLD NEW (files or folders); with --git, the files or folders to compare (default: .)")
    private List<Path> paths = new ArrayList<>();

    /** One revision of the plans: their snapshots by qualified name and their diagnostics. */
    record Side(Map<String, PlanSnapshot> plans, List<Diagnostic> diagnostics) {
    }

    @Override
    public Integer call() throws InputProblem {
        Side before;
        Side after;
        List<Path> cleanup = new ArrayList<>();
        try {
            if (git != null) {
                List<Path> targets = paths.isEmpty() ? List.of(Path.of(".")) : paths;
                String[] revisions = git.split("\\.\\.", 2);
                Path older = GitTree.export(revisions[0], targets);
                cleanup.add(older);
                before = read(List.of(older), revisions[0] + ":");
                if (revisions.length == 2 && !revisions[1].isEmpty()) {
                    Path newer = GitTree.export(revisions[1], targets);
                    cleanup.add(newer);
                    after = read(List.of(newer), revisions[1] + ":");
                } else {
                    after = read(targets, "");
                }
            } else {
                if (paths.size() != 2) {
                    throw new InputProblem("gtm diff: give OLD and NEW (files or folders), or --git REV [PATH...]");
                }
                before = read(List.of(paths.get(0)), "");
                after = read(List.of(paths.get(1)), "");
            }
        } finally {
            cleanup.forEach(GitTree::delete);
        }
        PlanChangeReport report = PlanChangeReport.of(before, after);
        String rendered = switch (format) {
            case markdown -> report.markdown();
            case json -> report.json();
            default -> report.text();
        };
        cli.out().print(rendered);
        cli.out().flush();
        boolean fail = failOn.contains(FailOn.later) && report.anyLater() || failOn.contains(FailOn.error) && report.newErrors() > 0;
        return fail ? GtmCli.EXIT_ERRORS : GtmCli.EXIT_OK;
    }

    private Side read(List<Path> inputs, String shownPrefix) throws InputProblem {
        List<PlanFile> files = new PlanFiles(cli.maxFileBytes()).readAll(inputs);
        Injector injector = cli.injector();
        PlanWorkspace workspace = injector.getInstance(PlanWorkspace.class);
        workspace.load(files);
        PlanSnapshots snapshots = injector.getInstance(PlanSnapshots.class);
        Map<String, PlanSnapshot> plans = new LinkedHashMap<>();
        for (Resource resource : workspace.resources()) {
            if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model
                    && model.getElement() instanceof Plan plan && plan.getName() != null) {
                PlanSnapshot snapshot = snapshots.of(plan);
                plans.putIfAbsent(snapshot.qualifiedName(), snapshot);
            }
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Diagnostic d : workspace.validate()) {
            diagnostics.add(shownPrefix.isEmpty() ? d
                    : new Diagnostic(shownPrefix + GitTree.relativeName(d.path()), d.line(), d.column(), d.endLine(), d.endColumn(),
                            d.severity(), d.code(), d.message()));
        }
        return new Side(plans, diagnostics);
    }

    /** The .gtm files of one Git revision, written to a temporary folder as they are in the repository. */
    static final class GitTree {

        private static final String EXPORT_PREFIX = "gtm-diff-";

        private GitTree() {
        }

        static Path export(String revision, List<Path> targets) throws InputProblem {
            if (revision.isBlank() || revision.startsWith("-")) {
                throw new InputProblem("gtm diff: --git needs a revision such as origin/main or HEAD~1");
            }
            Path first = targets.get(0).toAbsolutePath().normalize();
            Path folder = Files.isDirectory(first) ? first : first.getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                folder = Path.of("").toAbsolutePath();
            }
            Path top = GitCommand.run(folder, "rev-parse", "--show-toplevel").map(Path::of)
                    .orElseThrow(() -> new InputProblem("gtm diff: " + PlanFiles.displayName(targets.get(0)) + " is not in a Git repository"));
            if (GitCommand.run(top, "rev-parse", "--verify", "--quiet", revision + "^{commit}").isEmpty()) {
                throw new InputProblem("gtm diff: no such revision '" + revision + "'");
            }
            List<String> args = new ArrayList<>(List.of("ls-tree", "-r", "--name-only", revision, "--"));
            for (Path target : targets) {
                Path relative = top.relativize(target.toAbsolutePath().normalize());
                args.add(relative.toString().isEmpty() ? "." : relative.toString());
            }
            String listing = GitCommand.run(top, args).orElseThrow(() -> new InputProblem("gtm diff: git ls-tree failed at " + revision));
            try {
                Path root = Files.createTempDirectory(EXPORT_PREFIX);
                for (String name : listing.split("\n")) {
                    if (!name.endsWith(".gtm")) {
                        continue;
                    }
                    Optional<byte[]> content = GitCommand.bytes(top, List.of("show", revision + ":" + name));
                    if (content.isPresent()) {
                        Path file = root.resolve(name).normalize();
                        if (!file.startsWith(root)) {
                            continue;
                        }
                        Files.createDirectories(file.getParent());
                        Files.write(file, content.get());
                    }
                }
                return root;
            } catch (IOException e) {
                throw new InputProblem("gtm diff: cannot write the files of " + revision + " to a temporary folder (" + e.getMessage() + ")");
            }
        }

        /** A path inside an export, as the repository names it. */
        static String relativeName(String shown) {
            int at = shown.indexOf(EXPORT_PREFIX);
            if (at < 0) {
                return shown;
            }
            int slash = shown.indexOf('/', at);
            return slash < 0 ? shown : shown.substring(slash + 1);
        }

        static void delete(Path root) {
            try (var walk = Files.walk(root)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                // A temporary folder left behind harms nothing.
            }
        }
    }

    /** Used by the report: which codes count as new or resolved, by code and message. */
    static Set<String> keys(List<Diagnostic> diagnostics) {
        Set<String> keys = new java.util.HashSet<>();
        diagnostics.forEach(d -> keys.add(key(d)));
        return keys;
    }

    static String key(Diagnostic d) {
        return d.severity() + " " + d.code() + " " + d.message();
    }

    static List<PlanChanges> compare(Side before, Side after) {
        List<PlanChanges> changes = new ArrayList<>();
        for (Map.Entry<String, PlanSnapshot> plan : after.plans().entrySet()) {
            PlanSnapshot old = before.plans().get(plan.getKey());
            if (old != null) {
                changes.add(PlanDiff.compare(old, plan.getValue()));
            }
        }
        return changes;
    }
}
