package org.gtmplan.lang.generator;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Xtext's builders (the language server's, on every edit) generate nothing for a plan: its documents
 * are written by {@code gtm generate}, never as a side effect of a build, and no Xtext generator is
 * bound. Xtext's default decides whether to run that empty generator by validating the whole file a
 * second time, right after the build validated it: 7 % of the language server's time per edit on a
 * 20,000-task plan (docs/performance.md).
 */
public class NoBuildOutput implements IShouldGenerate {

    @Override
    public boolean shouldGenerate(Resource resource, CancelIndicator cancelIndicator) {
        return false;
    }
}
