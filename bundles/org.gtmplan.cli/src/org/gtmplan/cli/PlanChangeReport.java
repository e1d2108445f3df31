package org.gtmplan.cli;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.gtmplan.lang.diff.PlanChanges;
import org.gtmplan.lang.diff.PlanSnapshot;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** What {@code gtm diff} prints: a summary first, then each plan's changes, in text, Markdown or JSON. */
final class PlanChangeReport {

    private final List<PlanChanges> plans;
    private final List<String> plansAdded;
    private final List<String> plansRemoved;
    private final List<Diagnostic> introduced;
    private final List<Diagnostic> resolved;

    private PlanChangeReport(List<PlanChanges> plans, List<String> plansAdded, List<String> plansRemoved, List<Diagnostic> introduced,
            List<Diagnostic> resolved) {
        this.plans = plans;
        this.plansAdded = plansAdded;
        this.plansRemoved = plansRemoved;
        this.introduced = introduced;
        this.resolved = resolved;
    }

    static PlanChangeReport of(DiffCommand.Side before, DiffCommand.Side after) {
        List<String> added = after.plans().keySet().stream().filter(p -> !before.plans().containsKey(p)).toList();
        List<String> removed = before.plans().keySet().stream().filter(p -> !after.plans().containsKey(p)).toList();
        Set<String> was = DiffCommand.keys(before.diagnostics());
        Set<String> is = DiffCommand.keys(after.diagnostics());
        List<Diagnostic> introduced = after.diagnostics().stream().filter(d -> !was.contains(DiffCommand.key(d))).toList();
        List<Diagnostic> resolved = before.diagnostics().stream().filter(d -> !is.contains(DiffCommand.key(d))).toList();
        return new PlanChangeReport(DiffCommand.compare(before, after), added, removed, introduced, resolved);
    }

    boolean anyLater() {
        return plans.stream().anyMatch(p -> p.later() > 0);
    }

    long newErrors() {
        return introduced.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
    }

    /** "day0 unchanged; 12 dates later, 3 earlier; 2 tasks now due after GR4; 1 new error". */
    String summary() {
        List<String> parts = new ArrayList<>();
        long movedDay0 = plans.stream().filter(PlanChanges::day0Moved).count();
        parts.add(movedDay0 == 0 ? "day0 unchanged" : "day0 moved in " + plural(movedDay0, "plan"));
        long later = plans.stream().mapToLong(PlanChanges::later).sum();
        long earlier = plans.stream().mapToLong(PlanChanges::earlier).sum();
        parts.add(plural(later, "date") + " later, " + earlier + " earlier");
        long afterGr4 = plans.stream().mapToLong(p -> p.nowAfterGr4().size()).sum();
        if (afterGr4 > 0) {
            parts.add(plural(afterGr4, "task") + " now due after GR4");
        }
        long added = plans.stream().mapToLong(p -> p.added().size()).sum();
        long removed = plans.stream().mapToLong(p -> p.removed().size()).sum();
        if (added + removed > 0) {
            parts.add(added + " added, " + removed + " removed");
        }
        if (!plansAdded.isEmpty() || !plansRemoved.isEmpty()) {
            parts.add(plural(plansAdded.size(), "new plan") + ", " + plansRemoved.size() + " removed");
        }
        parts.add(plural(newErrors(), "new error"));
        long resolvedCount = resolved.size();
        if (resolvedCount > 0) {
            parts.add(plural(resolvedCount, "diagnostic") + " resolved");
        }
        return String.join("; ", parts);
    }

    String text() {
        StringBuilder out = new StringBuilder(summary()).append('\n');
        for (PlanChanges plan : plans) {
            if (plan.isEmpty()) {
                continue;
            }
            out.append('\n').append(plan.plan()).append('\n');
            for (Line line : lines(plan)) {
                out.append(String.format("  %-8s %-28s %s%n", line.change(), line.element(), line.detail()));
            }
        }
        plansAdded.forEach(p -> out.append("\nnew plan ").append(p).append('\n'));
        plansRemoved.forEach(p -> out.append("\nremoved plan ").append(p).append('\n'));
        if (!introduced.isEmpty() || !resolved.isEmpty()) {
            out.append("\ndiagnostics\n");
            introduced.forEach(d -> out.append("  new      ").append(d.toTextLine()).append('\n'));
            resolved.forEach(d -> out.append("  resolved ").append(d.toTextLine()).append('\n'));
        }
        return out.toString();
    }

    String markdown() {
        StringBuilder out = new StringBuilder("**Plan changes:** ").append(summary()).append("\n");
        for (PlanChanges plan : plans) {
            if (plan.isEmpty()) {
                continue;
            }
            out.append("\n### `").append(plan.plan()).append("`\n\n| change | element | what |\n| --- | --- | --- |\n");
            for (Line line : lines(plan)) {
                out.append("| ").append(line.change()).append(" | ").append(cell(line.element())).append(" | ").append(cell(line.detail()))
                        .append(" |\n");
            }
        }
        plansAdded.forEach(p -> out.append("\nNew plan `").append(p).append("`\n"));
        plansRemoved.forEach(p -> out.append("\nRemoved plan `").append(p).append("`\n"));
        if (!introduced.isEmpty() || !resolved.isEmpty()) {
            out.append("\n### Diagnostics\n\n| | where | code | message |\n| --- | --- | --- | --- |\n");
            introduced.forEach(d -> out.append(diagnosticRow("new " + d.severity().label(), d)));
            resolved.forEach(d -> out.append(diagnosticRow("resolved " + d.severity().label(), d)));
        }
        return out.toString();
    }

