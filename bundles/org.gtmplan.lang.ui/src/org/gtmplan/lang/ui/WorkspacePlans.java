package org.gtmplan.lang.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.CancelIndicator;
import org.gtmplan.lang.ide.editing.ParsedPlan;
import org.gtmplan.lang.ide.editing.PlanDocuments;

/**
 * A workspace file's text parsed with the other {@code .gtm} files of its project (the text of
 * an open editor where there is one, else the file on disk), as {@code gtm validate} loads a
 * folder.
 */
public final class WorkspacePlans {

    public static final String EXTENSION = "gtm";

    private WorkspacePlans() {
    }

    public static URI uriOf(IFile file) {
        return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
    }

    public static ParsedPlan parse(IFile file, String text) {
        return GtmUiPlugin.get(PlanDocuments.class).parse(uriOf(file), text, neighbours(file), CancelIndicator.NullImpl);
    }

    public static ParsedPlan parse(URI uri, String text) {
        return GtmUiPlugin.get(PlanDocuments.class).parse(uri, text, Map.of(), CancelIndicator.NullImpl);
    }

    /** The other plan files of {@code file}'s project, by URI. */
    static Map<URI, String> neighbours(IFile file) {
        Map<URI, String> result = new LinkedHashMap<>();
        try {
            file.getProject().accept(resource -> {
                if (resource.getType() == IResource.FILE && EXTENSION.equals(resource.getFileExtension()) && !resource.equals(file)
                        && !resource.isDerived()) {
                    String text = textOf((IFile) resource);
                    if (text != null) {
                        result.put(uriOf((IFile) resource), text);
                    }
                }
                return !resource.isDerived();
            });
        } catch (CoreException e) {
            GtmUiPlugin.getDefault().getLog().warn("cannot list the plan files of " + file.getProject().getName(), e);
        }
        return result;
    }

    /** The text of an open buffer of {@code file}, else of the file on disk; null when it cannot be read. */
    public static String textOf(IFile file) {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
        if (buffer != null) {
            return buffer.getDocument().get();
        }
        try (InputStream in = file.getContents(true)) {
            return new String(in.readAllBytes(), charsetOf(file));
        } catch (IOException | CoreException e) {
            return null;
        }
    }

    private static java.nio.charset.Charset charsetOf(IFile file) {
        try {
            return java.nio.charset.Charset.forName(file.getCharset());
        } catch (CoreException | RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
