package dev.browserharness;

import dev.browserharness.agent.Agent;
import dev.browserharness.agent.PageRuntime;
import dev.browserharness.net.NetRequest;
import dev.browserharness.net.NetResponse;
import dev.browserharness.net.NetworkException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * One top-level window and the workers it started, with its own console, uncaught errors and idle state.
 * {@link #navigate} loads a document from the context's network into a fresh window agent: an {@code .html} file
 * runs its {@code <script>}s in document order (classic now, modules after parsing, then {@code load}); a
 * {@code .js} file runs as a classic script in an empty page. Every method may be called from any thread.
 */
public final class Page implements AutoCloseable {
    private final BrowserContext context;
    private final PageRuntime runtime;

    Page(BrowserContext context, PageRuntime runtime) {
        this.context = context;
        this.runtime = runtime;
    }

    /**
     * Starts loading {@code url}; returns at once. Use {@link #waitForIdle} to let it run. The previous document
     * (its window and workers) ends; the console history stays.
     *
     * @throws IllegalArgumentException when the document cannot be loaded (unreachable, not found)
     */
    public Page navigate(String url) {
        NetResponse doc;
        try {
            doc = runtime.network().fetch(NetRequest.get(url));
        } catch (NetworkException e) {
            throw new IllegalArgumentException("cannot load " + url + ": " + e.getMessage(), e);
        }
        if (!doc.ok()) throw new IllegalArgumentException("cannot load " + url + ": HTTP " + doc.status() + " " + doc.statusText());
        Agent w = runtime.newWindow(doc.url(), doc.crossOriginIsolated());
        w.start(() -> load(w, doc));
        return this;
    }

    private void load(Agent w, NetResponse doc) {
        String type = String.valueOf(doc.header("content-type")).toLowerCase(Locale.ROOT);
        if (!type.startsWith("text/html")) {
            w.runClassicScript(doc.url(), doc.text(), 0);
            w.internals().getMember("documentLoaded").execute();
            return;
        }
        Document html = Jsoup.parse(doc.text(), doc.url(), Parser.htmlParser().setTrackPosition(true));
        w.internals().getMember("setDocumentInfo").execute(html.title());
        List<Object> modules = new ArrayList<>();
        int inlineModules = 0;
        for (Element script : html.select("script")) {
            String t = script.attr("type").trim().toLowerCase(Locale.ROOT);
            boolean module = t.equals("module");
            if (!module && !t.isEmpty() && !t.equals("text/javascript") && !t.equals("application/javascript")) continue;
            String src = script.hasAttr("src") ? resolve(doc.url(), script.attr("src")) : null;
            if (module) {
                if (src == null) {
                    src = doc.url() + (doc.url().contains("?") ? "&" : "?") + "inline-module=" + (++inlineModules);
                    w.modules().registerInline(src, script.data());
                }
                modules.add(src);
            } else if (src != null) {
                runExternal(w, src);
            } else {
                int line = script.sourceRange().isTracked() ? script.sourceRange().start().lineNumber() - 1 : 0;
                w.runClassicScript(doc.url(), script.data(), line);
            }
        }
        w.internals().getMember("runDocumentModules").execute(ProxyArray.fromList(modules));
    }

    private void runExternal(Agent w, String src) {
        try {
            NetResponse r = runtime.network().fetch(NetRequest.get(src, w.origin()));
            if (!r.ok()) {
                w.console("error", "Failed to load resource: the server responded with a status of " + r.status() + " (" + r.statusText() + ")");
                return;
            }
            w.runClassicScript(r.url(), new String(r.body(), StandardCharsets.UTF_8), 0);
        } catch (NetworkException e) {
            w.diagnostic("script " + src + ": " + e.getMessage());
            w.console("error", "Failed to load resource: net::ERR_FAILED");
        }
    }

    static String resolve(String base, String ref) {
        try {
            return URI.create(base).resolve(ref.trim()).toString();
        } catch (IllegalArgumentException e) {
            return ref;
        }
    }

    /** The context this page belongs to. */
    public BrowserContext context() {
        return context;
    }

    /**
     * Closes the page: its window and every worker end (in parallel; this waits up to 2 s for their threads), its
     * blob: URLs are revoked. Console history stays readable.
     */
    @Override
    public void close() {
        runtime.close();
    }

    public boolean isClosed() {
        return runtime.isClosed();
    }

    /** Waits until no agent of this page has work left (or the timeout); true when idle. */
    public boolean waitForIdle(Duration timeout) throws InterruptedException {
        return runtime.activity().awaitIdle(System.nanoTime() + timeout.toNanos());
    }

    /** Every console message so far, of the window and its workers, in call order. */
    public List<ConsoleMessage> consoleMessages() {
        return runtime.consoleMessages();
    }

    /** The text of each log/info/debug call so far: what the CLI prints on stdout. */
    public List<String> stdout() {
        return runtime.consoleMessages().stream().filter(ConsoleMessage::isStdout).map(ConsoleMessage::text).toList();
    }

    /** Uncaught errors so far ("Uncaught Error: ..."). */
    public List<String> uncaughtErrors() {
        return runtime.uncaughtErrors();
    }

    /** Called with each console message of this page, on the thread of the agent that logged it. */
    public void onConsoleMessage(Consumer<ConsoleMessage> listener) {
        runtime.addListener(listener);
    }

    public void offConsoleMessage(Consumer<ConsoleMessage> listener) {
        runtime.removeListener(listener);
    }

    /** What each live agent of the page is doing, one line each: its script, a blocking wait, queued tasks, timers. */
    public String report() {
        return runtime.report();
    }

    public String url() {
        Agent w = runtime.window();
        return w == null ? "about:blank" : w.url();
    }

    /** The window agent (tests). */
    Agent window() {
        return runtime.window();
    }

    /** Live agents of this page (tests). */
    List<Agent> agents() {
        return runtime.agents();
    }

    /** Evaluates {@code js} in the window (for tests): runs as a task; returns its result's string form. */
    public String evaluate(String js) throws InterruptedException {
        Agent w = runtime.window();
        if (w == null) throw new IllegalStateException("the page has no document: navigate first");
        java.util.concurrent.CompletableFuture<String> f = new java.util.concurrent.CompletableFuture<>();
        w.loop().post(() -> {
            try {
                Value v = w.context().eval("js", js);
                f.complete(v.toString());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
