package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.gtmplan.lang.gtm.Library;
import org.gtmplan.lang.gtm.Milestone;
import org.gtmplan.lang.gtm.Person;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.gtm.Task;
import org.gtmplan.lang.gtm.Team;
import org.gtmplan.lang.gtm.Workstream;
import org.gtmplan.lang.issues.GtmIssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Names across files: imports, qualified names, suggestions, and dates that stay inside one plan. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GtmInjectorProvider.class)
class ScopingTest {

    @Inject
    private PlanFixtures fixtures;

    private static final String USES_EVERYTHING = """
            workstream w "W" pillar product owner alice {
                task t "T" owner PCT due 2026-09-01
            }
            gate g "G" at 2026-09-02 decidedBy bob { criterion c "C" owner carol }
            """;

    private List<Resource> loadResolved(String... texts) {
        List<Resource> resources = fixtures.load(texts);
        EcoreUtil2.resolveAll(resources.get(0));
        return resources;
    }

    private Library people(List<Resource> resources) {
        return (Library) ((org.gtmplan.lang.gtm.Model) resources.get(1).getContents().get(0)).getElement();
    }

    @Test
    void wildcardImportMakesPersonsTeamsAndHolidaysVisibleBySimpleName() {
        String plan = "import acme.org.people.*\nplan p {\nday0 2026-09-08\nholidays CN2026\n" + USES_EVERYTHING + "}";
        TestSupport.assertNoIssues(TestSupport.structural(fixtures.validate(plan, PlanFixtures.PEOPLE)));

        List<Resource> resources = loadResolved(plan, PlanFixtures.PEOPLE);
        Plan p = TestSupport.planOf(resources.get(0));
        Library library = people(resources);
        assertSame(library.getMembers().get(4), p.getHolidays());
        Workstream w = (Workstream) p.getMembers().get(0);
        assertSame(library.getMembers().get(0), w.getOwner());
        assertSame(library.getMembers().get(3), w.getTasks().get(0).getOwner());
        assertEquals(resources.get(1), w.getOwner().eResource(), "alice lives in the library's file");
    }

    @Test
    void withoutImportTheLibraryIsNotVisibleBySimpleName() {
        List<Issue> issues = TestSupport.structural(fixtures.validate("plan p {\nday0 2026-09-08\nholidays CN2026\n" + USES_EVERYTHING + "}",
                PlanFixtures.PEOPLE));
        List<Issue> unresolved = TestSupport.withCode(issues, GtmIssueCodes.UNRESOLVED_REFERENCE);
        assertEquals(5, unresolved.size(), TestSupport.describe(issues).toString());
        assertTrue(unresolved.stream().allMatch(i -> i.getSeverity() == Severity.ERROR));
        assertTrue(unresolved.stream().anyMatch(i -> i.getMessage().contains("'CN2026'") && i.getLineNumber() == 3));
    }

    @Test
    void singleImportBringsInOnlyThatElement() {
        String plan = """
                import acme.org.people.alice
                plan p {
                    workstream w "W" pillar product owner alice { }
                    workstream v "V" pillar price owner bob { }
                }
                """;
        List<Issue> issues = TestSupport.structural(fixtures.validate(plan, PlanFixtures.PEOPLE));
        Issue bob = TestSupport.single(issues, GtmIssueCodes.UNRESOLVED_REFERENCE);
        assertEquals(4, bob.getLineNumber());
        assertTrue(bob.getMessage().contains("'bob'"), bob.getMessage());

        Plan p = TestSupport.planOf(loadResolved(plan, PlanFixtures.PEOPLE).get(0));
        Person alice = (Person) ((Workstream) p.getMembers().get(0)).getOwner();
        assertFalse(alice.eIsProxy());
        assertEquals("Alice Zhang", alice.getFullName());
    }

