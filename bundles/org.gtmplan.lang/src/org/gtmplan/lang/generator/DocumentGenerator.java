package org.gtmplan.lang.generator;

import java.util.List;
import java.util.function.Consumer;

/**
 * Turns one resolved plan into documents of one format. Implementations are pure functions of
 * their input: the same plan and options give byte-identical files.
 */
public interface DocumentGenerator {

    /** The name used by {@code gtm generate --formats}: html, ics, md or json. */
    String format();

    List<GeneratedFile> generate(PlanView plan, GenerationOptions options);

    /**
     * The same files, handed to {@code sink} one at a time as each is made, so a caller that writes
     * them to disk never holds all of one plan's documents at once (a plan's calendars: one per owner).
     */
    default void generate(PlanView plan, GenerationOptions options, Consumer<GeneratedFile> sink) {
        generate(plan, options).forEach(sink);
    }
}
