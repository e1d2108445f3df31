package org.gtmplan.lang.ide.quickfix;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.TextEdit;
import org.gtmplan.lang.time.CalendarDay;
import org.gtmplan.lang.time.Duration;
import org.gtmplan.lang.dates.ResolvedDates;
import org.gtmplan.lang.time.WorkCalendar;
import org.gtmplan.lang.gtm.DateExpr;
import org.gtmplan.lang.gtm.Dated;
import org.gtmplan.lang.gtm.Gate;
import org.gtmplan.lang.gtm.GtmPackage;
import org.gtmplan.lang.gtm.Library;
import org.gtmplan.lang.gtm.LibraryMember;
import org.gtmplan.lang.gtm.Milestone;
import org.gtmplan.lang.gtm.MilestoneKind;
import org.gtmplan.lang.gtm.Msp;
import org.gtmplan.lang.gtm.Person;
import org.gtmplan.lang.gtm.Pillar;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.gtm.PlanMember;
import org.gtmplan.lang.gtm.Task;
import org.gtmplan.lang.gtm.Team;
import org.gtmplan.lang.gtm.Workstream;
import org.gtmplan.lang.model.NamedElements;
import org.gtmplan.lang.model.PlanIndex;
import org.gtmplan.lang.model.WrittenFeatures;
import org.gtmplan.lang.template.PlanTemplate;
import org.gtmplan.lang.validation.ReadinessChecks;

/**
 * The edits of every quick-fix of language.md §5, one method per code. Each returns the text
 * edits that remove its diagnostic there without bringing a new error or warning, in canonical
 * layout, or no edit when the fix does not apply to this diagnostic. The choices where the
 * specification leaves one are written down in docs/quickfixes.md.
 */
final class LaunchPlanFixes {

    /** The IPMS template's distances from day 0 (PlanTemplate): kickoff, GR2 and GR4. */
    private static final long KICKOFF_OFFSET = -180;
    private static final long GR2_OFFSET = -150;
    private static final long GR4_OFFSET = -30;
    /** The template's first sale, three days after the launch event. */
    private static final long SALE_AFTER_LAUNCH = 3;

    private final Clock clock;

    LaunchPlanFixes(Clock clock) {
        this.clock = clock;
    }

    // ---- structure -------------------------------------------------------------------------

    /** unresolved-reference in an owner position: declare the person beside the plan's (or library's) other owners. */
    List<TextEdit> createPerson(FixContext c) {
        String name = c.data(0);
        String kind = c.data(1);
        if (name == null || !("owner".equals(kind) || "person".equals(kind)) || !PlanTemplate.isValidName(name)) {
            return List.of();
        }
        EObject namespace = c.element() == null ? null : NamedElements.namespaceOf(c.element());
        if (namespace == null || !new NewNames(namespace).unique(name).equals(name)) {
            return List.of();
        }
        List<String> line = List.of("person " + name + " \"" + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "\"");
        List<? extends EObject> members = namespace instanceof Plan plan ? plan.getMembers() : ((Library) namespace).getMembers();
        EObject lastOwner = null;
        for (EObject member : members) {
            if (member instanceof Person || member instanceof Team && namespace instanceof Plan) {
                lastOwner = member;
            }
        }
        if (lastOwner != null) {
            return edit(c.edits().insertAfter(lastOwner, line));
        }
        if (!members.isEmpty()) {
            return edit(c.edits().insertBefore(members.get(0), line));
        }
        return edit(c.edits().insertAtBlockEnd(namespace, line));
    }

    /** missing-day0: the day the plan's absolute dates point at (see {@link #chooseDay0}), after the plan's product and kind. */
    List<TextEdit> insertDay0(FixContext c) {
        Plan plan = c.plan();
        if (plan == null || WrittenFeatures.isWritten(plan, GtmPackage.Literals.PLAN__DAY0)) {
            return List.of();
        }
        List<String> line = List.of("day0 " + chooseDay0(c));
        String inner = c.edits().indentOf(plan) + PlanEdits.INDENT;
        TextEdit edit = c.edits().insertAfterFeature(plan, GtmPackage.Literals.PLAN__KIND, inner, line);
        if (edit == null) {
            edit = c.edits().insertAfterFeature(plan, GtmPackage.Literals.PLAN__PRODUCT, inner, line);
        }
        return edit(edit != null ? edit : c.edits().insertAtBlockStart(plan, line));
    }

