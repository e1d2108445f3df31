package org.gtmplan.lang.validation;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Options a front end gives the checks of the plans it loaded: the day they are read "as of"
 * (drives {@code overdue}; without it nothing is overdue, so editors stay quiet).
 *
 * <p>They travel with the resource set, as an EMF adapter, the way Xtext keeps what belongs to one
 * set of resources (its index data, for one) rather than in a service: one injector can then
 * validate any number of resource sets, each with its own options, and the validator EMF's
 * registry kept (the first injector's) reads the right ones. {@code gtm validate} and
 * {@code gtm generate} attach them to the set their {@code PlanWorkspace} creates; the editor, the
 * builder and the language server attach none and get {@link #DEFAULT}. The value is immutable.
 */
public final class ValidationOptions {

    /** No as-of day: what a resource set without options is checked with. */
    public static final ValidationOptions DEFAULT = new ValidationOptions(null);

    private final LocalDate asOf;

    private ValidationOptions(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** Options with this as-of day; null means none ({@link #DEFAULT}). */
    public static ValidationOptions withAsOf(LocalDate asOf) {
        return asOf == null ? DEFAULT : new ValidationOptions(asOf);
    }

    /** The day the plans are read as of, or null. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Makes these the options of {@code resourceSet}, in place of any it had. */
    public void attachTo(ResourceSet resourceSet) {
        resourceSet.eAdapters().removeIf(a -> a.isAdapterForType(ValidationOptions.class));
        resourceSet.eAdapters().add(new Carrier(this));
    }

    /** The options attached to {@code resourceSet}; {@link #DEFAULT} when none are (or there is no set). */
    public static ValidationOptions of(ResourceSet resourceSet) {
        if (resourceSet == null) {
            return DEFAULT;
        }
        return EcoreUtil.getAdapter(resourceSet.eAdapters(), ValidationOptions.class) instanceof Carrier carrier
                ? carrier.options
                : DEFAULT;
    }

    /** The options of the resource set holding {@code element}; {@link #DEFAULT} when it is in none. */
    public static ValidationOptions of(EObject element) {
        Resource resource = element == null ? null : element.eResource();
        return of(resource == null ? null : resource.getResourceSet());
    }

    /** The adapter that holds a set's options (one per set: an adapter has one target). */
    private static final class Carrier extends AdapterImpl {

        final ValidationOptions options;

        Carrier(ValidationOptions options) {
            this.options = options;
        }

        @Override
        public boolean isAdapterForType(Object type) {
            return type == ValidationOptions.class;
        }
    }
}
