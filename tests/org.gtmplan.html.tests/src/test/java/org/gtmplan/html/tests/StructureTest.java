package org.gtmplan.html.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** What the pages hold, read with a real HTML parser (jsoup parses as browsers do). */
class StructureTest {

    private static Document page(Path dir, String name) {
        Path file = dir.resolve(name);
        assertTrue(Files.isRegularFile(file), "not generated: " + file);
        return Jsoup.parse(GeneratedPages.read(file), file.toUri().toString());
    }

    private static Document mateX() {
        return page(GeneratedPages.examples(), "MateX.html");
    }

    @Test
    void headerShowsProductKindDay0LeadAndProgress() {
        Document doc = mateX();
        assertEquals("zh", doc.selectFirst("html").attr("lang"));
        assertEquals("Mate X 全球上市", doc.title());
        String facts = doc.selectFirst("header dl.facts").text();
        assertTrue(facts.contains("Mate X") && facts.contains("newProduct") && facts.contains("Tue 2026-09-08 (T)")
                && facts.contains("Alice Zhang"), facts);
        Element progress = doc.getElementById("gtm-progress");
        assertEquals("10", progress.attr("max"));
        assertEquals("2", progress.attr("value"));
        assertTrue(doc.getElementById("gtm-progress-text").text().startsWith("2 / 10"));
    }

    @Test
    void labelsFollowThePlansLanguage() {
        List<String> zh = mateX().select("main > section > h2").eachText();
        assertTrue(zh.contains("时间线") && zh.contains("评审点") && zh.contains("工作流") && zh.contains("例会"), zh.toString());
        Document big = page(GeneratedPages.big(), "Big200.html");
        assertEquals("en", big.selectFirst("html").attr("lang"));
        List<String> en = big.select("main > section > h2").eachText();
        assertTrue(en.contains("Timeline") && en.contains("Gates") && en.contains("Workstreams"), en.toString());
    }

    @Test
    void oneSectionPerGateInDateOrderWithCriteriaAndRequiredTasks() {
        Document doc = mateX();
        Elements gates = doc.select("#gtm-gates > section.gate");
        assertEquals(List.of("acme.phones.MateX.GR2", "acme.phones.MateX.GR4"), gates.eachAttr("id"));
        List<LocalDate> dates = gates.stream().map(g -> LocalDate.parse(g.selectFirst("h3 time").attr("datetime"))).toList();
        assertEquals(List.of(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 8, 7)), dates);