    // ---- milestones and gates ---------------------------------------------------------------

    /** missing-core-milestone: the kickoff, GR2 or GR4 at the template's distance from what the plan has. */
    List<TextEdit> insertCoreMilestone(FixContext c) {
        String which = c.data(0);
        Plan plan = c.plan();
        if (plan == null || which == null) {
            return List.of();
        }
        PlanIndex index = c.index();
        Milestone kickoff = index.firstMilestone(MilestoneKind.KICKOFF);
        Gate gr2 = index.reviewGate(2);
        Gate gr4 = index.reviewGate(4);
        NewNames names = new NewNames(plan);
        List<String> lines;
        EObject after;
        switch (which) {
            case "kickoff" -> {
                String date = coreDate(c, KICKOFF_OFFSET, false, new Dated[] { gr2, gr4 }, new long[] { GR2_OFFSET, GR4_OFFSET });
                lines = List.of("milestone " + names.unique("kickoff") + " \"Kickoff\" at " + date + " kind kickoff");
                after = null;
            }
            case "GR2", "GR4" -> {
                boolean second = which.equals("GR2");
                if (!names.unique(which).equals(which)) {
                    return List.of();
                }
                String date = second
                        ? coreDate(c, GR2_OFFSET, true, new Dated[] { kickoff, gr4 }, new long[] { KICKOFF_OFFSET, GR4_OFFSET })
                        : coreDate(c, GR4_OFFSET, true, new Dated[] { gr2, kickoff }, new long[] { GR2_OFFSET, KICKOFF_OFFSET });
                String decider = new OwnerChoice(plan, index).forDecisions();
                String criterion = second ? "\"Target markets and segments selected\"" : "\"Sales trained and launch stock allocated\"";
                lines = List.of("gate " + which + " \"" + (second ? "Start of expansion" : "Launch readiness") + "\" at " + date
                        + (decider == null ? "" : " decidedBy " + decider) + " {",
                        PlanEdits.INDENT + "criterion " + names.unique(nameBase(which) + "Ready") + " " + criterion,
                        "}");
                after = second ? firstPresent(index.reviewGate(1), kickoff) : firstPresent(index.reviewGate(3), gr2);
            }
            default -> {
                return List.of();
            }
        }
        if (after != null) {
            return edit(c.edits().insertAfter(after, lines));
        }
        return edit(insertAmongDatedElements(c, plan, lines, "kickoff".equals(which)));
    }

    /** gate-order: the two gates exchange their dates (as written, unless one hangs on the other). */
    List<TextEdit> swapGateDates(FixContext c) {
        Gate later = c.elementOfType(Gate.class);
        Gate earlier = later == null ? null : gateNamed(c.index(), c.data(0));
        if (earlier == null || later.getDate() == null || earlier.getDate() == null) {
            return List.of();
        }
        ResolvedDates dates = c.dates();
        LocalDate laterDate = dates.dateOf(later);
        LocalDate earlierDate = dates.dateOf(earlier);
        if (laterDate == null || earlierDate == null) {
            return List.of();
        }
        boolean entangled = hangsOn(earlier.getDate(), later) || hangsOn(later.getDate(), earlier);
        DateTexts texts = new DateTexts(dates);
        String laterText = entangled ? texts.absolute(earlierDate) : c.edits().textOf(earlier.getDate());
        String earlierText = entangled ? texts.absolute(laterDate) : c.edits().textOf(later.getDate());
        return List.of(c.edits().replace(later.getDate(), laterText), c.edits().replace(earlier.getDate(), earlierText));
    }

    /** gate-without-criteria: one criterion to be written in the author's words, before `requires`. */
    List<TextEdit> insertCriterion(FixContext c) {
        Gate gate = c.elementOfType(Gate.class);
        if (gate == null || !gate.getCriteria().isEmpty() || c.plan() == null) {
            return List.of();
        }
        List<String> line = List.of("criterion " + new NewNames(c.plan()).unique(nameBase(gate.getName()) + "Passed")
                + " \"What must be true to pass " + gate.getName() + "\"");
        if (!gate.getRequires().isEmpty()) {
            return edit(c.edits().insertBeforeKeyword(gate, "requires", line));
        }
        return edit(c.edits().insertAtBlockEnd(gate, line));
    }

