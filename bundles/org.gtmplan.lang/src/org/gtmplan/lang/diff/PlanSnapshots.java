package org.gtmplan.lang.diff;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.gtmplan.lang.dates.DateResolver;
import org.gtmplan.lang.dates.ResolvedDates;
import org.gtmplan.lang.gtm.DateExpr;
import org.gtmplan.lang.gtm.Gate;
import org.gtmplan.lang.gtm.GtmPackage;
import org.gtmplan.lang.gtm.Milestone;
import org.gtmplan.lang.gtm.Owner;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.gtm.Task;
import org.gtmplan.lang.model.NamedElements;
import org.gtmplan.lang.model.PlanIndex;
import org.gtmplan.lang.model.WrittenFeatures;

import com.google.inject.Inject;

/** Takes a {@link PlanSnapshot} of a parsed plan, with the dates of the one {@link DateResolver}. */
public class PlanSnapshots {

    @Inject
    private DateResolver dateResolver;

    @Inject
    private IQualifiedNameProvider names;

    public PlanSnapshot of(Plan plan) {
        ResolvedDates dates = dateResolver.resolve(plan);
        PlanIndex index = new PlanIndex(plan);
        Map<String, PlanSnapshot.Element> elements = new LinkedHashMap<>();
        for (Milestone m : index.milestones()) {
            put(elements, new PlanSnapshot.Element("milestone", m.getName(), m.getTitle(), dates.dateOf(m), text(m.getDate()),
                    anchor(m.getDate()), null, null, null));
        }
        for (Gate g : index.gates()) {
            put(elements, new PlanSnapshot.Element("gate", g.getName(), g.getTitle(), dates.dateOf(g), text(g.getDate()),
                    anchor(g.getDate()), null, null, null));
        }
        for (Task t : index.tasks()) {
            Owner owner = index.ownerOf(t);
            String status = WrittenFeatures.isWritten(t, GtmPackage.Literals.TASK__STATUS) ? t.getStatus().getLiteral() : "todo";
            put(elements, new PlanSnapshot.Element("task", t.getName(), t.getTitle(), dates.dateOf(t), text(t.getDue()),
                    anchor(t.getDue()), owner == null || owner.eIsProxy() ? null : NamedElements.nameOf(owner), status,
                    t.getEffort() == null ? null : t.getEffort().toString()));
        }
        var qualified = names.getFullyQualifiedName(plan);
        return new PlanSnapshot(qualified == null ? plan.getName() : qualified.toString(), dates.day0(), dates.calendar(), elements);
    }

    private static void put(Map<String, PlanSnapshot.Element> elements, PlanSnapshot.Element element) {
        if (element.name() != null) {
            elements.putIfAbsent(element.name(), element);
        }
    }

    private static String text(EObject expression) {
        INode node = expression == null ? null : NodeModelUtils.findActualNodeFor(expression);
        return node == null ? null : NodeModelUtils.getTokenText(node);
    }

    private static String anchor(DateExpr expression) {
        return expression == null || expression.getAnchor() == null || expression.getAnchor().eIsProxy() ? null
                : NamedElements.nameOf(expression.getAnchor());
    }
}
