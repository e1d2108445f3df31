package org.gtmplan.lang.ide.quickfix;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.gtmplan.lang.gtm.GtmPackage;
import org.gtmplan.lang.gtm.Owner;
import org.gtmplan.lang.gtm.Pillar;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.gtm.PlanMember;
import org.gtmplan.lang.model.NamedElements;
import org.gtmplan.lang.model.PlanIndex;

/**
 * Who owns an element a fix inserts, so that it brings no missing-owner with it: an owner the
 * plan already names in a similar role, written exactly as the plan writes it (so it resolves
 * the same way). Deciding bodies (gates, the response) prefer a gate's decider; work (a
 * workstream) prefers a workstream's owner; marketing prefers the promotion owner.
 */
final class OwnerChoice {

    private final Plan plan;
    private final PlanIndex index;

    OwnerChoice(Plan plan, PlanIndex index) {
        this.plan = plan;
        this.index = index;
    }

    /** For a workstream: another workstream's owner, else the msp's, else a gate's decider, else the plan's first owner. */
    String forWork() {
        return first(workstreamOwner(null), mspOwner(), decider(), responseOwner(), declaredOwner());
    }

    /** For a gate or the response mechanism: a gate's decider, else the response's owner, else whoever owns work. */
    String forDecisions() {
        return first(decider(), responseOwner(), workstreamOwner(null), mspOwner(), declaredOwner());
    }

    /** For the marketing plan: the promotion workstream's owner, else any workstream's, else none. */
    String forMarketing() {
        return first(workstreamOwner(Pillar.PROMOTION), workstreamOwner(null), decider());
    }

    private String workstreamOwner(Pillar pillar) {
        return firstWritten(index.workstreams().stream().filter(w -> pillar == null || w.getPillar() == pillar).toList(),
                GtmPackage.Literals.WORKSTREAM__OWNER);
    }

    private String mspOwner() {
        return firstWritten(index.msps(), GtmPackage.Literals.MSP__OWNER);
    }

    private String decider() {
        return firstWritten(index.gates(), GtmPackage.Literals.GATE__DECIDED_BY);
    }

    private String responseOwner() {
        return firstWritten(index.responses(), GtmPackage.Literals.RESPONSE__OWNER);
    }

    /** The first of these elements' owner references that resolves, as written. */
    private static String firstWritten(java.util.List<? extends EObject> elements, EReference reference) {
        for (EObject element : elements) {
            String owner = written(element, reference);
            if (owner != null) {
                return owner;
            }
        }
        return null;
    }

    /** The first person or team the plan itself declares. */
    private String declaredOwner() {
        for (PlanMember member : plan.getMembers()) {
            if (member instanceof Owner && NamedElements.nameOf(member) != null) {
                return NamedElements.nameOf(member);
            }
        }
        return null;
    }

    /** The reference's text, when it resolves to an owner. */
    private static String written(EObject element, EReference reference) {
        Object target = element.eGet(reference, true);
        if (!(target instanceof EObject resolved) || resolved.eIsProxy()) {
            return null;
        }
        return PlanEdits.writtenText(element, reference);
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }
}
