package org.gtmplan.lang.ide.hover;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.gtmplan.lang.dates.DateResolver;
import org.gtmplan.lang.dates.ResolvedDates;
import org.gtmplan.lang.gtm.Criterion;
import org.gtmplan.lang.gtm.DateExpr;
import org.gtmplan.lang.gtm.Dated;
import org.gtmplan.lang.gtm.Gate;
import org.gtmplan.lang.gtm.GtmPackage;
import org.gtmplan.lang.gtm.Milestone;
import org.gtmplan.lang.gtm.Owner;
import org.gtmplan.lang.gtm.Person;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.gtm.Task;
import org.gtmplan.lang.gtm.Team;
import org.gtmplan.lang.gtm.Workstream;
import org.gtmplan.lang.model.NamedElements;
import org.gtmplan.lang.model.WrittenFeatures;

import com.google.inject.Inject;

/**
 * What a hover says about an element, in Markdown: a date expression's resolved day, weekday,
 * T-offset and the anchor it hangs on; an owner's name, role, email and teams; a gate's date,
 * criteria and required tasks with their status; a task's due date, owner, status and what it
 * follows. Dates come from the one {@link DateResolver}, as the checks read them.
 */
public class PlanElementDescriptions {

    @Inject
    private DateResolver dateResolver;

    /** The description of {@code element}, or null when it is nothing a hover explains. */
    public String describe(EObject element) {
        if (element instanceof DateExpr expression) {
            return describeDate(expression);
        } else if (element instanceof Person person) {
            return describePerson(person);
        } else if (element instanceof Team team) {
            return describeTeam(team);
        } else if (element instanceof Gate gate) {
            return describeGate(gate);
        } else if (element instanceof Task task) {
            return describeTask(task);
        } else if (element instanceof Milestone milestone) {
            return describeMilestone(milestone);
        }
        return null;
    }

    private String describeDate(DateExpr expression) {
        ResolvedDates dates = datesOf(expression);
        if (dates == null) {
            return null;
        }
        String written = NodeModelUtils.getTokenText(NodeModelUtils.findActualNodeFor(expression));
        LocalDate date = dates.dateOf(expression);
        StringBuilder text = new StringBuilder("`").append(written).append("` is ");
        text.append(date == null ? "not resolved (see the problems of this line)" : "**" + dates.describe(date) + "**");
        if (expression.getAnchor() != null && !expression.getAnchor().eIsProxy()) {
            Dated anchor = expression.getAnchor();
            text.append("\n\nIt hangs on ").append(kind(anchor)).append(" `").append(NamedElements.nameOf(anchor)).append("`, ")
                    .append(dates.describe(dates.dateOf(anchor))).append('.');
        } else if (expression.isDay0()) {
            text.append("\n\nIt hangs on day 0 (T), ").append(dates.day0() == null ? "which the plan does not set" : dates.describe(dates.day0()))
                    .append('.');
        }
        return text.toString();
    }

    private String describePerson(Person person) {
        StringBuilder text = new StringBuilder("**").append(person.getFullName()).append("** (`").append(person.getName())
                .append("`), person");
        if (WrittenFeatures.isWritten(person, GtmPackage.Literals.PERSON__ROLE)) {
            text.append(", role ").append(person.getRole().getLiteral());
        }
        if (person.getEmail() != null) {
            text.append(", ").append(person.getEmail());
        }
        List<String> teams = new ArrayList<>();
        Resource resource = person.eResource();
        if (resource != null && resource.getResourceSet() != null) {
            // The teams the loaded files declare: a library's teams sit beside its people.
            for (Resource each : resource.getResourceSet().getResources()) {
                if (each.getContents().isEmpty()) {
                    continue;
                }
                for (Team team : teamsOf(each.getContents().get(0))) {
                    if (team.getLead() == person) {
                        teams.add(team.getName() + " (lead)");
                    } else if (team.getMembers().contains(person)) {
                        teams.add(team.getName());
                    }
                }
            }
        }
        if (!teams.isEmpty()) {
            text.append("\n\nTeams: ").append(String.join(", ", teams));
        }
        return text.toString();
    }

    private String describeTeam(Team team) {
        StringBuilder text = new StringBuilder("**").append(team.getFullName()).append("** (`").append(team.getName()).append("`), team");
        if (team.getLead() != null && !team.getLead().eIsProxy()) {
            text.append("\n\nLead: ").append(team.getLead().getName());
        }
        StringJoiner members = new StringJoiner(", ");
        team.getMembers().stream().filter(m -> !m.eIsProxy()).forEach(m -> members.add(m.getName()));
        if (members.length() > 0) {
            text.append("\n\nMembers: ").append(members);
        }
        return text.toString();
    }

