package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gtmplan.lang.gtm.Activity;
import org.gtmplan.lang.model.WrittenFeatures;
import org.gtmplan.lang.gtm.CompanyActivitiesMax;
import org.gtmplan.lang.gtm.Count;
import org.gtmplan.lang.gtm.DateExpr;
import org.gtmplan.lang.gtm.Gate;
import org.gtmplan.lang.gtm.GtmPackage;
import org.gtmplan.lang.gtm.Holidays;
import org.gtmplan.lang.gtm.LaunchToSaleMax;
import org.gtmplan.lang.gtm.Library;
import org.gtmplan.lang.gtm.Meeting;
import org.gtmplan.lang.gtm.Milestone;
import org.gtmplan.lang.gtm.Model;
import org.gtmplan.lang.gtm.Money;
import org.gtmplan.lang.gtm.Msp;
import org.gtmplan.lang.gtm.OwnerWeeklyMax;
import org.gtmplan.lang.gtm.Percentage;
import org.gtmplan.lang.gtm.Person;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.gtm.Response;
import org.gtmplan.lang.gtm.Setting;
import org.gtmplan.lang.gtm.SupplyLeadTime;
import org.gtmplan.lang.gtm.Target;
import org.gtmplan.lang.gtm.Task;
import org.gtmplan.lang.gtm.Team;
import org.gtmplan.lang.gtm.Workstream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Every construct of language.md §3 parses into the model values it spells (and links). */
@ExtendWith(InjectionExtension.class)
@InjectWith(GtmInjectorProvider.class)
class ParserTest {

    @Inject
    private PlanFixtures fixtures;

    /** Parses {@code text} beside the people library; fails on any syntax or linking error. */
    private Model parseModel(String text) {
        List<Resource> resources = fixtures.load(text, PlanFixtures.PEOPLE);
        Resource resource = resources.get(0);
        EcoreUtil2.resolveAll(resource);
        assertEquals(List.of(), TestSupport.syntaxErrors(resource), "parse and link errors");
        return (Model) resource.getContents().get(0);
    }

    private Plan parsePlan(String text) {
        return (Plan) parseModel(text).getElement();
    }

    /** A plan importing the people library, with {@code body} inside. */
    private Plan plan(String body) {
        return parsePlan("import acme.org.people.*\nplan p {\n    day0 2026-09-08\n" + body + "\n}\n");
    }

