package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.build.IndexState;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.validation.Issue;
import org.gtmplan.lang.gtm.Task;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.linking.ILinkingService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.util.Modules2;
import org.gtmplan.lang.GtmRuntimeModule;
import org.gtmplan.lang.ide.GtmIdeModule;
import org.gtmplan.lang.ide.GtmIdeSetup;
import org.gtmplan.lang.scoping.GtmLinkingService;
import org.gtmplan.lang.ide.server.ReparsingBuild;
import org.gtmplan.lang.ide.server.TextChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * The language server's build ({@link ReparsingBuild}, as {@code gtm lsp} binds it) on files in a
 * folder: a changed file keeps its model and is reparsed where it changed; what it finds is what
 * a fresh load finds.
 */
class ReparsingBuildTest {

    @TempDir
    Path folder;

    private IncrementalBuilder builder;
    private java.util.function.Function<URI, IResourceServiceProvider> languages;
    private XtextResourceSet resourceSet;
    private IndexState state = new IndexState();
    private final Map<URI, List<Issue>> published = new HashMap<>();
    private PlanFixtures fixtures;

    /** The linking service of the language server, counting the references it is asked to link. */
    static class CountingLinkingService extends GtmLinkingService {
        int links;

        @Override
        public List<EObject> getLinkedObjects(EObject context, EReference ref, INode node) {
            links++;
            return super.getLinkedObjects(context, ref, node);
        }
    }

    private CountingLinkingService linking;

