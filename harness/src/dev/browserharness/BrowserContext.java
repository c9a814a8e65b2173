package dev.browserharness;

import dev.browserharness.agent.ContextRuntime;
import dev.browserharness.agent.PageRuntime;
import java.util.List;
import java.util.function.Consumer;

/**
 * One isolated browser profile, as Playwright's BrowserContext: its own mounts and network settings, blob: URLs,
 * and the home of everything origin-scoped (service-worker registrations, caches, storage), partitioned by origin.
 * Two contexts share nothing but the engine. Pages are opened with {@link #newPage()}; closing the context closes
 * them all.
 */
public final class BrowserContext implements AutoCloseable {
    private final Browser browser;
    private final ContextRuntime runtime;
    private final java.util.Set<Page> pages = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private volatile java.time.Duration defaultTimeout;

    BrowserContext(Browser browser, ContextRuntime runtime, java.time.Duration defaultTimeout) {
        this.browser = browser;
        this.runtime = runtime;
        this.defaultTimeout = defaultTimeout;
        runtime.network().routes().timeout(this::defaultTimeout);
    }

    /** Sets the timeout of blocking calls that take none (evaluate, waits, route answers) on this context's pages. */
    public BrowserContext setDefaultTimeout(java.time.Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("defaultTimeout must be positive: " + timeout);
        this.defaultTimeout = timeout;
        return this;
    }

    public java.time.Duration defaultTimeout() {
        return defaultTimeout;
    }

    /** Opens a new page (not yet navigated). */
    public Page newPage() {
        Page p = new Page(this, runtime.newPage());
        pages.add(p);
        return p;
    }

    /** Open pages of this context. */
    public List<Page> pages() {
        pages.removeIf(Page::isClosed);
        return List.copyOf(pages);
    }

    public Browser browser() {
        return browser;
    }

    /** Called with every console message of every page of this context. */
    public void onConsoleMessage(Consumer<ConsoleMessage> listener) {
        runtime.addListener(listener);
    }

    public void offConsoleMessage(Consumer<ConsoleMessage> listener) {
        runtime.removeListener(listener);
    }

    // ---- routes ---------------------------------------------------------------------------------------

    /**
     * Answers matching requests from Java: {@code handler} gets a {@link Route} for each request whose URL matches
     * the glob {@code urlPattern} ({@code **} any characters, {@code *} any but {@code /}, {@code {a,b}}
     * alternatives; e.g. {@code "**}{@code /api/*"}). The newest matching route wins; page routes come before
     * context routes. The handler runs on the thread that made the request and may answer later from any thread.
     */
    public BrowserContext route(String urlPattern, java.util.function.Consumer<Route> handler) {
        return route(dev.browserharness.net.Routes.glob(urlPattern), handler);
    }

    /** Routes requests whose URL matches {@code pattern} (the whole URL: {@code matcher(url).matches()}). */
    public BrowserContext route(java.util.regex.Pattern pattern, java.util.function.Consumer<Route> handler) {
        return route(url -> pattern.matcher(url).matches(), handler);
    }

    /** Routes requests whose URL passes {@code urlMatches}. */
    public BrowserContext route(java.util.function.Predicate<String> urlMatches, java.util.function.Consumer<Route> handler) {
        runtime.network().routes().add(urlMatches, handler, Route.handler(handler));
        return this;
    }

    /** Removes every route of {@code handler}. */
    public BrowserContext unroute(java.util.function.Consumer<Route> handler) {
        runtime.network().routes().remove(handler);
        return this;
    }

    /** What every live agent of every page is doing. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        for (PageRuntime p : runtime.pages()) sb.append(p.report());
        return sb.toString();
    }

    public boolean isClosed() {
        return runtime.isClosed();
    }

    ContextRuntime runtime() {
        return runtime;
    }

    /** Closes every page (agents end in parallel, 2 s at most), revokes blob: URLs, drops per-origin state. */
    @Override
    public void close() {
        runtime.close();
        browser.contextClosed(this);
    }

    /** Closes as {@link #close()} but does not wait for the agents' threads: for a JVM that exits next (the CLI). */
    void closeBeforeExit() {
        runtime.close(false);
        browser.contextClosed(this);
    }
}