    /** required-after-gate: the task is due on the gate that requires it. */
    List<TextEdit> dueAtGate(FixContext c) {
        Gate gate = c.elementOfType(Gate.class);
        Task task = gate == null ? null : gate.getRequires().stream()
                .filter(t -> !t.eIsProxy() && t.getName() != null && t.getName().equals(c.data(0))).findFirst().orElse(null);
        LocalDate gateDate = gate == null ? null : c.dates().dateOf(gate);
        if (task == null || task.getDue() == null || gateDate == null) {
            return List.of();
        }
        return List.of(c.edits().replace(task.getDue(), new DateTexts(c.dates()).relativeTo(gate, gateDate, task)));
    }

    /** launch-without-sale: a first sale three days after the launch event (sooner when launchToSaleMax is shorter). */
    List<TextEdit> insertFirstSale(FixContext c) {
        Milestone launch = c.elementOfType(Milestone.class);
        LocalDate launchDate = launch == null ? null : c.dates().dateOf(launch);
        if (launchDate == null) {
            return List.of();
        }
        LocalDate latest = c.dates().shift(launchDate, c.settings().launchToSaleMax(), 1);
        LocalDate sale = launchDate.plusDays(SALE_AFTER_LAUNCH);
        if (latest != null && sale.isAfter(latest)) {
            sale = latest;
        }
        String at = new DateTexts(c.dates()).relativeTo(launch, sale, null);
        return edit(c.edits().insertAfter(launch, List.of("milestone " + new NewNames(c.plan()).unique("firstSale")
                + " \"First sale\" at " + at + " kind firstSale")));
    }

    // ---- workstreams and tasks --------------------------------------------------------------

    /** missing-pillar: an empty workstream in 4P order, owned like the plan's other work. */
    List<TextEdit> insertWorkstream(FixContext c) {
        Plan plan = c.plan();
        Pillar pillar = plan == null || c.data(0) == null ? null : Pillar.get(c.data(0));
        String owner = pillar == null ? null : new OwnerChoice(plan, c.index()).forWork();
        if (owner == null) {
            // Without an owner the new workstream would bring a missing-owner error.
            return List.of();
        }
        String literal = pillar.getLiteral();
        List<String> lines = List.of("workstream " + new NewNames(plan).unique(literal) + " \"" + upperFirst(literal)
                + "\" pillar " + literal + " owner " + owner + " {", "}");
        Workstream before = null;
        Workstream next = null;
        for (Workstream workstream : c.index().workstreams()) {
            if (workstream.getPillar().getValue() < pillar.getValue()) {
                before = workstream;
            } else if (next == null) {
                next = workstream;
            }
        }
        if (before != null) {
            return edit(c.edits().insertAfter(before, lines));
        } else if (next != null) {
            return edit(c.edits().insertBefore(next, lines));
        }
        return edit(c.edits().insertAtBlockEnd(plan, lines));
    }

    /** dependency-order: due the day after the task it follows (plus its effort), on a working day. */
    List<TextEdit> dueAfterPredecessor(FixContext c) {
        Task task = c.elementOfType(Task.class);
        Task before = task == null ? null : task.getAfter().stream()
                .filter(t -> !t.eIsProxy() && t.getName() != null && t.getName().equals(c.data(0))).findFirst().orElse(null);
        ResolvedDates dates = c.dates();
        LocalDate beforeDue = before == null ? null : dates.dateOf(before);
        if (beforeDue == null || task.getDue() == null) {
            return List.of();
        }
        LocalDate due = beforeDue.plusDays(1);
        Duration effort = task.getEffort();
        if (effort != null) {
            LocalDate withEffort = dates.shift(beforeDue, effort, 1);
            if (withEffort != null && withEffort.isAfter(due)) {
                due = withEffort;
            }
        }
        due = onOrAfterWorkingDay(c, due);
        return List.of(c.edits().replace(task.getDue(), new DateTexts(dates).relativeTo(before, due, task)));
    }

    /** retail-late: due the day before first sale (the working day before, when the plan has workdays). */
    List<TextEdit> dueBeforeFirstSale(FixContext c) {
        Task task = c.elementOfType(Task.class);
        Milestone sale = c.index() == null ? null : c.index().milestones().stream()
                .filter(m -> m.getName() != null && m.getName().equals(c.data(0))).findFirst().orElse(null);
        LocalDate saleDate = sale == null ? null : c.dates().dateOf(sale);
        if (task == null || task.getDue() == null || saleDate == null) {
            return List.of();
        }
        LocalDate due = onOrBeforeWorkingDay(c, saleDate.minusDays(1));
        return List.of(c.edits().replace(task.getDue(), new DateTexts(c.dates()).relativeTo(sale, due, task)));
    }

