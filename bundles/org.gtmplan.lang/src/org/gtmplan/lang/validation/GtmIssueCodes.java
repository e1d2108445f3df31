package org.gtmplan.lang.validation;

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
}