    String json() {
        JsonObject root = new JsonObject();
        JsonObject summary = new JsonObject();
        summary.addProperty("text", summary());
        summary.addProperty("later", plans.stream().mapToLong(PlanChanges::later).sum());
        summary.addProperty("earlier", plans.stream().mapToLong(PlanChanges::earlier).sum());
        summary.addProperty("newErrors", newErrors());
        summary.addProperty("resolved", resolved.size());
        root.add("summary", summary);
        JsonArray plansJson = new JsonArray();
        for (PlanChanges plan : plans) {
            JsonObject p = new JsonObject();
            p.addProperty("plan", plan.plan());
            JsonObject day0 = new JsonObject();
            day0.addProperty("from", plan.oldDay0() == null ? null : plan.oldDay0().toString());
            day0.addProperty("to", plan.newDay0() == null ? null : plan.newDay0().toString());
            p.add("day0", day0);
            p.add("added", elements(plan.added()));
            p.add("removed", elements(plan.removed()));
            JsonArray moved = new JsonArray();
            for (PlanChanges.DateMove m : plan.moved()) {
                JsonObject move = new JsonObject();
                move.addProperty("kind", m.kind());
                move.addProperty("name", m.name());
                move.addProperty("from", m.from().toString());
                move.addProperty("to", m.to().toString());
                move.addProperty("days", m.days());
                move.addProperty("workingDays", m.workingDays());
                move.addProperty("because", m.because());
                moved.add(move);
            }
            p.add("moved", moved);
            JsonArray changed = new JsonArray();
            for (PlanChanges.FieldChange c : plan.changed()) {
                JsonObject change = new JsonObject();
                change.addProperty("kind", c.kind());
                change.addProperty("name", c.name());
                change.addProperty("field", c.field());
                change.addProperty("from", c.from());
                change.addProperty("to", c.to());
                changed.add(change);
            }
            p.add("changed", changed);
            JsonArray afterGr4 = new JsonArray();
            plan.nowAfterGr4().forEach(afterGr4::add);
            p.add("nowAfterGr4", afterGr4);
            plansJson.add(p);
        }
        root.add("plans", plansJson);
        JsonArray newPlans = new JsonArray();
        plansAdded.forEach(newPlans::add);
        root.add("plansAdded", newPlans);
        JsonArray gonePlans = new JsonArray();
        plansRemoved.forEach(gonePlans::add);
        root.add("plansRemoved", gonePlans);
        JsonObject diagnostics = new JsonObject();
        diagnostics.add("introduced", diagnostics(introduced));
        diagnostics.add("resolved", diagnostics(resolved));
        root.add("diagnostics", diagnostics);
        return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    private record Line(String change, String element, String detail) {
    }

    private static List<Line> lines(PlanChanges plan) {
        List<Line> lines = new ArrayList<>();
        if (plan.day0Moved()) {
            lines.add(new Line("day0", "day0", plan.oldDay0() + " → " + plan.newDay0()));
        }
        for (PlanChanges.DateMove m : plan.moved()) {
            String slip = (m.days() > 0 ? "+" : "") + m.days() + "d" + (m.workingDays() != 0 ? ", " + (m.workingDays() > 0 ? "+" : "")
                    + m.workingDays() + "wd" : "");
            String because = m.because() == null ? "" : " (only because " + ("T".equals(m.because()) ? "day0" : "`" + m.because() + "`")
                    + " moved)";
            lines.add(new Line(m.days() > 0 ? "later" : "earlier", m.kind() + " " + m.name(),
                    day(m.from()) + " → " + day(m.to()) + "  " + slip + because));
        }
        for (PlanSnapshot.Element e : plan.added()) {
            lines.add(new Line("added", e.kind() + " " + e.name(), (e.date() == null ? "" : day(e.date()) + " ") + quoted(e.title())));
        }
        for (PlanSnapshot.Element e : plan.removed()) {
            lines.add(new Line("removed", e.kind() + " " + e.name(), (e.date() == null ? "" : "was " + day(e.date()) + " ") + quoted(e.title())));
        }
        for (PlanChanges.FieldChange c : plan.changed()) {
            lines.add(new Line(c.field(), c.kind() + " " + c.name(), none(c.from()) + " → " + none(c.to())));
        }
        for (String task : plan.nowAfterGr4()) {
            lines.add(new Line("after GR4", "task " + task, "now due after gate GR4"));
        }
        return lines;
    }

    private static JsonArray elements(List<PlanSnapshot.Element> elements) {
        JsonArray array = new JsonArray();
        for (PlanSnapshot.Element e : elements) {
            JsonObject json = new JsonObject();
            json.addProperty("kind", e.kind());
            json.addProperty("name", e.name());
            json.addProperty("title", e.title());
            json.addProperty("date", e.date() == null ? null : e.date().toString());
            array.add(json);
        }
        return array;
    }

    private static JsonArray diagnostics(List<Diagnostic> diagnostics) {
        JsonArray array = new JsonArray();
        for (Diagnostic d : diagnostics) {
            JsonObject json = new JsonObject();
            json.addProperty("path", d.path());
            json.addProperty("line", d.line());
            json.addProperty("column", d.column());
            json.addProperty("severity", d.severity().label());
            json.addProperty("code", d.code());
            json.addProperty("message", d.message());
            array.add(json);
        }
        return array;
    }

    private static String diagnosticRow(String what, Diagnostic d) {
        return "| " + what + " | " + cell(d.path() + ":" + d.line()) + " | `" + d.code() + "` | " + cell(d.message()) + " |\n";
    }

    /** A table cell: no line break, no pipe, no HTML. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;").replace('\n', ' ');
    }

    private static String day(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + date;
    }

    private static String quoted(String title) {
        return title == null ? "" : "\"" + title + "\"";
    }

    private static String none(String value) {
        return value == null ? "none" : value;
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