    /** supply-late, when the plan has no forecast: one in the place workstream, supplyLeadTime before first sale. */
    List<TextEdit> insertSupplyForecast(FixContext c) {
        Plan plan = c.plan();
        if (plan == null || !ReadinessChecks.SUPPLY_FORECAST_MISSING.equals(c.data(0)) || c.index().workstreams().isEmpty()) {
            return List.of();
        }
        Workstream home = c.index().workstreams().stream().filter(w -> w.getPillar() == Pillar.PLACE).findFirst()
                .orElse(c.index().workstreams().get(0));
        Milestone sale = firstPresent(firstSaleOf(c), c.index().firstMilestone(MilestoneKind.LAUNCH_EVENT));
        LocalDate saleDate = sale == null ? null : c.dates().dateOf(sale);
        LocalDate reference = saleDate != null ? saleDate : day0OrChosen(c);
        LocalDate latest = reference == null ? null : c.dates().shift(reference, c.settings().supplyLeadTime(), -1);
        if (latest == null) {
            return List.of();
        }
        LocalDate due = onOrBeforeWorkingDay(c, latest);
        DateTexts texts = new DateTexts(c.dates());
        String text = saleDate != null ? texts.relativeTo(sale, due, null) : texts.absolute(due);
        return edit(c.edits().insertAtBlockEnd(home, List.of("task " + new NewNames(plan).unique("supplyForecast")
                + " \"Supply forecast\" due " + text + " kind supplyForecast")));
    }

    /** non-working-day: the same date expression moved back to the previous working day. */
    List<TextEdit> previousWorkingDay(FixContext c) {
        Dated dated = c.elementOfType(Dated.class);
        DateExpr expression = dated == null ? null : org.gtmplan.lang.dates.DateResolver.expressionOf(dated);
        LocalDate date = expression == null ? null : c.dates().dateOf(expression);
        if (date == null) {
            return List.of();
        }
        LocalDate target = parseOr(c.data(0), c.dates().calendar().previousWorkingDay(date));
        String text;
        if (expression.getDate() != null) {
            text = target.toString();
        } else if (expression.isDay0()) {
            text = DateTexts.offset("T", java.time.temporal.ChronoUnit.DAYS.between(c.dates().day0(), target));
        } else {
            LocalDate anchorDate = expression.getAnchor() == null ? null : c.dates().dateOf(expression.getAnchor());
            String anchor = PlanEdits.writtenText(expression, GtmPackage.Literals.DATE_EXPR__ANCHOR);
            if (anchorDate == null || anchor == null) {
                return List.of();
            }
            text = DateTexts.offset(anchor.trim(), java.time.temporal.ChronoUnit.DAYS.between(anchorDate, target));
        }
        return List.of(c.edits().replace(expression, text));
    }

    // ---- the stable phase and the marketing plan ------------------------------------------------

    /** missing-response: a response skeleton owned by the plan's deciding body. */
    List<TextEdit> insertResponse(FixContext c) {
        Plan plan = c.plan();
        String owner = plan == null ? null : new OwnerChoice(plan, c.index()).forDecisions();
        if (owner == null) {
            return List.of();
        }
        return edit(c.edits().insertAtBlockEnd(plan, List.of("response " + new NewNames(plan).unique("competitorMove")
                + " \"Response to a competitor's move\" owner " + owner + " within 48h")));
    }

    /** msp-missing: an msp skeleton with every part msp-incomplete asks for, after the workstreams. */
    List<TextEdit> insertMsp(FixContext c) {
        Plan plan = c.plan();
        if (plan == null || !c.index().msps().isEmpty()) {
            return List.of();
        }
        String owner = new OwnerChoice(plan, c.index()).forMarketing();
        NewNames names = new NewNames(plan);
        List<String> lines = new ArrayList<>();
        lines.add("msp \"" + plan.getName() + " marketing plan\"" + (owner == null ? "" : " owner " + owner) + " {");
        for (String part : List.of("goal", "strategy", "valueProposition")) {
            lines.add(PlanEdits.INDENT + mspPart(part));
        }
        lines.add(PlanEdits.INDENT + targetLine(c));
        lines.add(PlanEdits.INDENT + activityLine(c, names));
        lines.add("}");
        List<Workstream> workstreams = c.index().workstreams();
        if (!workstreams.isEmpty()) {
            return edit(c.edits().insertAfter(workstreams.get(workstreams.size() - 1), lines));
        }
        return edit(c.edits().insertAtBlockEnd(plan, lines));
    }

