package org.gtmplan.lang.resource;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Finds the element at an offset (go to definition, find references, document highlights).
 * Xtext asks the element under the cursor for its name without checking that there is one; in a
 * file with no element there (empty, only comments, or text the parser had to skip) that is a
 * NullPointerException in the language server. There is simply nothing to go to.
 */
public class GtmEObjectAtOffsetHelper extends EObjectAtOffsetHelper {

    @Override
    public EObject getElementWithNameAt(XtextResource resource, int offset) {
        if (offset >= 0 && resource != null && resource.getParseResult() != null && resolveElementAt(resource, offset) == null) {
            return resolveCrossReferencedElementAt(resource, offset);
        }
        return super.getElementWithNameAt(resource, offset);
    }
}