    @SuppressWarnings("unchecked")
    /** A typed value (a Duration, LocalDate or LocalTime) in its canonical text, as a plan writes it; null for none. */
    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static <T extends EObject> T member(Plan plan, Class<T> type, String name) {
        for (EObject element : EcoreUtil2.eAllContents(plan)) {
            if (type.isInstance(element) && name.equals(element.eGet(element.eClass().getEStructuralFeature("name")))) {
                return (T) element;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " " + name);
    }

    // ---- files -------------------------------------------------------------------------------

    @Test
    void packageAndBothImportForms() {
        Model model = parseModel("""
                package acme.phones.flagship
                import acme.org.people.*
                import acme.org.people.alice
                plan p { }
                """);
        assertEquals("acme.phones.flagship", model.getPackage());
        assertEquals(List.of("acme.org.people.*", "acme.org.people.alice"),
                model.getImports().stream().map(i -> i.getImportedNamespace()).toList());
        assertEquals("p", model.getElement().getName());
    }

    @Test
    void libraryWithPersonsTeamsAndHolidays() {
        Model model = parseModel(PlanFixtures.PEOPLE);
        assertEquals("acme.org", model.getPackage());
        Library library = assertInstanceOf(Library.class, model.getElement());
        assertEquals("people", library.getName());
        assertEquals(List.of("alice", "bob", "carol", "PCT", "CN2026"),
                library.getMembers().stream().map(m -> (String) m.eGet(m.eClass().getEStructuralFeature("name"))).toList());
        Team pct = (Team) library.getMembers().get(3);
        assertSame(library.getMembers().get(0), pct.getLead());
    }

    @Test
    void emptyFileAndPlanWithoutTitle() {
        Resource empty = fixtures.load("").get(0);
        assertEquals(List.of(), TestSupport.syntaxErrors(empty));
        assertTrue(empty.getContents().isEmpty() || ((Model) empty.getContents().get(0)).getElement() == null);
        Plan plan = parsePlan("plan bare { }");
        assertEquals("bare", plan.getName());
        assertNull(plan.getTitle());
        assertTrue(plan.getMembers().isEmpty());
    }

    // ---- plan properties ---------------------------------------------------------------------

    @Test
    void planWithEveryProperty() {
        Plan plan = parsePlan("""
                import acme.org.people.*
                plan MateX "Mate X 全球上市" {
                    product "Mate X"
                    kind newMarket
                    day0 2026-09-08
                    timezone "Asia/Shanghai"
                    workdays SUN..THU
                    holidays CN2026
                    language zh
                    settings {
                        launchToSaleMax 14d
                        supplyLeadTime 8w
                        companyActivitiesMax 2
                        ownerWeeklyMax 7
                    }
                }
                """);
        assertEquals("MateX", plan.getName());
        assertEquals("Mate X 全球上市", plan.getTitle());
        assertEquals("Mate X", plan.getProduct());
        assertEquals("newMarket", plan.getKind().getLiteral());
        assertEquals("2026-09-08", text(plan.getDay0()));
        assertEquals("Asia/Shanghai", plan.getTimezone());
        assertEquals("SUN", WrittenFeatures.workdaysOf(plan).getFirst().getLiteral());
        assertEquals("THU", WrittenFeatures.workdaysOf(plan).getLast().getLiteral());
        Holidays holidays = plan.getHolidays();
        assertFalse(holidays.eIsProxy());
        assertEquals("CN2026", holidays.getName());
        assertEquals("zh", plan.getLanguage().getLiteral());
        assertEquals(1, plan.getSettings().size());
        List<Setting> settings = plan.getSettings().get(0).getEntries();
        assertEquals(4, settings.size());
        assertEquals("14d", text(assertInstanceOf(LaunchToSaleMax.class, settings.get(0)).getValue()));
        assertEquals("8w", text(assertInstanceOf(SupplyLeadTime.class, settings.get(1)).getValue()));
        assertEquals(2, assertInstanceOf(CompanyActivitiesMax.class, settings.get(2)).getValue());
        assertEquals(7, assertInstanceOf(OwnerWeeklyMax.class, settings.get(3)).getValue());
    }

    @Test
    void planKindsAndLanguagesAndEmptySettings() {
        for (String kind : List.of("newProduct", "newMarket", "feature")) {
            assertEquals(kind, parsePlan("plan p { kind " + kind + " language en settings { } }").getKind().getLiteral());
        }
        Plan plan = parsePlan("plan p { language en settings { } }");
        assertEquals("en", plan.getLanguage().getLiteral());
        assertTrue(plan.getSettings().get(0).getEntries().isEmpty());
    }

    @Test
    void absentOptionalPropertiesAreNotSet() {
        Plan plan = parsePlan("plan p { }");
        assertNull(plan.getProduct());
        assertNull(plan.getDay0());
        assertNull(plan.getTimezone());
        assertNull(WrittenFeatures.workdaysOf(plan));
        assertNull(plan.getHolidays());
        // Enum attributes report their first literal when absent: code must ask eIsSet.
        assertFalse(plan.eIsSet(GtmPackage.Literals.PLAN__KIND));
        assertFalse(plan.eIsSet(GtmPackage.Literals.PLAN__LANGUAGE));
    }

    @Test
    void propertiesAndMembersMayComeInAnyOrder() {
        Plan plan = plan("""
                milestone m "M" at T
                product "P"
                person zed "Zed"
                kind feature
                """);
        assertEquals("P", plan.getProduct());
        assertEquals("feature", plan.getKind().getLiteral());
        assertEquals(2, plan.getMembers().size());
    }

    // ---- owners ------------------------------------------------------------------------------

    @Test
    void personWithRoleAndEmail() {
        Plan plan = plan("""
                person dave "Dave Sun" role FINANCE email "dave@acme.example"
                person eve "Eve"
                """);
        Person dave = member(plan, Person.class, "dave");
        assertEquals("Dave Sun", dave.getFullName());
        assertEquals("FINANCE", dave.getRole().getLiteral());
        assertEquals("dave@acme.example", dave.getEmail());
        Person eve = member(plan, Person.class, "eve");
        assertFalse(eve.eIsSet(GtmPackage.Literals.PERSON__ROLE));
        assertNull(eve.getEmail());
    }

    @Test
    void everyRoleParses() {
        for (String role : List.of("GTM", "PMM", "PDT", "MKT", "MO", "RETAIL", "SALES", "SUPPLY", "SERVICE", "FINANCE")) {
            Person person = member(plan("person x \"X\" role " + role), Person.class, "x");
            assertEquals(role, person.getRole().getLiteral());
        }
    }

    @Test
    void teamWithLeadAndMembers() {
        Plan plan = plan("""
                person dave "Dave"
                team core "Core team" lead dave members alice, bob, dave
                team empty "Nobody yet"
                """);
        Team core = member(plan, Team.class, "core");
        assertEquals("Core team", core.getFullName());
        assertEquals("dave", core.getLead().getName());
        assertEquals(List.of("alice", "bob", "dave"), core.getMembers().stream().map(Person::getName).toList());
        Team empty = member(plan, Team.class, "empty");
        assertNull(empty.getLead());
        assertTrue(empty.getMembers().isEmpty());
    }

    @Test
    void holidaysWithSingleDaysAndRangesAndLabels() {
        Plan plan = plan("""
                holidays local {
                    2026-05-01 .. 2026-05-05 "劳动节"
                    2026-06-19 "Dragon Boat"
                    2026-01-01
                    2026-12-24..2026-12-26
                }
                """);
        Holidays local = member(plan, Holidays.class, "local");
        assertEquals(4, local.getDays().size());
        assertEquals("2026-05-01", text(local.getDays().get(0).getFrom()));
        assertEquals("2026-05-05", text(local.getDays().get(0).getTo()));
        assertEquals("劳动节", local.getDays().get(0).getLabel());
        assertEquals("2026-06-19", text(local.getDays().get(1).getFrom()));
        assertNull(local.getDays().get(1).getTo());
        assertEquals("Dragon Boat", local.getDays().get(1).getLabel());
        assertNull(local.getDays().get(2).getLabel());
        assertEquals("2026-12-26", text(local.getDays().get(3).getTo()));
    }

    // ---- meetings ----------------------------------------------------------------------------

    @Test
    void meetingWithEveryClause() {
        Plan plan = plan("""
                milestone kickoff "Kickoff" at 2026-03-02 kind kickoff
                meeting pct "PCT 例会" by PCT every week on TUE at 10:00 for 60min from kickoff until T+90d
                meeting mt "MT" by alice every 4 weeks on THU at 9:05 for 2h from 2026-03-05 until T+180d
                meeting review "Review" by bob every month at 16:30 for 1h from T-10w until T
                meeting board "Board" by carol every 3 months at 00:00 for 90min from T until T+1w
                """);
        Meeting pct = member(plan, Meeting.class, "pct");
        assertEquals("PCT 例会", pct.getTitle());
        assertEquals("PCT", pct.getBy().eGet(pct.getBy().eClass().getEStructuralFeature("name")));
        assertInstanceOf(Team.class, pct.getBy());
        assertFalse(pct.eIsSet(GtmPackage.Literals.MEETING__INTERVAL));
        assertEquals("week", pct.getUnit().getLiteral());
        assertEquals("TUE", pct.getDay().getLiteral());
        assertEquals("10:00", text(pct.getTime()));
        assertEquals("60min", text(pct.getLength()));
        assertEquals("kickoff", org.gtmplan.lang.model.NamedElements.nameOf(pct.getFrom().getAnchor()));
        assertTrue(pct.getUntil().isDay0());
        assertEquals("+", pct.getUntil().getSign().getLiteral());
        assertEquals("90d", text(pct.getUntil().getOffset()));

        Meeting mt = member(plan, Meeting.class, "mt");
        assertInstanceOf(Person.class, mt.getBy());
        assertEquals(4, mt.getInterval());
        assertEquals("weeks", mt.getUnit().getLiteral());
        assertEquals("09:05", text(mt.getTime()), "times are normalised to two-digit hours");
        assertEquals("2h", text(mt.getLength()));
        assertEquals("2026-03-05", text(mt.getFrom().getDate()));

        Meeting review = member(plan, Meeting.class, "review");
        assertEquals("month", review.getUnit().getLiteral());
        assertFalse(review.eIsSet(GtmPackage.Literals.MEETING__DAY));
        assertEquals("-", review.getFrom().getSign().getLiteral());
        assertEquals("10w", text(review.getFrom().getOffset()));

        Meeting board = member(plan, Meeting.class, "board");
        assertEquals(3, board.getInterval());
        assertEquals("months", board.getUnit().getLiteral());
        assertEquals("00:00", text(board.getTime()));
        assertEquals("90min", text(board.getLength()));
    }

    // ---- milestones and gates ----------------------------------------------------------------

    @Test
    void milestoneOfEachKind() {
        Plan plan = plan("""
                milestone kickoff "开工" at 2026-03-02 kind kickoff
                milestone show "Launch show" at T kind launchEvent
                milestone sale "First sale" at T+3d kind firstSale
                milestone general "GA" at show+2w kind ga
                milestone end "EOL" at T+540d kind eol
                milestone plain "No kind" at T-1d
                """);
        assertEquals("kickoff", member(plan, Milestone.class, "kickoff").getKind().getLiteral());
        assertEquals("开工", member(plan, Milestone.class, "kickoff").getTitle());
        assertEquals("2026-03-02", text(member(plan, Milestone.class, "kickoff").getDate().getDate()));
        assertEquals("launchEvent", member(plan, Milestone.class, "show").getKind().getLiteral());
        assertEquals("firstSale", member(plan, Milestone.class, "sale").getKind().getLiteral());
        Milestone general = member(plan, Milestone.class, "general");
        assertEquals("ga", general.getKind().getLiteral());
        assertSame(member(plan, Milestone.class, "show"), general.getDate().getAnchor());
        assertEquals("2w", text(general.getDate().getOffset()));
        assertEquals("eol", member(plan, Milestone.class, "end").getKind().getLiteral());
        // An absent kind is not a kickoff, though getKind() answers the first literal.
        assertFalse(member(plan, Milestone.class, "plain").eIsSet(GtmPackage.Literals.MILESTONE__KIND));
    }

    @Test
    void gateWithDeciderCriteriaAndRequires() {
        Plan plan = plan("""
                gate GR2 "启动拓展" at T-151d decidedBy PCT {
                    criterion markets "Target markets selected" owner alice
                    criterion pricing "Price band agreed"
                    requires band, channels
                }
                gate GR4 "Ready" at GR2+30wd { }
                workstream price "Price" pillar price owner carol {
                    task band "Price band" due GR2
                    task channels "Channels" due GR2-7d
                }
                """);
        Gate gr2 = member(plan, Gate.class, "GR2");
        assertEquals("启动拓展", gr2.getTitle());
        assertTrue(gr2.getDate().isDay0());
        assertEquals("-", gr2.getDate().getSign().getLiteral());
        assertEquals("151d", text(gr2.getDate().getOffset()));
        assertInstanceOf(Team.class, gr2.getDecidedBy());
        assertEquals(2, gr2.getCriteria().size());
        assertEquals("markets", gr2.getCriteria().get(0).getName());
        assertEquals("Target markets selected", gr2.getCriteria().get(0).getTitle());
        assertEquals("alice", ((Person) gr2.getCriteria().get(0).getOwner()).getName());
        assertNull(gr2.getCriteria().get(1).getOwner());
        assertEquals(List.of("band", "channels"), gr2.getRequires().stream().map(Task::getName).toList());
        Gate gr4 = member(plan, Gate.class, "GR4");
        assertNull(gr4.getDecidedBy());
        assertTrue(gr4.getCriteria().isEmpty());
        assertTrue(gr4.getRequires().isEmpty());
        assertSame(gr2, gr4.getDate().getAnchor());
        assertEquals("30wd", text(gr4.getDate().getOffset()));
    }

    // ---- workstreams and tasks ---------------------------------------------------------------

    @Test
    void workstreamOfEachPillarWithAndWithoutOwner() {
        Plan plan = plan("""
                workstream a "A" pillar product owner bob { }
                workstream b "B" pillar price owner PCT { }
                workstream c "C" pillar place { }
                workstream d "D" pillar promotion owner carol { task t "T" due T }
                """);
        assertEquals("product", member(plan, Workstream.class, "a").getPillar().getLiteral());
        assertEquals("bob", ((Person) member(plan, Workstream.class, "a").getOwner()).getName());
        assertEquals("price", member(plan, Workstream.class, "b").getPillar().getLiteral());
        assertInstanceOf(Team.class, member(plan, Workstream.class, "b").getOwner());
        assertEquals("place", member(plan, Workstream.class, "c").getPillar().getLiteral());
        assertNull(member(plan, Workstream.class, "c").getOwner());
        Workstream d = member(plan, Workstream.class, "d");
        assertEquals("promotion", d.getPillar().getLiteral());
        assertEquals("D", d.getTitle());
        assertEquals(1, d.getTasks().size());
    }

    @Test
    void taskWithEveryClause() {
        Plan plan = plan("""
                workstream w "W" pillar place owner dan_team {
                    task a "A" due 2026-06-01
                    task b "B" due a+5wd
                    task full "全部 clauses" owner bob due T-30d after a, b effort 20d kind retailReadiness status doing {
                        note "Train \\"retail\\" staff"
                        checklist {
                            "Deck reviewed"
                            "Demo script in 中文"
                        }
                    }
                    task bare "Bare" due T { }
                    task noteOnly "Note only" due T { note "n" }
                    task listOnly "List only" due T { checklist { } }
                }
                team dan_team "Dan's team"
                """);
        Task full = member(plan, Task.class, "full");
        assertEquals("全部 clauses", full.getTitle());
        assertEquals("bob", ((Person) full.getOwner()).getName());
        assertTrue(full.getDue().isDay0());
        assertEquals("30d", text(full.getDue().getOffset()));
        assertEquals(List.of("a", "b"), full.getAfter().stream().map(Task::getName).toList());
        assertEquals("20d", text(full.getEffort()));
        assertEquals("retailReadiness", full.getKind().getLiteral());
        assertEquals("doing", full.getStatus().getLiteral());
        assertEquals("Train \"retail\" staff", full.getNote());
        assertEquals(List.of("Deck reviewed", "Demo script in 中文"), full.getChecklist());

        Task a = member(plan, Task.class, "a");
        assertNull(a.getOwner());
        assertEquals("2026-06-01", text(a.getDue().getDate()));
        assertTrue(a.getAfter().isEmpty());
        assertNull(a.getEffort());
        assertFalse(a.eIsSet(GtmPackage.Literals.TASK__KIND), "no kind written: not a supplyForecast");
        assertFalse(a.eIsSet(GtmPackage.Literals.TASK__STATUS));
        assertNull(a.getNote());
        assertTrue(a.getChecklist().isEmpty());
        assertSame(a, member(plan, Task.class, "b").getDue().getAnchor());
        assertEquals("5wd", text(member(plan, Task.class, "b").getDue().getOffset()));
        assertNull(member(plan, Task.class, "bare").getNote());
        assertEquals("n", member(plan, Task.class, "noteOnly").getNote());
        assertTrue(member(plan, Task.class, "listOnly").getChecklist().isEmpty());
    }

    @Test
    void everyTaskKindAndStatus() {
        List<String> kinds = List.of("supplyForecast", "retailReadiness", "salesTraining", "websiteReady", "hotlineReady",
                "pricingApproval", "channelStock");
        List<String> statuses = List.of("todo", "doing", "done", "blocked");
        StringBuilder body = new StringBuilder("workstream w \"W\" pillar place owner bob {\n");
        for (int i = 0; i < kinds.size(); i++) {
            body.append("task t").append(i).append(" \"T\" due T kind ").append(kinds.get(i)).append(" status ")
                    .append(statuses.get(i % statuses.size())).append('\n');
        }
        Plan plan = plan(body.append('}').toString());
        for (int i = 0; i < kinds.size(); i++) {
            Task task = member(plan, Task.class, "t" + i);
            assertEquals(kinds.get(i), task.getKind().getLiteral());
            assertEquals(statuses.get(i % statuses.size()), task.getStatus().getLiteral());
        }
    }

    // ---- marketing plan and response ---------------------------------------------------------

    @Test
    void mspWithEveryPart() {
        Plan plan = plan("""
                msp "Mate X 营销计划" owner carol {
                    goal "Top-2 foldable"
                    strategy "Lead with the camera"
                    valueProposition "Your only camera"
                    budget 30000000 CNY
                    target volume 1000000 units by T+90d
                    target revenue 8500000000 CNY by T+180d
                    target leads 50000 by T+30d
                    target share 18% by T+180d
                    target conversion 2.5% by 2026-12-31
                    target nps 41.75 by T
                    target churn -3 by T
                    activity launchShow "全球发布会" level company at T budget 12000000 CNY expects leads 20000 owner carol
                    activity roadshow "区域路演" level region from T+7d to T+30d budget 600000.50 EUR expects leads 15000 owner PCT
                    activity workshop "Workshop" level customer at T+14d
                }
                """);
        Msp msp = plan.getMembers().stream().filter(Msp.class::isInstance).map(Msp.class::cast).findFirst().orElseThrow();
        assertEquals("Mate X 营销计划", msp.getTitle());
        assertEquals("carol", ((Person) msp.getOwner()).getName());
        assertEquals("Top-2 foldable", msp.getGoal());
        assertEquals("Lead with the camera", msp.getStrategy());
        assertEquals("Your only camera", msp.getValueProposition());
        assertEquals(new BigDecimal("30000000"), msp.getBudget().getAmount());
        assertEquals("CNY", msp.getBudget().getCurrency());

        List<Target> targets = msp.getTargets();
        assertEquals(7, targets.size());
        assertEquals("volume", targets.get(0).getMetric());
        Count volume = assertInstanceOf(Count.class, targets.get(0).getQuantity());
        assertEquals(new BigDecimal("1000000"), volume.getAmount());
        assertTrue(volume.isUnits());
        assertEquals("90d", text(targets.get(0).getDate().getOffset()));
        Money revenue = assertInstanceOf(Money.class, targets.get(1).getQuantity());
        assertEquals(new BigDecimal("8500000000"), revenue.getAmount());
        assertEquals("CNY", revenue.getCurrency());
        Count leads = assertInstanceOf(Count.class, targets.get(2).getQuantity());
        assertEquals(new BigDecimal("50000"), leads.getAmount());
        assertFalse(leads.isUnits());
        assertEquals(new BigDecimal("18"), assertInstanceOf(Percentage.class, targets.get(3).getQuantity()).getValue());
        assertEquals(new BigDecimal("2.5"), assertInstanceOf(Percentage.class, targets.get(4).getQuantity()).getValue());
        assertEquals("2026-12-31", text(targets.get(4).getDate().getDate()));
        assertEquals("nps", targets.get(5).getMetric());
        assertEquals(new BigDecimal("41.75"), assertInstanceOf(Count.class, targets.get(5).getQuantity()).getAmount());
        assertEquals("churn", targets.get(6).getMetric(), "any name is a metric");
        assertEquals(new BigDecimal("-3"), assertInstanceOf(Count.class, targets.get(6).getQuantity()).getAmount());

        Activity show = msp.getActivities().get(0);
        assertEquals("launchShow", show.getName());
        assertEquals("全球发布会", show.getTitle());
        assertEquals("company", show.getLevel().getLiteral());
        assertTrue(show.getAt().isDay0());
        assertNull(show.getFrom());
        assertEquals(new BigDecimal("12000000"), show.getBudget().getAmount());
        assertEquals("leads", show.getExpectedMetric());
        assertEquals(new BigDecimal("20000"), show.getExpected());
        assertEquals("carol", ((Person) show.getOwner()).getName());
        Activity roadshow = msp.getActivities().get(1);
        assertEquals("region", roadshow.getLevel().getLiteral());
        assertNull(roadshow.getAt());
        assertEquals("7d", text(roadshow.getFrom().getOffset()));
        assertEquals("30d", text(roadshow.getTo().getOffset()));
        assertEquals(new BigDecimal("600000.50"), roadshow.getBudget().getAmount());
        assertEquals("EUR", roadshow.getBudget().getCurrency());
        assertInstanceOf(Team.class, roadshow.getOwner());
        Activity workshop = msp.getActivities().get(2);
        assertEquals("customer", workshop.getLevel().getLiteral());
        assertNull(workshop.getBudget());
        assertNull(workshop.getExpected());
        assertNull(workshop.getOwner());
    }

    @Test
    void emptyMspWithoutOwner() {
        Msp msp = (Msp) plan("msp \"Later\" { }").getMembers().get(0);
        assertEquals("Later", msp.getTitle());
        assertNull(msp.getOwner());
        assertNull(msp.getGoal());
        assertNull(msp.getBudget());
        assertTrue(msp.getTargets().isEmpty());
        assertTrue(msp.getActivities().isEmpty());
    }

    @Test
    void currencyCodesThatAreKeywordsStayUsable() {
        Msp msp = (Msp) plan("msp \"M\" { budget 5 PDT target revenue 7 GTM by T }").getMembers().get(0);
        assertEquals("PDT", msp.getBudget().getCurrency());
        assertEquals("GTM", ((Money) msp.getTargets().get(0).getQuantity()).getCurrency());
    }

    @Test
    void responseWithOwnerAndWithin() {
        Plan plan = plan("""
                response competitorPrice "竞品降价快速应对" owner PCT within 48h
                response outage "Outage" owner alice within 30min
                response recall "Recall" owner bob within 2wd
                """);
        Response price = member(plan, Response.class, "competitorPrice");
        assertEquals("竞品降价快速应对", price.getTitle());
        assertInstanceOf(Team.class, price.getOwner());
        assertEquals("48h", text(price.getWithin()));
        assertEquals("30min", text(member(plan, Response.class, "outage").getWithin()));
        assertEquals("2wd", text(member(plan, Response.class, "recall").getWithin()));
    }

    // ---- dates, names, lexical ---------------------------------------------------------------

    @Test
    void dateExpressionForms() {
        Plan plan = plan("""
                milestone abs "A" at 2026-03-02
                milestone t0 "B" at T
                milestone tplus "C" at T+4d
                milestone tminus "D" at T-30wd
                milestone anchored "E" at abs
                milestone anchoredPlus "F" at abs + 2w
                milestone anchoredMinus "G" at tplus-1wd
                """);
        DateExpr abs = member(plan, Milestone.class, "abs").getDate();
        assertEquals("2026-03-02", text(abs.getDate()));
        assertFalse(abs.isDay0());
        assertNull(abs.getAnchor());
        assertNull(abs.getOffset());
        DateExpr t0 = member(plan, Milestone.class, "t0").getDate();
        assertTrue(t0.isDay0());
        assertNull(t0.getOffset());
        assertFalse(t0.eIsSet(GtmPackage.Literals.DATE_EXPR__SIGN));
        assertEquals("4d", text(member(plan, Milestone.class, "tplus").getDate().getOffset()));
        assertEquals("-", member(plan, Milestone.class, "tminus").getDate().getSign().getLiteral());
        assertEquals("30wd", text(member(plan, Milestone.class, "tminus").getDate().getOffset()));
        assertSame(member(plan, Milestone.class, "abs"), member(plan, Milestone.class, "anchored").getDate().getAnchor());
        DateExpr spaced = member(plan, Milestone.class, "anchoredPlus").getDate();
        assertEquals("+", spaced.getSign().getLiteral());
        assertEquals("2w", text(spaced.getOffset()));
        assertEquals("tplus", org.gtmplan.lang.model.NamedElements.nameOf(member(plan, Milestone.class, "anchoredMinus").getDate().getAnchor()));
    }

    @Test
    void durationsAreNormalisedText() {
        Plan plan = plan("milestone m \"M\" at T+007d\nresponse r \"R\" owner bob within 0120min");
        assertEquals("7d", text(member(plan, Milestone.class, "m").getDate().getOffset()));
        assertEquals("120min", text(member(plan, Response.class, "r").getWithin()));
    }

    @Test
    void keywordsAsNames() {
        Plan plan = plan("""
                team PDT "Product development team" lead bob
                person due "Due Person" role PDT
                milestone kickoff "Kickoff" at 2026-03-02 kind kickoff
                milestone launchEvent "Launch" at T kind launchEvent
                workstream product "Product" pillar product owner PDT {
                    task ga "GA build" owner due due launchEvent-1d kind salesTraining
                    task kind "Kind" due ga+1d after ga
                }
                workstream price "Price" pillar price owner due { }
                gate gate "Gate" at kickoff+1w decidedBy PDT { criterion criterion "C" requires ga }
                msp "M" { target units 5 units by T }
                """);
        Team pdt = member(plan, Team.class, "PDT");
        assertEquals("Product development team", pdt.getFullName());
        Person due = member(plan, Person.class, "due");
        assertEquals("PDT", due.getRole().getLiteral());
        Workstream product = member(plan, Workstream.class, "product");
        assertEquals("product", product.getPillar().getLiteral());
        assertSame(pdt, product.getOwner());
        Task ga = member(plan, Task.class, "ga");
        assertSame(due, ga.getOwner());
        assertSame(member(plan, Milestone.class, "launchEvent"), ga.getDue().getAnchor());
        assertEquals("salesTraining", ga.getKind().getLiteral());
        Task kind = member(plan, Task.class, "kind");
        assertSame(ga, kind.getDue().getAnchor());
        assertEquals(List.of(ga), kind.getAfter());
        assertSame(due, member(plan, Workstream.class, "price").getOwner());
        Gate gate = member(plan, Gate.class, "gate");
        assertEquals("criterion", gate.getCriteria().get(0).getName());
        assertEquals(List.of(ga), gate.getRequires());
        Target units = ((Msp) plan.getMembers().get(plan.getMembers().size() - 1)).getTargets().get(0);
        assertEquals("units", units.getMetric());
        assertTrue(((Count) units.getQuantity()).isUnits());
    }

    @Test
    void commentsAreIgnoredEverywhere() {
        Plan plan = parsePlan("""
                // a line comment before everything
                /* a block comment
                   over several lines, with "quotes" and { braces } */
                plan p /* inline */ "Title" { // trailing
                    day0 /* between keyword and value */ 2026-09-08
                    // milestone hidden "Commented out" at T
                    milestone m "M" /* in a clause */ at T /**/ kind ga // after
                    /* milestone hidden2 "x" at T */
                }
                // a comment at the end without newline""");
        assertEquals("Title", plan.getTitle());
        assertEquals("2026-09-08", text(plan.getDay0()));
        assertEquals(1, plan.getMembers().size());
        Milestone m = (Milestone) plan.getMembers().get(0);
        assertEquals("ga", m.getKind().getLiteral());
    }

    @Test
    void stringEscapesAndUnicode() {
        Plan plan = plan("""
                milestone quote "say \\"hi\\"" at T
                milestone backslash "C:\\\\plans\\\\" at T
                milestone newline "line1\\nline2" at T
                milestone tab "a\\tb" at T
                milestone unicode "caf\\u00E9 \\u4E0A\\u5E02" at T
                milestone chinese "全球上市 — 首销 ✓" at T
                milestone comment "not // a comment /* nor this */" at T
                milestone empty "" at T
                """);
        assertEquals("say \"hi\"", member(plan, Milestone.class, "quote").getTitle());
        assertEquals("C:\\plans\\", member(plan, Milestone.class, "backslash").getTitle());
        assertEquals("line1\nline2", member(plan, Milestone.class, "newline").getTitle());
        assertEquals("a\tb", member(plan, Milestone.class, "tab").getTitle());
        assertEquals("café 上市", member(plan, Milestone.class, "unicode").getTitle());
        assertEquals("全球上市 — 首销 ✓", member(plan, Milestone.class, "chinese").getTitle());
        assertEquals("not // a comment /* nor this */", member(plan, Milestone.class, "comment").getTitle());
        assertEquals("", member(plan, Milestone.class, "empty").getTitle());
    }

    @Test
    void numbersDecimalsPercentagesAndMoney() {
        Msp msp = (Msp) plan("""
                msp "Numbers" {
                    budget 30000000 CNY
                    target volume 8500000000 by T
                    target conversion 0.125 by T
                    target share 100% by T
                    target nps 12.75% by T
                    target leads -5 by T
                    activity a "A" level company at T budget 1.99 USD expects arr 2.5
                }
                """).getMembers().get(0);
        assertEquals(0, new BigDecimal("30000000").compareTo(msp.getBudget().getAmount()));
        assertEquals(new BigDecimal("8500000000"), ((Count) msp.getTargets().get(0).getQuantity()).getAmount());
        assertEquals(new BigDecimal("0.125"), ((Count) msp.getTargets().get(1).getQuantity()).getAmount());
        assertEquals(new BigDecimal("100"), ((Percentage) msp.getTargets().get(2).getQuantity()).getValue());
        assertEquals(new BigDecimal("12.75"), ((Percentage) msp.getTargets().get(3).getQuantity()).getValue());
        assertEquals(new BigDecimal("-5"), ((Count) msp.getTargets().get(4).getQuantity()).getAmount());
        Activity a = msp.getActivities().get(0);
        assertEquals(new BigDecimal("1.99"), a.getBudget().getAmount());
        assertEquals("USD", a.getBudget().getCurrency());
        assertEquals("arr", a.getExpectedMetric());
        assertEquals(new BigDecimal("2.5"), a.getExpected());
    }

    @Test
    void shippedExamplePlanParsesIntoItsValues() throws Exception {
        String library = java.nio.file.Files.readString(fixtures.examplesFolder().resolve("org.gtm"));
        String text = java.nio.file.Files.readString(fixtures.examplesFolder().resolve("phone-launch.gtm"));
        List<Resource> resources = fixtures.load(text, library);
        EcoreUtil2.resolveAll(resources.get(0));
        assertEquals(List.of(), TestSupport.syntaxErrors(resources.get(0)));
        Plan plan = TestSupport.planOf(resources.get(0));
        assertEquals("MateX", plan.getName());
        assertEquals("Mate X 全球上市", plan.getTitle());
        assertEquals(4, plan.getMembers().stream().filter(Workstream.class::isInstance).count());
        assertNotNull(plan.getHolidays());
        assertFalse(plan.getHolidays().eIsProxy());
    }

    /** WrittenFeatures looks only at an element's own nodes; it must say what the node model's full walk says. */
    @Test
    void writtenFeaturesAgreeWithTheNodeModelForEveryFeatureOfEveryElement() throws Exception {
        String defaults = """
                plan P "p" {
                    day0 2026-06-01
                    milestone m "M" at T kind kickoff
                    milestone n "N" at T+1d
                    workstream w "W" pillar product {
                        task a "A" due T kind supplyForecast status todo
                        task b "B" due T
                    }
                }
                """;
        List<Resource> resources = new java.util.ArrayList<>(fixtures.load(defaults, PlanFixtures.PEOPLE));
        resources.addAll(fixtures.load(java.nio.file.Files.readString(fixtures.examplesFolder().resolve("phone-launch.gtm")),
                java.nio.file.Files.readString(fixtures.examplesFolder().resolve("org.gtm"))));
        int written = 0;
        int compared = 0;
        for (Resource resource : resources) {
            for (var it = resource.getAllContents(); it.hasNext();) {
                org.eclipse.emf.ecore.EObject element = it.next();
                for (org.eclipse.emf.ecore.EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
                    boolean walked = element.eIsSet(feature)
                            || !org.eclipse.xtext.nodemodel.util.NodeModelUtils.findNodesForFeature(element, feature).isEmpty();
                    assertEquals(walked, WrittenFeatures.isWritten(element, feature), element + " " + feature.getName());
                    compared++;
                    written += walked ? 1 : 0;
                }
            }
        }
        assertTrue(compared > 500 && written > 100, compared + " features compared, " + written + " written");
        org.gtmplan.lang.gtm.Plan plan = TestSupport.planOf(resources.get(0));
        org.gtmplan.lang.gtm.Milestone kickoff = plan.getMembers().stream().filter(org.gtmplan.lang.gtm.Milestone.class::isInstance)
                .map(org.gtmplan.lang.gtm.Milestone.class::cast).findFirst().orElseThrow();
        assertEquals(org.gtmplan.lang.gtm.MilestoneKind.KICKOFF, WrittenFeatures.kindOf(kickoff), "the first literal, written");
    }
}
