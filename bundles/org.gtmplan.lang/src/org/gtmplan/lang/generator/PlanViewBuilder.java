package org.gtmplan.lang.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.gtmplan.lang.dates.DateResolver;
import org.gtmplan.lang.time.Duration;
import org.gtmplan.lang.dates.ResolvedDates;
import org.gtmplan.lang.time.Weekdays;
import org.gtmplan.lang.gtm.Activity;
import org.gtmplan.lang.gtm.Count;
import org.gtmplan.lang.gtm.Criterion;
import org.gtmplan.lang.gtm.Gate;
import org.gtmplan.lang.gtm.GtmPackage;
import org.gtmplan.lang.gtm.Meeting;
import org.gtmplan.lang.gtm.Milestone;
import org.gtmplan.lang.gtm.MilestoneKind;
import org.gtmplan.lang.gtm.Money;
import org.gtmplan.lang.gtm.Msp;
import org.gtmplan.lang.gtm.Owner;
import org.gtmplan.lang.gtm.Percentage;
import org.gtmplan.lang.gtm.Person;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.gtm.Response;
import org.gtmplan.lang.gtm.Status;
import org.gtmplan.lang.gtm.Target;
import org.gtmplan.lang.gtm.Task;
import org.gtmplan.lang.gtm.Team;
import org.gtmplan.lang.gtm.Workstream;
import org.gtmplan.lang.model.MspBudget;
import org.gtmplan.lang.model.PlanIndex;
import org.gtmplan.lang.model.PlanTimeZone;
import org.gtmplan.lang.model.WrittenFeatures;

import com.google.inject.Inject;

/**
 * Builds the {@link PlanView} the generators read, asking the {@link DateResolver} for every date.
 *
 * <p>The plan's <em>lead</em> is the lead of the team that runs its first recurring meeting (the
 * PCT, in IPMS terms), else the owner of its marketing plan, else the owner of its first
 * workstream.
 */
public class PlanViewBuilder {


    @Inject
    private DateResolver dateResolver;

    @Inject
    private org.eclipse.xtext.naming.IQualifiedNameProvider names;

