package org.gtmplan.html.tests;

import java.util.List;

/** Plans written by the tests. Both must have no error, or gtm generate would write nothing. */
final class Fixtures {

    /** Each sets window.pwned if it ever runs. */
    static final List<String> PAYLOADS = List.of(
            "<script>window.pwned=1</script>",
            "\"><img src=x onerror=\"window.pwned=2\">",
            "</script><script>window.pwned=3</script>",
            "' onmouseover='window.pwned=4",
            "javascript:window.pwned=5");

    static final String[] PILLARS = { "product", "price", "place", "promotion" };

    private Fixtures() {
    }

    /**
     * A plan of {@code count} tasks in four workstreams (one per pillar), five owners, due dates
     * one day apart from T-204d, efforts of 3 to 21 days, a chain of dependencies, and statuses
     * in turn: every 4th done, then doing, blocked, todo.
     */
    static String bigPlan(int count) {
        return bigPlan("Big200", count, false);
    }

    /**
     * {@link #bigPlan(int)} named {@code plan}; with {@code promotionByP5}, every task of the last
     * workstream (promotion) belongs to p5, so p1 to p4 have none there.
     */
    static String bigPlan(String plan, int count, boolean promotionByP5) {
        StringBuilder gtm = new StringBuilder();
        gtm.append("package big.test\n\nplan ").append(plan).append(" \"A launch of ").append(count).append(" tasks\" {\n")
                .append("    product \"Big\"\n    kind newProduct\n    day0 2026-09-08\n    language en\n\n");
        for (int p = 1; p <= 5; p++) {
            gtm.append("    person p").append(p).append(" \"Person ").append(p).append("\" role GTM\n");
        }
        gtm.append("    team core \"Core team\" lead p1 members p1, p2, p3, p4, p5\n\n")
                .append("    meeting weekly \"Weekly\" by core every week on TUE at 10:00 for 60min from kickoff until T+30d\n")
                .append("    milestone kickoff \"Kickoff\" at T-210d kind kickoff\n")
                .append("    gate GR2 \"Start of expansion\" at T-150d decidedBy core {\n")
                .append("        criterion markets \"Markets chosen\" owner p1\n        requires t001, t002\n    }\n")
                .append("    gate GR4 \"Launch readiness\" at T-30d decidedBy core {\n")
                .append("        criterion ready \"Everyone ready\" owner p2\n        requires t150\n    }\n")
                .append("    milestone launch \"Launch\" at T kind launchEvent\n")
                .append("    milestone sale \"First sale\" at T+2d kind firstSale\n\n");
        int perStream = (count + PILLARS.length - 1) / PILLARS.length;
        int n = 0;
        for (int w = 0; w < PILLARS.length; w++) {
            gtm.append("    workstream ").append(PILLARS[w]).append("Stream \"Stream ").append(PILLARS[w]).append("\" pillar ")
                    .append(PILLARS[w]).append(" owner p").append(w + 1).append(" {\n");
            for (int i = 0; i < perStream && n < count; i++) {
                n++;
                gtm.append("        task ").append(taskName(n)).append(" \"Task number ").append(n).append("\" owner p")
                        .append(promotionByP5 && w == PILLARS.length - 1 ? 5 : n % 5 + 1).append(" due T-").append(205 - n * 200 / count).append('d');
                if (n > 1 && n % 3 == 0) {
                    gtm.append(" after ").append(taskName(n - 1));
                }
                gtm.append(" effort ").append((n % 7 + 1) * 3).append('d').append(" status ").append(status(n)).append('\n');
            }
            gtm.append("    }\n");
        }
        gtm.append("}\n");
        return gtm.toString();
    }

    static String taskName(int n) {
        return String.format("t%03d", n);
    }

    static String status(int n) {
        return switch (n % 4) {
            case 0 -> "done";
            case 1 -> "doing";
            case 2 -> "blocked";
            default -> "todo";
        };
    }

    /** The payload number {@code i} (cycling), as a GTM string literal. */
    static String p(int i) {
        String payload = PAYLOADS.get(i % PAYLOADS.size());
        return "\"" + payload.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A complete, valid plan in which every string, from the title to the checklist items, is a payload. */
    static String hostilePlan() {
        return """
                package hostile

                plan Hostile %s {
                    product %s
                    kind newProduct
                    day0 2026-09-08
                    language en

                    person eve %s role GTM email %s
                    person mal %s role MKT email %s
                    team crew %s lead eve members eve, mal

                    meeting weekly %s by crew every week on TUE at 10:00 for 60min from kickoff until T+30d
                    milestone kickoff %s at T-200d kind kickoff
                    gate GR2 %s at T-150d decidedBy crew {
                        criterion c1 %s owner eve
                        requires a1
                    }
                    gate GR4 %s at T-30d decidedBy crew {
                        criterion c2 %s owner mal
                        requires b1
                    }
                    milestone launch %s at T kind launchEvent
                    milestone sale %s at T+2d kind firstSale

                    workstream product %s pillar product owner eve {
                        task a1 %s due GR2 effort 10d status done {
                            note %s
                            checklist { %s %s %s %s %s }
                        }
                    }
                    workstream price %s pillar price owner mal {
                        task b1 %s due T-40d status doing { note %s }
                    }
                    workstream place %s pillar place owner eve {
                        task c3 %s due T-20d after b1 effort 5d
                    }
                    workstream promotion %s pillar promotion owner mal {
                        task d1 %s owner eve due T-10d status blocked { checklist { %s } }
                    }

                    msp %s owner mal {
                        goal %s
                        strategy %s
                        valueProposition %s
                        budget 1000 CNY
                        target volume 10 units by T+30d
                        activity show %s level company at T budget 500 CNY expects leads 10 owner mal
                    }

                    response r1 %s owner crew within 48h
                }
                """.formatted(p(0), p(1), p(2), p(3), p(4), p(0), p(1), p(2), p(3), p(4), p(0), p(1), p(2), p(3), p(4), p(0), p(1),
                p(2), p(0), p(1), p(2), p(3), p(4), p(0), p(1), p(2), p(3), p(4), p(0), p(1), p(2), p(3), p(4), p(0), p(1), p(2),
                p(3));
    }
}
