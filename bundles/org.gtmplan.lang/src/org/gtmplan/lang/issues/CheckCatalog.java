package org.gtmplan.lang.issues;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every diagnostic code with its severity and what it means (language.md §5), for the front
 * ends that describe rules rather than single findings: SARIF rule lists, `--only` checking,
 * documentation.
 */
public final class CheckCatalog {

    public enum Level {
        ERROR, WARNING, INFO
    }

    public record Rule(String code, Level level, String description) {
    }

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        rule(GtmIssueCodes.SYNTAX, Level.ERROR, "Text the parser cannot read");
        rule(GtmIssueCodes.DUPLICATE_NAME, Level.ERROR, "Two elements share a name in one plan or library");
        rule(GtmIssueCodes.UNRESOLVED_REFERENCE, Level.ERROR, "A name that resolves to nothing");
        rule(GtmIssueCodes.INVALID_DATE, Level.ERROR, "A date that is not a calendar day");
        rule(GtmIssueCodes.MISSING_DAY0, Level.ERROR, "T is used but the plan has no day0");
        rule(GtmIssueCodes.DATE_CYCLE, Level.ERROR, "Date anchors form a cycle");
        rule(GtmIssueCodes.INVALID_TIMEZONE, Level.ERROR, "A timezone that is not an IANA time zone");
        rule(GtmIssueCodes.MISSING_CORE_MILESTONE, Level.WARNING, "No kickoff milestone, no gate GR2 or no gate GR4");
        rule(GtmIssueCodes.GATE_ORDER, Level.ERROR, "A review gate dated before a gate with a lower number");
        rule(GtmIssueCodes.BEFORE_KICKOFF, Level.WARNING, "A dated element earlier than the kickoff milestone");
        rule(GtmIssueCodes.GATE_WITHOUT_CRITERIA, Level.WARNING, "A gate with no criterion");
        rule(GtmIssueCodes.GATE_WITHOUT_DECIDER, Level.WARNING, "A gate with no decidedBy");
        rule(GtmIssueCodes.REQUIRED_AFTER_GATE, Level.ERROR, "A task a gate requires is due after the gate");
        rule(GtmIssueCodes.MISSING_PILLAR, Level.WARNING, "One of the 4P pillars has no workstream");
        rule(GtmIssueCodes.MISSING_OWNER, Level.ERROR, "A workstream or task with no owner");
        rule(GtmIssueCodes.DEPENDENCY_CYCLE, Level.ERROR, "after links form a cycle");
        rule(GtmIssueCodes.DEPENDENCY_ORDER, Level.ERROR, "A task due before a task it comes after");
        rule(GtmIssueCodes.NOT_ENOUGH_TIME, Level.WARNING, "A task's effort starts it before a task it comes after is due");
        rule(GtmIssueCodes.LAUNCH_WITHOUT_SALE, Level.WARNING, "A launch event with no first sale within launchToSaleMax");
        rule(GtmIssueCodes.RETAIL_LATE, Level.ERROR, "Retail readiness due on or after first sale");
        rule(GtmIssueCodes.SUPPLY_LATE, Level.WARNING, "No supply forecast, or one due less than supplyLeadTime before first sale");
        rule(GtmIssueCodes.MISSING_RESPONSE, Level.INFO, "No response mechanism for the stable phase");
        rule(GtmIssueCodes.MISSING_MEETING, Level.INFO, "Fewer than two recurring meetings");
        rule(GtmIssueCodes.MISSING_EOL, Level.INFO, "No end-of-life milestone");
        rule(GtmIssueCodes.MSP_MISSING, Level.WARNING, "The plan has no marketing plan (msp)");
        rule(GtmIssueCodes.MSP_INCOMPLETE, Level.WARNING, "An msp lacks goal, strategy, value proposition, a target or an activity");
        rule(GtmIssueCodes.INVALID_QUANTITY, Level.ERROR, "A percentage above 100, a negative number or an unknown currency");
        rule(GtmIssueCodes.ACTIVITY_WITHOUT_EFFECT, Level.WARNING, "An activity that expects nothing");
        rule(GtmIssueCodes.TOO_MANY_COMPANY_ACTIVITIES, Level.WARNING, "More company-level activities than companyActivitiesMax");
        rule(GtmIssueCodes.OVER_BUDGET, Level.ERROR, "Activity budgets add up to more than the msp budget");
        rule(GtmIssueCodes.CURRENCY_MISMATCH, Level.WARNING, "Amounts in one msp use more than one currency");
        rule(GtmIssueCodes.NON_WORKING_DAY, Level.WARNING, "A due date or gate on a non-working day");
        rule(GtmIssueCodes.OWNER_OVERLOAD, Level.INFO, "An owner with more than ownerWeeklyMax tasks due in one ISO week");
        rule(GtmIssueCodes.MEETING_INVALID, Level.ERROR, "A meeting that ends before it starts or lasts nothing");
        rule(GtmIssueCodes.OVERDUE, Level.WARNING, "A task not done whose due date has passed (with an as-of date)");
        rule(GtmIssueCodes.INTERNAL, Level.ERROR, "A defect of GTM Plan: a check or the loading of a file failed; please report it");
    }

    private CheckCatalog() {
    }

    private static void rule(String code, Level level, String description) {
        RULES.put(code, new Rule(code, level, description));
    }

    /** Every rule, in the order of language.md §5. */
    public static Iterable<Rule> rules() {
        return RULES.values();
    }

    public static Rule rule(String code) {
        return RULES.get(code);
    }

    public static boolean isKnown(String code) {
        return RULES.containsKey(code);
    }
}
