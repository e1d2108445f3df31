package org.gtmplan.lang.generator;

import java.time.LocalDate;

import org.gtmplan.lang.generator.PlanView.GateView;
import org.gtmplan.lang.generator.PlanView.MilestoneView;
import org.gtmplan.lang.generator.PlanView.TaskView;
import org.gtmplan.lang.generator.PlanView.WorkstreamView;

/**
 * The plan's timeline as a Mermaid {@code gantt} block, which GitHub and GitLab draw in a
 * Markdown file: milestones, gates and day 0 as milestones, each workstream's tasks as bars
 * from start (due − effort) to due, done, doing and blocked tasks as Mermaid's done, active and
 * crit. Element texts lose the characters that would end a Mermaid statement.
 */
final class MermaidTimeline {

    private MermaidTimeline() {
    }

    static String of(PlanView plan, Labels labels) {
        StringBuilder out = new StringBuilder("```mermaid\ngantt\n");
        out.append("    title ").append(text(plan.title() == null ? plan.name() : plan.title())).append('\n');
        out.append("    dateFormat YYYY-MM-DD\n    axisFormat %Y-%m-%d\n");
        int id = 0;
        boolean anyDated = plan.day0() != null || plan.milestones().stream().anyMatch(m -> m.date() != null)
                || plan.gates().stream().anyMatch(g -> g.date() != null);
        if (anyDated) {
            out.append("    section ").append(text(labels.get("milestones"))).append('\n');
            if (plan.day0() != null) {
                milestone(out, labels.get("day0"), "crit, milestone", "day0", plan.day0());
            }
            for (MilestoneView m : plan.milestones()) {
                if (m.date() != null) {
                    milestone(out, m.title() == null ? m.name() : m.title(), "milestone", "m" + ++id, m.date());
                }
            }
            for (GateView g : plan.gates()) {
                if (g.date() != null) {
                    milestone(out, g.name() + (g.title() == null ? "" : " " + g.title()), "milestone", "g" + ++id, g.date());
                }
            }
        }
        for (WorkstreamView w : plan.workstreams()) {
            boolean header = false;
            for (TaskView t : w.tasks()) {
                if (t.due() == null) {
                    continue;
                }
                if (!header) {
                    out.append("    section ").append(text((w.title() == null ? w.name() : w.title()) + " (" + w.pillar().getLiteral() + ")")).append('\n');
                    header = true;
                }
                LocalDate start = t.start() != null && t.start().isBefore(t.due()) ? t.start() : null;
                String tag = switch (t.status()) {
                    case DONE -> "done, ";
                    case DOING -> "active, ";
                    case BLOCKED -> "crit, ";
                    case TODO -> "";
                };
                out.append("    ").append(text(t.title() == null ? t.name() : t.title())).append(" :").append(tag).append("t").append(++id)
                        .append(", ").append(start != null ? start + ", " + t.due() : t.due() + ", 1d").append('\n');
            }
        }
        return out.append("```\n\n").toString();
    }

    private static void milestone(StringBuilder out, String title, String tags, String id, LocalDate date) {
        out.append("    ").append(text(title)).append(" :").append(tags).append(", ").append(id).append(", ").append(date).append(", 0d\n");
    }

    /**
     * A statement's text: one line, without Mermaid's separators (: ; #), its comment mark (%%),
     * a backtick that could end the fence, or angle brackets that a renderer with HTML labels
     * would take for markup (they become ‹ and ›, so a plan's text never becomes a tag).
     */
    static String text(String value) {
        String cleaned = value == null ? "" : value.replaceAll("[\\r\\n:;#`]+", " ").replace("%%", " ").replace('<', '‹')
                .replace('>', '›').trim();
        return cleaned.isEmpty() ? "-" : cleaned;
    }
}