    private String describeGate(Gate gate) {
        ResolvedDates dates = datesOf(gate);
        StringBuilder text = new StringBuilder("**Gate `").append(gate.getName()).append("`** \"").append(gate.getTitle()).append("\"");
        if (dates != null) {
            text.append(", ").append(dates.describe(dates.dateOf(gate)));
        }
        if (gate.getDecidedBy() != null && !gate.getDecidedBy().eIsProxy()) {
            text.append(", decided by ").append(NamedElements.nameOf(gate.getDecidedBy()));
        }
        if (!gate.getCriteria().isEmpty()) {
            text.append("\n\nCriteria:");
            for (Criterion criterion : gate.getCriteria()) {
                text.append("\n- `").append(criterion.getName()).append("` ").append(criterion.getTitle());
                if (criterion.getOwner() != null && !criterion.getOwner().eIsProxy()) {
                    text.append(" (").append(NamedElements.nameOf(criterion.getOwner())).append(')');
                }
            }
        }
        if (!gate.getRequires().isEmpty()) {
            text.append("\n\nRequires:");
            for (Task task : gate.getRequires()) {
                if (!task.eIsProxy()) {
                    text.append("\n- `").append(task.getName()).append("` ").append(statusOf(task));
                    if (dates != null) {
                        text.append(", due ").append(dates.describe(dates.dateOf(task)));
                    }
                }
            }
        }
        return text.toString();
    }

    private String describeTask(Task task) {
        ResolvedDates dates = datesOf(task);
        StringBuilder text = new StringBuilder("**Task `").append(task.getName()).append("`** \"").append(task.getTitle()).append("\"");
        if (dates != null) {
            text.append("\n\nDue ").append(dates.describe(dates.dateOf(task)));
        }
        Owner owner = task.getOwner();
        String from = "";
        if (owner == null && task.eContainer() instanceof Workstream workstream) {
            owner = workstream.getOwner();
            from = " (from workstream `" + workstream.getName() + "`)";
        }
        text.append("; owner ").append(owner == null || owner.eIsProxy() ? "none" : NamedElements.nameOf(owner) + from);
        text.append("; ").append(statusOf(task));
        if (task.getEffort() != null) {
            text.append("; effort ").append(task.getEffort());
        }
        StringJoiner after = new StringJoiner(", ");
        task.getAfter().stream().filter(t -> !t.eIsProxy()).forEach(t -> after.add("`" + t.getName() + "`"));
        if (after.length() > 0) {
            text.append("\n\nAfter ").append(after);
        }
        return text.toString();
    }

    private String describeMilestone(Milestone milestone) {
        ResolvedDates dates = datesOf(milestone);
        StringBuilder text = new StringBuilder("**Milestone `").append(milestone.getName()).append("`** \"").append(milestone.getTitle())
                .append("\"");
        if (dates != null) {
            text.append(", ").append(dates.describe(dates.dateOf(milestone)));
        }
        if (WrittenFeatures.kindOf(milestone) != null) {
            text.append(", kind ").append(WrittenFeatures.kindOf(milestone).getLiteral());
        }
        return text.toString();
    }

    /** Teams are members of a library or a plan, never deeper: no walk through a plan's tasks. */
    private static List<Team> teamsOf(EObject root) {
        List<Team> teams = new ArrayList<>();
        if (root instanceof org.gtmplan.lang.gtm.Model model) {
            if (model.getElement() instanceof org.gtmplan.lang.gtm.Library library) {
                library.getMembers().stream().filter(Team.class::isInstance).map(Team.class::cast).forEach(teams::add);
            } else if (model.getElement() instanceof Plan plan) {
                plan.getMembers().stream().filter(Team.class::isInstance).map(Team.class::cast).forEach(teams::add);
            }
        }
        return teams;
    }

    private static String statusOf(Task task) {
        return WrittenFeatures.isWritten(task, GtmPackage.Literals.TASK__STATUS) ? task.getStatus().getLiteral() : "todo";
    }

    private static String kind(EObject element) {
        return element instanceof Milestone ? "milestone" : element instanceof Gate ? "gate" : "task";
    }

    private ResolvedDates datesOf(EObject element) {
        Plan plan = EcoreUtil2.getContainerOfType(element, Plan.class);
        return plan == null ? null : dateResolver.resolve(plan);
    }
}
