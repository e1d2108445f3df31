package org.gtmplan.lang.diff;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.gtmplan.lang.time.WorkCalendar;

/** Compares two snapshots of one plan (matched by qualified name): {@link PlanChanges}. */
public final class PlanDiff {

    private PlanDiff() {
    }

    public static PlanChanges compare(PlanSnapshot before, PlanSnapshot after) {
        List<PlanSnapshot.Element> added = new ArrayList<>();
        List<PlanSnapshot.Element> removed = new ArrayList<>();
        List<PlanChanges.DateMove> moved = new ArrayList<>();
        List<PlanChanges.FieldChange> changed = new ArrayList<>();
        List<String> nowAfterGr4 = new ArrayList<>();
        LocalDate oldGr4 = dateOf(before, "GR4");
        LocalDate newGr4 = dateOf(after, "GR4");
        for (PlanSnapshot.Element now : after.elements().values()) {
            PlanSnapshot.Element was = before.elements().get(now.name());
            if (was == null || !was.kind().equals(now.kind())) {
                added.add(now);
                if (was != null) {
                    removed.add(was);
                }
                continue;
            }
            if (was.date() != null && now.date() != null && !was.date().equals(now.date())) {
                long days = ChronoUnit.DAYS.between(was.date(), now.date());
                String because = Objects.equals(was.expression(), now.expression())
                        ? (now.anchor() != null ? now.anchor() : "T") : null;
                moved.add(new PlanChanges.DateMove(now.kind(), now.name(), was.date(), now.date(), days,
                        workingDaysBetween(after.calendar(), was.date(), now.date()), because));
            }
            field(changed, now, "owner", was.owner(), now.owner());
            field(changed, now, "status", was.status(), now.status());
            field(changed, now, "effort", was.effort(), now.effort());
            if ("task".equals(now.kind()) && newGr4 != null && now.date() != null && now.date().isAfter(newGr4)
                    && !(oldGr4 != null && was.date() != null && was.date().isAfter(oldGr4))) {
                nowAfterGr4.add(now.name());
            }
        }
        for (PlanSnapshot.Element was : before.elements().values()) {
            if (!after.elements().containsKey(was.name())) {
                removed.add(was);
            }
        }
        return new PlanChanges(after.qualifiedName(), before.day0(), after.day0(), added, removed, moved, changed, nowAfterGr4);
    }

    /** Working days from {@code from} to {@code to} (negative backwards), in the newer plan's calendar. */
    static long workingDaysBetween(WorkCalendar calendar, LocalDate from, LocalDate to) {
        if (calendar == null || !calendar.hasWorkingDays()) {
            return 0;
        }
        int step = to.isAfter(from) ? 1 : -1;
        long count = 0;
        for (LocalDate day = from; !day.equals(to);) {
            day = day.plusDays(step);
            if (calendar.isWorkingDay(day)) {
                count += step;
            }
        }
        return count;
    }

    private static void field(List<PlanChanges.FieldChange> changed, PlanSnapshot.Element element, String field, String was, String now) {
        if (!Objects.equals(was, now)) {
            changed.add(new PlanChanges.FieldChange(element.kind(), element.name(), field, was, now));
        }
    }

    private static LocalDate dateOf(PlanSnapshot snapshot, String name) {
        PlanSnapshot.Element element = snapshot.elements().get(name);
        return element == null || !"gate".equals(element.kind()) ? null : element.date();
    }
}
