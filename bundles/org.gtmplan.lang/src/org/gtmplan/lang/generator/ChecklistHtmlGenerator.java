package org.gtmplan.lang.generator;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gtmplan.lang.gtm.Pillar;
import org.gtmplan.lang.time.Weekdays;
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

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import com.google.common.net.UrlEscapers;
import com.google.gson.Gson;
import com.google.gson.JsonObject;

/**
 * {@code <Plan>.html}: the plan as one self-contained checklist page (inline CSS and script,
 * nothing fetched, opens from {@code file://}), and {@code index.html} when several plans are
 * generated.
 *
 * <p>Escaping: every string that comes from the plan goes through Guava's HTML escaper, in text
 * and in attribute values alike (also inside the inline SVG); the only plan strings the script
 * sees are in a JSON data block written by Gson with its default HTML-safe escaping, which writes
 * {@code < > & ' =} as {@code \u003c} and so on, so no string can close the script element. The
 * script itself is constant, reads that block with {@code JSON.parse}, writes text with
 * {@code textContent} only, and no event handler attribute is ever written.
 *
 * <p>Checkbox state starts from the task's {@code status} ({@code done} is ticked); what a reader
 * ticks is kept in {@code localStorage} under {@code gtmplan:<qualified plan name>:<element id>}.
 * The output is a pure function of the plan and the options: no clock, stable order.
 */
public class ChecklistHtmlGenerator implements MultiPlanGenerator {

    private static final Escaper HTML = HtmlEscapers.htmlEscaper();

    /** Default Gson: HTML-safe escaping is on, which is what makes its output safe inside a script element. */
    private static final Gson SCRIPT_DATA = new Gson();

    /** The prefix of every localStorage key; the script adds the plan's qualified name and the element id. */
    public static final String STORAGE_PREFIX = "gtmplan:";

    @Override
    public String format() {
        return "html";
    }

    @Override
    public List<GeneratedFile> generate(PlanView plan, GenerationOptions options) {
        return List.of(GeneratedFile.utf8(plan.name() + ".html", new Page(plan, options).render()));
    }

