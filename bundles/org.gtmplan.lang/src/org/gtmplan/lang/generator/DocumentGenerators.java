package org.gtmplan.lang.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.google.inject.Inject;

/** The generators by format name, in the order their files are written. */
public class DocumentGenerators {

    private final Map<String, DocumentGenerator> byFormat = new LinkedHashMap<>();

    @Inject
    public DocumentGenerators(ChecklistHtmlGenerator html, CalendarGenerator calendar, MarkdownGenerator markdown,
            JsonGenerator json) {
        for (DocumentGenerator generator : List.<DocumentGenerator>of(html, calendar, markdown, json)) {
            byFormat.put(generator.format(), generator);
        }
    }

    public Set<String> formats() {
        return byFormat.keySet();
    }

    public DocumentGenerator get(String format) {
        return byFormat.get(format);
    }

    /** Every document of the given formats for these plans, plus the indexes when there are several plans. */
    public List<GeneratedFile> generate(List<PlanView> plans, Set<String> formats, GenerationOptions options) {
        List<GeneratedFile> files = new ArrayList<>();
        generate(plans, formats, options, files::add);
        return files;
    }

    /** The same documents in the same order, each handed to {@code sink} as soon as it is made. */
    public void generate(List<PlanView> plans, Set<String> formats, GenerationOptions options, Consumer<GeneratedFile> sink) {
        for (Map.Entry<String, DocumentGenerator> entry : byFormat.entrySet()) {
            if (!formats.contains(entry.getKey())) {
                continue;
            }
            for (PlanView plan : plans) {
                entry.getValue().generate(plan, options, sink);
            }
            if (plans.size() > 1 && entry.getValue() instanceof MultiPlanGenerator multi) {
                multi.generateIndex(plans, options).forEach(sink);
            }
        }
    }
}