    @Test
    void fullyQualifiedReferenceNeedsNoImport() {
        String plan = """
                plan p {
                    day0 2026-09-08
                    holidays acme.org.people.CN2026
                    workstream w "W" pillar product owner acme.org.people.PCT {
                        task t "T" owner acme.org.people.bob due T
                    }
                }
                """;
        TestSupport.assertNoIssues(TestSupport.structural(fixtures.validate(plan, PlanFixtures.PEOPLE)));
        Plan p = TestSupport.planOf(loadResolved(plan, PlanFixtures.PEOPLE).get(0));
        Workstream w = (Workstream) p.getMembers().get(0);
        assertEquals("Product Commercial Team", ((Team) w.getOwner()).getFullName());
        assertEquals("Bob Li", ((Person) w.getTasks().get(0).getOwner()).getFullName());
        assertEquals("CN2026", p.getHolidays().getName());
    }

    @Test
    void partlyQualifiedReferenceAfterPackageImport() {
        String plan = """
                import acme.org.*
                plan p { workstream w "W" pillar product owner people.carol { } }
                """;
        TestSupport.assertNoIssues(TestSupport.structural(fixtures.validate(plan, PlanFixtures.PEOPLE)));
    }

    @Test
    void libraryWithoutPackageIsQualifiedByItsName() {
        String library = "library staff { person zoe \"Zoe\" }";
        TestSupport.assertNoIssues(TestSupport.structural(fixtures.validate("plan p { workstream w \"W\" pillar product owner staff.zoe { } }", library)));
        TestSupport.assertNoIssues(TestSupport.structural(fixtures.validate("import staff.*\nplan p { workstream w \"W\" pillar product owner zoe { } }", library)));
    }

    @Test
    void misspeltNameIsUnresolvedAndProposesCloseNames() {
        List<Issue> issues = TestSupport.structural(fixtures.validate("""
                import acme.org.people.*
                plan p {
                    workstream w "W" pillar product owner alcie { }
                }
                """, PlanFixtures.PEOPLE));
        Issue issue = TestSupport.single(issues, GtmIssueCodes.UNRESOLVED_REFERENCE);
        assertEquals(Severity.ERROR, issue.getSeverity());
        assertEquals(3, issue.getLineNumber());
        assertEquals(43, issue.getColumn());
        assertEquals("Unknown owner 'alcie': did you mean 'alice'?", issue.getMessage());
    }

    @Test
    void suggestionsOnlyComeFromWhatIsInScopeAndDistant() {
        // Not imported: nothing close is visible, so nothing is proposed.
        Issue notImported = TestSupport.single(TestSupport.structural(fixtures.validate("plan p { workstream w \"W\" pillar product owner alcie { } }",
                PlanFixtures.PEOPLE)), GtmIssueCodes.UNRESOLVED_REFERENCE);
        assertEquals("Unknown owner 'alcie'", notImported.getMessage());
        // A name far from every candidate gets no proposal either.
        Issue far = TestSupport.single(TestSupport.structural(fixtures.validate(
                "import acme.org.people.*\nplan p { workstream w \"W\" pillar product owner zzzzzzzz { } }", PlanFixtures.PEOPLE)),
                GtmIssueCodes.UNRESOLVED_REFERENCE);
        assertEquals("Unknown owner 'zzzzzzzz'", far.getMessage());
    }

    @Test
    void misspeltAnchorProposesTheTask() {
        List<Issue> issues = TestSupport.structural(fixtures.validate("""
                plan p {
                    day0 2026-09-08
                    milestone kickoff "K" at 2026-03-02
                    workstream w "W" pillar product {
                        task samples "S" due kickof+1d
                        task other "O" due T after sample
                    }
                }
                """));
        List<Issue> unresolved = TestSupport.withCode(issues, GtmIssueCodes.UNRESOLVED_REFERENCE);
        assertEquals(2, unresolved.size(), TestSupport.describe(issues).toString());
        assertEquals("Unknown milestone, gate or task 'kickof': did you mean 'kickoff'?", unresolved.get(0).getMessage());
        assertEquals(5, unresolved.get(0).getLineNumber());
        assertTrue(unresolved.get(1).getMessage().startsWith("Unknown task 'sample': did you mean 'samples'"),
                unresolved.get(1).getMessage());
    }

