package org.gtmplan.lang.diff;

import java.time.LocalDate;
import java.util.Map;

import org.gtmplan.lang.time.WorkCalendar;

/**
 * What a revision of a plan says, as {@link PlanDiff} compares it: every dated element with its
 * resolved day and the date expression as written, and what a reviewer cares about beside dates.
 *
 * @param elements by name (names are unique in a plan), in document order
 */
public record PlanSnapshot(String qualifiedName, LocalDate day0, WorkCalendar calendar, Map<String, Element> elements) {

    /**
     * One milestone, gate or task ({@code kind}); {@code expression} is its date as written
     * ({@code GR2+20wd}); {@code anchor} the element it hangs on, or null; owner, status and
     * effort are a task's (its own owner or its workstream's).
     */
    public record Element(String kind, String name, String title, LocalDate date, String expression, String anchor,
            String owner, String status, String effort) {
    }
}
