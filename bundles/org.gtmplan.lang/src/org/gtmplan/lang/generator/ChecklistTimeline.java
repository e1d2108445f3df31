package org.gtmplan.lang.generator;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gtmplan.lang.generator.PlanView.ActivityView;
import org.gtmplan.lang.generator.PlanView.CriterionView;
import org.gtmplan.lang.generator.PlanView.GateView;
import org.gtmplan.lang.generator.PlanView.MeetingView;
import org.gtmplan.lang.generator.PlanView.MilestoneView;
import org.gtmplan.lang.generator.PlanView.MoneyView;
import org.gtmplan.lang.generator.PlanView.MspView;
import org.gtmplan.lang.generator.PlanView.OwnerView;
import org.gtmplan.lang.generator.PlanView.ResponseView;
import org.gtmplan.lang.generator.PlanView.TargetView;
import org.gtmplan.lang.generator.PlanView.TaskView;
import org.gtmplan.lang.generator.PlanView.WorkstreamView;
import org.gtmplan.lang.gtm.Status;
import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import com.google.common.net.UrlEscapers;
import com.google.gson.Gson;
import com.google.gson.JsonObject;

import static org.gtmplan.lang.generator.ChecklistHtmlGenerator.add;
import static org.gtmplan.lang.generator.ChecklistHtmlGenerator.displayTitle;
import static org.gtmplan.lang.generator.ChecklistHtmlGenerator.esc;
import static org.gtmplan.lang.generator.ChecklistHtmlGenerator.f;
import static org.gtmplan.lang.generator.ChecklistHtmlGenerator.max;
import static org.gtmplan.lang.generator.ChecklistHtmlGenerator.nullToEmpty;
import static org.gtmplan.lang.generator.ChecklistHtmlGenerator.truncate;

/**
 * The checklist's timeline picture: inline SVG with a row per task (a bar from due − effort to
 * due), the milestones and gates above, and the day-0 line, scaled so a plan of 200 tasks stays
 * readable. Above {@link #TASK_ROWS_MAX} tasks, a row per workstream instead (a bar from its
 * earliest start to its latest due date, with its task count).
 */
final class ChecklistTimeline {

    private final PlanView plan;
    private final Labels l;
    private final StringBuilder out;

    ChecklistTimeline(PlanView plan, Labels l, StringBuilder out) {
        this.plan = plan;
        this.l = l;
        this.out = out;
    }

    // ---- timeline ---------------------------------------------------------------------

    private static final int WIDTH = 1100;
    private static final int LABEL_WIDTH = 250;
    private static final int CHART_LEFT = LABEL_WIDTH + 10;
    private static final int CHART_RIGHT = WIDTH - 20;
    private static final int ROW = 18;
    private static final int AXIS = 34;
    /**
     * Plans of more tasks than this get one timeline row per workstream instead of one per task.
     * At 18 px a row, 300 tasks already make a picture about 5,500 px tall (six screens) that
     * nobody reads row by row, and each row weighs about 300 bytes of SVG: 20,000 tasks made a
     * 5.6 MB timeline, a third of the page and of the time to open it (docs/performance.md).
     * Plans up to here, the example's and the tests' 200 tasks among them, are drawn per task.
     */
    static final int TASK_ROWS_MAX = 300;

    /** What only pages with workstream rows need, added to the page's style (the constant checklist.css stays as it is). */
    static final String WORKSTREAM_CSS = "svg .ws-bar { fill: var(--accent); }\n"
            + "svg .ws-count { font-weight: normal; }\n"
            + "svg .ws-row:not(:has(.task-row:not(.dimmed))) { opacity: 0.15; }\n"
            + ".legend .key.ws { background: var(--accent); }\n";

