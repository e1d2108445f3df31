package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gtmplan.lang.gtm.Gate;
import org.gtmplan.lang.gtm.Person;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.gtm.Task;
import org.gtmplan.lang.gtm.Workstream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * URI fragments name elements (NameFragmentProvider): every element of a file, whole, half-typed or
 * with a name written twice, is found again by its fragment; a uniquely named element's fragment is its
 * name and stays the same when other elements come and go; and proxies left by unloading a file find
 * the elements of its new version.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GtmInjectorProvider.class)
class NameFragmentsTest {

    @Inject
    private PlanFixtures fixtures;

    private static final String PLAN = """
            import acme.org.people.*
            plan p {
                day0 2026-09-08
                milestone kickoff "Kickoff" at 2026-03-02 kind kickoff
                gate GR2 "Expansion" at T-151d decidedBy bob { criterion markets "Markets" owner alice requires a }
                workstream w "W" pillar product owner alice {
                    task a "A" owner carol due kickoff+5wd
                    task b "B" owner PCT due a+1wd after a
                }
                msp "Marketing" { budget 100 EUR target leads 10 by T activity launch "Launch" level company at T budget 50 EUR }
            }
            """;

    /** Every element of each file is found again by its own fragment. */
    private static void assertEveryElementRoundTrips(Resource resource) {
        for (var it = resource.getAllContents(); it.hasNext();) {
            EObject element = it.next();
            String fragment = resource.getURIFragment(element);
            assertSame(element, resource.getEObject(fragment), () -> "fragment " + fragment + " of " + element);
        }
    }

    @Test
    void everyElementOfTheExamplesIsFoundByItsFragment() throws Exception {
        List<Resource> resources = fixtures.load(Files.readString(fixtures.examplesFolder().resolve("phone-launch.gtm")),
                Files.readString(fixtures.examplesFolder().resolve("org.gtm")));
        EcoreUtil2.resolveAll(resources.get(0));
        int elements = 0;
        for (Resource resource : resources) {
            assertEveryElementRoundTrips(resource);
            for (var it = resource.getAllContents(); it.hasNext(); it.next()) {
                elements++;
            }
        }
        assertTrue(elements > 50, "the examples have " + elements + " elements");
    }

    @Test
    void aUniquelyNamedElementIsNamedAndWhatItContainsHangsBelowIt() {
        Resource resource = fixtures.load(PLAN, PlanFixtures.PEOPLE).get(0);
        Plan plan = TestSupport.planOf(resource);
        Workstream w = (Workstream) plan.getMembers().get(2);
        Task b = w.getTasks().get(1);
        Gate gate = (Gate) plan.getMembers().get(1);
        assertEquals("b", resource.getURIFragment(b));
        assertEquals("b/@due", resource.getURIFragment(b.getDue()));
        assertEquals("markets", resource.getURIFragment(gate.getCriteria().get(0)));
        // The plan, and the marketing plan (which has no name), keep EMF's path.
        assertEquals("//@element", resource.getURIFragment(plan));
        assertEquals("//@element/@members.3", resource.getURIFragment(plan.getMembers().get(3)));
        assertEquals("launch", resource.getURIFragment(EcoreUtil2.getAllContentsOfType(plan, org.gtmplan.lang.gtm.Activity.class).get(0)));
        assertEveryElementRoundTrips(resource);
        assertEquals(null, resource.getEObject("nosuchname"));
        assertEquals(null, resource.getEObject("b/@nosuchfeature"));
    }

    @Test
    void aNameWrittenTwiceNamesNeitherElementAndBothAreFoundByTheirPath() {
        String plan = PLAN.replace("task b \"B\"", "task a \"B\"");
        Resource resource = fixtures.load(plan, PlanFixtures.PEOPLE).get(0);
        Workstream w = (Workstream) TestSupport.planOf(resource).getMembers().get(2);
        String first = resource.getURIFragment(w.getTasks().get(0));
        String second = resource.getURIFragment(w.getTasks().get(1));
        assertEquals("w/@tasks.0", first);
        assertEquals("w/@tasks.1", second);
        assertNotEquals(first, second);
        assertEquals(null, resource.getEObject("a"));
        assertEveryElementRoundTrips(resource);
    }

