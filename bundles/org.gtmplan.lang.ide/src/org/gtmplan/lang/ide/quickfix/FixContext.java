package org.gtmplan.lang.ide.quickfix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.gtmplan.lang.dates.DateResolver;
import org.gtmplan.lang.dates.ResolvedDates;
import org.gtmplan.lang.gtm.Model;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.model.PlanIndex;
import org.gtmplan.lang.model.PlanSettings;

import com.google.gson.JsonArray;

/**
 * What one fix reads: the diagnostic with its issue data, the parsed file, its text, and the plan
 * the diagnostic is in, resolved once (index, dates, settings) the way the checks resolve it.
 */
final class FixContext {

    private final Diagnostic diagnostic;
    private final XtextResource resource;
    private final PlanEdits edits;
    private final EObject element;
    private final Plan plan;
    private PlanIndex index;
    private ResolvedDates dates;

    FixContext(Diagnostic diagnostic, XtextResource resource, Document document, DateResolver dateResolver) {
        this.diagnostic = diagnostic;
        this.resource = resource;
        this.edits = new PlanEdits(document);
        int offset = document.getOffSet(diagnostic.getRange().getStart());
        EObject found = new EObjectAtOffsetHelper().resolveContainedElementAt(resource, offset);
        this.element = found;
        Plan container = found == null ? null : EcoreUtil2.getContainerOfType(found, Plan.class);
        if (container == null && !resource.getContents().isEmpty()
                && resource.getContents().get(0) instanceof Model model && model.getElement() instanceof Plan top) {
            container = top;
        }
        this.plan = container;
        if (plan != null) {
            this.index = new PlanIndex(plan);
            this.dates = dateResolver.resolve(plan);
        }
    }

    Diagnostic diagnostic() {
        return diagnostic;
    }

    XtextResource resource() {
        return resource;
    }

    PlanEdits edits() {
        return edits;
    }

    /** The innermost element at the start of the diagnostic's range. */
    EObject element() {
        return element;
    }

    /** The nearest element of a type around the diagnostic's start, or null. */
    <T extends EObject> T elementOfType(Class<T> type) {
        return element == null ? null : EcoreUtil2.getContainerOfType(element, type);
    }

    /** The plan the diagnostic is in; null in a library. */
    Plan plan() {
        return plan;
    }

    PlanIndex index() {
        return index;
    }

    ResolvedDates dates() {
        return dates;
    }

    PlanSettings settings() {
        return PlanSettings.of(plan);
    }

    /**
     * The issue data item {@code i} the check attached, or null. In process it is the String[] of
     * the issue; after a trip through the protocol it comes back as a JSON array.
     */
    String data(int i) {
        Object data = diagnostic.getData();
        if (data instanceof String[] array) {
            return i < array.length ? array[i] : null;
        } else if (data instanceof JsonArray array) {
            return i < array.size() && array.get(i).isJsonPrimitive() ? array.get(i).getAsString() : null;
        } else if (data instanceof List<?> list) {
            return i < list.size() && list.get(i) != null ? list.get(i).toString() : null;
        }
        return null;
    }
}
