package org.gtmplan.lang.tests;

import java.io.IOException;
import java.nio.file.Files;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** The canonical layout: the shipped examples are written in it, and anything else is brought to it. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GtmInjectorProvider.class)
class FormatterTest {

    @Inject
    private FormatterTestHelper formatter;

    @Inject
    private PlanFixtures fixtures;

    private void assertFormatted(String input, String expected) {
        formatter.assertFormatted(request -> {
            request.setToBeFormatted(input);
            request.setExpectation(expected);
            // The formatter works on parsed text; no serializer round trip is involved.
            request.setUseSerializer(false);
        });
    }

    @Test
    void theShippedPlanIsAlreadyCanonical() throws IOException {
        String plan = Files.readString(fixtures.examplesFolder().resolve("phone-launch.gtm"));
        assertFormatted(plan, plan);
    }

    @Test
    void theShippedLibraryIsAlreadyCanonical() throws IOException {
        String library = Files.readString(fixtures.examplesFolder().resolve("org.gtm"));
        assertFormatted(library, library);
    }

    @Test
    void aCrampedPlanIsLaidOut() {
        String cramped = "package  acme.phones\nimport acme.org.people.*\nplan P \"P\" { product \"X\" day0 2026-09-08 workdays MON .. FRI\n"
                + "settings { launchToSaleMax 14d  ownerWeeklyMax 5 }\n\n\n\n"
                + "milestone k \"Kickoff\" at T - 30d kind kickoff gate GR2 \"Expansion\" at k + 5wd decidedBy PCT { criterion c \"C\" owner alice requires t1 , t2 }\n"
                + "workstream w \"W\" pillar product owner bob { task t1 \"One\" due k+1d task t2 \"Two\" due t1 + 2d after t1 { note \"n\" checklist { \"a\" \"b\" } } }\n"
                + "msp \"M\" { goal \"g\" budget 100 CNY target volume 10 units by T activity a \"A\" level company at T expects leads 5 } }";
        String expected = """
                package acme.phones

                import acme.org.people.*

                plan P "P" {
                    product "X"
                    day0 2026-09-08
                    workdays MON..FRI
                    settings {
                        launchToSaleMax 14d
                        ownerWeeklyMax 5
                    }

                    milestone k "Kickoff" at T-30d kind kickoff
                    gate GR2 "Expansion" at k+5wd decidedBy PCT {
                        criterion c "C" owner alice
                        requires t1, t2
                    }
                    workstream w "W" pillar product owner bob {
                        task t1 "One" due k+1d
                        task t2 "Two" due t1+2d after t1 {
                            note "n"
                            checklist {
                                "a"
                                "b"
                            }
                        }
                    }
                    msp "M" {
                        goal "g"
                        budget 100 CNY
                        target volume 10 units by T
                        activity a "A" level company at T expects leads 5
                    }
                }
                """;
        assertFormatted(cramped, expected);
    }

    @Test
    void commentsStayWhereTheyAre() {
        String text = """
                // the organisation
                package acme.org

                library people {
                    // the launch lead
                    person alice "Alice" role GTM /* acting */ email "a@acme.example"
                }
                """;
        assertFormatted(text, text);
    }
}
