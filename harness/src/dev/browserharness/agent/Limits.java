package dev.browserharness.agent;

/**
 * Per-page caps: what a page may take before it gets the browser's error instead of the JVM's. Held by each
 * context (ContextRuntime.limits()); the caps themselves come with the limits work of issue 7 item 4.
 */
public record Limits() {
    public static final Limits DEFAULTS = new Limits();
}
