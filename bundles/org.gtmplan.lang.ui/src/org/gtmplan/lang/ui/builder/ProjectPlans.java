package org.gtmplan.lang.ui.builder;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.CancelIndicator;
import org.gtmplan.lang.ide.editing.ParsedPlan;
import org.gtmplan.lang.ide.editing.PlanDocuments;
import org.gtmplan.lang.resource.PlanBytes;
import org.gtmplan.lang.ui.GtmUiPlugin;
import org.gtmplan.lang.ui.WorkspacePlans;

/**
 * Every {@code .gtm} file of a project as saved, loaded together into one resource set and
 * validated, as {@code gtm validate FOLDER} reads a folder: what the builder and the Generate
 * command work on. Open editors' unsaved texts are not read: markers and documents follow the
 * saved files. A file that cannot be read as a plan is kept aside with the reason.
 */
public final class ProjectPlans {

    /** Room for a 100,000-task plan, as the command line allows. */
    static final long MAX_BYTES = PlanBytes.MAX_BYTES;

    /** A file that could not be read as a plan, and why, in a sentence for the user. */
    public record Unreadable(IFile file, String reason) {
    }

    private final Map<IFile, ParsedPlan> plans;
    private final List<Unreadable> unreadable;

    private ProjectPlans(Map<IFile, ParsedPlan> plans, List<Unreadable> unreadable) {
        this.plans = plans;
        this.unreadable = unreadable;
    }

    /** The plan files of {@code project} (not those in derived folders, such as the generated documents). */
    public static List<IFile> filesOf(IProject project) throws CoreException {
        List<IFile> files = new ArrayList<>();
        project.accept(resource -> {
            if (resource.getType() == IResource.FILE && WorkspacePlans.EXTENSION.equals(resource.getFileExtension())
                    && !resource.isDerived()) {
                files.add((IFile) resource);
            }
            return !resource.isDerived() && !resource.isTeamPrivateMember() && !resource.isHidden();
        });
        return files;
    }

    /** Reads and validates every plan file of {@code project}. */
    public static ProjectPlans load(IProject project, CancelIndicator cancel) throws CoreException {
        Map<URI, String> texts = new LinkedHashMap<>();
        Map<URI, IFile> fileOf = new LinkedHashMap<>();
        List<Unreadable> unreadable = new ArrayList<>();
        for (IFile file : filesOf(project)) {
            String problem = null;
            String text = null;
            try {
                text = read(file);
            } catch (UnreadablePlan e) {
                problem = e.getMessage();
            }
            if (problem != null) {
                unreadable.add(new Unreadable(file, problem));
            } else {
                URI uri = WorkspacePlans.uriOf(file);
                texts.put(uri, text);
                fileOf.put(uri, file);
            }
        }
        Map<IFile, ParsedPlan> plans = new LinkedHashMap<>();
        for (ParsedPlan plan : GtmUiPlugin.get(PlanDocuments.class).parseAll(texts, cancel)) {
            plans.put(fileOf.get(plan.resource().getURI()), plan);
        }
        return new ProjectPlans(plans, unreadable);
    }

    /** The readable files with their parse and issues, in the project's order. */
    public Map<IFile, ParsedPlan> plans() {
        return plans;
    }

    public List<Unreadable> unreadable() {
        return unreadable;
    }

    /** The errors among {@code files} (plans and unreadable files): what stops generation. */
    public int errorsIn(java.util.Collection<IFile> files) {
        int errors = 0;
        for (IFile file : files) {
            ParsedPlan plan = plans.get(file);
            if (plan != null) {
                errors += (int) plan.issues().stream().filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).count();
            }
        }
        return errors + (int) unreadable.stream().filter(u -> files.contains(u.file())).count();
    }

    /** Every file, readable or not. */
    public List<IFile> files() {
        List<IFile> all = new ArrayList<>(plans.keySet());
        unreadable.forEach(u -> all.add(u.file()));
        return all;
    }

    /** Whether {@code file} holds a library (the files that serve plans), by its parse. */
    public boolean isLibrary(IFile file) {
        ParsedPlan plan = plans.get(file);
        return plan != null && !plan.resource().getContents().isEmpty()
                && plan.resource().getContents().get(0) instanceof org.gtmplan.lang.gtm.Model model
                && model.getElement() instanceof org.gtmplan.lang.gtm.Library;
    }

    private static final class UnreadablePlan extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadablePlan(String message) {
            super(message);
        }
    }

    /** The file's text as UTF-8, refusing what the command line refuses (too large, binary, not UTF-8). */
    private static String read(IFile file) throws UnreadablePlan {
        byte[] bytes;
        try (InputStream in = file.getContents(true)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException | CoreException e) {
            throw new UnreadablePlan("The file cannot be read (" + e.getMessage() + ")");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UnreadablePlan("The file is larger than the " + MAX_BYTES / 1048576 + " MB a plan may have");
        }
        return switch (PlanBytes.read(bytes)) {
            case PlanBytes.Text plan -> plan.text();
            case PlanBytes.Binary binary -> throw new UnreadablePlan("This is a binary file, not a GTM plan");
            case PlanBytes.NotUtf8 notUtf8 -> throw new UnreadablePlan("The file is not UTF-8 text; save it as UTF-8");
        };
    }
}
