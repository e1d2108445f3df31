package org.gtmplan.cli;

import java.util.function.Consumer;

import org.gtmplan.lang.generator.GeneratedFile;

/**
 * Takes the documents of {@code gtm generate} one at a time from the pipeline and stages each in
 * the {@link OutputFolder}. The pipeline's sink cannot throw a checked problem, so the first one
 * (a name outside the folder, a full disk) is kept, later documents are dropped, and the command
 * asks for it with {@link #rethrowProblem()} once the pipeline is done.
 */
final class DocumentStaging implements Consumer<GeneratedFile> {

    private final OutputFolder folder;
    private InputProblem problem;

    DocumentStaging(OutputFolder folder) {
        this.folder = folder;
    }

    @Override
    public void accept(GeneratedFile document) {
        if (problem != null) {
            return;
        }
        try {
            folder.stage(document);
        } catch (InputProblem e) {
            problem = e;
        }
    }

    /** Throws the first problem of staging, after dropping every staged document. */
    void rethrowProblem() throws InputProblem {
        if (problem != null) {
            folder.discard();
            throw problem;
        }
    }
}