        Element gr2 = gates.get(0);
        assertEquals(List.of("Target markets and segments selected", "Price band agreed with finance"),
                gr2.select("li.criterion label").eachText());
        assertEquals(List.of("acme.phones.MateX.priceBand", "acme.phones.MateX.channelPlan"),
                gr2.select("li.required input[type=checkbox]").eachAttr("data-key"));
        // Both are done in the plan, so both start ticked.
        gr2.select("li.required input").forEach(box -> assertTrue(box.hasAttr("checked"), box.outerHtml()));
        assertEquals(List.of("acme.phones.MateX.salesTraining", "acme.phones.MateX.supplyForecast", "acme.phones.MateX.website"),
                gates.get(1).select("li.required input").eachAttr("data-key"));
    }

    @Test
    void workstreamsGroupedByPillarWithACheckboxPerTaskFromItsStatus() {
        Document doc = mateX();
        assertEquals(List.of("gtm-pillar-product", "gtm-pillar-price", "gtm-pillar-place", "gtm-pillar-promotion"),
                doc.select("#gtm-workstreams > section.pillar").eachAttr("id"));
        for (Element pillar : doc.select("#gtm-workstreams > section.pillar")) {
            assertFalse(pillar.select("section.workstream").isEmpty(), pillar.id());
        }
        Elements tasks = doc.select("li.task");
        assertEquals(10, tasks.size());
        Map<String, Boolean> checked = new TreeMap<>();
        for (Element task : tasks) {
            Elements boxes = task.select("> div.line > input[type=checkbox][data-task]");
            assertEquals(1, boxes.size(), task.id());
            assertEquals(task.id(), boxes.first().attr("data-key"));
            checked.put(task.id().substring("acme.phones.MateX.".length()), boxes.first().hasAttr("checked"));
        }
        Map<String, Boolean> expected = new TreeMap<>();
        for (String name : List.of("samples", "firmwareFreeze", "finalPrice", "supplyForecast", "retailReady", "website",
                "salesTraining", "hotline")) {
            expected.put(name, false);
        }
        expected.put("priceBand", true);
        expected.put("channelPlan", true);
        assertEquals(expected, checked);
        assertEquals("进行中", doc.getElementById("acme.phones.MateX.firmwareFreeze").selectFirst(".status").text());

        // Tasks by due date inside a workstream; the task details are there.
        Element promotion = doc.getElementById("acme.phones.MateX.promotion");
        assertEquals(List.of("acme.phones.MateX.salesTraining", "acme.phones.MateX.website", "acme.phones.MateX.hotline"),
                promotion.select("li.task").eachAttr("id"));
        Element training = doc.getElementById("acme.phones.MateX.salesTraining");
        assertTrue(training.text().contains("Frank Zhou") && training.text().contains("Tue 2026-08-04 (T-35d)"), training.text());
        assertEquals("Train retail staff before GR4; record the session for late joiners.", training.selectFirst(".note").text());
        assertEquals(List.of("Training deck reviewed by PDT", "Demo script in Chinese and English"),
                training.select("ul.sub label").eachText());
        assertTrue(doc.getElementById("acme.phones.MateX.firmwareFreeze").text().contains("samples"), "dependencies shown");
    }

    @Test
    void mspWithTargetsActivitiesAndTheBudgetSum() {
        Document doc = mateX();
        Element msp = doc.getElementById("gtm-msp");
        assertNotNull(msp);
        assertEquals(4, msp.select("li.target").size());
        assertEquals(List.of("acme.phones.MateX.launchShow", "acme.phones.MateX.roadshow", "acme.phones.MateX.workshop"),
                msp.select("li.activity").eachAttr("id"));
        Element sum = doc.getElementById("gtm-budget-sum");
        assertEquals("18300000", sum.selectFirst("data").attr("value"));
        assertTrue(sum.text().contains("18,300,000 CNY"), sum.text());
        assertTrue(msp.text().contains("Top-2 foldable in China premium segment within 6 months"));
    }

    @Test
    void meetings() {
        Elements meetings = mateX().select("#gtm-meetings li.meeting");
        assertEquals(List.of("acme.phones.MateX.pctWeekly", "acme.phones.MateX.mtMonthly"), meetings.eachAttr("id"));
        assertTrue(meetings.get(0).text().contains("PCT 例会") && meetings.get(0).text().contains("10:00"), meetings.get(0).text());
        assertEquals(List.of("PCT", "IPMS_MT"), meetings.eachAttr("data-owner"));
    }

    @Test
    void ownerFilterOffersEveryOwnerAndEveryItemSaysWhoseItIs() {
        Document doc = mateX();
        Element select = doc.getElementById("gtm-owner-filter");
        assertEquals(List.of("", "IPMS_MT", "PCT", "alice", "bob", "carol", "dan", "erin", "frank", "grace"),
                select.select("option").eachAttr("value"));
        Set<String> offered = Set.copyOf(select.select("option").eachAttr("value"));
        for (Element item : doc.select(".item")) {
            assertTrue(offered.contains(item.attr("data-owner")), item.outerHtml());
        }
        // A task without an owner of its own counts for its workstream's owner.
        assertEquals("carol", doc.getElementById("acme.phones.MateX.priceBand").attr("data-owner"));
    }

    @Test
    void timelineHasDay0GatesMilestonesAndABarPerTask() {
        Document doc = mateX();
        Element svg = doc.selectFirst("#gtm-timeline svg");
        assertNotNull(svg);
        assertEquals(1, svg.select("line.day0").size());
        assertEquals(2, svg.select("g.gate").size());
        assertEquals(10, svg.select("rect.bar").size());
        assertTrue(svg.select("g.milestone").size() >= 3);
        // The task with an effort of 20d spans 20 days; one without effort is a short mark.
        assertTrue(svg.text().contains("Retail demo units"));

        Document big = page(GeneratedPages.big(), "Big200.html");
        Element bigSvg = big.selectFirst("#gtm-timeline svg");
        assertEquals(200, bigSvg.select("rect.bar").size());
        assertEquals(200, big.select("li.task").size());
        // One row per task: the picture grows with the plan instead of squeezing it.
        assertTrue(Integer.parseInt(bigSvg.attr("height")) >= 200 * 16, bigSvg.attr("height"));
        List<Double> rows = new ArrayList<>();
        for (Element bar : bigSvg.select("rect.bar")) {
            rows.add(Double.parseDouble(bar.attr("y")));
        }
        assertEquals(200, rows.stream().distinct().count(), "each bar on a row of its own");
        for (Element bar : bigSvg.select("rect.bar")) {
            assertTrue(Double.parseDouble(bar.attr("width")) >= 4, "a visible bar: " + bar.outerHtml());
        }
        // Statuses show in checkboxes: every 4th task is done.
        long checked = big.select("li.task > div.line > input[checked]").size();
        assertEquals(50, checked);
        assertTrue(bigSvg.select(".ws-row, .ws-bar").isEmpty(), "200 tasks are drawn per task, not per workstream");
    }

    /**
     * Above 300 tasks the timeline has one row per workstream: its name and task count, a bar from
     * its tasks' earliest start (or due date, without effort) to their latest due date, as the
     * workstream sections give them, and a mark per owner of its tasks for the owner filter.
     */
    @Test
    void aBigPlansTimelineHasABarPerWorkstreamSpanningItsTasks() {
        Document doc = page(GeneratedPages.big400(), "Big400.html");
        Element svg = doc.selectFirst("#gtm-timeline svg");
        assertEquals(400, doc.select("li.task").size());
        assertTrue(svg.select(".task-row rect, .task-row text").isEmpty(), "no row per task");
        assertEquals(4, svg.select("rect.bar").size());
        assertEquals(4, svg.select("rect.bar.ws-bar").size());
        assertTrue(Integer.parseInt(svg.attr("height")) < 400, "a picture of a few rows: " + svg.attr("height"));
        assertEquals(1, svg.select("line.day0").size());
        assertEquals(2, svg.select("g.gate").size());
        assertEquals(3, svg.select("g.milestone").size());

        // The scale, from the first and last month lines of the axis (each at the first of its month).
        Elements grid = svg.select("g.axis line.grid");
        Elements ticks = svg.select("g.axis text.tick");
        LocalDate firstMonth = LocalDate.parse(ticks.first().text() + "-01");
        LocalDate lastMonth = LocalDate.parse(ticks.last().text() + "-01");
        double left = Double.parseDouble(grid.first().attr("x1"));
        double perDay = (Double.parseDouble(grid.last().attr("x1")) - left) / ChronoUnit.DAYS.between(firstMonth, lastMonth);

        Elements rows = svg.select("g.ws-row");
        Elements streams = doc.select("section.workstream");
        assertEquals(4, rows.size());
        assertEquals(streams.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Element stream = streams.get(i);
            Element row = rows.get(i);
            String title = stream.selectFirst("h4").ownText().trim();
            LocalDate earliest = null;
            LocalDate latest = null;
            Set<String> owners = new TreeSet<>();
            for (Element task : stream.select("li.task")) {
                owners.add(task.attr("data-owner"));
                Elements times = task.select(".meta time");
                LocalDate due = date(times.get(0));
                LocalDate start = times.size() > 1 ? date(times.get(1)) : due;
                earliest = earliest == null || start.isBefore(earliest) ? start : earliest;
                latest = latest == null || due.isAfter(latest) ? due : latest;
            }
            int tasks = stream.select("li.task").size();
            assertEquals(100, tasks);
            assertEquals(title + " · " + tasks + " tasks", row.selectFirst("text.ws-label").text(), "name and count");
            assertTrue(row.selectFirst("title").text().startsWith(title + " (" + Fixtures.PILLARS[i] + ") — " + tasks + " tasks, "
                    + earliest + " … " + latest + ": "), row.selectFirst("title").text());
            Element bar = row.selectFirst("rect.ws-bar");
            double x = Double.parseDouble(bar.attr("x"));
            double end = x + Double.parseDouble(bar.attr("width"));
            assertEquals(left + ChronoUnit.DAYS.between(firstMonth, earliest) * perDay, x, 0.3, "starts at " + earliest);
            assertEquals(left + (ChronoUnit.DAYS.between(firstMonth, latest) + 1) * perDay, end, 0.3, "ends with " + latest);
            assertEquals(List.copyOf(owners), row.select("g.task-row").eachAttr("data-owner"), "a mark per owner of its tasks");
        }
        // The fixture's promotion workstream is p5's alone.
        assertEquals(List.of("p5"), rows.last().select("g.task-row").eachAttr("data-owner"));
    }

    /**
     * Above 300 tasks each task leaves out what nothing reads (ChecklistHtmlGenerator.Page#lean): its
     * status-* class (the pill says it), data-task's value, a datetime that repeats the ISO date of
     * its time element, the span around the owner's name, the line breaks inside the item; up to 300
     * it is all there. What the reader sees is the same.
     */
    @Test
    void aBigPlansTasksLeaveOutWhatNothingReads() {
        Document lean = page(GeneratedPages.big400(), "Big400.html");
        Document full = page(GeneratedPages.big(), "Big200.html");
        Element t020 = lean.getElementById("big.test.Big400.t020");
        Element full020 = full.getElementById("big.test.Big200.t020");
        assertEquals("item task", t020.className());
        assertEquals("item task status-done", full020.className());
        String text = "Task number 20 t020 Person 1 p1 · Due \\w{3} \\d{4}-\\d\\d-\\d\\d \\(T-\\d+d\\) · done · Effort 21d \\(from \\d{4}-\\d\\d-\\d\\d\\)";
        assertTrue(t020.text().matches(text), "the same text: " + t020.text());
        assertTrue(full020.text().matches(text), full020.text());
        assertEquals("", t020.selectFirst("input").attr("data-task"));
        assertEquals("1", full020.selectFirst("input").attr("data-task"));
        // Due (its text is "Wed 2026-02-25 (T-195d)") and start (its text the ISO date).
        assertEquals(List.of(true, false), t020.select(".meta time").stream().map(time -> time.hasAttr("datetime")).toList());
        assertEquals(List.of(true, true), full020.select(".meta time").stream().map(time -> time.hasAttr("datetime")).toList());
        assertTrue(t020.select(".owner").isEmpty());
        assertEquals(1, full020.select(".owner").size());
        String html = GeneratedPages.read(GeneratedPages.big400().resolve("Big400.html"));
        assertFalse(html.contains("</div>\n<div class=\"meta\">"), "no line break inside a task");
        for (Element task : lean.select("li.task")) {
            assertEquals(1, task.select("input[data-task]").size(), task.id());
            for (Element time : task.select("time:not([datetime])")) {
                LocalDate.parse(time.text());
            }
        }
        // The lead keeps its e-mail's span.
        assertEquals(1, lean.select("header .owner").size());
    }

    /** A {@code time} element's date: its datetime attribute, else its text (which is then the date). */
    private static LocalDate date(Element time) {
        return LocalDate.parse(time.hasAttr("datetime") ? time.attr("datetime") : time.text());
    }

    @Test
    void selfContainedNothingFetched() {
        for (Document doc : List.of(mateX(), page(GeneratedPages.big(), "Big200.html"), page(GeneratedPages.big400(), "Big400.html"),
                page(GeneratedPages.hostile(), "Hostile.html"),
                page(GeneratedPages.several(), "index.html"))) {
            assertTrue(doc.select("link, img, iframe, object, embed, audio, video, source, base").isEmpty(), doc.location());
            for (Element script : doc.select("script")) {
                assertFalse(script.hasAttr("src"), script.outerHtml());
            }
            for (Element element : doc.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String key = attribute.getKey().toLowerCase();
                    if (key.equals("src") || key.equals("href") || key.endsWith(":href") || key.equals("action")) {
                        String value = attribute.getValue();
                        assertFalse(value.contains(":") || value.startsWith("//"), "external reference in " + doc.location() + ": "
                                + element.outerHtml());
                    }
                    if (!key.equals("xmlns")) {
                        assertFalse(attribute.getValue().matches("(?is).*\\b(https?:)?//.*"), "a URL in " + element.outerHtml());
                    }
                }
            }
            // Inline style and script only: the CSS has no url(), no @import.
            String css = doc.select("style").html();
            assertFalse(css.contains("url(") || css.contains("@import"), "fetching CSS");
        }
    }

    @Test
    void indexListsEveryPlanWithARelativeLink() {
        Document index = page(GeneratedPages.several(), "index.html");
        assertEquals(List.of("Big200.html", "MateX.html"), index.select("a[href]").eachAttr("href"));
        assertTrue(Files.isRegularFile(GeneratedPages.several().resolve("MateX.html")));
        assertTrue(Files.isRegularFile(GeneratedPages.several().resolve("Big200.html")));
        assertTrue(index.text().contains("Mate X 全球上市") && index.text().contains("2 / 10"), index.text());
    }

    @Test
    void hostileStringsAreTextEverywhere() {
        Path file = GeneratedPages.hostile().resolve("Hostile.html");
        String html = GeneratedPages.read(file);
        Document doc = page(GeneratedPages.hostile(), "Hostile.html");
        // Only the page's own three scripts: the constant head program (content-visibility for big
        // pages), the JSON data block and the constant program, each exactly as the generator ships it.
        Elements scripts = doc.select("script");
        assertEquals(3, scripts.size(), scripts.toString());
        assertFalse(scripts.get(0).hasAttr("type"));
        assertEquals(generatorResource("checklist-head.js"), scripts.get(0).data());
        assertEquals("head", scripts.get(0).parent().tagName());
        assertEquals("application/json", scripts.get(1).attr("type"));
        assertFalse(scripts.get(2).hasAttr("type"));
        assertEquals(generatorResource("checklist.js"), scripts.get(2).data());
        assertTrue(doc.select("img").isEmpty());
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertFalse(attribute.getKey().toLowerCase().startsWith("on"), "an event handler: " + element.outerHtml());
            }
        }
        // The data block escapes what could end the script element (Gson's HTML-safe mode).
        String data = scripts.get(1).data();
        assertFalse(data.contains("<") || data.contains(">") || data.contains("'") || data.contains("&"), data);
        assertTrue(data.contains("\\u003cscript\\u003ewindow.pwned\\u003d1\\u003c/script\\u003e"), data);
        assertEquals(0, count(html, "<script>window"), "a payload became a script element");
        assertEquals(0, count(html, "<img"), "a payload became an element");

        String text = doc.body().text();
        for (String payload : Fixtures.PAYLOADS) {
            assertTrue(text.contains(payload), "not shown literally: " + payload);
        }
        assertEquals(Fixtures.PAYLOADS.get(0), doc.title());
        // In attributes too: the owner filter's values and the items' owners stay exact.
        assertEquals(Set.of("", "crew", "eve", "mal"), Set.copyOf(doc.select("#gtm-owner-filter option").eachAttr("value")));
        assertTrue(doc.select("#gtm-owner-filter option").eachText().contains(Fixtures.PAYLOADS.get(2) + " (eve)"));
    }

    @Test
    void sameInputSameBytes() throws Exception {
        Path again = GeneratedPages.work().resolve("out").resolve("examples-again");
        GeneratedPages.run(again, List.of(GeneratedPages.root().resolve("examples")));
        assertArrayEquals(Files.readAllBytes(GeneratedPages.examples().resolve("MateX.html")), Files.readAllBytes(again.resolve("MateX.html")));
        String html = GeneratedPages.read(again.resolve("MateX.html"));
        assertFalse(html.contains("2026-01-01"), "SOURCE_DATE_EPOCH leaked into the page");
        assertEquals(Set.of("MateX.html"), Files.list(again).map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** A constant the checklist generator writes into every page, as it is in the sources. */
    private static String generatorResource(String name) {
        return "\n" + GeneratedPages.read(GeneratedPages.root().resolve("bundles/org.gtmplan.lang/src/org/gtmplan/lang/generator").resolve(name));
    }
}
