package org.gtmplan.lang.generator;

import java.time.temporal.ChronoUnit;
import java.util.Map;

/** The words of generated documents, in the plan's {@code language} (en or zh). */
public final class Labels {

    private static final Map<String, String[]> WORDS = Map.ofEntries(
            Map.entry("plan", new String[] { "Plan", "计划" }),
            Map.entry("product", new String[] { "Product", "产品" }),
            Map.entry("kind", new String[] { "Kind", "类型" }),
            Map.entry("day0", new String[] { "Day 0", "T 日" }),
            Map.entry("lead", new String[] { "Lead", "负责人" }),
            Map.entry("progress", new String[] { "Progress", "进度" }),
            Map.entry("timeline", new String[] { "Timeline", "时间线" }),
            Map.entry("milestones", new String[] { "Milestones", "里程碑" }),
            Map.entry("gates", new String[] { "Gates", "评审点" }),
            Map.entry("criteria", new String[] { "Criteria", "评审标准" }),
            Map.entry("requires", new String[] { "Required tasks", "必需任务" }),
            Map.entry("decidedBy", new String[] { "Decided by", "决策方" }),
            Map.entry("workstreams", new String[] { "Workstreams", "工作流" }),
            Map.entry("pillar", new String[] { "Pillar", "支柱" }),
            Map.entry("task", new String[] { "Task", "任务" }),
            Map.entry("owner", new String[] { "Owner", "负责人" }),
            Map.entry("due", new String[] { "Due", "截止" }),
            Map.entry("status", new String[] { "Status", "状态" }),
            Map.entry("after", new String[] { "After", "前置任务" }),
            Map.entry("effort", new String[] { "Effort", "工作量" }),
            Map.entry("notes", new String[] { "Notes", "备注" }),
            Map.entry("checklist", new String[] { "Checklist", "检查项" }),
            Map.entry("msp", new String[] { "Marketing plan", "营销计划" }),
            Map.entry("goal", new String[] { "Goal", "目标" }),
            Map.entry("strategy", new String[] { "Strategy", "策略" }),
            Map.entry("valueProposition", new String[] { "Value proposition", "价值主张" }),
            Map.entry("budget", new String[] { "Budget", "预算" }),
            Map.entry("budgetSum", new String[] { "Activity budgets", "活动预算合计" }),
            Map.entry("targets", new String[] { "Targets", "指标" }),
            Map.entry("activities", new String[] { "Activities", "活动" }),
            Map.entry("level", new String[] { "Level", "级别" }),
            Map.entry("expects", new String[] { "Expects", "预期" }),
            Map.entry("meetings", new String[] { "Meetings", "例会" }),
            Map.entry("responses", new String[] { "Response mechanisms", "快速响应机制" }),
            Map.entry("within", new String[] { "within", "时限" }),
            Map.entry("allOwners", new String[] { "All owners", "全部负责人" }),
            Map.entry("filter", new String[] { "Show items of", "显示负责人" }),
            Map.entry("every", new String[] { "every", "每" }),
            Map.entry("week", new String[] { "week", "周" }),
            Map.entry("month", new String[] { "month", "月" }),
            Map.entry("weeks", new String[] { "weeks", "周" }),
            Map.entry("months", new String[] { "months", "月" }),
            Map.entry("todo", new String[] { "to do", "待办" }),
            Map.entry("doing", new String[] { "in progress", "进行中" }),
            Map.entry("done", new String[] { "done", "已完成" }),
            Map.entry("blocked", new String[] { "blocked", "受阻" }),
            Map.entry("plans", new String[] { "Plans", "计划列表" }),
            Map.entry("milestone", new String[] { "Milestone", "里程碑" }),
            Map.entry("gate", new String[] { "Gate", "评审点" }),
            Map.entry("later", new String[] { "later", "之后" }),
            Map.entry("noOwner", new String[] { "no owner", "无负责人" }),
            Map.entry("showing", new String[] { "Showing the items of", "仅显示负责人" }),
            Map.entry("tasksDone", new String[] { "tasks done", "项任务已完成" }),
            Map.entry("tasks", new String[] { "tasks", "项任务" }),
            Map.entry("oneTask", new String[] { "task", "项任务" }),
            Map.entry("workstreamSpan", new String[] { "Workstream: earliest start to latest due date", "工作流：最早开始至最晚截止" }),
            Map.entry("overdue", new String[] { "overdue", "已逾期" }),
            Map.entry("from", new String[] { "from", "从" }),
            Map.entry("until", new String[] { "until", "至" }),
            Map.entry("email", new String[] { "Email", "邮箱" }),
            Map.entry("members", new String[] { "Members", "成员" }));

    private final int column;

    private Labels(int column) {
        this.column = column;
    }

    public static Labels of(String language) {
        return new Labels("zh".equals(language) ? 1 : 0);
    }

    /** How a meeting recurs, as every document says it: "every week", "every 4 weeks", "每 周", "每 4 周". */
    public String every(int interval, ChronoUnit unit) {
        String keyword = PlanView.MeetingView.keyword(unit);
        return get("every") + " " + (interval == 1 ? get(keyword) : interval + " " + get(keyword + "s"));
    }

    public String get(String key) {
        String[] words = WORDS.get(key);
        return words == null ? key : words[column];
    }
}