    /** msp-incomplete: the missing part, where the grammar's order puts it. */
    List<TextEdit> insertMspPart(FixContext c) {
        Msp msp = c.elementOfType(Msp.class);
        String part = c.data(0);
        if (msp == null || part == null || c.plan() == null) {
            return List.of();
        }
        List<String> line = switch (part) {
            case "goal", "strategy", "valueProposition" -> List.of(mspPart(part));
            case "target" -> List.of(targetLine(c));
            case "activity" -> List.of(activityLine(c, new NewNames(c.plan())));
            default -> List.of();
        };
        if (line.isEmpty()) {
            return List.of();
        }
        String inner = c.edits().indentOf(msp) + PlanEdits.INDENT;
        if ("activity".equals(part) && !msp.getTargets().isEmpty()) {
            return edit(c.edits().insertAfter(msp.getTargets().get(msp.getTargets().size() - 1), line));
        }
        // The parts that come before this one in the grammar, nearest first.
        List<org.eclipse.emf.ecore.EStructuralFeature> earlier = switch (part) {
            case "goal" -> List.of();
            case "strategy" -> List.of(GtmPackage.Literals.MSP__GOAL);
            case "valueProposition" -> List.of(GtmPackage.Literals.MSP__STRATEGY, GtmPackage.Literals.MSP__GOAL);
            default -> List.of(GtmPackage.Literals.MSP__BUDGET, GtmPackage.Literals.MSP__VALUE_PROPOSITION,
                    GtmPackage.Literals.MSP__STRATEGY, GtmPackage.Literals.MSP__GOAL);
        };
        for (var feature : earlier) {
            TextEdit edit = c.edits().insertAfterFeature(msp, feature, inner, line);
            if (edit != null) {
                return List.of(edit);
            }
        }
        return edit(c.edits().insertAtBlockStart(msp, line));
    }

    // ---- choices ----------------------------------------------------------------------------

    /**
     * The day 0 a plan without one gets: its launch event's date when that resolves without T;
     * else the template's distance from its kickoff, GR4 or GR2; else 180 days from today (a plan
     * that starts today, as the template's kickoff is 180 days before launch).
     */
    LocalDate chooseDay0(FixContext c) {
        PlanIndex index = c.index();
        ResolvedDates dates = c.dates();
        LocalDate launch = dates.dateOf(index.firstMilestone(MilestoneKind.LAUNCH_EVENT));
        if (launch != null) {
            return launch;
        }
        LocalDate kickoff = dates.dateOf(index.firstMilestone(MilestoneKind.KICKOFF));
        if (kickoff != null) {
            return kickoff.minusDays(KICKOFF_OFFSET);
        }
        LocalDate gr4 = dates.dateOf(index.reviewGate(4));
        if (gr4 != null) {
            return gr4.minusDays(GR4_OFFSET);
        }
        LocalDate gr2 = dates.dateOf(index.reviewGate(2));
        if (gr2 != null) {
            return gr2.minusDays(GR2_OFFSET);
        }
        return LocalDate.now(clock).minusDays(KICKOFF_OFFSET);
    }

    private LocalDate day0OrChosen(FixContext c) {
        return c.dates().day0() != null ? c.dates().day0() : chooseDay0(c);
    }

    /** A core milestone's date: from the first present neighbour at the template's distance, else from day 0. */
    private String coreDate(FixContext c, long offset, boolean gate, Dated[] neighbours, long[] neighbourOffsets) {
        DateTexts texts = new DateTexts(c.dates());
        for (int i = 0; i < neighbours.length; i++) {
            LocalDate date = c.dates().dateOf(neighbours[i]);
            if (date != null) {
                LocalDate target = date.plusDays(offset - neighbourOffsets[i]);
                return texts.relativeTo(neighbours[i], gate ? onOrBeforeWorkingDay(c, target) : target, null);
            }
        }
        LocalDate target = day0OrChosen(c).plusDays(offset);
        return texts.absolute(gate ? onOrBeforeWorkingDay(c, target) : target);
    }

