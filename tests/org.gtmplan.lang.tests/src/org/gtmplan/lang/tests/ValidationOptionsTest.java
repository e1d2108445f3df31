package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.gtmplan.lang.issues.GtmIssueCodes;
import org.gtmplan.lang.validation.ValidationOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The as-of day travels with each resource set (ValidationOptions), not with the injector: one
 * injector validates sets read as of different days, each with its own overdue tasks. In
 * {@link BasePlan} the open tasks fall due on Wed 2026-06-10 (forecast), Fri 2026-07-10 (samples),
 * Tue 2026-08-04 (training) and Thu 2026-09-03 (retailReady).
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(GtmInjectorProvider.class)
class ValidationOptionsTest {

    private static final LocalDate JUNE_11 = LocalDate.of(2026, 6, 11);
    private static final LocalDate JULY_11 = LocalDate.of(2026, 7, 11);

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private PlanFixtures fixtures;

    @Inject
    private IResourceValidator validator;

    @Test
    void oneInjectorValidatesEachSetAsOfItsOwnDay() {
        assertEquals(List.of("forecast as of 2026-06-11"), overdue(validate(load(ValidationOptions.withAsOf(JUNE_11)))));
        assertEquals(List.of("forecast as of 2026-07-11", "samples as of 2026-07-11"),
                overdue(validate(load(ValidationOptions.withAsOf(JULY_11)))));
        assertEquals(List.of(), overdue(validate(load(null))), "a set without options (the editor, the language server)");
        assertEquals(List.of(), overdue(validate(load(ValidationOptions.DEFAULT))));
    }

    /**
     * Every set is loaded and given its day before any is validated, then they are validated in
     * turn, twice: options kept in the injector (the mutable singleton they once were, set by each
     * front end before it validates) would give every set the day set last.
     */
    @Test
    void setsValidatedInterleavedKeepTheirOwnDay() {
        Resource june = load(ValidationOptions.withAsOf(JUNE_11));
        Resource july = load(ValidationOptions.withAsOf(JULY_11));
        Resource none = load(null);
        for (int round = 1; round <= 2; round++) {
            assertEquals(List.of("forecast as of 2026-06-11"), overdue(validate(june)), "round " + round);
            assertEquals(List.of("forecast as of 2026-07-11", "samples as of 2026-07-11"), overdue(validate(july)), "round " + round);
            assertEquals(List.of(), overdue(validate(none)), "round " + round);
        }
    }

    @Test
    void attachingOptionsAgainReplacesThem() {
        Resource resource = load(ValidationOptions.withAsOf(JUNE_11));
        ValidationOptions.withAsOf(JULY_11).attachTo(resource.getResourceSet());
        assertEquals(JULY_11, ValidationOptions.of(resource.getResourceSet()).asOf());
        assertEquals(1, resource.getResourceSet().eAdapters().stream().filter(a -> a.isAdapterForType(ValidationOptions.class)).count());
        assertEquals(List.of("forecast as of 2026-07-11", "samples as of 2026-07-11"), overdue(validate(resource)));
    }

    @Test
    void withoutASetTheOptionsAreTheDefault() {
        assertSame(ValidationOptions.DEFAULT, ValidationOptions.of((XtextResourceSet) null));
        assertSame(ValidationOptions.DEFAULT, ValidationOptions.of(resourceSets.get()));
        assertSame(ValidationOptions.DEFAULT, ValidationOptions.withAsOf(null));
    }

    /** {@link BasePlan} in a fresh resource set carrying {@code options} (none when null). */
    private Resource load(ValidationOptions options) {
        Resource resource = fixtures.load(BasePlan.TEXT).get(0);
        if (options != null) {
            options.attachTo(resource.getResourceSet());
        }
        return resource;
    }

    private List<Issue> validate(Resource resource) {
        return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
    }

    private static final Pattern OVERDUE = Pattern.compile("Task `(\\w+)` was due .* as of \\w{3} (\\d{4}-\\d{2}-\\d{2}).*");

    /** "task as of day" for each overdue finding, by task name; the plan has no other finding. */
    private static List<String> overdue(List<Issue> issues) {
        assertTrue(issues.stream().allMatch(i -> GtmIssueCodes.OVERDUE.equals(i.getCode())), issues.toString());
        return issues.stream().map(i -> {
            Matcher matcher = OVERDUE.matcher(i.getMessage());
            assertTrue(matcher.matches(), i.getMessage());
            return matcher.group(1) + " as of " + matcher.group(2);
        }).sorted().toList();
    }
}
