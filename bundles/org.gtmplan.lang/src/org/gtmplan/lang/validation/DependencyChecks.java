package org.gtmplan.lang.validation;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.validation.Check;
import org.gtmplan.lang.time.Duration;
import org.gtmplan.lang.gtm.GtmPackage;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.gtm.Task;
import org.gtmplan.lang.issues.GtmIssueCodes;

/** {@code after} links: no cycles, a task due after what it follows, and time left to do it. */
public class DependencyChecks extends ComposedPlanCheck {

    private enum Visit {
        OPEN, CLOSED
    }

    /** Depth-first search with an explicit stack: a chain of any length, each cycle reported once. */
    @Check
    public void checkNoDependencyCycle(Plan plan) {
        Map<Task, Visit> visits = new IdentityHashMap<>();
        for (Task start : analysis(plan).index().tasks()) {
            if (visits.containsKey(start)) {
                continue;
            }
            Deque<Task> path = new ArrayDeque<>();
            Deque<Integer> nextEdge = new ArrayDeque<>();
            path.push(start);
            nextEdge.push(0);
            visits.put(start, Visit.OPEN);
            while (!path.isEmpty()) {
                Task task = path.peek();
                int edge = nextEdge.pop();
                List<Task> after = task.getAfter();
                if (edge >= after.size()) {
                    visits.put(task, Visit.CLOSED);
                    path.pop();
                    continue;
                }
                nextEdge.push(edge + 1);
                Task next = after.get(edge);
                if (next.eIsProxy()) {
                    continue;
                }
                Visit visit = visits.get(next);
                if (visit == null) {
                    visits.put(next, Visit.OPEN);
                    path.push(next);
                    nextEdge.push(0);
                } else if (visit == Visit.OPEN) {
                    reportCycle(path, next);
                }
            }
        }
    }

    /** {@code path} holds the open chain, newest first; the cycle runs from {@code repeated} to the top. */
    private void reportCycle(Deque<Task> path, Task repeated) {
        List<Task> cycle = new ArrayList<>();
        for (Task task : path) {
            cycle.add(0, task);
            if (task == repeated) {
                break;
            }
        }
        StringBuilder names = new StringBuilder();
        for (Task task : cycle) {
            names.append(task.getName()).append(" -> ");
        }
        names.append(repeated.getName());
        Task last = cycle.get(cycle.size() - 1);
        report("The `after` links form a cycle, so none of these tasks can start: " + names, last,
                GtmPackage.Literals.TASK__AFTER, last.getAfter().indexOf(repeated), GtmIssueCodes.DEPENDENCY_CYCLE);
    }

    @Check
    public void checkDependencyOrder(Task task) {
        PlanAnalysis analysis = analysis(task);
        LocalDate due = analysis == null ? null : analysis.dates().dateOf(task);
        if (due == null) {
            return;
        }
        Duration effort = task.getEffort();
        LocalDate start = effort == null ? null : analysis.plus(due, effort, -1);
        for (int i = 0; i < task.getAfter().size(); i++) {
            Task before = task.getAfter().get(i);
            LocalDate beforeDue = before.eIsProxy() || before == task ? null : analysis.dates().dateOf(before);
            if (beforeDue == null) {
                continue;
            }
            if (due.isBefore(beforeDue)) {
                report("Task `" + task.getName() + "` is due " + analysis.describe(due) + ", before task `" + before.getName()
                        + "` it comes after, due " + analysis.describe(beforeDue), task, GtmPackage.Literals.TASK__AFTER, i,
                        GtmIssueCodes.DEPENDENCY_ORDER, before.getName());
            } else if (start != null && start.isBefore(beforeDue)) {
                report("Task `" + task.getName() + "` needs " + effort + " and so starts " + analysis.describe(start)
                        + ", before task `" + before.getName() + "` it comes after is due " + analysis.describe(beforeDue),
                        task, GtmPackage.Literals.TASK__EFFORT, GtmIssueCodes.NOT_ENOUGH_TIME);
            }
        }
    }
}
