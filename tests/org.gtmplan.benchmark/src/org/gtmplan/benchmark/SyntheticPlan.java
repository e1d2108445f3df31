package org.gtmplan.benchmark;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Generates a synthetic, valid GTM plan of {@code N} tasks and the library it imports, for the
 * validation benchmark ({@link ValidationBenchmark}, docs/performance.md). The plan is meant to
 * draw no diagnostic at all, of any check of language.md §5, so that the benchmark measures
 * the checks' normal path and not the cost of reporting.
 *
 * <h2>Shape</h2>
 * <ul>
 * <li>{@code package bench}, {@code import bench.org.people.*}: ten persons {@code p0..p9}
 * and four teams live in a separate library file ({@link #libraryText()}), so linking crosses
 * files as it does in real workspaces.</li>
 * <li>Plan header: product, kind, day0, timezone, {@code workdays MON..FRI} (which turns on the
 * non-working-day check, so every task due and gate is on a working day), no holidays.</li>
 * <li>Milestones {@code kickoff} (kind kickoff, the earliest date of the plan),
 * {@code launch} at T, {@code firstSale} at T+3d, {@code eol} after the last task; plus one
 * milestone {@code m<k>} per 20 tasks.</li>
 * <li>Gates GR1..GR6 in increasing date order, each with a criterion and {@code decidedBy};
 * GR2 requires the first task, GR4 the supply forecast (both due before their gate).</li>
 * <li>Four workstreams, one per pillar, each with an owner. Tasks come in dependency chains of
 * ten: chain {@code c} holds tasks {@code t(10c)..t(10c+9)}; the first is due on milestone
 * {@code m(c/2)} (or one working day after it, for odd {@code c}); each further task is
 * {@code due t(i-1)+1wd after t(i-1)}. All ten tasks of chain {@code c} belong to person
 * {@code p(c mod 10)}. Chains are dealt to the workstreams round-robin.</li>
 * <li>A {@code supplyForecast} task (T-65wd, i.e. 91 days before launch, above the 60-day
 * supply lead time) and a {@code retailReadiness} task (T-1wd, before first sale at T+3d),
 * owned by teams.</li>
 * <li>An msp with goal, strategy, value proposition, a budget, four targets and {@code N/50}
 * activities, each with {@code expects leads}, one at company level and the rest at region or
 * customer level (under companyActivitiesMax), budgets in EUR only and summing below the msp
 * budget.</li>
 * <li>Two recurring meetings and a response.</li>
 * </ul>
 *
 * <h2>Dates, and why a big plan spans decades</h2>
 * Chain {@code c} starts on working day {@code c} (counted from the kickoff, a Monday) and its
 * tasks fall on working days {@code c..c+9}. Owner {@code p(o)} owns chains {@code o, o+10,
 * o+20, ...}, which follow each other without gap or overlap, so every owner has exactly one
 * task due per working day: five per ISO week, the {@code ownerWeeklyMax} default, so the
 * planned {@code owner-overload} check stays silent. That is also the densest schedule the
 * check allows: ten owners with at most five tasks each make at most 50 tasks per week. A plan
 * of {@code N} tasks therefore needs {@code N/50} weeks: 20 weeks for 1,000 tasks, about 4
 * years for 10,000, 8 years for 20,000, and 2,000 weeks, about 38 years (2027 to 2065), for
 * 100,000. No realistic launch plan has 100,000 tasks for ten people; we keep the owner rule
 * rather than the calendar realistic, and the dates stay well inside any sane range. The special
 * tasks are owned by teams, which count for themselves and not for their members.
 *
 * <p>Milestones are written {@code at kickoff+<n>d} (calendar days, chosen to land on working
 * days) rather than as chains of {@code wd} offsets, so resolving them costs one step each.
 * A task line is about 60 bytes, so the 100,000-task plan is about 6 MB, under the 8 MB the
 * command line accepts.
 */
public final class SyntheticPlan {

    /** Tasks per dependency chain. */
    public static final int CHAIN = 10;
    /** Persons owning the chains. */
    public static final int OWNERS = 10;
    /** The kickoff: a Monday, working day 0. */
    public static final LocalDate KICKOFF = LocalDate.of(2027, 1, 4);
    /** Day 0, the launch: 26 weeks after the kickoff, also a Monday. */
    public static final LocalDate DAY0 = KICKOFF.plusWeeks(26);

    public static final String LIBRARY_FILE = "people.gtm";
    public static final String PLAN_FILE = "bench.gtm";

    private static final String[] PILLARS = { "product", "price", "place", "promotion" };
    private static final String[] ROLES = { "GTM", "PDT", "MKT", "RETAIL", "SUPPLY", "SALES", "MO", "PMM", "SERVICE",
            "FINANCE" };
    private static final int ACTIVITY_BUDGET = 1000;

    private final int tasks;

    public SyntheticPlan(int tasks) {
        if (tasks < 1) {
            throw new IllegalArgumentException("a plan needs at least one task");
        }
        if (KICKOFF.getDayOfWeek() != DayOfWeek.MONDAY || DAY0.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalStateException("the date arithmetic below assumes both are Mondays");
        }
        this.tasks = tasks;
    }

    public int tasks() {
        return tasks;
    }

    public int chains() {
        return (tasks + CHAIN - 1) / CHAIN;
    }

    public int milestones() {
        return (chains() + 1) / 2;
    }

    public int activities() {
        return Math.max(1, tasks / 50);
    }

    /** Calendar days from the kickoff (a Monday) to working day {@code index} (0 = the kickoff). */
    static long workingDayOffset(long index) {
        return 7 * (index / 5) + index % 5;
    }

    /** The date of the last task: chain {@code chains()-1} ends nine working days after it starts. */
    public LocalDate lastTaskDate() {
        int lastChain = chains() - 1;
        int lastLength = tasks - lastChain * CHAIN;
        return KICKOFF.plusDays(workingDayOffset(lastChain + lastLength - 1));
    }

    /** The library file: ten persons and the teams that own meetings, gates and special tasks. */
    public String libraryText() {
        StringBuilder out = new StringBuilder(2048);
        out.append("// Generated by org.gtmplan.benchmark.SyntheticPlan: the people of the benchmark plans.\n");
        out.append("package bench.org\n\n");
        out.append("library people {\n");
        for (int i = 0; i < OWNERS; i++) {
            out.append("    person p").append(i).append(" \"Person ").append(i).append("\" role ").append(ROLES[i])
                    .append(" email \"p").append(i).append("@bench.example\"\n");
        }
        out.append("\n    team PCT \"Product Commercial Team\" lead p0 members p1, p2, p3, p4, p5, p6, p7, p8, p9\n");
        out.append("    team MT \"Marketing committee\" lead p0 members p1, p2\n");
        out.append("    team supplyTeam \"Supply planning\" lead p4 members p5\n");
        out.append("    team retailTeam \"Retail operations\" lead p3 members p6\n");
        out.append("}\n");
        return out.toString();
    }

    /** The plan file, about 60 bytes per task. */
    public String planText() {
        StringBuilder out = new StringBuilder(tasks * 64 + 16384);
        long eolDays = Math.max(540, ChronoUnit.DAYS.between(DAY0, lastTaskDate()) + 28);
        out.append("// Generated by org.gtmplan.benchmark.SyntheticPlan: ").append(tasks)
                .append(" tasks in chains of ").append(CHAIN).append(", ").append(OWNERS).append(" owners.\n");
        out.append("package bench\n\n");
        out.append("import bench.org.people.*\n\n");
        out.append("plan Bench").append(tasks).append(" \"Synthetic launch, ").append(tasks).append(" tasks\" {\n");
        out.append("    product \"Bench Phone\"\n");
        out.append("    kind newProduct\n");
        out.append("    day0 ").append(DAY0).append('\n');
        out.append("    timezone \"UTC\"\n");
        out.append("    workdays MON..FRI\n\n");

        out.append("    meeting pct \"PCT weekly\" by PCT every week on TUE at 10:00 for 60min from kickoff until T+90d\n");
        out.append("    meeting mtMonthly \"Marketing committee\" by MT every 4 weeks on THU at 14:00 for 2h from kickoff until eol\n\n");

        out.append("    milestone kickoff \"Kickoff\" at ").append(KICKOFF).append(" kind kickoff\n");
        out.append("    milestone launch \"Launch event\" at T kind launchEvent\n");
        out.append("    milestone firstSale \"First sale\" at T+3d kind firstSale\n");
        out.append("    milestone eol \"End of life\" at T+").append(eolDays).append("d kind eol\n\n");

        // Gates on working days, in increasing order: GR1 is 2 weeks after the kickoff (26 weeks before T).
        String[] gateDates = { "kickoff+10wd", "T-100wd", "T-60wd", "T-20wd", "T+10wd", "T+60wd" };
        String[] requires = { null, "t0", null, "supplyForecast", null, null };
        for (int g = 0; g < gateDates.length; g++) {
            int n = g + 1;
            out.append("    gate GR").append(n).append(" \"Gate ").append(n).append("\" at ").append(gateDates[g])
                    .append(" decidedBy MT {\n");
            out.append("        criterion gr").append(n).append("Ready \"Gate ").append(n)
                    .append(" deliverables reviewed\" owner p").append(g % OWNERS).append('\n');
            if (requires[g] != null) {
                out.append("        requires ").append(requires[g]).append('\n');
            }
            out.append("    }\n");
        }
        out.append('\n');

        // One milestone per two chains (20 tasks), on working day 2k.
        for (int k = 0; k < milestones(); k++) {
            out.append("    milestone m").append(k).append(" \"Wave ").append(k).append("\" at kickoff+")
                    .append(workingDayOffset(2L * k)).append("d\n");
        }
        out.append('\n');

        for (int w = 0; w < PILLARS.length; w++) {
            out.append("    workstream ws").append(w).append(" \"").append(Character.toUpperCase(PILLARS[w].charAt(0)))
                    .append(PILLARS[w], 1, PILLARS[w].length()).append("\" pillar ").append(PILLARS[w])
                    .append(" owner p").append(w).append(" {\n");
            if (PILLARS[w].equals("place")) {
                out.append("  task supplyForecast \"Supply forecast\" owner supplyTeam due T-65wd kind supplyForecast\n");
                out.append("  task retailReady \"Stores ready\" owner retailTeam due T-1wd kind retailReadiness\n");
            }
            for (int c = w; c < chains(); c += PILLARS.length) {
                appendChain(out, c);
            }
            out.append("    }\n");
        }
        out.append('\n');
        appendMsp(out);
        out.append("\n    response priceWar \"Competitor price cut\" owner MT within 48h\n");
        out.append("}\n");
        return out.toString();
    }

    private void appendChain(StringBuilder out, int chain) {
        int first = chain * CHAIN;
        int end = Math.min(tasks, first + CHAIN);
        int owner = chain % OWNERS;
        for (int i = first; i < end; i++) {
            out.append("  task t").append(i).append(" \"Step ").append(i).append("\" owner p").append(owner).append(" due ");
            if (i == first) {
                out.append('m').append(chain / 2).append(chain % 2 == 0 ? "" : "+1wd");
            } else {
                out.append('t').append(i - 1).append("+1wd after t").append(i - 1);
            }
            out.append('\n');
        }
    }

    private void appendMsp(StringBuilder out) {
        int activities = activities();
        long budget = (long) activities * ACTIVITY_BUDGET + 100_000;
        out.append("    msp \"Bench marketing plan\" owner p2 {\n");
        out.append("        goal \"Top-3 in the premium segment within a year\"\n");
        out.append("        strategy \"Lead with the camera; sell three days after the launch event\"\n");
        out.append("        valueProposition \"The phone that replaces your camera\"\n");
        out.append("        budget ").append(budget).append(" EUR\n");
        out.append("        target volume 1000000 units by T+90d\n");
        out.append("        target revenue 500000000 EUR by T+180d\n");
        out.append("        target leads ").append(100L * activities).append(" by T+30d\n");
        out.append("        target share 12% by T+180d\n");
        int milestones = milestones();
        for (int a = 0; a < activities; a++) {
            String level = a == 0 ? "company" : a % 2 == 1 ? "region" : "customer";
            long milestone = (long) a * milestones / activities;
            out.append("        activity a").append(a).append(" \"Campaign ").append(a).append("\" level ").append(level)
                    .append(" at m").append(milestone).append(" budget ").append(ACTIVITY_BUDGET)
                    .append(" EUR expects leads 100 owner p").append(a % OWNERS).append('\n');
        }
        out.append("    }\n");
    }
}