    @Test
    void anotherPlansTasksAndMilestonesAreNotDateAnchors() {
        String other = """
                plan q {
                    milestone launch "Launch" at 2026-09-08
                    workstream w "W" pillar product { task build "Build" due 2026-08-01 }
                }
                """;
        List<Issue> issues = TestSupport.structural(fixtures.validate("""
                plan p {
                    milestone m1 "M1" at q.launch+1d
                    milestone m2 "M2" at q.build
                    workstream v "V" pillar product { task t "T" due 2026-09-01 after q.build }
                    gate g "G" at 2026-09-02 { requires q.build }
                }
                """, other));
        List<Issue> unresolved = TestSupport.withCode(issues, GtmIssueCodes.UNRESOLVED_REFERENCE);
        assertEquals(List.of(2, 3, 4, 5), unresolved.stream().map(Issue::getLineNumber).toList(),
                TestSupport.describe(issues).toString());

        // ...although the same names written inside q itself are fine, and q's people are owners elsewhere.
        TestSupport.assertNoIssues(TestSupport.structural(fixtures.validate(other)));
    }

    @Test
    void samePlanNameInTwoFilesDoesNotShareDates() {
        List<Issue> issues = TestSupport.structural(fixtures.validate("plan p { milestone m \"M\" at other+1d }",
                "plan p { milestone other \"O\" at 2026-01-01 }"));
        Issue issue = TestSupport.single(issues, GtmIssueCodes.UNRESOLVED_REFERENCE);
        assertTrue(issue.getMessage().contains("'other'"), issue.getMessage());
    }

    @Test
    void ownersOfAnotherPlanAreVisibleQualified() {
        TestSupport.assertNoIssues(TestSupport.structural(fixtures.validate("plan p { workstream w \"W\" pillar product owner q.zed { } }",
                "plan q { person zed \"Zed\" }")));
    }

    @Test
    void nestedElementsAreAddressedBySimpleNameInsideTheirPlan() {
        String plan = """
                plan p {
                    day0 2026-09-08
                    gate GR2 "G" at T { criterion c "C" requires b }
                    workstream w "W" pillar product { task a "A" due GR2-1d }
                    workstream v "V" pillar price { task b "B" due a after a }
                    milestone m "M" at b+1d
                }
                """;
        TestSupport.assertNoIssues(TestSupport.structural(fixtures.validate(plan)));
        Plan p = TestSupport.planOf(loadResolved(plan).get(0));
        Task b = ((Workstream) p.getMembers().get(2)).getTasks().get(0);
        Milestone m = (Milestone) p.getMembers().get(3);
        assertSame(b, m.getDate().getAnchor());
        assertEquals("a", org.gtmplan.lang.model.NamedElements.nameOf(b.getDue().getAnchor()));
    }

    @Test
    void ownInPlanPersonShadowsNothingAndResolvesLocally() {
        String plan = """
                import acme.org.people.*
                plan p {
                    person dave "Dave"
                    team mine "Mine" lead dave members alice, dave
                    workstream w "W" pillar product owner mine { }
                }
                """;
        TestSupport.assertNoIssues(TestSupport.structural(fixtures.validate(plan, PlanFixtures.PEOPLE)));
        Plan p = TestSupport.planOf(loadResolved(plan, PlanFixtures.PEOPLE).get(0));
        Team mine = (Team) p.getMembers().get(1);
        assertEquals(List.of("alice", "dave"), mine.getMembers().stream().map(Person::getName).toList());
        assertFalse(mine.getMembers().get(0).eResource() == p.eResource(), "alice comes from the library's file");
        assertSame(p.eResource(), mine.getMembers().get(1).eResource());
    }
}
