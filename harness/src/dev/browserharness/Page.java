package dev.browserharness;

import dev.browserharness.agent.Agent;
import dev.browserharness.net.NetRequest;
import dev.browserharness.net.NetResponse;
import dev.browserharness.net.NetworkException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * One top-level window. {@link #navigate} loads a document from the browser's network into a fresh window
 * agent: an {@code .html} file runs its {@code <script>}s in document order (classic now, modules after parsing,
 * then {@code load}); a {@code .js} file runs as a classic script in an empty page.
 */
public final class Page {
    private final Browser browser;
    private volatile Agent window;

    Page(Browser browser) {
        this.browser = browser;
    }

    /** Starts loading {@code url}; returns at once. Use {@link #waitForIdle} to let it run. */
    public Page navigate(String url) {
        close();
        NetResponse doc;
        try {
            doc = browser.network().fetch(NetRequest.get(url));
        } catch (NetworkException e) {
            throw new IllegalArgumentException("cannot load " + url + ": " + e.getMessage(), e);
        }
        if (!doc.ok()) throw new IllegalArgumentException("cannot load " + url + ": HTTP " + doc.status() + " " + doc.statusText());
        Agent w = new Agent(browser, this, null, Agent.Kind.WINDOW, "", doc.url(), doc.crossOriginIsolated());
        window = w;
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
            NetResponse r = browser.network().fetch(NetRequest.get(src));
            if (!r.ok()) {
                browser.console(w, "error", "Failed to load resource: the server responded with a status of " + r.status() + " (" + r.statusText() + ")");
                return;
            }
            w.runClassicScript(r.url(), new String(r.body(), StandardCharsets.UTF_8), 0);
        } catch (NetworkException e) {
            browser.diagnostic(w, "script " + src + ": " + e.getMessage());
            browser.console(w, "error", "Failed to load resource: net::ERR_FAILED");
        }
    }

    static String resolve(String base, String ref) {
        try {
            return URI.create(base).resolve(ref.trim()).toString();
        } catch (IllegalArgumentException e) {
            return ref;
        }
    }

    /** Ends the page's current document: its window stops, and with it every worker it started. */
    public void close() {
        Agent w = window;
        if (w != null) w.terminate();
        window = null;
    }

    /** Waits until no agent of the browser has work left (or the timeout); true when idle. */
    public boolean waitForIdle(Duration timeout) throws InterruptedException {
        return browser.activity().awaitIdle(System.nanoTime() + timeout.toNanos());
    }

    /** Every console message so far, of the window and its workers, in call order. */
    public List<ConsoleMessage> consoleMessages() {
        return browser.consoleMessages();
    }

    /** The text of each log/info/debug call so far: what the CLI prints on stdout. */
    public List<String> stdout() {
        return browser.consoleMessages().stream().filter(ConsoleMessage::isStdout).map(ConsoleMessage::text).toList();
    }

    /** Uncaught errors so far ("Uncaught Error: ..."). */
    public List<String> uncaughtErrors() {
        return browser.uncaughtErrors();
    }

    public Agent window() {
        return window;
    }

    public String url() {
        Agent w = window;
        return w == null ? "about:blank" : w.url();
    }

    /** Evaluates {@code js} in the window (for tests): runs as a task; returns its result's string form. */
    public String evaluate(String js) throws InterruptedException {
        Agent w = window;
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
