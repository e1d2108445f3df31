package org.gtmplan.lang.issues;

/**
 * The stable diagnostic codes of language.md §5. Users see them, tests assert on them and
 * {@code gtm validate --only} selects by them, so they never change once published.
 */
public final class GtmIssueCodes {

    private GtmIssueCodes() {
    }

    /** Any text the parser could not read (lexical or syntax error). */
    public static final String SYNTAX = "syntax";

    public static final String DUPLICATE_NAME = "duplicate-name";
    public static final String UNRESOLVED_REFERENCE = "unresolved-reference";
    public static final String INVALID_DATE = "invalid-date";
    public static final String MISSING_DAY0 = "missing-day0";
    public static final String DATE_CYCLE = "date-cycle";
    /** An extension of the spec: a timezone that is no IANA zone would silently become UTC in calendars. */
    public static final String INVALID_TIMEZONE = "invalid-timezone";

    // The launch process (domain.md), one code per rule.
    public static final String MISSING_CORE_MILESTONE = "missing-core-milestone";
    public static final String GATE_ORDER = "gate-order";
    public static final String BEFORE_KICKOFF = "before-kickoff";
    public static final String GATE_WITHOUT_CRITERIA = "gate-without-criteria";
    public static final String GATE_WITHOUT_DECIDER = "gate-without-decider";
    public static final String REQUIRED_AFTER_GATE = "required-after-gate";
    public static final String MISSING_PILLAR = "missing-pillar";
    public static final String MISSING_OWNER = "missing-owner";
    public static final String DEPENDENCY_CYCLE = "dependency-cycle";
    public static final String DEPENDENCY_ORDER = "dependency-order";
    public static final String NOT_ENOUGH_TIME = "not-enough-time";
    public static final String LAUNCH_WITHOUT_SALE = "launch-without-sale";
    public static final String RETAIL_LATE = "retail-late";
    public static final String SUPPLY_LATE = "supply-late";
    public static final String MISSING_RESPONSE = "missing-response";
    public static final String MISSING_MEETING = "missing-meeting";
    public static final String MISSING_EOL = "missing-eol";
    public static final String MSP_MISSING = "msp-missing";
    public static final String MSP_INCOMPLETE = "msp-incomplete";
    public static final String INVALID_QUANTITY = "invalid-quantity";
    public static final String ACTIVITY_WITHOUT_EFFECT = "activity-without-effect";
    public static final String TOO_MANY_COMPANY_ACTIVITIES = "too-many-company-activities";
    public static final String OVER_BUDGET = "over-budget";
    public static final String CURRENCY_MISMATCH = "currency-mismatch";
    public static final String NON_WORKING_DAY = "non-working-day";
    public static final String OWNER_OVERLOAD = "owner-overload";
    public static final String MEETING_INVALID = "meeting-invalid";
    public static final String OVERDUE = "overdue";

    /**
     * Not a finding about the plan but a defect of GTM Plan: a check, or loading a file, failed with
     * an exception. Reported as one error where it happened, so everything else is still reported.
     */
    public static final String INTERNAL = "internal";
}
