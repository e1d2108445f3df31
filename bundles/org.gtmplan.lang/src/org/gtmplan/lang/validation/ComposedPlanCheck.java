package org.gtmplan.lang.validation;

import org.eclipse.xtext.validation.EValidatorRegistrar;

/** A rule set that runs as part of {@link GtmValidator} (through {@code @ComposedChecks}), never on its own. */
public abstract class ComposedPlanCheck extends AbstractPlanCheck {

    @Override
    public void register(EValidatorRegistrar registrar) {
        // GtmValidator is the registered validator; registering this too would run every rule twice.
    }
}
