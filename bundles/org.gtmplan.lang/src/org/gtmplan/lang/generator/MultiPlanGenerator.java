package org.gtmplan.lang.generator;

import java.util.List;

/** A generator that also writes one document over several plans (the HTML index). */
public interface MultiPlanGenerator extends DocumentGenerator {

    /** Called once when more than one plan is generated; may return no file. */
    List<GeneratedFile> generateIndex(List<PlanView> plans, GenerationOptions options);
}
