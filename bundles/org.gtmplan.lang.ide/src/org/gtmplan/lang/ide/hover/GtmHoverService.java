package org.gtmplan.lang.ide.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.gtmplan.lang.gtm.DateExpr;

import com.google.inject.Inject;

/**
 * Hover for the language server (and, in process, the Eclipse editor): over a date expression
 * it explains the day it resolves to, even where the expression names no element ({@code T-32d});
 * over a name, what {@link PlanElementDescriptions} says about the element.
 */
public class GtmHoverService extends HoverService {

    @Inject
    private EObjectAtOffsetHelper elements;

    @Inject
    private PlanElementDescriptions descriptions;

    @Override
    protected HoverContext createContext(Document document, XtextResource resource, int offset) {
        EObject contained = elements.resolveContainedElementAt(resource, offset);
        DateExpr expression = contained == null ? null : EcoreUtil2.getContainerOfType(contained, DateExpr.class);
        if (expression != null) {
            INode node = NodeModelUtils.findActualNodeFor(expression);
            return new HoverContext(document, resource, offset, new TextRegion(node.getOffset(), node.getLength()), expression);
        }
        return super.createContext(document, resource, offset);
    }

    @Override
    public String getContents(EObject element) {
        String described = descriptions.describe(element);
        return described != null ? described : super.getContents(element);
    }
}
