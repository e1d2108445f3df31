package org.gtmplan.lang.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.gtmplan.lang.gtm.Library;
import org.gtmplan.lang.gtm.Model;
import org.gtmplan.lang.gtm.Plan;
import org.gtmplan.lang.model.NamedElements;

import com.google.inject.Inject;

/**
 * Libraries and plans are namespaces: {@code alice} in library {@code people} of package
 * {@code acme.org} is {@code acme.org.people.alice}. An element nested deeper (a task in a
 * workstream, a criterion in a gate) still sits directly in its plan's namespace, because
 * a plan refers to all its elements by simple name.
 */
public class GtmQualifiedNameProvider extends IQualifiedNameProvider.AbstractImpl {

    @Inject
    private IQualifiedNameConverter converter;

    @Override
    public QualifiedName getFullyQualifiedName(EObject element) {
        String name = NamedElements.nameOf(element);
        if (name == null) {
            return null;
        }
        if (element instanceof Plan || element instanceof Library) {
            return packageOf(element).append(name);
        }
        EObject namespace = NamedElements.namespaceOf(element.eContainer());
        if (namespace == null) {
            return null;
        }
        QualifiedName prefix = getFullyQualifiedName(namespace);
        return prefix == null ? null : prefix.append(name);
    }

    private QualifiedName packageOf(EObject element) {
        EObject root = element.eContainer();
        if (root instanceof Model model && model.getPackage() != null) {
            return converter.toQualifiedName(model.getPackage());
        }
        return QualifiedName.EMPTY;
    }
}
