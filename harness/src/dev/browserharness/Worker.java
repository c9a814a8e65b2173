package dev.browserharness;

import dev.browserharness.agent.Agent;
import dev.browserharness.agent.Evaluator;
import java.time.Duration;

/**
 * A dedicated worker of a {@link Page} (Playwright's Worker): its script URL, and {@code evaluate} in its global
 * scope, with the same mapping, errors and timeouts as {@link Page#evaluate(String)}. From {@link Page#workers()}.
 */
public final class Worker {
    private final Page page;
    private final Agent agent;

    Worker(Page page, Agent agent) {
        this.page = page;
        this.agent = agent;
    }

    /** The worker's script URL. */
    public String url() {
        return agent.url();
    }

    /** The name given to {@code new Worker(url, {name})} (empty when none). */
    public String name() {
        return agent.name() == null ? "" : agent.name();
    }

    /** How the console and reports name it, e.g. {@code dedicatedworker#2}. */
    public String label() {
        return agent.label();
    }

    public Page page() {
        return page;
    }

    public Object evaluate(String expression) {
        return evaluate(expression, Page.NO_ARG, Object.class, page.defaultTimeout());
    }

    public <T> T evaluate(String expression, Class<T> type) {
        return evaluate(expression, Page.NO_ARG, type, page.defaultTimeout());
    }

    public Object evaluate(String expression, Object arg) {
        return evaluate(expression, arg, Object.class, page.defaultTimeout());
    }

    public <T> T evaluate(String expression, Object arg, Class<T> type, Duration timeout) {
        return Evaluator.as(Evaluator.evaluate(agent, expression, arg != Page.NO_ARG, arg, timeout), type);
    }

    @Override
    public String toString() {
        return agent.label() + " " + agent.url();
    }
}
