package org.gtmplan.lang.generator;

import java.util.List;

/**
 * Turns one resolved plan into documents of one format. Implementations are pure functions of
 * their input: the same plan and options give byte-identical files.
 */
public interface DocumentGenerator {

    /** The name used by {@code gtm generate --formats}: html, ics, md or json. */
    String format();

    List<GeneratedFile> generate(PlanView plan, GenerationOptions options);
}
