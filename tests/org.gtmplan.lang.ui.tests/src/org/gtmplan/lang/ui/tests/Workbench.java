package org.gtmplan.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.gtmplan.lang.ui.GtmProblemMarkers;
import org.gtmplan.lang.ui.editor.GtmAnnotation;
import org.gtmplan.lang.ui.editor.GtmEditor;

/** A workspace project holding the shipped examples, the GTM editor on a file of it, and bounded waits. */
final class Workbench {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static int projects;

    private Workbench() {
    }

    static Path examples() {
        return Path.of(System.getProperty("gtm.examples", "../../examples"));
    }

    static String example(String name) throws IOException {
        return Files.readString(examples().resolve(name), StandardCharsets.UTF_8);
    }

    /** A new project with {@code org.gtm} and {@code phone-launch.gtm} of examples/. */
    static IProject exampleProject() throws CoreException, IOException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("plans" + ++projects);
        project.create(null);
        project.open(null);
        for (String name : List.of("org.gtm", "phone-launch.gtm")) {
            project.getFile(name).create(new ByteArrayInputStream(example(name).getBytes(StandardCharsets.UTF_8)), true, null);
        }
        return project;
    }

    /** {@link #exampleProject()} with the GTM nature, built once. */
    static IProject gtmProject() throws CoreException, IOException {
        IProject project = exampleProject();
        org.gtmplan.lang.ui.builder.GtmNature.add(project, null);
        waitForBuild();
        return project;
    }

    /** Waits for the builds the last changes started (auto-build is on in the test workspace). */
    static void waitForBuild() {
        try {
            Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
            Job.getJobManager().join(ResourcesPlugin.FAMILY_MANUAL_BUILD, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted waiting for the build");
        }
    }

    /** Replaces a file's content as another tool (or Git) would, with no editor involved. */
    static void write(IFile file, String text) throws CoreException {
        file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, true, null);
    }

    static String read(IFile file) throws CoreException, IOException {
        try (java.io.InputStream in = file.getContents(true)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Opens {@code file} in the GTM editor and waits for its first validation. */
    static GtmEditor open(IFile file) throws CoreException {
        GtmEditor editor = (GtmEditor) IDE.openEditor(page(), file, GtmEditor.ID, true);
        waitUntil("the first validation of " + file.getName(), () -> editor.reconcileCount() > 0);
        return editor;
    }

    /** Processes the display's events until {@code condition} holds; fails after {@link #TIMEOUT}. */
    static void waitUntil(String what, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out after " + TIMEOUT.toSeconds() + " s waiting for " + what + "; threads:\n" + threadDump());
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted waiting for " + what);
                }
            }
        }
    }

    /** The stacks of the threads that run GTM Plan or JFace text code, to tell a slow reconciler from a stuck one. */
    private static String threadDump() {
        StringBuilder dump = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            String frames = Arrays.stream(stack).limit(40).map(f -> "    at " + f).collect(Collectors.joining("\n"));
            if (frames.contains("gtmplan") || frames.contains("jface.text") || frames.contains("Reconciler")) {
                dump.append(thread.getName()).append(" (").append(thread.getState()).append(")\n").append(frames).append('\n');
            }
        });
        return dump.toString();
    }

    /** Processes events for a while (what the reconciler or a job might still do). */
    static void settle() {
        Display display = Display.getCurrent();
        long until = System.nanoTime() + Duration.ofMillis(800).toNanos();
        while (System.nanoTime() < until) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Waits until the editor validated its current text (the reconciler ran after the last change). */
    static void waitForReconcile(GtmEditor editor, int before) {
        waitUntil("the reconciler", () -> editor.reconcileCount() > before);
    }

    static List<GtmAnnotation> annotations(GtmEditor editor) {
        List<GtmAnnotation> result = new ArrayList<>();
        IAnnotationModel model = editor.annotationModel();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            if (it.next() instanceof GtmAnnotation annotation) {
                result.add(annotation);
            }
        }
        return result;
    }

    static List<IMarker> markers(IFile file) {
        try {
            Job.getJobManager().join(org.eclipse.core.resources.ResourcesPlugin.FAMILY_AUTO_BUILD, null);
            return List.of(file.findMarkers(GtmProblemMarkers.TYPE, true, IResource.DEPTH_ZERO));
        } catch (CoreException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static void closeAll() {
        page().closeAllEditors(false);
    }
}
