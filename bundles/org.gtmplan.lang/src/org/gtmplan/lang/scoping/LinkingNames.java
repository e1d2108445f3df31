package org.gtmplan.lang.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.gtmplan.lang.gtm.Import;
import org.gtmplan.lang.gtm.Model;
import org.gtmplan.lang.model.NamedElements;

/**
 * What the links of a file depend on inside the file: its package, its imports and every name
 * with the kind of element that carries it, in document order. Two states of a file with equal
 * linking names resolve every unchanged reference to the same element (the index aside), so a
 * partial reparse that keeps them may keep those links ({@link GtmLinkingResource#updateKeepingLinks}).
 */
record LinkingNames(List<String> entries) {

    static LinkingNames of(Resource resource) {
        List<String> entries = new ArrayList<>();
        for (var it = resource.getAllContents(); it.hasNext();) {
            EObject element = it.next();
            if (element instanceof Model model) {
                entries.add("package " + model.getPackage());
            } else if (element instanceof Import anImport) {
                entries.add("import " + anImport.getImportedNamespace());
                it.prune();
            } else {
                String name = NamedElements.nameOf(element);
                if (name != null) {
                    entries.add(element.eClass().getName() + " " + name);
                }
            }
        }
        return new LinkingNames(entries);
    }
}
