package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gtmplan.lang.dates.DateResolver;
import org.gtmplan.lang.time.Duration;
import org.gtmplan.lang.dates.ResolvedDates;
import org.gtmplan.lang.time.WorkCalendar;
import org.gtmplan.lang.generator.PlanView;
import org.gtmplan.lang.generator.PlanViewBuilder;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.gtm.Task;
import org.gtmplan.lang.model.PlanIndex;
import org.gtmplan.lang.model.PlanSettings;
import org.gtmplan.lang.validation.PlanAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/**
 * Issue 11: a date moves by a duration in one place, {@link WorkCalendar#shift}, which the resolver
 * (date offsets), the checks ({@link PlanAnalysis#plus}) and the documents (a task's start) all use.
 * They once disagreed for a calendar without working days: the resolver had no day, the checks and
 * documents kept the date unchanged.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GtmInjectorProvider.class)
class WorkingDayShiftTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 9, 8);

    @Inject
    private PlanFixtures fixtures;

    @Inject
    private DateResolver resolver;

    @Inject
    private PlanViewBuilder views;

    @Test
    void aCalendarWithoutWorkingDaysHasNoDayForAWorkingDayShiftInAnyDirection() {
        WorkCalendar none = new WorkCalendar(Set.of());
        for (String duration : List.of("0wd", "1wd", "20wd")) {
            assertNull(none.shift(TUESDAY, Duration.parse(duration), 1), duration + " forwards");
            assertNull(none.shift(TUESDAY, Duration.parse(duration), -1), duration + " backwards");
        }
        // Calendar days, weeks and an effort in hours need no working day.
        assertEquals(TUESDAY.plusDays(3), none.shift(TUESDAY, Duration.parse("3d"), 1));
        assertEquals(TUESDAY.minusDays(14), none.shift(TUESDAY, Duration.parse("2w"), -1));
        assertEquals(TUESDAY.minusDays(2), none.shift(TUESDAY, Duration.parse("25h"), -1));
    }

    @Test
    void aCalendarWithWorkingDaysSkipsTheOthersAndTheHolidays() {
        WorkCalendar sundayToThursday = new WorkCalendar(EnumSet.of(java.time.DayOfWeek.SUNDAY, java.time.DayOfWeek.MONDAY,
                java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.THURSDAY));
        sundayToThursday.addHolidays(LocalDate.of(2026, 9, 9), LocalDate.of(2026, 9, 10));
        // Tue 8th + 1wd: Wed and Thu are holidays, Fri and Sat are off, so Sun 13th.
        assertEquals(LocalDate.of(2026, 9, 13), sundayToThursday.shift(TUESDAY, Duration.parse("1wd"), 1));
        assertEquals(LocalDate.of(2026, 9, 7), sundayToThursday.shift(TUESDAY, Duration.parse("1wd"), -1));
        assertEquals(TUESDAY, sundayToThursday.shift(TUESDAY, Duration.parse("0wd"), 1));
    }

    @Test
    void theResolverTheChecksAndTheDocumentsMoveADateAlike() {
        Plan plan = fixtures.plan("""
                import acme.org.people.*
                plan p {
                    day0 2026-09-08
                    workdays SUN..THU
                    holidays CN2026
                    workstream place "Place" pillar place owner bob {
                        task forward "Forward" due T+20wd effort 7wd
                        task backward "Backward" due T-9wd effort 30h
                        task weeks "Weeks" due T+3w effort 2w
                    }
                }
                """, PlanFixtures.PEOPLE);
        ResolvedDates dates = resolver.resolve(plan);
        PlanAnalysis checks = new PlanAnalysis(new PlanIndex(plan), dates, PlanSettings.of(plan));
        PlanView documents = views.build(plan);
        WorkCalendar calendar = dates.calendar();

        for (Task task : new PlanIndex(plan).tasks()) {
            Duration offset = task.getDue().getOffset();
            int sign = task.getDue().getSign() == org.gtmplan.lang.gtm.Sign.MINUS ? -1 : 1;
            LocalDate due = dates.dateOf(task);
            assertNotNull(due, task.getName());
            assertEquals(calendar.shift(dates.day0(), offset, sign), due, "the resolver: " + task.getName());

            Duration effort = task.getEffort();
            LocalDate start = calendar.shift(due, effort, -1);
            assertEquals(start, checks.plus(due, effort, -1), "the checks: " + task.getName());
            PlanView.TaskView view = documents.tasks().stream().filter(t -> t.name().equals(task.getName())).findFirst().orElseThrow();
            assertEquals(start, view.start(), "the documents: " + task.getName());
        }
        // T+20wd crosses the National Day holidays (Oct 1-7) and the Fridays and Saturdays.
        Task forward = new PlanIndex(plan).tasks().stream().filter(t -> t.getName().equals("forward")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 10, 13), dates.dateOf(forward));
    }
}
