package org.gtmplan.lang;


/**
 * Initialization support for running Xtext languages without Equinox extension registry.
 */
public class GtmStandaloneSetup extends GtmStandaloneSetupGenerated {

	public static void doSetup() {
		new GtmStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
