package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The shipped examples are the language's acceptance test: no diagnostic at all. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GtmInjectorProvider.class)
class ExamplesTest {

    @Inject
    private PlanFixtures fixtures;

    @Test
    void shippedExamplesHaveNoDiagnostic() throws Exception {
        List<Issue> issues = fixtures.validateFiles(fixtures.examplesFolder().resolve("org.gtm"),
                fixtures.examplesFolder().resolve("phone-launch.gtm"));
        assertEquals(List.of(), issues.stream().map(Object::toString).toList());
    }
}
