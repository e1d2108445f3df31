package org.gtmplan.lang.ui;

import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.gtmplan.lang.ide.GtmIdeSetup;
import org.osgi.framework.BundleContext;

import com.google.inject.Injector;

/**
 * The editor bundle's activator. It holds the one injector of the language's editor-neutral
 * services ({@link GtmIdeSetup}, as the language server has them), created once per activation
 * on first use and dropped when the bundle stops.
 */
public class GtmUiPlugin extends AbstractUIPlugin {

    public static final String PLUGIN_ID = "org.gtmplan.lang.ui";

    private static volatile GtmUiPlugin plugin;

    private Injector injector;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        plugin = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        synchronized (this) {
            injector = null;
        }
        plugin = null;
        super.stop(context);
    }

    public static GtmUiPlugin getDefault() {
        return plugin;
    }

    /** The services of {@code org.gtmplan.lang.ide}, created on first use and kept for this activation. */
    public synchronized Injector injector() {
        if (injector == null) {
            injector = new GtmIdeSetup().createInjectorAndDoEMFRegistration();
        }
        return injector;
    }

    public static <T> T get(Class<T> type) {
        return getDefault().injector().getInstance(type);
    }
}
