package org.gtmplan.lang.template;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The IPMS template {@code gtm new} writes: kickoff, GR2 and GR4, the four 4P workstreams, a
 * marketing plan, the PCT and IPMS-MT meetings and a response mechanism, with every date relative
 * to day 0, so moving {@code day0} moves the plan. The result validates with no diagnostic at all.
 */
public final class PlanTemplate {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private PlanTemplate() {
    }

    /** Whether {@code name} can name a plan: letters, digits and _, not starting with a digit, not T. */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches() && !"T".equals(name);
    }

    /** Why {@code name} cannot name a plan, in the words {@code gtm new} and the New Plan wizard use; null when it can. */
    public static String nameProblem(String name) {
        return isValidName(name) ? null : "'" + name + "' cannot name a plan: use letters, digits and _, not starting with a digit";
    }

    /** The launch day a new plan starts with when none is given: 26 weeks after {@code today}. */
    public static LocalDate defaultDay0(LocalDate today) {
        return today.plusWeeks(26);
    }

    /** The file a new plan named {@code name} is written to. */
    public static String fileName(String name) {
        return name + ".gtm";
    }

    public static String newPlan(String name, LocalDate day0) {
        if (!isValidName(name)) {
            throw new IllegalArgumentException(nameProblem(name));
        }
        return """
                // A new launch plan in the IPMS style: the kickoff, GR2 and GR4, the 4P workstreams, the
                // marketing plan (MSP) and the two regular meetings. Every date hangs on day0 (T): move day0
                // and the plan moves. Replace the people, the texts and the figures with your own, then run
                // `gtm validate` and `gtm generate`.
                plan %1$s "%1$s launch" {
                    product "%1$s"
                    kind newProduct
                    day0 %2$s

                    person lead "Launch lead" role GTM
                    person pdt "Product lead" role PDT
                    person mkt "Marketing lead" role MKT
                    person retail "Retail lead" role RETAIL
                    person supply "Supply lead" role SUPPLY
                    person sales "Sales lead" role SALES
                    team PCT "Product Commercial Team" lead lead members pdt, mkt, retail, supply, sales
                    team IPMS_MT "IPMS launch management committee" lead lead members pdt, mkt

                    meeting pctWeekly "PCT regular meeting" by PCT every week on TUE at 10:00 for 60min from kickoff until T+90d
                    meeting mtMonthly "IPMS-MT decision committee" by IPMS_MT every 4 weeks on THU at 14:00 for 2h from kickoff until T+180d

                    milestone kickoff "Project kickoff" at T-180d kind kickoff
                    gate GR2 "Start of expansion" at T-150d decidedBy IPMS_MT {
                        criterion targetMarkets "Target markets and segments selected" owner lead
                        requires pricing
                    }
                    gate GR4 "Launch readiness" at T-30d decidedBy IPMS_MT {
                        criterion salesReady "Sales trained and toolkit published" owner sales
                        requires training, forecast
                    }
                    milestone launchEvent "Launch event" at T kind launchEvent
                    milestone firstSale "First sale" at T+3d kind firstSale
                    milestone eol "End of life" at T+540d kind eol

                    workstream product "Product" pillar product owner pdt {
                        task samples "Demo units for retail" due GR2+20wd effort 20d
                    }
                    workstream price "Price" pillar price owner mkt {
                        task pricing "Price band approved" due GR2 kind pricingApproval
                    }
                    workstream place "Place" pillar place owner retail {
                        task forecast "Supply forecast" owner supply due T-90d kind supplyForecast
                        task stores "Stores ready" due T-5d after samples kind retailReadiness
                    }
                    workstream promotion "Promotion" pillar promotion owner mkt {
                        task training "Sales training" owner sales due T-35d kind salesTraining
                    }

                    msp "%1$s marketing plan" owner mkt {
                        goal "What the launch must achieve, in one sentence"
                        strategy "How the launch gets there"
                        valueProposition "Why a customer buys it"
                        budget 1000000 USD
                        target volume 10000 units by T+90d
                        activity launchShow "Launch show" level company at T budget 500000 USD expects leads 5000 owner mkt
                    }

                    response competitorMove "Response to a competitor's move" owner IPMS_MT within 48h
                }
                """.formatted(name, day0);
    }
}