    /** Task counts as 20,000. */
    private static final DecimalFormat COUNT = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));

    /** Whether the timeline draws a row per task ({@link #TASK_ROWS_MAX} tasks or fewer) or one per workstream. */
    static boolean drawsTaskBars(PlanView plan) {
        return plan.tasks().size() <= TASK_ROWS_MAX;
    }

    /** Milestones further than this after everything else are drawn at the right edge, so they do not squeeze the bars. */
    private static final int FAR_AFTER_DAYS = 120;

    /**
     * Months between two ticks: at most about twelve ticks, on a step that divides a year or is whole
     * years, so that ticks fall evenly (every third month from January, every other year...).
     */
    static int tickStep(long months) {
        long wanted = Math.max(1, (months + 11) / 12);
        for (int step : new int[] { 1, 2, 3, 4, 6, 12 }) {
            if (step >= wanted) {
                return step;
            }
        }
        return (int) (12 * ((wanted + 11) / 12));
    }

    void write() {
        List<LocalDate> core = new ArrayList<>();
        for (TaskView t : plan.tasks()) {
            add(core, t.due());
            add(core, t.start());
        }
        for (GateView g : plan.gates()) {
            add(core, g.date());
        }
        add(core, plan.day0());
        for (MilestoneView m : plan.milestones()) {
            add(core, m.date());
        }
        if (core.isEmpty()) {
            return;
        }
        LocalDate first = core.stream().min(LocalDate::compareTo).get();
        LocalDate lastCore = first;
        for (TaskView t : plan.tasks()) {
            lastCore = max(lastCore, t.due());
        }
        for (GateView g : plan.gates()) {
            lastCore = max(lastCore, g.date());
        }
        lastCore = max(lastCore, plan.day0());
        LocalDate last = lastCore;
        List<MilestoneView> far = new ArrayList<>();
        for (MilestoneView m : plan.milestones()) {
            if (m.date() == null) {
                continue;
            }
            if (m.date().isAfter(lastCore.plusDays(FAR_AFTER_DAYS))) {
                far.add(m);
            } else {
                last = max(last, m.date());
            }
        }
        // A margin of a few days on each side, so bars at the ends stay visible.
        LocalDate from = first.minusDays(3);
        LocalDate to = last.plusDays(7);
        Scale x = new Scale(from, to);

        List<Object> markers = new ArrayList<>();
        markers.addAll(plan.milestones().stream().filter(m -> m.date() != null && !far.contains(m)).toList());
        markers.addAll(plan.gates().stream().filter(g -> g.date() != null).toList());
        markers.sort(java.util.Comparator.comparing(ChecklistTimeline::markerDate).thenComparing(ChecklistTimeline::markerName));
        boolean perTask = drawsTaskBars(plan);
        int rows = markers.size() + (far.isEmpty() ? 0 : 1);
        for (WorkstreamView w : plan.workstreams()) {
            rows += perTask ? 1 + w.tasks().size() : 1;
        }
        int height = AXIS + rows * ROW + 10;

        out.append("<section id=\"gtm-timeline\" class=\"timeline\">\n<h2>").append(l.get("timeline")).append("</h2>\n");
        out.append("<div class=\"svgbox\"><svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline-svg\" role=\"img\" width=\"")
                .append(WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" aria-labelledby=\"gtm-timeline-title\">\n");
        out.append("<title id=\"gtm-timeline-title\">").append(l.get("timeline")).append(": ").append(esc(displayTitle(plan)))
                .append("</title>\n");

        if (!perTask) {
            // The workstream rows' bands, first, so that the grid and the markers' lines cross them.
            int bandY = AXIS + (markers.size() + (far.isEmpty() ? 0 : 1)) * ROW;
            for (int i = 0; i < plan.workstreams().size(); i++, bandY += ROW) {
                out.append("<rect class=\"band\" x=\"0\" y=\"").append(bandY).append("\" width=\"").append(WIDTH)
                        .append("\" height=\"").append(ROW).append("\"/>\n");
            }
        }
        // Month (or coarser) ticks along the top, with light grid lines down the chart.
        long months = ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1)) + 1;
        int step = tickStep(months);
        out.append("<g class=\"axis\">\n");
        LocalDate tick = from.withDayOfMonth(1).plusMonths(1);
        while (!tick.isAfter(to)) {
            if ((tick.getYear() * 12L + tick.getMonthValue() - 1) % step == 0) {
                double tx = x.at(tick);
                out.append("<line class=\"grid\" x1=\"").append(f(tx)).append("\" y1=\"").append(AXIS - 8).append("\" x2=\"")
                        .append(f(tx)).append("\" y2=\"").append(height - 6).append("\"/>")
                        .append("<text class=\"tick\" x=\"").append(f(tx + 3)).append("\" y=\"").append(AXIS - 12).append("\">")
                        .append(tick.toString(), 0, 7).append("</text>\n");
            }
            tick = tick.plusMonths(1);
        }
        out.append("</g>\n");

        int y = AXIS;
        // Lines run through the task rows only, so they never cross the markers' labels.
        int tasksTop = AXIS + (markers.size() + (far.isEmpty() ? 0 : 1)) * ROW;
        // Milestones and gates: one row each, and a line down through the task rows.
        for (Object marker : markers) {
            if (marker instanceof MilestoneView m) {
                double mx = x.at(m.date());
                out.append("<g class=\"milestone\"><title>").append(esc(m.title())).append(" — ").append(esc(m.when()))
                        .append("</title>");
                out.append("<line class=\"milestone-line\" x1=\"").append(f(mx)).append("\" y1=\"").append(tasksTop)
                        .append("\" x2=\"").append(f(mx)).append("\" y2=\"").append(height - 6).append("\"/>");
                out.append("<path class=\"diamond\" d=\"M").append(f(mx)).append(' ').append(y + 3).append(" l6 6 l-6 6 l-6 -6 z\"/>");
                markerLabel(mx, y, nullToEmpty(m.title()) + " (" + m.name() + ") · " + m.date());
                out.append("</g>\n");
            } else if (marker instanceof GateView g) {
                double gx = x.at(g.date());
                out.append("<g class=\"gate\"><title>").append(esc(g.name())).append(' ').append(esc(g.title())).append(" — ")
                        .append(esc(g.when())).append("</title>");
                out.append("<line class=\"gate-line\" x1=\"").append(f(gx)).append("\" y1=\"").append(tasksTop)
                        .append("\" x2=\"").append(f(gx)).append("\" y2=\"").append(height - 6).append("\"/>");
                out.append("<rect class=\"gate-mark\" x=\"").append(f(gx - 5)).append("\" y=\"").append(y + 4)
                        .append("\" width=\"10\" height=\"10\"/>");
                markerLabel(gx, y, g.name() + " " + nullToEmpty(g.title()) + " · " + g.date());
                out.append("</g>\n");
            }
            y += ROW;
        }
        if (!far.isEmpty()) {
            StringBuilder text = new StringBuilder(l.get("later")).append(":");
            for (MilestoneView m : far) {
                text.append(' ').append(m.name()).append(' ').append(nullToEmpty(m.title())).append(" · ").append(m.date());
            }
            out.append("<g class=\"milestone far\"><text class=\"label\" text-anchor=\"end\" x=\"").append(CHART_RIGHT)
                    .append("\" y=\"").append(y + 13).append("\">").append(esc(truncate(text.toString(), 80))).append(" →</text></g>\n");
            y += ROW;
        }
        // Day 0: a tick marked T on the axis and a line through the task rows.
        if (plan.day0() != null) {
            double dx = x.at(plan.day0());
            out.append("<path class=\"day0-tick\" d=\"M").append(f(dx)).append(' ').append(AXIS - 10).append(" v10\"/>");
            out.append("<line class=\"day0\" id=\"gtm-day0\" x1=\"").append(f(dx)).append("\" y1=\"").append(tasksTop)
                    .append("\" x2=\"").append(f(dx)).append("\" y2=\"").append(height - 6).append("\"><title>")
                    .append(l.get("day0")).append(' ').append(plan.day0()).append("</title></line>");
            out.append("<text class=\"day0-label\" x=\"").append(f(dx + 3)).append("\" y=\"").append(AXIS - 1)
                    .append("\">T</text>\n");
        }
        if (perTask) {
            taskBars(x, y);
        } else {
            workstreamBars(x, y);
        }
        out.append("</svg></div>\n");
        if (perTask) {
            out.append("<p class=\"legend\"><span class=\"key status-todo\"></span>").append(l.get("todo"))
                    .append(" <span class=\"key status-doing\"></span>").append(l.get("doing"))
                    .append(" <span class=\"key status-done\"></span>").append(l.get("done"))
                    .append(" <span class=\"key status-blocked\"></span>").append(l.get("blocked"));
        } else {
            out.append("<p class=\"legend\"><span class=\"key ws\"></span>").append(l.get("workstreamSpan"));
        }
        out.append(" <span class=\"key day0\"></span>").append(l.get("day0"))
                .append(" <span class=\"key gate\"></span>").append(l.get("gates")).append("</p>\n");
        out.append("</section>\n");
    }

    /** One row per task, grouped by workstream (in pillar order), each bar from due − effort to due. */
    private void taskBars(Scale x, int y) {
        for (WorkstreamView w : plan.workstreams()) {
            out.append("<g class=\"workstream\"><rect class=\"band\" x=\"0\" y=\"").append(y).append("\" width=\"").append(WIDTH)
                    .append("\" height=\"").append(ROW).append("\"/><text class=\"ws-label\" x=\"4\" y=\"").append(y + 13)
                    .append("\">").append(esc(truncate(nullToEmpty(w.title()) + " (" + w.pillar().getLiteral() + ")", 60))).append("</text></g>\n");
            y += ROW;
            for (TaskView t : w.tasks()) {
                if (t.due() == null) {
                    y += ROW;
                    continue;
                }
                double end = x.at(t.due()) + x.dayWidth();
                double start = t.start() == null ? end - Math.max(4, x.dayWidth()) : x.at(t.start());
                double width = Math.max(4, end - start);
                // The owner filter dims the rows of other owners' tasks (checklist.js).
                out.append("<g class=\"task-row\" data-owner=\"").append(t.owner() == null ? "" : esc(t.owner().name()))
                        .append("\"><title>").append(esc(t.name())).append(' ').append(esc(t.title()))
                        .append(" — ").append(t.start() == null ? "" : t.start() + " … ").append(esc(t.when())).append(" · ")
                        .append(l.get(t.status().getLiteral())).append("</title>");
                out.append("<text class=\"label\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 13)
                        .append("\" text-anchor=\"end\">").append(esc(truncate(nullToEmpty(t.title()), 30))).append("</text>");
                out.append("<rect class=\"bar status-").append(esc(t.status().getLiteral())).append(t.start() == null ? " point" : "")
                        .append("\" x=\"").append(f(end - width)).append("\" y=\"").append(y + 4).append("\" width=\"")
                        .append(f(width)).append("\" height=\"").append(ROW - 8).append("\" rx=\"2\"/>");
                out.append("</g>\n");
                y += ROW;
            }
        }
    }

    /**
     * One row per workstream (in pillar order): its name and task count on the left, and a bar from
     * the earliest start (or due date, for a task without effort) of its tasks to their latest due
     * date. The row carries an empty {@code task-row} mark per owner of its tasks: the owner filter
     * (checklist.js) dims those of other owners as it dims task rows, and {@link #WORKSTREAM_CSS}
     * dims the row when every mark in it is dimmed, i.e. when the workstream has no task of the
     * owner shown.
     */
    private void workstreamBars(Scale x, int y) {
        for (WorkstreamView w : plan.workstreams()) {
            LocalDate earliest = null;
            LocalDate latest = null;
            // In the grammar's order, which is the legend's: todo, doing, done, blocked.
            Map<Status, Integer> statuses = new EnumMap<>(Status.class);
            java.util.SortedSet<String> owners = new java.util.TreeSet<>();
            for (TaskView t : w.tasks()) {
                statuses.merge(t.status(), 1, Integer::sum);
                owners.add(t.owner() == null ? "" : t.owner().name());
                if (t.due() == null) {
                    continue;
                }
                LocalDate start = t.start() == null ? t.due() : t.start();
                earliest = earliest == null || start.isBefore(earliest) ? start : earliest;
                latest = max(t.due(), latest);
            }
            String count = COUNT.format(w.tasks().size()) + " " + l.get(w.tasks().size() == 1 ? "oneTask" : "tasks");
            out.append("<g class=\"ws-row\"><title>").append(esc(w.title())).append(" (").append(esc(w.pillar().getLiteral()))
                    .append(") — ").append(count);
            if (earliest != null) {
                out.append(", ").append(earliest).append(" … ").append(latest);
            }
            String separator = ": ";
            for (Map.Entry<Status, Integer> status : statuses.entrySet()) {
                out.append(separator).append(COUNT.format(status.getValue())).append(' ').append(l.get(status.getKey().getLiteral()));
                separator = ", ";
            }
            out.append("</title>");
            out.append("<text class=\"ws-label\" x=\"4\" y=\"").append(y + 13).append("\">").append(esc(truncate(nullToEmpty(w.title()), 24)))
                    .append("<tspan class=\"ws-count\"> · ").append(count).append("</tspan></text>");
            if (earliest != null) {
                double start = x.at(earliest);
                double end = x.at(latest) + x.dayWidth();
                out.append("<rect class=\"bar ws-bar\" x=\"").append(f(start)).append("\" y=\"").append(y + 4).append("\" width=\"")
                        .append(f(Math.max(4, end - start))).append("\" height=\"").append(ROW - 8).append("\" rx=\"2\"/>");
            }
            for (String owner : owners) {
                out.append("<g class=\"task-row\" data-owner=\"").append(esc(owner)).append("\"/>");
            }
            out.append("</g>\n");
            y += ROW;
        }
    }

    /** A marker's label: right of its mark, or left of it near the right edge. */
    private void markerLabel(double mx, int y, String text) {
        boolean left = mx > CHART_LEFT + (CHART_RIGHT - CHART_LEFT) * 0.6;
        out.append("<text class=\"label marker-label\" x=\"").append(f(left ? mx - 10 : mx + 10)).append("\" y=\"").append(y + 13)
                .append('"').append(left ? " text-anchor=\"end\"" : "").append('>').append(esc(truncate(text, 70))).append("</text>");
    }

    private static LocalDate markerDate(Object marker) {
        return marker instanceof MilestoneView m ? m.date() : ((GateView) marker).date();
    }

    private static String markerName(Object marker) {
        return marker instanceof MilestoneView m ? m.name() : ((GateView) marker).name();
    }

    /** Days to x positions across the chart area. */
    private static final class Scale {
        private final LocalDate from;
        private final double perDay;

        Scale(LocalDate from, LocalDate to) {
            this.from = from;
            this.perDay = (double) (CHART_RIGHT - CHART_LEFT) / Math.max(1, ChronoUnit.DAYS.between(from, to));
        }

        double at(LocalDate date) {
            return CHART_LEFT + ChronoUnit.DAYS.between(from, date) * perDay;
        }

        double dayWidth() {
            return perDay;
        }
    }

    // ---- sections -----------------------------------------------------------------------
}
