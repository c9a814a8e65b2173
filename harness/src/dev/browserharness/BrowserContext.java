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

    BrowserContext(Browser browser, ContextRuntime runtime) {
        this.browser = browser;
        this.runtime = runtime;
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
}
