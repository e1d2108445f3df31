package org.gtmplan.lang.ide;

import com.google.inject.Guice;
import com.google.inject.Injector;
import org.eclipse.xtext.util.Modules2;
import org.gtmplan.lang.GtmRuntimeModule;
import org.gtmplan.lang.GtmStandaloneSetup;

/**
 * Initialization support for running Xtext languages as language servers.
 */
public class GtmIdeSetup extends GtmStandaloneSetup {

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules2.mixin(new GtmRuntimeModule(), new GtmIdeModule()));
	}
	
}
