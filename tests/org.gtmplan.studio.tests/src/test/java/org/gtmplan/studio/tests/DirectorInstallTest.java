package org.gtmplan.studio.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * The update site installs into a platform that has nothing of GTM Plan: the bare platform's own p2
 * director (org.eclipse.equinox.p2.director, the command docs/eclipse.md gives) installs the editor
 * feature from the built site, p2 records it as an installed root, and every bundle of the installed
 * platform, the GTM bundles among them, resolves in an OSGi framework.
 */
class DirectorInstallTest {

    static final String EDITOR_FEATURE = "org.gtmplan.ui.feature.feature.group";
    static final List<String> GTM_BUNDLES = List.of("org.gtmplan.lang", "org.gtmplan.lang.ide", "org.gtmplan.cli", "org.gtmplan.lang.ui");
    static final String PROFILE = "DefaultProfile";
    static final Duration DIRECTOR_LIMIT = Duration.ofMinutes(5);

    @TempDir
    static Path work;
    static Path platform;
    static Command.Result install;

    @BeforeAll
    static void installTheEditorFeatureIntoTheBarePlatform() throws Exception {
        assertTrue(Files.isRegularFile(BuiltArchives.UPDATE_SITE.resolve("content.jar")),
                "no update site at " + BuiltArchives.UPDATE_SITE + ": build it with ./mvnw verify");
        platform = BuiltArchives.unpack(BuiltArchives.BARE_PLATFORM, work.resolve("platform"));
        assertEquals(List.of(), gtmBundlesIn(bundlesInfo(platform)), "the bare platform must start without GTM Plan");
        install = director("-repository", BuiltArchives.UPDATE_SITE.toUri().toString(), "-installIU", EDITOR_FEATURE);
    }

    @Test
    void theDirectorInstallsTheEditorFeature() {
        assertEquals(0, install.exitCode(), install.output());
        assertTrue(install.output().contains("Installing " + EDITOR_FEATURE), install.output());
        assertTrue(install.output().contains("Operation completed"), install.output());
    }

    @Test
    void theEditorFeatureIsAnInstalledRootAndBringsTheLanguageFeature() throws Exception {
        Command.Result roots = director("-listInstalledRoots");
        assertEquals(0, roots.exitCode(), roots.output());
        assertTrue(roots.output().lines().anyMatch(line -> line.startsWith(EDITOR_FEATURE + "/0.1.0.")), roots.output());

        try (Stream<Path> features = Files.list(platform.resolve("features"))) {
            List<String> names = features.map(path -> path.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(name -> name.startsWith("org.gtmplan.feature_")), names.toString());
            assertTrue(names.stream().anyMatch(name -> name.startsWith("org.gtmplan.ui.feature_")), names.toString());
        }
    }

    @Test
    void theGtmBundlesAreConfiguredToStart() throws IOException {
        List<String> installed = gtmBundlesIn(bundlesInfo(platform));
        assertEquals(GTM_BUNDLES.stream().sorted().toList(), installed.stream().sorted().toList(),
                "bundles.info lists what the platform starts with");
    }

    @Test
    void everyInstalledBundleResolves() throws Exception {
        Map<String, String> configuration = new HashMap<>();
        configuration.put(Constants.FRAMEWORK_STORAGE, work.resolve("osgi-storage").toString());
        configuration.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        configuration.put("osgi.os", "linux");
        configuration.put("osgi.ws", "gtk");
        configuration.put("osgi.arch", "x86_64");
        Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow().newFramework(configuration);
        framework.init();
        try {
            BundleContext context = framework.getBundleContext();
            List<Bundle> bundles = new ArrayList<>();
            for (String[] entry : bundlesInfo(platform)) {
                if (!entry[0].equals("org.eclipse.osgi")) { // the framework itself, already running
                    bundles.add(context.installBundle("reference:" + platform.resolve(entry[2]).toUri()));
                }
            }
            framework.adapt(FrameworkWiring.class).resolveBundles(bundles);
            Map<String, String> unresolved = new TreeMap<>();
            for (Bundle bundle : bundles) {
                if (bundle.getState() == Bundle.INSTALLED) {
                    unresolved.put(bundle.getSymbolicName(), bundle.getVersion().toString());
                }
            }
            assertEquals(Map.of(), unresolved, "bundles of the installed platform that do not resolve");
            List<String> resolvedGtm = bundles.stream().filter(bundle -> GTM_BUNDLES.contains(bundle.getSymbolicName()))
                    .filter(bundle -> bundle.getState() == Bundle.RESOLVED).map(Bundle::getSymbolicName).sorted().toList();
            assertEquals(GTM_BUNDLES.stream().sorted().toList(), resolvedGtm);
        } finally {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    @Test
    void theStudioBrandingIsNotOnTheUpdateSite() throws IOException {
        try (Stream<Path> plugins = Files.list(platform.resolve("plugins"))) {
            assertFalse(plugins.anyMatch(path -> path.getFileName().toString().startsWith("org.gtmplan.studio")),
                    "GTM Studio's own bundle belongs to the product, not to an Eclipse the feature is installed into");
        }
    }

    /** Runs the bare platform's p2 director on the platform itself. */
    static Command.Result director(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(BuiltArchives.java(), "-jar", launcherJar(platform).toString(),
                "-nosplash", "-consoleLog", "-application", "org.eclipse.equinox.p2.director",
                "-destination", platform.toString(), "-profile", PROFILE));
        command.addAll(List.of(arguments));
        return Command.run(platform, DIRECTOR_LIMIT, command);
    }

    static Path launcherJar(Path installation) throws IOException {
        try (Stream<Path> plugins = Files.list(installation.resolve("plugins"))) {
            return plugins.filter(path -> path.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")).findFirst()
                    .orElseThrow(() -> new AssertionError("no Equinox launcher in " + installation));
        }
    }

    /** The lines of simpleconfigurator's bundles.info: symbolic name, version, location, start level, start. */
    static List<String[]> bundlesInfo(Path installation) throws IOException {
        Path info = installation.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        return Files.readAllLines(info).stream().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split(",")).toList();
    }

    static List<String> gtmBundlesIn(List<String[]> bundlesInfo) {
        return bundlesInfo.stream().map(entry -> entry[0]).filter(name -> name.startsWith("org.gtmplan.")).toList();
    }
}