    @Override
    public List<GeneratedFile> generateIndex(List<PlanView> plans, GenerationOptions options) {
        if (plans.isEmpty()) {
            return List.of();
        }
        // The index speaks the language the plans share, else English.
        String language = plans.stream().map(PlanView::language).distinct().count() == 1 ? plans.get(0).language() : "en";
        Labels l = Labels.of(language);
        StringBuilder out = new StringBuilder();
        head(out, language, l.get("plans"));
        out.append("<body>\n<header class=\"page\">\n<h1>").append(l.get("plans")).append("</h1>\n</header>\n<main>\n");
        out.append("<table class=\"plans\">\n<thead><tr><th>").append(l.get("plan")).append("</th><th>").append(l.get("product"))
                .append("</th><th>").append(l.get("day0")).append("</th><th>").append(l.get("lead")).append("</th><th>")
                .append(l.get("progress")).append("</th></tr></thead>\n<tbody>\n");
        for (PlanView plan : plans) {
            List<TaskView> tasks = plan.tasks();
            long done = tasks.stream().filter(TaskView::done).count();
            String href = UrlEscapers.urlPathSegmentEscaper().escape(plan.name() + ".html");
            out.append("<tr><td><a href=\"").append(HTML.escape(href)).append("\">").append(esc(displayTitle(plan)))
                    .append("</a><br><code>").append(esc(plan.qualifiedName())).append("</code></td><td>")
                    .append(esc(plan.product())).append("</td><td>").append(plan.day0() == null ? "" : org.gtmplan.lang.dates.ResolvedDates.describe(plan.day0(), plan.day0()))
                    .append("</td><td>").append(plan.lead() == null ? "" : esc(plan.lead().label())).append("</td><td>")
                    .append(done).append(" / ").append(tasks.size()).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
        return List.of(GeneratedFile.utf8("index.html", out.toString()));
    }

    // ---- shared pieces ---------------------------------------------------------------------

    private static void head(StringBuilder out, String language, String title) {
        head(out, language, title, "");
    }

    /** {@code extraCss} follows the constant style sheet in the same element. */
    private static void head(StringBuilder out, String language, String title, String extraCss) {
        out.append("<!DOCTYPE html>\n<html lang=\"").append("zh".equals(language) ? "zh" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"GTM Plan\">\n")
                .append("<title>").append(esc(title)).append("</title>\n")
                .append("<style>\n").append(CSS).append(extraCss).append("</style>\n")
                .append("<script>\n").append(HEAD_SCRIPT).append("</script>\n</head>\n");
    }

    /** Plan text for HTML text and attribute values alike; null is empty. */
    static String esc(String value) {
        return value == null ? "" : HTML.escape(value);
    }

    static String displayTitle(PlanView plan) {
        return plan.title() == null ? plan.name() : plan.title();
    }


    /** 30000000 CNY as "30,000,000 CNY", in a {@code data} element carrying the exact amount. */
    private static String money(MoneyView money) {
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setParseBigDecimal(true);
        return "<data value=\"" + esc(money.amount().toPlainString()) + "\">" + esc(format.format(money.amount())) + " "
                + esc(money.currency()) + "</data>";
    }

    // ---- one plan -----------------------------------------------------------------------------

    /** One page being written. */
    private static final class Page {
        private final PlanView plan;
        private final GenerationOptions options;
        private final Labels l;
        private final StringBuilder out = new StringBuilder(64 * 1024);
        private final Map<String, TaskView> tasksByName = new LinkedHashMap<>();
        private int controls;
        /**
         * A page of more than {@code ChecklistTimeline.TASK_ROWS_MAX} tasks is written for size: it
         * leaves out, for each task, what neither the reader, the style sheet nor the script uses (the
         * task's {@code status-*} class, beside its status pill; {@code data-task}'s value, only its
         * presence is read; the {@code datetime} of a {@code time} whose text is already the ISO date;
         * the class-only {@code span} around an owner's name; the line breaks inside a task). About
         * 70 of 530 bytes a task. Smaller pages, the example's among them, are written as before:
         * their bytes are the golden documents', and a few bytes do not matter at their size.
         */
        private final boolean lean;

        Page(PlanView plan, GenerationOptions options) {
            this.plan = plan;
            this.options = options;
            this.l = Labels.of(plan.language());
            this.lean = !ChecklistTimeline.drawsTaskBars(plan);
            for (TaskView task : plan.tasks()) {
                tasksByName.put(task.name(), task);
            }
        }

        String render() {
            head(out, plan.language(), displayTitle(plan), lean ? ChecklistTimeline.WORKSTREAM_CSS : "");
            out.append("<body>\n");
            header();
            out.append("<main>\n");
            new ChecklistTimeline(plan, l, out).write();
            milestones();
            gates();
            workstreams();
            msp();
            meetings();
            responses();
            out.append("</main>\n");
            data();
            out.append("<script>\n").append(SCRIPT).append("</script>\n");
            out.append("</body>\n</html>\n");
            return out.toString();
        }

        private void header() {
            List<TaskView> tasks = plan.tasks();
            long done = tasks.stream().filter(TaskView::done).count();
            out.append("<header class=\"page\">\n<h1>").append(esc(displayTitle(plan))).append("</h1>\n");
            out.append("<p class=\"qname\"><code>").append(esc(plan.qualifiedName())).append("</code></p>\n");
            out.append("<dl class=\"facts\">\n");
            fact(l.get("product"), esc(plan.product()));
            fact(l.get("kind"), plan.kind() == null ? null : esc(plan.kind().getLiteral()));
            fact(l.get("day0"), plan.day0() == null ? null : "<time datetime=\"" + plan.day0() + "\">" + org.gtmplan.lang.dates.ResolvedDates.describe(plan.day0(), plan.day0()) + "</time>");
            fact(l.get("lead"), plan.lead() == null ? null : ownerHtml(plan.lead(), true));
            out.append("</dl>\n");
            out.append("<div class=\"progress\"><label for=\"gtm-progress\">").append(l.get("progress")).append("</label> ")
                    .append("<progress id=\"gtm-progress\" max=\"").append(Math.max(1, tasks.size())).append("\" value=\"")
                    .append(done).append("\">").append(done).append(" / ").append(tasks.size()).append("</progress> ")
                    .append("<span id=\"gtm-progress-text\">").append(done).append(" / ").append(tasks.size()).append(' ')
                    .append(l.get("tasksDone")).append("</span></div>\n");
            out.append("<div class=\"filter\"><label for=\"gtm-owner-filter\">").append(l.get("filter")).append("</label> ")
                    .append("<select id=\"gtm-owner-filter\">\n<option value=\"\">").append(l.get("allOwners")).append("</option>\n");
            for (OwnerView owner : plan.owners()) {
                out.append("<option value=\"").append(esc(owner.name())).append("\">").append(esc(owner.label()))
                        .append("</option>\n");
            }
            out.append("</select></div>\n");
            out.append("<p class=\"filter-note\" id=\"gtm-filter-note\" hidden></p>\n");
            out.append("</header>\n");
        }

        private void fact(String label, String html) {
            if (html != null && !html.isEmpty()) {
                out.append("<div><dt>").append(label).append("</dt><dd>").append(html).append("</dd></div>\n");
            }
        }

        private String ownerHtml(OwnerView owner) {
            return ownerHtml(owner, false);
        }

        /** An owner's name; {@code withEmail} for the plan's lead, the one place contacts are listed. */
        private String ownerHtml(OwnerView owner, boolean withEmail) {
            boolean span = withEmail || !lean;
            if (owner == null) {
                return span ? "<span class=\"owner none\">" + l.get("noOwner") + "</span>" : l.get("noOwner");
            }
            StringBuilder html = new StringBuilder(span ? "<span class=\"owner\">" : "");
            if (owner.hasFullName()) {
                html.append(esc(owner.fullName())).append(" <code>").append(esc(owner.name())).append("</code>");
            } else {
                html.append("<code>").append(esc(owner.name())).append("</code>");
            }
            if (withEmail && owner.email() != null && !owner.email().isEmpty()) {
                // Shown as text, never as a link: a plan string never becomes a URL.
                html.append(" <span class=\"email\">").append(esc(owner.email())).append("</span>");
            }
            return html.append(span ? "</span>" : "").toString();
        }

        private String time(LocalDate date, String when) {
            if (date == null) {
                return "";
            }
            return "<time datetime=\"" + date + "\">" + esc(when) + "</time>";
        }

        /** A date shown as its ISO form; a lean page leaves out the {@code datetime} that would repeat it. */
        private String isoTime(LocalDate date) {
            return lean ? "<time>" + date + "</time>" : "<time datetime=\"" + date + "\">" + date + "</time>";
        }

        /**
         * A checkbox with its label. {@code key} is the element id under which the state is
         * remembered; {@code task} marks the boxes progress counts.
         */
        private void checkbox(String key, boolean checked, boolean task, String labelHtml) {
            String id = "c" + (++controls);
            out.append("<input type=\"checkbox\" id=\"").append(id).append("\" data-key=\"").append(esc(key)).append('"');
            if (task) {
                out.append(lean ? " data-task" : " data-task=\"1\"");
            }
            if (checked) {
                out.append(" checked");
            }
            out.append("><label for=\"").append(id).append("\">").append(labelHtml).append("</label>");
        }

        private void itemStart(String id, OwnerView owner, String extraClass) {
            out.append("<li class=\"item").append(extraClass == null ? "" : " " + extraClass).append('"');
            if (id != null) {
                out.append(" id=\"").append(esc(id)).append('"');
            }
            out.append(" data-owner=\"").append(owner == null ? "" : esc(owner.name())).append("\">");
        }

        private void milestones() {
            if (plan.milestones().isEmpty()) {
                return;
            }
            out.append("<section id=\"gtm-milestones\">\n<h2>").append(l.get("milestones")).append("</h2>\n<ul class=\"plain\">\n");
            for (MilestoneView m : plan.milestones()) {
                out.append("<li id=\"").append(esc(m.id())).append("\">").append(time(m.date(), m.when())).append(" <strong>")
                        .append(esc(m.title())).append("</strong> <code>").append(esc(m.name())).append("</code>");
                if (m.kind() != null) {
                    out.append(" <span class=\"tag\">").append(esc(m.kind().getLiteral())).append("</span>");
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n</section>\n");
        }

        private void gates() {
            if (plan.gates().isEmpty()) {
                return;
            }
            out.append("<section id=\"gtm-gates\">\n<h2>").append(l.get("gates")).append("</h2>\n");
            for (GateView g : plan.gates()) {
                out.append("<section class=\"gate group\" id=\"").append(esc(g.id())).append("\">\n<h3><code>").append(esc(g.name()))
                        .append("</code> ").append(esc(g.title())).append(" <small>").append(time(g.date(), g.when()))
                        .append("</small></h3>\n");
                if (g.decidedBy() != null) {
                    out.append("<p class=\"decider\">").append(l.get("decidedBy")).append(": ").append(ownerHtml(g.decidedBy()))
                            .append("</p>\n");
                }
                if (!g.criteria().isEmpty()) {
                    out.append("<h4>").append(l.get("criteria")).append("</h4>\n<ul class=\"checks\">\n");
                    for (CriterionView c : g.criteria()) {
                        OwnerView owner = c.owner() != null ? c.owner() : g.decidedBy();
                        itemStart(c.id(), owner, "criterion");
                        checkbox(c.id(), false, false, esc(c.title()));
                        out.append(" <span class=\"meta\">").append(ownerHtml(owner)).append("</span></li>\n");
                    }
                    out.append("</ul>\n");
                }
                if (!g.requires().isEmpty()) {
                    out.append("<h4>").append(l.get("requires")).append("</h4>\n<ul class=\"checks\">\n");
                    for (String name : g.requires()) {
                        TaskView t = tasksByName.get(name);
                        if (t == null) {
                            continue;
                        }
                        itemStart(null, t.owner(), "required");
                        checkbox(t.id(), t.done(), true, esc(t.title()) + " <code>" + esc(t.name()) + "</code>");
                        out.append(" <span class=\"meta\">").append(ownerHtml(t.owner())).append(" · ").append(time(t.due(), t.when()))
                                .append(" · ").append(status(t)).append("</span></li>\n");
                    }
                    out.append("</ul>\n");
                }
                out.append("</section>\n");
            }
            out.append("</section>\n");
        }

        private String status(TaskView t) {
            String html = "<span class=\"status status-" + esc(t.status().getLiteral()) + "\">" + esc(l.get(t.status().getLiteral())) + "</span>";
            if (options.asOf() != null && t.due() != null && !t.done() && t.due().isBefore(options.asOf())) {
                html += " <span class=\"status overdue\">" + l.get("overdue") + "</span>";
            }
            return html;
        }

        private void workstreams() {
            if (plan.workstreams().isEmpty()) {
                return;
            }
            out.append("<section id=\"gtm-workstreams\">\n<h2>").append(l.get("workstreams")).append("</h2>\n");
            Pillar pillar = null;
            for (WorkstreamView w : plan.workstreams()) {
                if (w.pillar() != pillar) {
                    if (pillar != null) {
                        out.append("</section>\n");
                    }
                    pillar = w.pillar();
                    out.append("<section class=\"pillar group\" id=\"gtm-pillar-").append(esc(pillar.getLiteral())).append("\">\n<h3>")
                            .append(l.get("pillar")).append(": ").append(esc(pillar.getLiteral())).append("</h3>\n");
                }
                out.append("<section class=\"workstream group\" id=\"").append(esc(w.id())).append("\">\n<h4>").append(esc(w.title()))
                        .append(" <code>").append(esc(w.name())).append("</code></h4>\n");
                if (w.owner() != null) {
                    out.append("<p class=\"ws-owner\">").append(l.get("owner")).append(": ").append(ownerHtml(w.owner())).append("</p>\n");
                }
                out.append("<ul class=\"checks tasks\">\n");
                for (TaskView t : w.tasks()) {
                    task(t);
                }
                out.append("</ul>\n</section>\n");
            }
            if (pillar != null) {
                out.append("</section>\n");
            }
            out.append("</section>\n");
        }

        private void task(TaskView t) {
            itemStart(t.id(), t.owner(), lean ? "task" : "task status-" + t.status().getLiteral());
            out.append("<div class=\"line\">");
            checkbox(t.id(), t.done(), true, esc(t.title()) + " <code>" + esc(t.name()) + "</code>");
            out.append(lean ? "</div><div class=\"meta\">" : "</div>\n<div class=\"meta\">").append(ownerHtml(t.owner())).append(" · ").append(l.get("due")).append(' ')
                    .append(time(t.due(), t.when())).append(" · ").append(status(t));
            if (t.effort() != null) {
                out.append(" · ").append(l.get("effort")).append(' ').append(esc(t.effort()));
                if (t.start() != null) {
                    out.append(" (").append(l.get("from")).append(' ').append(isoTime(t.start())).append(')');
                }
            }
            if (t.kind() != null) {
                out.append(" · <span class=\"tag\">").append(t.kind().getLiteral()).append("</span>");
            }
            if (!t.after().isEmpty()) {
                out.append(" · ").append(l.get("after")).append(": ");
                for (int i = 0; i < t.after().size(); i++) {
                    out.append(i == 0 ? "" : ", ").append("<code>").append(esc(t.after().get(i))).append("</code>");
                }
            }
            out.append(lean ? "</div>" : "</div>\n");
            if (t.note() != null) {
                out.append("<p class=\"note\">").append(esc(t.note())).append("</p>\n");
            }
            if (!t.checklist().isEmpty()) {
                out.append("<ul class=\"sub\">\n");
                for (int i = 0; i < t.checklist().size(); i++) {
                    out.append("<li>");
                    checkbox(t.id() + "#" + (i + 1), t.done(), false, esc(t.checklist().get(i)));
                    out.append("</li>\n");
                }
                out.append("</ul>\n");
            }
            out.append("</li>\n");
        }

        private void msp() {
            MspView msp = plan.msp();
            if (msp == null) {
                return;
            }
            String mspId = plan.qualifiedName() + ".msp";
            out.append("<section id=\"gtm-msp\" class=\"group\">\n<h2>").append(l.get("msp")).append(": ").append(esc(msp.title()))
                    .append("</h2>\n<dl class=\"facts msp-facts\">\n");
            fact(l.get("owner"), msp.owner() == null ? null : ownerHtml(msp.owner()));
            fact(l.get("goal"), esc(msp.goal()));
            fact(l.get("strategy"), esc(msp.strategy()));
            fact(l.get("valueProposition"), esc(msp.valueProposition()));
            fact(l.get("budget"), msp.budget() == null ? null : money(msp.budget()));
            out.append("</dl>\n");
            if (!msp.targets().isEmpty()) {
                out.append("<h3>").append(l.get("targets")).append("</h3>\n<ul class=\"checks\">\n");
                int i = 0;
                for (TargetView t : msp.targets()) {
                    i++;
                    itemStart(null, msp.owner(), "target");
                    checkbox(mspId + ".target" + i, false, false,
                            "<strong>" + esc(t.metric()) + "</strong> " + esc(t.quantity()));
                    out.append(" <span class=\"meta\">").append(time(t.by(), t.when())).append("</span></li>\n");
                }
                out.append("</ul>\n");
            }
            if (!msp.activities().isEmpty()) {
                out.append("<h3>").append(l.get("activities")).append("</h3>\n<ul class=\"checks\">\n");
                for (ActivityView a : msp.activities()) {
                    itemStart(a.id(), a.owner(), "activity");
                    checkbox(a.id(), false, false, esc(a.title()) + " <code>" + esc(a.name()) + "</code>");
                    out.append(" <span class=\"meta\"><span class=\"tag\">").append(l.get("level")).append(' ').append(esc(a.level()))
                            .append("</span> · ").append(time(a.from(), a.when()));
                    if (a.budget() != null) {
                        out.append(" · ").append(l.get("budget")).append(' ').append(money(a.budget()));
                    }
                    if (a.expectedMetric() != null && a.expected() != null) {
                        out.append(" · ").append(l.get("expects")).append(' ').append(esc(a.expectedMetric())).append(' ')
                                .append(esc(a.expected().toPlainString()));
                    }
                    out.append(" · ").append(ownerHtml(a.owner())).append("</span></li>\n");
                }
                out.append("</ul>\n");
            }
            if (msp.activityBudgetSum() != null) {
                out.append("<p class=\"budget-sum\" id=\"gtm-budget-sum\">").append(l.get("budgetSum")).append(": ")
                        .append(money(msp.activityBudgetSum()));
                if (msp.budget() != null && msp.budget().currency().equals(msp.activityBudgetSum().currency())) {
                    BigDecimal rest = msp.budget().amount().subtract(msp.activityBudgetSum().amount());
                    out.append(" / ").append(money(msp.budget())).append(rest.signum() < 0 ? " <span class=\"status status-blocked\">"
                            + money(new MoneyView(rest, msp.budget().currency())) + "</span>" : "");
                }
                out.append("</p>\n");
            }
            out.append("</section>\n");
        }

        private void meetings() {
            if (plan.meetings().isEmpty()) {
                return;
            }
            out.append("<section id=\"gtm-meetings\" class=\"group\">\n<h2>").append(l.get("meetings")).append("</h2>\n<ul class=\"plain\">\n");
            for (MeetingView m : plan.meetings()) {
                itemStart(m.id(), m.by(), "meeting");
                out.append("<strong>").append(esc(m.title())).append("</strong> <code>").append(esc(m.name())).append("</code>")
                        .append(" <span class=\"meta\">").append(l.every(m.interval(), m.unit()));
                if (m.day() != null) {
                    out.append(' ').append(esc(Weekdays.shortName(m.day())));
                }
                out.append(' ').append(esc(m.time() == null ? null : m.time().toString())).append(", ").append(m.minutes()).append(" min · ").append(l.get("from")).append(' ')
                        .append(m.from() == null ? "" : isoTime(m.from())).append(' ')
                        .append(l.get("until")).append(' ')
                        .append(m.until() == null ? "" : isoTime(m.until()))
                        .append(" · ").append(ownerHtml(m.by())).append("</span></li>\n");
            }
            out.append("</ul>\n</section>\n");
        }

        private void responses() {
            if (plan.responses().isEmpty()) {
                return;
            }
            out.append("<section id=\"gtm-responses\" class=\"group\">\n<h2>").append(l.get("responses")).append("</h2>\n<ul class=\"plain\">\n");
            for (ResponseView r : plan.responses()) {
                itemStart(r.id(), r.owner(), "response");
                out.append("<strong>").append(esc(r.title())).append("</strong> <code>").append(esc(r.name())).append("</code>")
                        .append(" <span class=\"meta\">").append(ownerHtml(r.owner())).append(" · ").append(l.get("within")).append(' ')
                        .append(esc(r.within())).append("</span></li>\n");
            }
            out.append("</ul>\n</section>\n");
        }

        /** The only plan strings the script reads, as a JSON data block (HTML-safe Gson). */
        private void data() {
            JsonObject data = new JsonObject();
            data.addProperty("plan", plan.qualifiedName());
            data.addProperty("storagePrefix", STORAGE_PREFIX + plan.qualifiedName() + ":");
            data.addProperty("title", displayTitle(plan));
            JsonObject labels = new JsonObject();
            for (String key : List.of("tasksDone", "showing", "allOwners")) {
                labels.addProperty(key, l.get(key));
            }
            data.add("labels", labels);
            JsonObject owners = new JsonObject();
            for (OwnerView owner : plan.owners()) {
                owners.addProperty(owner.name(), owner.label());
            }
            data.add("owners", owners);
            out.append("<script type=\"application/json\" id=\"gtm-data\">").append(SCRIPT_DATA.toJson(data)).append("</script>\n");
        }
    }

    // ---- small helpers ----------------------------------------------------------------------

    static void add(List<LocalDate> dates, LocalDate date) {
        if (date != null) {
            dates.add(date);
        }
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Cuts text to about {@code width} columns (CJK characters count two), ending in an ellipsis. */
    static String truncate(String text, int width) {
        int used = 0;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            used += Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp >= 0x3000 && cp < 0xA000 || cp >= 0xFF00 && cp < 0xFFF0
                    ? 2 : 1;
            if (used > width) {
                return text.substring(0, i) + "…";
            }
            i += Character.charCount(cp);
        }
        return text;
    }

    static String f(double value) {
        long rounded = Math.round(value * 10);
        return rounded % 10 == 0 ? Long.toString(rounded / 10) : (rounded / 10) + "." + Math.abs(rounded % 10);
    }

    // ---- the constant CSS and script, kept beside this class as plain files ----------------

    private static final String CSS = resource("checklist.css");
    private static final String SCRIPT = resource("checklist.js");
    private static final String HEAD_SCRIPT = resource("checklist-head.js");

    private static String resource(String name) {
        try (java.io.InputStream in = ChecklistHtmlGenerator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the GTM Plan bundle");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }


}