    public PlanView build(Plan plan) {
        ResolvedDates dates = dateResolver.resolve(plan);
        PlanIndex index = new PlanIndex(plan);
        String qualifiedName = qualifiedName(plan);
        Map<String, PlanView.OwnerView> owners = new TreeMap<>();

        List<PlanView.MilestoneView> milestones = new ArrayList<>();
        for (Milestone m : named(index.milestones())) {
            LocalDate date = dates.dateOf(m);
            MilestoneKind kind = WrittenFeatures.kindOf(m);
            milestones.add(new PlanView.MilestoneView(id(qualifiedName, m.getName()), m.getName(), m.getTitle(), date,
                    dates.describe(date), kind));
        }
        milestones.sort(Comparator.comparing(PlanView.MilestoneView::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(PlanView.MilestoneView::name));

        List<PlanView.GateView> gates = new ArrayList<>();
        for (Gate g : named(index.gates())) {
            LocalDate date = dates.dateOf(g);
            List<PlanView.CriterionView> criteria = new ArrayList<>();
            for (Criterion c : named(g.getCriteria())) {
                criteria.add(new PlanView.CriterionView(id(qualifiedName, c.getName()), c.getName(), c.getTitle(),
                        owner(c.getOwner(), owners)));
            }
            gates.add(new PlanView.GateView(id(qualifiedName, g.getName()), g.getName(), g.getTitle(), date, dates.describe(date),
                    owner(g.getDecidedBy(), owners), criteria, names(g.getRequires())));
        }
        gates.sort(Comparator.comparing(PlanView.GateView::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(PlanView.GateView::name));

        List<PlanView.WorkstreamView> workstreams = new ArrayList<>();
        for (Workstream w : named(index.workstreams())) {
            List<PlanView.TaskView> tasks = new ArrayList<>();
            for (Task t : named(w.getTasks())) {
                tasks.add(task(qualifiedName, t, w, index, dates, owners));
            }
            tasks.sort(Comparator.comparing(PlanView.TaskView::due, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(PlanView.TaskView::name));
            workstreams.add(new PlanView.WorkstreamView(id(qualifiedName, w.getName()), w.getName(), w.getTitle(),
                    w.getPillar(), owner(w.getOwner(), owners), tasks));
        }
        // Grouped by pillar in 4P order, then as written.
        workstreams.sort(Comparator.comparingInt(w -> w.pillar().getValue()));

        List<PlanView.MeetingView> meetings = new ArrayList<>();
        for (Meeting m : named(index.meetings())) {
            Duration length = m.getLength();
            int interval = WrittenFeatures.isWritten(m, GtmPackage.Literals.MEETING__INTERVAL) ? m.getInterval() : 1;
            ChronoUnit unit = switch (m.getUnit()) {
                case WEEK, WEEKS -> ChronoUnit.WEEKS;
                case MONTH, MONTHS -> ChronoUnit.MONTHS;
            };
            DayOfWeek day = WrittenFeatures.isWritten(m, GtmPackage.Literals.MEETING__DAY) ? Weekdays.of(m.getDay()) : null;
            meetings.add(new PlanView.MeetingView(id(qualifiedName, m.getName()), m.getName(), m.getTitle(),
                    owner(m.getBy(), owners), interval, unit, day, m.getTime(),
                    length == null || length.unit() == org.gtmplan.lang.time.DurationUnit.WORKING_DAYS ? 0 : length.minutes(),
                    dates.dateOf(m.getFrom()), dates.dateOf(m.getUntil())));
        }

        PlanView.MspView msp = index.msps().isEmpty() ? null : msp(qualifiedName, index.msps().get(0), dates, owners);

        List<PlanView.ResponseView> responses = new ArrayList<>();
        for (Response r : named(index.responses())) {
            responses.add(new PlanView.ResponseView(id(qualifiedName, r.getName()), r.getName(), r.getTitle(),
                    owner(r.getOwner(), owners), text(r.getWithin())));
        }

        PlanView.OwnerView lead = lead(index, owners);
        return new PlanView(plan.getName(), qualifiedName, plan.getTitle(), plan.getProduct(),
                WrittenFeatures.isWritten(plan, GtmPackage.Literals.PLAN__KIND) ? plan.getKind() : null,
                dates.day0(), PlanTimeZone.orUtc(plan.getTimezone()),
                WrittenFeatures.isWritten(plan, GtmPackage.Literals.PLAN__LANGUAGE) ? plan.getLanguage().getLiteral() : "en",
                lead, List.copyOf(milestones), List.copyOf(gates), List.copyOf(workstreams), List.copyOf(meetings), msp,
                List.copyOf(responses), List.copyOf(owners.values()));
    }

    private PlanView.TaskView task(String qualifiedName, Task t, Workstream w, PlanIndex index, ResolvedDates dates,
            Map<String, PlanView.OwnerView> owners) {
        LocalDate due = dates.dateOf(t);
        Duration effort = t.getEffort();
        LocalDate start = due == null || effort == null ? null : dates.shift(due, effort, -1);
        Status status = WrittenFeatures.isWritten(t, GtmPackage.Literals.TASK__STATUS) ? t.getStatus() : Status.TODO;
        return new PlanView.TaskView(id(qualifiedName, t.getName()), t.getName(), t.getTitle(), owner(index.ownerOf(t), owners),
                due, dates.describe(due), start, text(effort), index.kindOf(t),
                status, names(t.getAfter()), t.getNote(), List.copyOf(t.getChecklist()), w.getName());
    }

    private PlanView.MspView msp(String qualifiedName, Msp m, ResolvedDates dates, Map<String, PlanView.OwnerView> owners) {
        List<PlanView.TargetView> targets = new ArrayList<>();
        for (Target t : m.getTargets()) {
            LocalDate by = dates.dateOf(t.getDate());
            targets.add(new PlanView.TargetView(t.getMetric(), quantity(t), by, dates.describe(by)));
        }
        List<PlanView.ActivityView> activities = new ArrayList<>();
        for (Activity a : named(m.getActivities())) {
            LocalDate from = dates.dateOf(a.getAt() != null ? a.getAt() : a.getFrom());
            LocalDate to = a.getAt() != null ? from : dates.dateOf(a.getTo());
            String when = from != null && to != null && !from.equals(to) ? dates.describe(from) + " – " + dates.describe(to)
                    : dates.describe(from);
            PlanView.MoneyView budget = money(a.getBudget());
            activities.add(new PlanView.ActivityView(id(qualifiedName, a.getName()), a.getName(), a.getTitle(),
                    a.getLevel().getLiteral(), from, to, when, budget, a.getExpectedMetric(), a.getExpected(),
                    owner(a.getOwner(), owners)));
        }
        MspBudget sum = MspBudget.ofActivities(m);
        PlanView.MoneyView budgetSum = sum == null ? null : new PlanView.MoneyView(sum.amount(), sum.currency());
        return new PlanView.MspView(m.getTitle(), owner(m.getOwner(), owners), m.getGoal(), m.getStrategy(),
                m.getValueProposition(), money(m.getBudget()), List.copyOf(targets), List.copyOf(activities), budgetSum);
    }

    /** A duration as the documents show it, in its canonical text ({@code 14d}); null when none. */
    private static String text(Duration duration) {
        return duration == null ? null : duration.toString();
    }

    private static String quantity(Target target) {
        if (target.getQuantity() instanceof Count count && count.getAmount() != null) {
            return count.getAmount().toPlainString() + (count.isUnits() ? " units" : "");
        } else if (target.getQuantity() instanceof Money money && money.getAmount() != null) {
            return money.getAmount().toPlainString() + " " + money.getCurrency();
        } else if (target.getQuantity() instanceof Percentage percentage && percentage.getValue() != null) {
            return percentage.getValue().toPlainString() + "%";
        }
        return "";
    }

    private static PlanView.MoneyView money(Money money) {
        return money == null || money.getAmount() == null || money.getCurrency() == null ? null
                : new PlanView.MoneyView(money.getAmount(), money.getCurrency());
    }

    private static PlanView.OwnerView lead(PlanIndex index, Map<String, PlanView.OwnerView> owners) {
        Meeting first = index.meetings().isEmpty() ? null : index.meetings().get(0);
        if (first != null && first.getBy() instanceof Team team && !team.eIsProxy() && team.getLead() != null
                && !team.getLead().eIsProxy()) {
            return owner(team.getLead(), owners);
        }
        if (!index.msps().isEmpty() && index.msps().get(0).getOwner() != null) {
            return owner(index.msps().get(0).getOwner(), owners);
        }
        return index.workstreams().isEmpty() ? null : owner(index.workstreams().get(0).getOwner(), owners);
    }

    /** Owners are keyed by name; an unresolved owner is left out (validation reports it). */
    private static PlanView.OwnerView owner(Owner owner, Map<String, PlanView.OwnerView> owners) {
        if (owner == null || owner.eIsProxy()) {
            return null;
        }
        if (owner instanceof Person person) {
            return owners.computeIfAbsent(person.getName(), n -> new PlanView.OwnerView(n, person.getFullName(), "person",
                    WrittenFeatures.isWritten(person, GtmPackage.Literals.PERSON__ROLE) ? person.getRole().getLiteral() : null,
                    person.getEmail(), List.of()));
        }
        Team team = (Team) owner;
        return owners.computeIfAbsent(team.getName(), n -> new PlanView.OwnerView(n, team.getFullName(), "team", null, null,
                team.getMembers().stream().filter(p -> !p.eIsProxy()).map(Person::getName).toList()));
    }

    private static List<String> names(List<? extends EObject> elements) {
        List<String> names = new ArrayList<>();
        for (EObject element : elements) {
            if (!element.eIsProxy()) {
                names.add(org.gtmplan.lang.model.NamedElements.nameOf(element));
            }
        }
        return List.copyOf(names);
    }

    /**
     * The elements that have a name. Only a syntax error leaves an element without one (`milestone`
     * typed so far), and generation never runs on such a plan; every view of an element is keyed by
     * its name, so one without a name is left out rather than shown as "null".
     */
    private static <T extends EObject> List<T> named(List<T> elements) {
        return elements.stream().filter(e -> org.gtmplan.lang.model.NamedElements.nameOf(e) != null).toList();
    }

    /** A stable id: the element's qualified name, which does not change when other elements do. */
    static String id(String qualifiedName, String name) {
        return qualifiedName + "." + name;
    }

    /** The plan's name as the index knows it (package.Plan), from the language's own naming. */
    private String qualifiedName(Plan plan) {
        org.eclipse.xtext.naming.QualifiedName name = names.getFullyQualifiedName(plan);
        // A plan has no name only while its name is still to be typed (a syntax error).
        return name == null ? String.valueOf(plan.getName()) : name.toString();
    }
}
