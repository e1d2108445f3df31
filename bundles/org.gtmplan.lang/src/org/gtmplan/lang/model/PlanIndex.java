package org.gtmplan.lang.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.gtmplan.lang.gtm.Gate;
import org.gtmplan.lang.gtm.Meeting;
import org.gtmplan.lang.gtm.Milestone;
import org.gtmplan.lang.gtm.MilestoneKind;
import org.gtmplan.lang.gtm.Msp;
import org.gtmplan.lang.gtm.Owner;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.gtm.Response;
import org.gtmplan.lang.gtm.Task;
import org.gtmplan.lang.gtm.TaskKind;
import org.gtmplan.lang.gtm.Workstream;

/**
 * One pass over a plan that sorts its elements by kind, so that each launch-process rule
 * looks up what it needs instead of scanning the plan again: rules stay linear in its size.
 */
public final class PlanIndex {

    private final Plan plan;
    private final List<Milestone> milestones = new ArrayList<>();
    private final List<Gate> gates = new ArrayList<>();
    private final Map<String, Gate> gatesByName = new HashMap<>();
    private final List<Workstream> workstreams = new ArrayList<>();
    private final List<Task> tasks = new ArrayList<>();
    private final Map<Task, Workstream> workstreamOf = new IdentityHashMap<>();
    private final Map<Milestone, MilestoneKind> milestoneKinds = new IdentityHashMap<>();
    private final Map<Task, TaskKind> taskKinds = new IdentityHashMap<>();
    private final List<Meeting> meetings = new ArrayList<>();
    private final List<Msp> msps = new ArrayList<>();
    private final List<Response> responses = new ArrayList<>();

    public PlanIndex(Plan plan) {
        this.plan = plan;
        for (var it = plan.eAllContents(); it.hasNext();) {
            EObject element = it.next();
            if (element instanceof Task task) {
                tasks.add(task);
                TaskKind kind = WrittenFeatures.kindOf(task);
                if (kind != null) {
                    taskKinds.put(task, kind);
                }
                if (task.eContainer() instanceof Workstream workstream) {
                    workstreamOf.put(task, workstream);
                }
                it.prune();
            } else if (element instanceof Milestone milestone) {
                milestones.add(milestone);
                MilestoneKind kind = WrittenFeatures.kindOf(milestone);
                if (kind != null) {
                    milestoneKinds.put(milestone, kind);
                }
                it.prune();
            } else if (element instanceof Gate gate) {
                gates.add(gate);
                if (gate.getName() != null) {
                    gatesByName.putIfAbsent(gate.getName(), gate);
                }
                it.prune();
            } else if (element instanceof Workstream workstream) {
                workstreams.add(workstream);
            } else if (element instanceof Meeting meeting) {
                meetings.add(meeting);
                it.prune();
            } else if (element instanceof Msp msp) {
                msps.add(msp);
                it.prune();
            } else if (element instanceof Response response) {
                responses.add(response);
                it.prune();
            }
        }
    }

    public Plan plan() {
        return plan;
    }

    public List<Milestone> milestones() {
        return Collections.unmodifiableList(milestones);
    }

    public List<Milestone> milestones(MilestoneKind kind) {
        return milestones.stream().filter(m -> milestoneKinds.get(m) == kind).toList();
    }

    /** The milestone of this kind written first, or null. */
    public Milestone firstMilestone(MilestoneKind kind) {
        for (Milestone milestone : milestones) {
            if (milestoneKinds.get(milestone) == kind) {
                return milestone;
            }
        }
        return null;
    }

    public List<Gate> gates() {
        return Collections.unmodifiableList(gates);
    }

    /** Gate GR{@code number}, or null. */
    public Gate reviewGate(int number) {
        return gatesByName.get("GR" + number);
    }

    public List<Workstream> workstreams() {
        return Collections.unmodifiableList(workstreams);
    }

    public List<Task> tasks() {
        return Collections.unmodifiableList(tasks);
    }

    /** The kind the task's text names, or null. */
    public TaskKind kindOf(Task task) {
        return taskKinds.get(task);
    }

    /** Tasks of one kind, in document order. */
    public List<Task> tasks(TaskKind kind) {
        return tasks.stream().filter(t -> taskKinds.get(t) == kind).toList();
    }

    public Workstream workstreamOf(Task task) {
        return workstreamOf.get(task);
    }

    /** The task's own owner, else its workstream's; null when neither has one. */
    public Owner ownerOf(Task task) {
        if (task.getOwner() != null) {
            return task.getOwner();
        }
        Workstream workstream = workstreamOf.get(task);
        return workstream == null ? null : workstream.getOwner();
    }

    public List<Meeting> meetings() {
        return Collections.unmodifiableList(meetings);
    }

    public List<Msp> msps() {
        return Collections.unmodifiableList(msps);
    }

    public List<Response> responses() {
        return Collections.unmodifiableList(responses);
    }
}
