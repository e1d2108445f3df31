package org.gtmplan.lang.generator;

import java.util.List;

import org.gtmplan.lang.gtm.Status;
import org.gtmplan.lang.time.Weekdays;
import org.gtmplan.lang.generator.PlanView.ActivityView;
import org.gtmplan.lang.generator.PlanView.CriterionView;
import org.gtmplan.lang.generator.PlanView.GateView;
import org.gtmplan.lang.generator.PlanView.MeetingView;
import org.gtmplan.lang.generator.PlanView.MilestoneView;
import org.gtmplan.lang.generator.PlanView.OwnerView;
import org.gtmplan.lang.generator.PlanView.TargetView;
import org.gtmplan.lang.generator.PlanView.TaskView;
import org.gtmplan.lang.generator.PlanView.WorkstreamView;

/**
 * {@code <Plan>.md}: GitHub task lists per gate and per workstream, with absolute dates,
 * weekdays and T-offsets, ready to paste into a pull request.
 */
public class MarkdownGenerator implements DocumentGenerator {

    @Override
    public String format() {
        return "md";
    }

    @Override
    public List<GeneratedFile> generate(PlanView plan, GenerationOptions options) {
        Labels l = Labels.of(plan.language());
        StringBuilder md = new StringBuilder();
        md.append("# ").append(text(plan.name())).append(plan.title() == null ? "" : " — " + text(plan.title())).append("\n\n");
        line(md, l.get("product"), plan.product());
        line(md, l.get("kind"), plan.kind() == null ? null : plan.kind().getLiteral());
        line(md, l.get("day0"), plan.day0() == null ? null : org.gtmplan.lang.dates.ResolvedDates.describe(plan.day0(), plan.day0()));
        formatted(md, l.get("lead"), plan.lead() == null ? null : owner(plan.lead()));
        long done = plan.tasks().stream().filter(TaskView::done).count();
        md.append("- ").append(l.get("progress")).append(": ").append(done).append(" / ").append(plan.tasks().size()).append("\n\n");
        // The timeline first: GitHub and GitLab draw the Mermaid block as a Gantt chart.
        md.append(MermaidTimeline.of(plan, l));

        if (!plan.milestones().isEmpty()) {
            md.append("## ").append(l.get("milestones")).append("\n\n");
            for (MilestoneView m : plan.milestones()) {
                md.append("- ").append(m.when()).append(": **").append(text(m.name())).append("** ").append(text(m.title()))
                        .append(m.kind() == null ? "" : " (" + m.kind() + ")").append('\n');
            }
            md.append('\n');
        }
        if (!plan.gates().isEmpty()) {
            md.append("## ").append(l.get("gates")).append("\n\n");
            for (GateView g : plan.gates()) {
                md.append("### ").append(text(g.name())).append(" ").append(text(g.title())).append(" — ").append(g.when()).append("\n\n");
                if (g.decidedBy() != null) {
                    md.append(l.get("decidedBy")).append(": ").append(owner(g.decidedBy())).append("\n\n");
                }
                for (CriterionView c : g.criteria()) {
                    md.append("- [ ] ").append(text(c.title())).append(c.owner() == null ? "" : " — " + owner(c.owner())).append('\n');
                }
                for (String required : g.requires()) {
                    TaskView task = find(plan, required);
                    md.append("- [").append(task != null && task.done() ? "x" : " ").append("] ").append(l.get("task")).append(" **")
                            .append(text(required)).append("**").append(task == null ? "" : " " + text(task.title()) + " — " + task.when())
                            .append('\n');
                }
                md.append('\n');
            }
        }
        if (!plan.workstreams().isEmpty()) {
            md.append("## ").append(l.get("workstreams")).append("\n\n");
            for (WorkstreamView w : plan.workstreams()) {
                md.append("### ").append(text(w.title())).append(" (").append(w.pillar().getLiteral()).append(")")
                        .append(w.owner() == null ? "" : " — " + owner(w.owner())).append("\n\n");
                for (TaskView t : w.tasks()) {
                    md.append("- [").append(t.done() ? "x" : " ").append("] **").append(text(t.name())).append("** ")
                            .append(text(t.title())).append(" — ").append(l.get("due")).append(' ').append(t.when());
                    if (t.owner() != null) {
                        md.append(" — ").append(owner(t.owner()));
                    }
                    if (t.status() != Status.TODO) {
                        md.append(" — ").append(l.get(t.status().getLiteral()));
                    }
                    if (!t.after().isEmpty()) {
                        md.append(" — ").append(l.get("after")).append(": ").append(text(String.join(", ", t.after())));
                    }
                    md.append('\n');
                    if (t.note() != null) {
                        md.append("  > ").append(text(t.note())).append('\n');
                    }
                    for (String item : t.checklist()) {
                        md.append("  - [ ] ").append(text(item)).append('\n');
                    }
                }
                md.append('\n');
            }
        }
        if (plan.msp() != null) {
            var msp = plan.msp();
            md.append("## ").append(l.get("msp")).append(": ").append(text(msp.title())).append("\n\n");
            formatted(md, l.get("owner"), msp.owner() == null ? null : owner(msp.owner()));
            line(md, l.get("goal"), msp.goal());
            line(md, l.get("strategy"), msp.strategy());
            line(md, l.get("valueProposition"), msp.valueProposition());
            line(md, l.get("budget"), msp.budget() == null ? null : msp.budget().toString());
            line(md, l.get("budgetSum"), msp.activityBudgetSum() == null ? null : msp.activityBudgetSum().toString());
            md.append('\n');
            if (!msp.targets().isEmpty()) {
                md.append("### ").append(l.get("targets")).append("\n\n");
                for (TargetView t : msp.targets()) {
                    md.append("- [ ] ").append(text(t.metric())).append(' ').append(text(t.quantity())).append(" — ").append(t.when()).append('\n');
                }
                md.append('\n');
            }
            if (!msp.activities().isEmpty()) {
                md.append("### ").append(l.get("activities")).append("\n\n");
                for (ActivityView a : msp.activities()) {
                    md.append("- [ ] **").append(text(a.name())).append("** ").append(text(a.title())).append(" (").append(a.level())
                            .append(") — ").append(a.when());
                    if (a.budget() != null) {
                        md.append(" — ").append(a.budget());
                    }
                    if (a.expectedMetric() != null && a.expected() != null) {
                        md.append(" — ").append(l.get("expects")).append(' ').append(text(a.expectedMetric())).append(' ')
                                .append(a.expected().toPlainString());
                    }
                    if (a.owner() != null) {
                        md.append(" — ").append(owner(a.owner()));
                    }
                    md.append('\n');
                }
                md.append('\n');
            }
        }
        if (!plan.meetings().isEmpty()) {
            md.append("## ").append(l.get("meetings")).append("\n\n");
            for (MeetingView m : plan.meetings()) {
                md.append("- **").append(text(m.name())).append("** ").append(text(m.title())).append(" — ").append(l.every(m.interval(), m.unit()))
                        .append(m.day() == null ? "" : " " + Weekdays.keyword(m.day())).append(' ').append(m.time()).append(", ").append(m.minutes())
                        .append(" min, ").append(m.from()).append(" – ").append(m.until())
                        .append(m.by() == null ? "" : " — " + owner(m.by())).append('\n');
            }
            md.append('\n');
        }
        if (!plan.responses().isEmpty()) {
            md.append("## ").append(l.get("responses")).append("\n\n");
            for (var r : plan.responses()) {
                md.append("- **").append(text(r.name())).append("** ").append(text(r.title())).append(" — ").append(owner(r.owner()))
                        .append(", ").append(l.get("within")).append(' ').append(r.within()).append('\n');
            }
            md.append('\n');
        }
        String result = md.toString().stripTrailing() + "\n";
        return List.of(GeneratedFile.utf8(plan.name() + ".md", result));
    }

    private static TaskView find(PlanView plan, String name) {
        for (TaskView task : plan.tasks()) {
            if (task.name().equals(name)) {
                return task;
            }
        }
        return null;
    }

    /** A label and a value already in Markdown (owners with their code-formatted names). */
    private static void formatted(StringBuilder md, String label, String markdown) {
        if (markdown != null) {
            md.append("- ").append(label).append(": ").append(markdown).append('\n');
        }
    }

    private static void line(StringBuilder md, String label, String value) {
        if (value != null) {
            md.append("- ").append(label).append(": ").append(text(value)).append('\n');
        }
    }

    private static String owner(OwnerView owner) {
        if (owner == null) {
            return "";
        }
        return owner.hasFullName() ? text(owner.fullName()) + " (`" + owner.name() + "`)" : "`" + owner.name() + "`";
    }

    /**
     * Plan text shown literally: Markdown punctuation is backslash-escaped, angle brackets become
     * entities (GitHub would otherwise read HTML), line breaks become spaces.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '#', '|', '!', '~' -> escaped.append('\\').append(c);
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '\n', '\r' -> escaped.append(' ');
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
