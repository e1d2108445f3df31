package org.gtmplan.lang.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

import com.google.inject.Inject;

/**
 * The generators by format name. Their files are written in this order, except that the calendars,
 * made beside the others, come last when other formats are chosen too.
 */
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

    /**
     * The calendars are made on a second thread while the other formats are made on this one, when
     * both are chosen: on a cold run they are about half of the documents' time (docs/performance.md),
     * and the machine has a second core. Their files are handed over last, in their order.
     */
    static final String ON_SECOND_THREAD = "ics";

    /**
     * The same documents, each handed to {@code sink} on this thread: every other format's as soon as
     * it is made, in the order of {@link #formats()}, then the calendars'. An exception of either
     * thread comes out of this method once both have stopped.
     */
    public void generate(List<PlanView> plans, Set<String> formats, GenerationOptions options, Consumer<GeneratedFile> sink) {
        DocumentGenerator second = formats.contains(ON_SECOND_THREAD) && formats.size() > 1 ? byFormat.get(ON_SECOND_THREAD) : null;
        FutureTask<List<GeneratedFile>> calendars = null;
        if (second != null) {
            calendars = new FutureTask<>(() -> {
                List<GeneratedFile> files = new ArrayList<>();
                generate(second, plans, options, files::add);
                return files;
            });
            Thread thread = new Thread(calendars, "gtm-calendars");
            thread.setDaemon(true);
            thread.start();
        }
        try {
            for (Map.Entry<String, DocumentGenerator> entry : byFormat.entrySet()) {
                if (formats.contains(entry.getKey()) && entry.getValue() != second) {
                    generate(entry.getValue(), plans, options, sink);
                }
            }
        } catch (RuntimeException | Error e) {
            if (calendars != null) {
                awaitQuietly(calendars);
            }
            throw e;
        }
        if (calendars != null) {
            try {
                calendars.get().forEach(sink);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the calendars were made", e);
            }
        }
    }

    private static void generate(DocumentGenerator generator, List<PlanView> plans, GenerationOptions options,
            Consumer<GeneratedFile> sink) {
        for (PlanView plan : plans) {
            generator.generate(plan, options, sink);
        }
        if (plans.size() > 1 && generator instanceof MultiPlanGenerator multi) {
            multi.generateIndex(plans, options).forEach(sink);
        }
    }

    /** Waits for the second thread to stop after this one failed, so that nothing outlives the run. */
    private static void awaitQuietly(FutureTask<?> task) {
        try {
            task.get();
        } catch (ExecutionException e) {
            // this thread's failure is the one reported
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
