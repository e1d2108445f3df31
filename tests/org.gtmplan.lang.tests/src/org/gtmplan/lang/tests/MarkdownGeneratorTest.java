package org.gtmplan.lang.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gtmplan.lang.generator.GenerationOptions;
import org.gtmplan.lang.generator.MarkdownGenerator;
import org.gtmplan.lang.generator.PlanView;
import org.gtmplan.lang.generator.PlanViewBuilder;
import org.gtmplan.lang.gtm.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** {@code <Plan>.md}: task lists per gate and workstream, absolute dates, plan text shown literally. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GtmInjectorProvider.class)
class MarkdownGeneratorTest {

    @Inject
    private PlanFixtures fixtures;

    @Inject
    private PlanViewBuilder views;

    @Inject
    private MarkdownGenerator markdown;

    private String generate(String planText, String library) {
        Plan plan = fixtures.plan(planText, library);
        PlanView view = views.build(plan);
        return markdown.generate(view, GenerationOptions.defaults()).get(0).text();
    }

    @Test
    void theExampleAsGitHubTaskLists() throws IOException {
        String md = generate(Files.readString(fixtures.examplesFolder().resolve("phone-launch.gtm")),
                Files.readString(fixtures.examplesFolder().resolve("org.gtm")));
        assertTrue(md.startsWith("# MateX — Mate X 全球上市\n"), md);
        // Gates in date order, each with its criteria and required tasks as task lists.
        int gr2 = md.indexOf("### GR2 启动拓展 — Fri 2026-04-10 (T-151d)");
        int gr4 = md.indexOf("### GR4 上市准备 — Fri 2026-08-07 (T-32d)");
        assertTrue(gr2 > 0 && gr4 > gr2, md);
        assertTrue(md.contains("- [ ] Target markets and segments selected — Alice Zhang (`alice`)"), md);
        assertTrue(md.contains("- [x] 任务 **priceBand** Price band and promotions — Fri 2026-04-10 (T-151d)"), md);
        // Workstreams grouped by pillar, tasks by due date with owner, status and dependencies.
        assertTrue(md.indexOf("### Product (product)") < md.indexOf("### Price (price)"), md);
        assertTrue(md.contains("- [ ] **firmwareFreeze** Launch firmware frozen — 截止 Fri 2026-07-24 (T-46d) — Bob Li (`bob`) — 进行中 — 前置任务: samples"), md);
        assertTrue(md.contains("  - [ ] Training deck reviewed by PDT\n"), md);
        assertTrue(md.contains("- 活动预算合计: 18300000 CNY"), md);
        assertTrue(md.endsWith("\n") && !md.endsWith("\n\n"), "one final newline");
        // The timeline GitHub draws: a Mermaid gantt block before the lists, bars from start to due.
        assertTrue(md.indexOf("```mermaid\ngantt\n    title Mate X 全球上市\n") < md.indexOf("## "), md);
        assertTrue(md.contains("    Retail demo units :t7, 2026-04-18, 2026-05-08\n"), md);
        assertTrue(md.contains("    Price band and promotions :done, t9, 2026-04-10, 1d\n"), md);
        assertTrue(md.contains("    GR2 启动拓展 :milestone, g5, 2026-04-10, 0d\n"), md);
    }

    @Test
    void planTextCannotInjectMarkdownOrHtml() {
        String plan = """
                plan P "*bold* <img src=x onerror=alert(1)> [link](http://x)" {
                    day0 2026-09-08
                    workstream w "`code` | pipe # hash" pillar product owner ann {
                        task t "_under_ & <b>bold</b>" due T
                    }
                    person ann "Ann \\\\ [x]"
                }
                """;
        String md = generate(plan, "package other library l { }");
        assertTrue(md.contains("# P — \\*bold\\* &lt;img src=x onerror=alert(1)&gt; \\[link\\](http://x)"), md);
        assertTrue(md.contains("### \\`code\\` \\| pipe \\# hash (product)"), md);
        assertTrue(md.contains("**t** \\_under\\_ &amp; &lt;b&gt;bold&lt;/b&gt;"), md);
        assertFalse(md.contains("<img"), md);
        assertFalse(md.contains("<b>"), md);
        assertTrue(md.contains("‹b›bold‹/b›"), "the timeline shows the text without markup: " + md);
    }

    @Test
    void meetingsRecurInWordsOfTheirLanguage() throws IOException {
        String plan = Files.readString(fixtures.examplesFolder().resolve("phone-launch.gtm"));
        String library = Files.readString(fixtures.examplesFolder().resolve("org.gtm"));
        String zh = generate(plan, library);
        assertTrue(zh.contains("**pctWeekly** PCT 例会 — 每 周 TUE 10:00"), zh);
        assertTrue(zh.contains("**mtMonthly** IPMS-MT 操盘委员会 — 每 4 周 THU 14:00"), zh);
        String en = generate(plan.replace("language zh", "language en"), library);
        assertTrue(en.contains("**pctWeekly** PCT 例会 — every week TUE 10:00"), en);
        assertTrue(en.contains("**mtMonthly** IPMS-MT 操盘委员会 — every 4 weeks THU 14:00"), en);
        String months = generate(plan.replace("language zh", "language en").replace("every 4 weeks", "every 2 months"), library);
        assertTrue(months.contains("— every 2 months THU 14:00"), months);
    }

    @Test
    void sameInputSameBytes() throws IOException {
        String plan = Files.readString(fixtures.examplesFolder().resolve("phone-launch.gtm"));
        String library = Files.readString(fixtures.examplesFolder().resolve("org.gtm"));
        assertEquals(generate(plan, library), generate(plan, library));
    }
}
