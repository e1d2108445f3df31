package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.gtmplan.lang.GtmRuntimeModule;
import org.gtmplan.lang.gtm.Person;
import org.gtmplan.lang.gtm.Task;
import org.gtmplan.lang.gtm.Workstream;
import org.gtmplan.lang.scoping.GtmScopeProvider;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

/**
 * Linking a whole file builds one scope per plan and reference (GtmLinkingService), not one per
 * reference, and finds the plan's own names without one, with the scope's answers; and a build does
 * not validate a file a second time to decide on generating nothing.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GtmInjectorProvider.class) // sets up EMF's registries (the grammar); the injector below counts scopes
class LinkingScopesTest {

    /** The language's scope provider, counting the scopes asked of it per reference. */
    public static class CountingScopeProvider extends GtmScopeProvider {
        static final AtomicInteger CALLS = new AtomicInteger();
        static final Set<EReference> REFERENCES = java.util.Collections.synchronizedSet(new HashSet<>());

        @Override
        public IScope getScope(EObject context, EReference reference) {
            CALLS.incrementAndGet();
            REFERENCES.add(reference);
            return super.getScope(context, reference);
        }
    }

    private final Injector injector = Guice.createInjector(Modules.override(new GtmRuntimeModule()).with(new AbstractModule() {
        @Override
        protected void configure() {
            bind(IScopeProvider.class).to(CountingScopeProvider.class);
        }
    }));

    private Resource load(XtextResourceSet resourceSet, String name, String text) throws Exception {
        Resource resource = injector.getInstance(IResourceFactory.class).createResource(URI.createURI("memory:/" + name));
        resourceSet.getResources().add(resource);
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
        return resource;
    }

    private static String planOf(int tasks) {
        StringBuilder plan = new StringBuilder("import acme.org.people.*\nplan p {\nday0 2026-09-08\nworkstream w \"W\" pillar product owner alice {\n");
        for (int i = 0; i < tasks; i++) {
            plan.append("task t").append(i).append(" \"T\" owner ").append(i % 2 == 0 ? "bob" : "carol").append(" due ")
                    .append(i == 0 ? "T-10d" : "t" + (i - 1) + "+1d after t" + (i - 1)).append('\n');
        }
        return plan.append("}\n}\n").toString();
    }

    @Test
    void aWholeFileIsLinkedWithOneScopePerPlanAndReference() throws Exception {
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        Resource plan = load(resourceSet, "plan.gtm", planOf(40));
        load(resourceSet, "people.gtm", PlanFixtures.PEOPLE);
        CountingScopeProvider.CALLS.set(0);
        CountingScopeProvider.REFERENCES.clear();

        ((LazyLinkingResource) plan).resolveLazyCrossReferences(CancelIndicator.NullImpl);

        // 40 owners, 39 anchors, 39 afters and the workstream's owner: 119 references of 4 kinds. The
        // anchors and afters name tasks of the plan (found in its table of names, no scope); the owners
        // are imported: one scope for the tasks' owners, one for the workstream's.
        assertEquals(Set.of(org.gtmplan.lang.gtm.GtmPackage.Literals.TASK__OWNER, org.gtmplan.lang.gtm.GtmPackage.Literals.WORKSTREAM__OWNER),
                CountingScopeProvider.REFERENCES);
        assertEquals(2, CountingScopeProvider.CALLS.get());
        Workstream w = (Workstream) TestSupport.planOf(plan).getMembers().get(0);
        for (Task task : w.getTasks()) {
            assertFalse(task.getOwner().eIsProxy(), task.getName());
            assertEquals(task.getName().equals("t0") ? null : w.getTasks().get(w.getTasks().indexOf(task) - 1), task.getAfter().stream().findFirst().orElse(null));
        }
        assertEquals("carol", ((Person) w.getTasks().get(39).getOwner()).getName());
        List<?> issues = injector.getInstance(IResourceValidator.class).validate(plan, CheckMode.ALL, CancelIndicator.NullImpl);
        assertTrue(issues.stream().noneMatch(i -> i.toString().contains("unresolved")), issues.toString());
    }

    @Test
    void theWholeFilePassGivesTheScopesAnswersForShadowedDuplicatedAndMistypedNames() throws Exception {
        // bob is also a person of the plan (shadows the library's); t0 is written twice; carol names a
        // milestone of the plan, which no owner can be, so the owner is the library's carol.
        String text = planOf(3).replace("day0 2026-09-08", "day0 2026-09-08\nperson bob \"Local Bob\"\nmilestone carol \"C\" at T\n")
                .replace("task t2 ", "task t0 ");
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        Resource plan = load(resourceSet, "plan.gtm", text);
        load(resourceSet, "people.gtm", PlanFixtures.PEOPLE);
        ((LazyLinkingResource) plan).resolveLazyCrossReferences(CancelIndicator.NullImpl);
        Workstream w = (Workstream) TestSupport.planOf(plan).getMembers().get(2);
        Person bob = (Person) w.getTasks().get(0).getOwner();
        assertEquals("Local Bob", bob.getFullName());
        assertTrue(bob.eResource() == plan);
        Person carol = (Person) w.getTasks().get(1).getOwner();
        assertEquals("Carol Wang", carol.getFullName());
        // "after t1" of the second t0 (the third task) and the anchor t1: the plan's one t1.
        assertEquals(w.getTasks().get(1), w.getTasks().get(2).getAfter().get(0));
        assertEquals(w.getTasks().get(1), w.getTasks().get(2).getDue().getAnchor());
        // "after t0" of t1: t0 is written twice; the scope answers with the first.
        assertEquals(w.getTasks().get(0), w.getTasks().get(1).getAfter().get(0));
    }

    @Test
    void referencesResolvedOneByOneStillFindTheirElements() throws Exception {
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        Resource plan = load(resourceSet, "plan.gtm", planOf(3));
        load(resourceSet, "people.gtm", PlanFixtures.PEOPLE.replace("person carol", "person dora \"Dora\"\nperson carol"));
        Task last = ((Workstream) TestSupport.planOf(plan).getMembers().get(0)).getTasks().get(2);
        // Outside a whole-file pass each reference asks for its own scope, as Xtext does.
        CountingScopeProvider.CALLS.set(0);
        assertEquals("bob", ((Person) last.getOwner()).getName());
        assertEquals("t1", last.getAfter().get(0).getName());
        assertEquals(2, CountingScopeProvider.CALLS.get());
    }

    @Test
    void aBuildDoesNotValidateAgainToDecideOnGeneratingNothing() throws Exception {
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        Resource plan = load(resourceSet, "plan.gtm", planOf(2));
        load(resourceSet, "people.gtm", PlanFixtures.PEOPLE);
        assertTrue(plan.getErrors().isEmpty());
        assertFalse(injector.getInstance(IShouldGenerate.class).shouldGenerate(plan, CancelIndicator.NullImpl));
    }
}