    /** Milestones and gates sit together: before the first of them (the kickoff), after the last (a gate), else before the work. */
    private static TextEdit insertAmongDatedElements(FixContext c, Plan plan, List<String> lines, boolean first) {
        List<EObject> dated = new ArrayList<>();
        Workstream firstWorkstream = null;
        for (PlanMember member : plan.getMembers()) {
            if (member instanceof Milestone || member instanceof Gate) {
                dated.add(member);
            } else if (member instanceof Workstream workstream && firstWorkstream == null) {
                firstWorkstream = workstream;
            }
        }
        if (!dated.isEmpty()) {
            return first ? c.edits().insertBefore(dated.get(0), lines) : c.edits().insertAfter(dated.get(dated.size() - 1), lines);
        } else if (firstWorkstream != null) {
            return c.edits().insertBefore(firstWorkstream, lines);
        }
        return c.edits().insertAtBlockEnd(plan, lines);
    }

    private static String mspPart(String part) {
        return switch (part) {
            case "goal" -> "goal \"What the launch must achieve, in one sentence\"";
            case "strategy" -> "strategy \"How the launch gets there\"";
            default -> "valueProposition \"Why a customer buys it\"";
        };
    }

    /** A volume target 90 days after the launch event (or day 0). */
    private String targetLine(FixContext c) {
        return "target volume 10000 units by " + afterLaunch(c, 90);
    }

    /** A regional activity on launch day: region, so companyActivitiesMax is never exceeded. */
    private String activityLine(FixContext c, NewNames names) {
        return "activity " + names.unique("launchActivity") + " \"Launch activity\" level region at " + afterLaunch(c, 0)
                + " expects leads 1000";
    }

    private String afterLaunch(FixContext c, long days) {
        Milestone launch = c.index().firstMilestone(MilestoneKind.LAUNCH_EVENT);
        LocalDate launchDate = c.dates().dateOf(launch);
        DateTexts texts = new DateTexts(c.dates());
        if (launchDate != null) {
            return texts.relativeTo(launch, launchDate.plusDays(days), null);
        }
        return texts.absolute(day0OrChosen(c).plusDays(days));
    }

    private static Milestone firstSaleOf(FixContext c) {
        Milestone first = null;
        for (Milestone milestone : c.index().milestones(MilestoneKind.FIRST_SALE)) {
            LocalDate date = c.dates().dateOf(milestone);
            if (date != null && (first == null || date.isBefore(c.dates().dateOf(first)))) {
                first = milestone;
            }
        }
        return first;
    }

    private static LocalDate onOrBeforeWorkingDay(FixContext c, LocalDate date) {
        return checksWorkingDays(c) ? c.dates().calendar().previousWorkingDay(date) : date;
    }

    private static LocalDate onOrAfterWorkingDay(FixContext c, LocalDate date) {
        if (!checksWorkingDays(c)) {
            return date;
        }
        WorkCalendar calendar = c.dates().calendar();
        LocalDate day = date;
        for (int guard = 0; guard < 366 && !calendar.isWorkingDay(day); guard++) {
            day = day.plusDays(1);
        }
        return calendar.isWorkingDay(day) ? day : date;
    }

    /** Only `workdays` turns on non-working-day (language.md §4), so only then do fixes move dates onto working days. */
    private static boolean checksWorkingDays(FixContext c) {
        return c.plan() != null && !c.plan().getWorkdays().isEmpty() && c.dates().calendar().hasWorkingDays();
    }

    private static boolean hangsOn(DateExpr expression, Gate gate) {
        return expression.getAnchor() != null && !expression.getAnchor().eIsProxy() && DateTexts.dependsOn(expression.getAnchor(), gate);
    }

    private static Gate gateNamed(PlanIndex index, String name) {
        return index == null || name == null ? null
                : index.gates().stream().filter(g -> name.equals(g.getName())).findFirst().orElse(null);
    }

    @SafeVarargs
    private static <T> T firstPresent(T... candidates) {
        for (T candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    /** A day the check put in the diagnostic's data (a string by the protocol's design), else {@code fallback}. */
    private static LocalDate parseOr(String text, LocalDate fallback) {
        LocalDate day = CalendarDay.parse(text);
        return day == null ? fallback : day;
    }

    /** The start of a name derived from another: {@code GR2} gives {@code gr2}, {@code launchShow} stays. */
    private static String nameBase(String name) {
        if (name.chars().allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch) || ch == '_')) {
            return name.toLowerCase(Locale.ROOT);
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String upperFirst(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static List<TextEdit> edit(TextEdit edit) {
        return edit == null ? List.of() : List.of(edit);
    }
}
