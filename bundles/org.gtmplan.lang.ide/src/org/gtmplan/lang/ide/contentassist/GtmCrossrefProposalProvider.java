package org.gtmplan.lang.ide.contentassist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;

/**
 * References are proposed by the name a person types, each element once. An imported library
 * member is in scope both as {@code alice} and as {@code acme.org.people.alice}; unless the
 * person has started typing a qualified name, only the shortest name of each element is offered.
 */
public class GtmCrossrefProposalProvider extends IdeCrossrefProposalProvider {

    @Override
    protected Iterable<IEObjectDescription> queryScope(IScope scope, CrossReference crossReference, ContentAssistContext context) {
        Iterable<IEObjectDescription> all = super.queryScope(scope, crossReference, context);
        if (context.getPrefix() != null && context.getPrefix().contains(".")) {
            return all;
        }
        Map<URI, IEObjectDescription> shortest = new LinkedHashMap<>();
        for (IEObjectDescription description : all) {
            shortest.merge(description.getEObjectURI(), description,
                    (kept, other) -> other.getName().getSegmentCount() < kept.getName().getSegmentCount() ? other : kept);
        }
        return new ArrayList<>(shortest.values());
    }
}
