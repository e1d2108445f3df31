package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.gtmplan.lang.generator.PlanView;
import org.gtmplan.lang.gtm.MilestoneKind;
import org.gtmplan.lang.gtm.Pillar;
import org.gtmplan.lang.gtm.PlanKind;
import org.gtmplan.lang.gtm.Status;
import org.gtmplan.lang.gtm.TaskKind;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: the documents read kinds, statuses, pillars, units and days from the plan view as the
 * grammar's enums and java.time types, never as keyword text each generator would compare again.
 */
class PlanViewTypesTest {

    @Test
    void keywordsAndDaysOfThePlanViewAreTyped() {
        Map<String, Class<?>> expected = new LinkedHashMap<>();
        expected.put("PlanView.kind", PlanKind.class);
        expected.put("PlanView.day0", LocalDate.class);
        expected.put("MilestoneView.kind", MilestoneKind.class);
        expected.put("TaskView.kind", TaskKind.class);
        expected.put("TaskView.status", Status.class);
        expected.put("TaskView.due", LocalDate.class);
        expected.put("WorkstreamView.pillar", Pillar.class);
        expected.put("MeetingView.unit", ChronoUnit.class);
        expected.put("MeetingView.day", DayOfWeek.class);
        expected.put("MeetingView.time", LocalTime.class);
        Map<String, Class<?>> actual = new LinkedHashMap<>();
        for (String key : expected.keySet()) {
            String[] parts = key.split("\\.");
            actual.put(key, componentType(record(parts[0]), parts[1]));
        }
        assertEquals(expected, actual);
    }

    private static Class<?> record(String simpleName) {
        if (simpleName.equals(PlanView.class.getSimpleName())) {
            return PlanView.class;
        }
        return Arrays.stream(PlanView.class.getDeclaredClasses()).filter(c -> c.getSimpleName().equals(simpleName)).findFirst()
                .orElseThrow(() -> new AssertionError("no record " + simpleName));
    }

    private static Class<?> componentType(Class<?> record, String name) {
        return Arrays.stream(record.getRecordComponents()).filter(c -> c.getName().equals(name)).map(RecordComponent::getType)
                .findFirst().orElseThrow(() -> new AssertionError("no component " + record.getSimpleName() + "." + name));
    }
}