    @BeforeEach
    void setUp() throws Exception {
        new GtmIdeSetup().createInjectorAndDoEMFRegistration();
        Injector language = Guice.createInjector(Modules.override(Modules2.mixin(new GtmRuntimeModule(), new GtmIdeModule()))
                .with(new AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(ILinkingService.class).to(CountingLinkingService.class);
                        bind(CountingLinkingService.class).in(com.google.inject.Singleton.class);
                    }
                }));
        linking = language.getInstance(CountingLinkingService.class);
        IResourceServiceProvider gtm = language.getInstance(IResourceServiceProvider.class);
        Injector server = Guice.createInjector(Modules.override(new ServerModule()).with(new AbstractModule() {
            @Override
            protected void configure() {
                bind(IncrementalBuilder.InternalStatefulIncrementalBuilder.class).to(ReparsingBuild.class);
            }
        }));
        builder = server.getInstance(IncrementalBuilder.class);
        languages = uri -> gtm;
        // One resource set for all builds, as the server's project keeps it.
        resourceSet = language.getInstance(XtextResourceSet.class);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("gtm", language.getInstance(IResourceFactory.class));
        ProjectDescription project = new ProjectDescription();
        project.setName("project");
        project.attachToEmfObject(resourceSet);
        new ChunkedResourceDescriptions(new HashMap<>(), resourceSet);
        fixtures = language.getInstance(PlanFixtures.class);
        Files.copy(fixtures.examplesFolder().resolve("org.gtm"), folder.resolve("org.gtm"));
        Files.copy(fixtures.examplesFolder().resolve("phone-launch.gtm"), folder.resolve("phone-launch.gtm"));
    }

    @Test
    void anEditedFileKeepsItsModelAndIsReparsedWhereItChanged() throws Exception {
        URI plan = uri("phone-launch.gtm");
        build(uri("org.gtm"), plan);
        assertEquals(List.of(), TestSupport.describe(published.get(plan)));
        XtextResource before = (XtextResource) resourceSet.getResource(plan, false);
        Task firstTask = firstTask(before);
        Task lastTask = lastTask(before);

        // The last task's owner becomes someone unknown.
        String text = Files.readString(folder.resolve("phone-launch.gtm"));
        String edited = replaceLastOwner(text, "nobody");
        Files.writeString(folder.resolve("phone-launch.gtm"), edited);
        build(plan);

        XtextResource after = (XtextResource) resourceSet.getResource(plan, false);
        assertSame(before, after, "the file's resource stays");
        assertSame(firstTask, firstTask(after), "an element far from the edit stays the same object");
        assertNotSame(lastTask, lastTask(after), "the edited task was parsed again");
        assertEquals(edited, after.getParseResult().getRootNode().getText());
        List<String> codes = published.get(plan).stream().map(Issue::getCode).toList();
        assertTrue(codes.contains("unresolved-reference"), TestSupport.describe(published.get(plan)).toString());
        assertEquals(freshlyLoaded(edited), TestSupport.describe(published.get(plan)));

        // And back: no finding, still the same resource.
        Files.writeString(folder.resolve("phone-launch.gtm"), text);
        build(plan);
        assertSame(before, resourceSet.getResource(plan, false));
        assertEquals(List.of(), TestSupport.describe(published.get(plan)));
    }

    @Test
    void anEditThatKeepsTheNamesLinksOnlyWhatItChanged() throws Exception {
        URI plan = uri("phone-launch.gtm");
        build(uri("org.gtm"), plan);
        String text = Files.readString(folder.resolve("phone-launch.gtm"));
        linking.links = 0;
        build(plan);
        int allLinks = linking.links;
        assertTrue(allLinks > 20, "a build of the unchanged file links its " + allLinks + " references");

        // A new title for the last task: no name or import changes; only the reparsed part (the task and what
        // the partial parser takes around it) is linked again.
        int title = text.indexOf('"', text.lastIndexOf("task "));
        String retitled = text.substring(0, title + 1) + "Retitled " + text.substring(title + 1);
        Files.writeString(folder.resolve("phone-launch.gtm"), retitled);
        linking.links = 0;
        build(plan);
        assertTrue(linking.links < allLinks / 2, linking.links + " references linked again of " + allLinks);
        assertEquals(freshlyLoaded(retitled), TestSupport.describe(published.get(plan)));

        // A renamed task: every reference is linked again (one to the old name now fails).
        String renamed = retitled.replace("task samples ", "task sample ");
        Files.writeString(folder.resolve("phone-launch.gtm"), renamed);
        linking.links = 0;
        build(plan);
        assertTrue(linking.links >= allLinks, linking.links + " references linked again of " + allLinks);
        assertEquals(freshlyLoaded(renamed), TestSupport.describe(published.get(plan)));
        assertTrue(published.get(plan).stream().anyMatch(i -> "unresolved-reference".equals(i.getCode())));
    }

    @Test
    void editsAtThePlansOwnLevelFindWhatAFreshLoadFinds() throws Exception {
        URI plan = uri("phone-launch.gtm");
        build(uri("org.gtm"), plan);
        String text = Files.readString(folder.resolve("phone-launch.gtm"));
        int title = text.indexOf('"', text.indexOf("plan ")) + 1;
        // The plan's title, typed again and again: each reparse may take the whole plan, and after
        // a few the partial linkings give way to a full one; the findings stay a fresh load's.
        String state = text;
        for (int i = 0; i < 6; i++) {
            state = state.substring(0, title) + "x" + state.substring(title);
            if (i == 3) {
                state = state.replace("owner bob", "owner nobody");
            }
            Files.writeString(folder.resolve("phone-launch.gtm"), state);
            build(plan);
            assertEquals(freshlyLoaded(state), TestSupport.describe(published.get(plan)), "after edit " + i);
        }
    }

    @Test
    void everyPrefixOfAnEditFindsWhatAFreshLoadFinds() throws Exception {
        URI plan = uri("phone-launch.gtm");
        build(uri("org.gtm"), plan);
        String text = Files.readString(folder.resolve("phone-launch.gtm"));
        // Typing a new task into the first workstream, one character at a time, every fourth state checked.
        String typed = "\n        task typed \"Typed\" owner alice due GR2+20wd after firmwareFreeze\n";
        int at = text.indexOf('{', text.indexOf("workstream ")) + 1;
        for (int i = 1; i <= typed.length(); i++) {
            String state = text.substring(0, at) + typed.substring(0, i) + text.substring(at);
            Files.writeString(folder.resolve("phone-launch.gtm"), state);
            build(plan);
            if (i % 4 == 0 || i == typed.length()) {
                assertEquals(freshlyLoaded(state), TestSupport.describe(published.get(plan)), "after typing " + typed.substring(0, i));
            }
        }
    }

    @Test
    void theChangedRegionTurnsTheOldTextIntoTheNewOne() {
        assertEquals(null, TextChange.between("plan", "plan"));
        assertEquals(new TextChange(2, 0, "a"), TextChange.between("aa", "aaa"), "the shared start and end do not overlap");
        assertEquals(new TextChange(6, 5, "nobody"), TextChange.between("owner alice due", "owner nobody due"));
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 2000; i++) {
            String before = randomText(random);
            String after = randomText(random);
            TextChange change = TextChange.between(before, after);
            assertEquals(after, change == null ? before : change.applyTo(before), before + " -> " + after);
        }
    }

    private static String randomText(java.util.Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            text.append("ab\n".charAt(random.nextInt(3)));
        }
        return text.toString();
    }

    /** The findings of {@code text} loaded into a new resource set beside the library. */
    private List<String> freshlyLoaded(String text) throws Exception {
        Path other = Files.createTempDirectory(folder, "fresh");
        Files.copy(folder.resolve("org.gtm"), other.resolve("org.gtm"));
        Files.writeString(other.resolve("phone-launch.gtm"), text);
        List<Issue> issues = fixtures.validateFiles(other.resolve("org.gtm"), other.resolve("phone-launch.gtm"));
        return TestSupport.describe(issues.stream().filter(i -> i.getUriToProblem() == null
                || i.getUriToProblem().lastSegment().equals("phone-launch.gtm")).toList());
    }

    private void build(URI... dirty) {
        BuildRequest request = new BuildRequest();
        request.setBaseDir(URI.createFileURI(folder.toString()));
        request.setResourceSet(resourceSet);
        ResourceDescriptionsData index = state.getResourceDescriptions().copy();
        ChunkedResourceDescriptions.findInEmfObject(resourceSet).setContainer("project", index);
        request.setState(new IndexState(index, state.getFileMappings().copy()));
        request.setDirtyFiles(List.of(dirty));
        request.setAfterValidate((uri, issues) -> {
            List<Issue> list = new ArrayList<>();
            issues.forEach(list::add);
            published.put(uri, list);
            return true;
        });
        state = builder.build(request, languages::apply).getIndexState();
    }

    private URI uri(String name) {
        return URI.createFileURI(folder.resolve(name).toString());
    }

    private static Task firstTask(Resource resource) {
        return tasks(resource).get(0);
    }

    private static Task lastTask(Resource resource) {
        List<Task> tasks = tasks(resource);
        return tasks.get(tasks.size() - 1);
    }

    private static List<Task> tasks(Resource resource) {
        List<Task> tasks = new ArrayList<>();
        resource.getAllContents().forEachRemaining((EObject e) -> {
            if (e instanceof Task task) {
                tasks.add(task);
            }
        });
        return tasks;
    }

    private static String replaceLastOwner(String text, String owner) {
        int task = text.lastIndexOf("task ");
        int at = text.indexOf("owner ", task) + "owner ".length();
        int end = at;
        while (Character.isJavaIdentifierPart(text.charAt(end))) {
            end++;
        }
        return text.substring(0, at) + owner + text.substring(end);
    }
}
