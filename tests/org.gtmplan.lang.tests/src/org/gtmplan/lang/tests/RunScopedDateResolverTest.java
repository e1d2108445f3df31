package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gtmplan.lang.dates.DateResolver;
import org.gtmplan.lang.dates.ResolvedDates;
import org.gtmplan.lang.generator.RunScopedDateResolver;
import org.gtmplan.lang.gtm.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** gtm generate resolves each plan's dates once, for its checks and its documents; the editor always afresh. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GtmInjectorProvider.class)
class RunScopedDateResolverTest {

    private static final String PLAN = "import acme.org.people.*\nplan p {\n  day0 2026-09-08\n  milestone launch \"Launch\" at T+10d\n}\n";

    @Inject
    private PlanFixtures fixtures;

    @Inject
    private DateResolver resolver;

    @Test
    void everyServiceGetsTheRunScopedResolver() {
        assertInstanceOf(RunScopedDateResolver.class, resolver);
    }

    @Test
    void insideARunAPlanIsResolvedOnce() {
        Plan plan = fixtures.plan(PLAN, PlanFixtures.PEOPLE);
        RunScopedDateResolver dates = (RunScopedDateResolver) resolver;
        ResolvedDates first;
        try (RunScopedDateResolver.Run run = dates.openRun()) {
            first = dates.resolve(plan);
            assertSame(first, dates.resolve(plan));
            try (RunScopedDateResolver.Run inner = dates.openRun()) {
                assertSame(first, dates.resolve(plan), "a run inside a run keeps the outer run's dates");
            }
            assertSame(first, dates.resolve(plan), "closing the inner run does not end the outer one");
        }
        ResolvedDates after = dates.resolve(plan);
        assertNotSame(first, after, "outside a run, every call resolves afresh");
        assertEquals(first.day0(), after.day0());
    }

    @Test
    void outsideARunEveryCallResolvesAfresh() {
        Plan plan = fixtures.plan(PLAN, PlanFixtures.PEOPLE);
        assertNotSame(resolver.resolve(plan), resolver.resolve(plan));
    }
}
