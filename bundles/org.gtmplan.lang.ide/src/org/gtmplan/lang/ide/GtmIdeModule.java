package org.gtmplan.lang.ide;


/**
 * Use this class to register ide components.
 */
public class GtmIdeModule extends AbstractGtmIdeModule {
}
