package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.gtmplan.lang.generator.DocumentPipeline;
import org.gtmplan.lang.generator.GeneratedFile;
import org.gtmplan.lang.generator.GenerationOptions;
import org.gtmplan.lang.ide.GtmIdeSetup;
import org.gtmplan.lang.ide.editing.PlanDocuments;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/**
 * The checklist's timeline draws a row per task up to 300 tasks and one row per workstream above
 * (ChecklistTimeline.TASK_ROWS_MAX): a bar from the workstream's earliest start to its latest due
 * date, its name and task count, and a mark per owner of its tasks for the owner filter.
 */
class ChecklistTimelineTest {

    private static final Injector INJECTOR = new GtmIdeSetup().createInjectorAndDoEMFRegistration();

    /**
     * The base plan (5 tasks) with extra tasks in its product workstream, {@code total} in all:
     * x1 due 2026-05-04 without effort (the workstream's earliest start is that due date), x2
     * Carol's, the others Bob's, due 2026-06-01 after 10 days of effort.
     */
    private static String page(int total) {
        StringBuilder tasks = new StringBuilder("task samples \"Demo units\" due T-60d\n");
        for (int i = 1; i <= total - 5; i++) {
            tasks.append("        task x").append(i).append(" \"Extra ").append(i).append('"').append(i == 2 ? " owner carol" : "")
                    .append(i == 1 ? " due 2026-05-04" : " due 2026-06-01 effort 10d").append('\n');
        }
        return page(tasks.toString(), total);
    }

    /** The base plan's page with {@code tasks} written in place of its samples task. */
    private static String page(String tasks, int total) {
        String text = BasePlan.base().replace("task samples \"Demo units\" due T-60d\n", tasks).text();
        List<Resource> resources = INJECTOR.getInstance(PlanDocuments.class)
                .parseAll(Map.of(URI.createFileURI("/project/base.gtm"), text), CancelIndicator.NullImpl).stream()
                .map(p -> (Resource) p.resource()).toList();
        DocumentPipeline.Documents documents = (DocumentPipeline.Documents) INJECTOR.getInstance(DocumentPipeline.class)
                .generate(resources, 0, Set.of("html"), GenerationOptions.defaults());
        GeneratedFile html = documents.files().stream().filter(f -> f.name().equals("Base.html")).findFirst().orElseThrow();
        assertEquals(total, count(html.text(), "<li class=\"item task"), "tasks in the plan");
        return html.text();
    }

    /** The timeline section only. */
    private static String timeline(String page) {
        return page.substring(page.indexOf("<section id=\"gtm-timeline\""), page.indexOf("</section>", page.indexOf("<section id=\"gtm-timeline\"")));
    }

    @Test
    void upTo300TasksEveryTaskHasARowAndABar() {
        String page = page(300);
        String svg = timeline(page);
        assertEquals(300, count(svg, "<g class=\"task-row\""));
        assertEquals(300, count(svg, "<rect class=\"bar status-"));
        assertEquals(4, count(svg, "<g class=\"workstream\">"), "a band per workstream above its tasks");
        assertFalse(svg.contains("ws-row") || svg.contains("ws-bar"), "no workstream bar");
        assertFalse(page.contains(":has("), "nor the style that goes with one");
    }

    @Test
    void above300TasksOneBarPerWorkstreamWithItsCountAndSpan() {
        String page = page(301);
        String svg = timeline(page);
        assertEquals(4, count(svg, "<g class=\"ws-row\">"));
        assertEquals(4, count(svg, "<rect class=\"bar ws-bar\""));
        assertEquals(0, count(svg, "<rect class=\"bar status-"), "no bar per task");
        // In pillar order; the span from the earliest start (a due date when there is no effort) to the latest due.
        List<String> titles = matches(svg, "<g class=\"ws-row\"><title>([^<]*)</title>");
        assertEquals(List.of("Product (product) — 297 tasks, 2026-05-04 … 2026-07-10: 297 to do",
                "Price (price) — 1 task, 2026-04-10 … 2026-04-10: 1 done",
                "Place (place) — 2 tasks, 2026-06-10 … 2026-09-03: 2 to do",
                "Promotion (promotion) — 1 task, 2026-08-04 … 2026-08-04: 1 to do"), titles);
        assertEquals(List.of("Product · 297 tasks", "Price · 1 task", "Place · 2 tasks", "Promotion · 1 task"),
                matches(svg, "<text class=\"ws-label\"[^>]*>(.*?)</text>").stream().map(label -> label.replaceAll("<[^>]*>", "")).toList());
        // One mark per owner of the workstream's tasks, for the owner filter.
        String product = svg.substring(svg.indexOf("<g class=\"ws-row\"><title>Product"), svg.indexOf("<g class=\"ws-row\"><title>Price"));
        assertEquals(List.of("bob", "carol"), matches(product, "<g class=\"task-row\" data-owner=\"([^\"]*)\"/>"));
        assertTrue(page.contains("svg .ws-row:not(:has(.task-row:not(.dimmed))) { opacity: 0.15; }"), "the filter dims a row without the owner's tasks");
        // Milestones, gates and day 0 stay.
        assertEquals(1, count(svg, "<line class=\"day0\""));
        assertEquals(2, count(svg, "<g class=\"gate\">"));
        assertTrue(count(svg, "<g class=\"milestone") >= 3, svg);
    }

    @Test
    void ticksOfALongPlanFallEvenlyAndNeverCrowd() {
        // Samples due in five years: the axis spans 59 months, about twelve ticks' worth at five
        // months each, which would put ticks in January, June and November, two months apart.
        String svg = timeline(page("task samples \"Demo units\" due 2030-12-01\n", 5));
        List<String> labels = matches(svg, "<text class=\"tick\"[^>]*>([0-9]{4}-[0-9]{2})</text>");
        assertTrue(labels.size() >= 6 && labels.size() <= 12, labels.toString());
        List<Integer> months = labels.stream().map(l -> Integer.parseInt(l.substring(0, 4)) * 12 + Integer.parseInt(l.substring(5)) - 1).toList();
        int step = months.get(1) - months.get(0);
        for (int i = 1; i < months.size(); i++) {
            assertEquals(step, months.get(i) - months.get(i - 1), "months between ticks " + labels);
        }
        assertEquals(0, 12 % step, "a step that divides the year: " + labels);
        assertEquals(0, months.get(0) % step, "ticks on the same months every year: " + labels);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static List<String> matches(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