    @Test
    void everyElementOfAHalfTypedPlanIsFoundByItsFragment() throws Exception {
        String example = Files.readString(fixtures.examplesFolder().resolve("phone-launch.gtm"));
        String library = Files.readString(fixtures.examplesFolder().resolve("org.gtm"));
        List<Integer> cuts = new ArrayList<>();
        for (int cut = 0; cut < example.length(); cut += 53) {
            cuts.add(cut);
        }
        for (int cut : cuts) {
            String prefix = example.substring(0, cut);
            List<Resource> resources = fixtures.load(prefix, library);
            EcoreUtil2.resolveAll(resources.get(0));
            assertEveryElementRoundTrips(resources.get(0));
        }
        // A task whose name is missing keeps its path.
        Resource resource = fixtures.load(PLAN.replace("task a \"A\"", "task \"A\""), PlanFixtures.PEOPLE).get(0);
        assertEveryElementRoundTrips(resource);
    }

    @Test
    void aFragmentDoesNotChangeWhenElementsAreAddedBeforeIt() {
        Resource before = fixtures.load(PLAN, PlanFixtures.PEOPLE).get(0);
        Resource after = fixtures.load(PLAN.replace("task a \"A\"", "task first \"First\" due T\n task a \"A\""), PlanFixtures.PEOPLE).get(0);
        Task bBefore = ((Workstream) TestSupport.planOf(before).getMembers().get(2)).getTasks().get(1);
        Task bAfter = ((Workstream) TestSupport.planOf(after).getMembers().get(2)).getTasks().get(2);
        assertEquals("b", bAfter.getName());
        assertEquals(EcoreUtil.getURI(bBefore).fragment(), EcoreUtil.getURI(bAfter).fragment());
        assertEquals(EcoreUtil.getURI(bBefore.getDue()).fragment(), EcoreUtil.getURI(bAfter.getDue()).fragment());
    }

    /** What the language server does on every edit: unload the old model, load the new text, re-resolve. */
    @Test
    void proxiesLeftByUnloadingAFileFindTheElementsOfItsNewVersion() throws Exception {
        List<Resource> resources = fixtures.load(PLAN, PlanFixtures.PEOPLE);
        Resource planResource = resources.get(0);
        Resource library = resources.get(1);
        EcoreUtil2.resolveAll(planResource);
        Task a = ((Workstream) TestSupport.planOf(planResource).getMembers().get(2)).getTasks().get(0);
        Person carol = (Person) a.getOwner();
        assertFalse(carol.eIsProxy());

        library.unload();
        assertTrue(carol.eIsProxy());
        URI proxy = ((InternalEObject) carol).eProxyURI();
        assertEquals("carol", proxy.fragment());
        // Every element of the unloaded file became a proxy with a fragment of the same scheme.
        assertEquals("CN2026/@days.0", ((InternalEObject) EcoreUtil2.eAllContentsAsList(carol.eContainer()).stream()
                .filter(e -> e.eClass().getName().equals("HolidayRange")).findFirst().orElseThrow()).eProxyURI().fragment());

        // The new version has a person more, before carol: her fragment is unchanged, so the proxy finds her.
        library.load(new java.io.ByteArrayInputStream(PlanFixtures.PEOPLE.replace("person carol", "person dora \"Dora\"\nperson carol")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)), java.util.Map.of());
        EObject resolved = EcoreUtil.resolve(carol, planResource);
        assertNotSame(carol, resolved);
        assertFalse(resolved.eIsProxy());
        assertEquals("carol", ((Person) resolved).getName());
        assertSame(library, resolved.eResource());
    }
}
