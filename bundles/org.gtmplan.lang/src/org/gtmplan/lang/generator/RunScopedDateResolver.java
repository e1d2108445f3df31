package org.gtmplan.lang.generator;

import java.util.IdentityHashMap;
import java.util.Map;

import org.gtmplan.lang.dates.DateResolver;
import org.gtmplan.lang.dates.ResolvedDates;
import org.gtmplan.lang.gtm.Plan;

import com.google.inject.Singleton;

/**
 * The {@link DateResolver} every service gets (bound in GtmRuntimeModule). Inside a
 * {@link #openRun() run}, each plan is resolved once: {@code gtm generate} validates the plans (the
 * checks resolve every date) and then builds their documents (which need the same dates), and the
 * plans cannot change in between. Outside a run, and on any other thread, it resolves afresh every
 * time, as the editor and the language server need (their plans change between calls).
 */
@Singleton
public class RunScopedDateResolver extends DateResolver {

    private final ThreadLocal<Map<Plan, ResolvedDates>> run = new ThreadLocal<>();

    @Override
    public ResolvedDates resolve(Plan plan) {
        Map<Plan, ResolvedDates> resolved = run.get();
        return resolved == null ? super.resolve(plan) : resolved.computeIfAbsent(plan, super::resolve);
    }

    /**
     * Starts a run on this thread: until it is closed, each plan is resolved at most once. The plans
     * must not change meanwhile. A run opened inside another one changes nothing.
     */
    public Run openRun() {
        if (run.get() != null) {
            return () -> {
            };
        }
        run.set(new IdentityHashMap<>());
        return run::remove;
    }

    /** An open run; closing it forgets the dates it kept. */
    public interface Run extends AutoCloseable {
        @Override
        void close();
    }
}
