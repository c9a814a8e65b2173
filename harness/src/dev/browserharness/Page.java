package dev.browserharness;

import dev.browserharness.agent.Agent;
import dev.browserharness.agent.Evaluator;
import dev.browserharness.agent.PageRuntime;
import dev.browserharness.net.NetRequest;
import dev.browserharness.ext.ServiceWorkers;
import dev.browserharness.net.NetResponse;
import dev.browserharness.net.NetworkException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
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
    private volatile Duration defaultTimeout;

    Page(BrowserContext context, PageRuntime runtime) {
        this.context = context;
        this.runtime = runtime;
        runtime.network().routes().timeout(this::defaultTimeout);
    }

    /**
     * Starts loading {@code url}; returns at once. Use {@link #waitForIdle} to let it run. The previous document
     * (its window and workers) ends; the console history stays.
     *
     * @throws IllegalArgumentException when the document cannot be loaded (unreachable, not found)
     */
    public Page navigate(String url) {
        if (url.equals("about:blank")) {
            synchronized (this) {
                openBlank();
            }
            return this;
        }
        NetResponse doc;
        ServiceWorkers.Navigation nav;
        try {
            // a URL in the scope of an active service worker is that worker's navigation request
            nav = runtime.context().serviceWorkers().navigate(runtime.window(), runtime.network(), NetRequest.get(url));
            doc = nav != null ? nav.response() : runtime.network().fetch(NetRequest.get(url));
        } catch (NetworkException e) {
            throw new IllegalArgumentException("cannot load " + url + ": " + e.getMessage(), e);
        }
        if (!doc.ok()) throw new IllegalArgumentException("cannot load " + url + ": HTTP " + doc.status() + " " + doc.statusText());
        Agent w = runtime.newWindow(doc.url(), doc.crossOriginIsolated());
        if (nav != null) runtime.context().serviceWorkers().adopt(w, nav);
        w.start(() -> {
            runtime.installExposed(w);
            load(w, doc);
        });
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
            // (a controlled document's scripts go through its service worker)
            NetResponse r = runtime.context().serviceWorkers().fetch(w, NetRequest.get(src, w.origin()), "script");
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

    /** Agents of this page whose thread has not ended (after {@link #close}: those that outlived it). */
    int liveAgents() {
        return runtime.agents().size();
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

    /**
     * Everything a failing test should show about this page: its URL, every console message (agent and type),
     * its uncaught errors and what each live agent is doing. Used by the JUnit extension and the assertions.
     */
    public String describe() {
        StringBuilder sb = new StringBuilder("page ").append(url()).append(isClosed() ? " (closed)" : "").append('\n');
        List<ConsoleMessage> console = consoleMessages();
        sb.append("console (").append(console.size()).append(" message").append(console.size() == 1 ? "" : "s").append("):\n");
        for (ConsoleMessage m : console) {
            sb.append("  [").append(m.agent()).append(' ').append(m.type()).append("] ")
                    .append(m.text().replace("\n", "\n      ")).append('\n');
        }
        List<String> errors = uncaughtErrors();
        sb.append("uncaught errors: ").append(errors.isEmpty() ? "none" : errors.size()).append('\n');
        for (String e : errors) sb.append("  ").append(e.replace("\n", "\n  ")).append('\n');
        String report = report();
        sb.append("agents:").append(report.isEmpty() ? " none running\n" : "\n" + report.indent(2));
        return sb.toString();
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


    // ---- routes ---------------------------------------------------------------------------------------

    /**
     * Answers matching requests from Java: {@code handler} gets a {@link Route} for each request whose URL matches
     * the glob {@code urlPattern} ({@code **} any characters, {@code *} any but {@code /}, {@code {a,b}}
     * alternatives; e.g. {@code "**}{@code /api/*"}). The newest matching route wins; page routes come before
     * context routes. The handler runs on the thread that made the request and may answer later from any thread.
     */
    public Page route(String urlPattern, java.util.function.Consumer<Route> handler) {
        return route(dev.browserharness.net.Routes.glob(urlPattern), handler);
    }

    /** Routes requests whose URL matches {@code pattern} (the whole URL: {@code matcher(url).matches()}). */
    public Page route(java.util.regex.Pattern pattern, java.util.function.Consumer<Route> handler) {
        return route(url -> pattern.matcher(url).matches(), handler);
    }

    /** Routes requests whose URL passes {@code urlMatches}. */
    public Page route(java.util.function.Predicate<String> urlMatches, java.util.function.Consumer<Route> handler) {
        runtime.network().routes().add(urlMatches, handler, Route.handler(handler));
        return this;
    }

    /** Removes every route of {@code handler}. */
    public Page unroute(java.util.function.Consumer<Route> handler) {
        runtime.network().routes().remove(handler);
        return this;
    }

    // ---- timeouts ----------------------------------------------------------------------------------

    /** Sets the timeout of this page's blocking calls that take none (evaluate, waits); null: the context's. */
    public Page setDefaultTimeout(Duration timeout) {
        this.defaultTimeout = timeout;
        return this;
    }

    /** The timeout of blocking calls that take none: this page's, else its context's (30 s unless set). */
    public Duration defaultTimeout() {
        Duration d = defaultTimeout;
        return d != null ? d : context.defaultTimeout();
    }

    /** Waits (up to the default timeout) until no agent of this page has work left; true when idle. */
    public boolean waitForIdle() throws InterruptedException {
        return waitForIdle(defaultTimeout());
    }

    // ---- evaluate --------------------------------------------------------------------------------------

    /**
     * Evaluates {@code expression} in the window as a classic script (a task of its event loop) and returns its
     * value mapped to Java: {@code null} (null, undefined), Boolean, Integer (an integral number that fits) or
     * Double, BigInteger (bigint), String, byte[] (ArrayBuffer, typed array, DataView), Instant (Date), List
     * (array, Set), Map (object, Map; an Error as name/message/stack). If the value is a function it is called
     * (with the argument, when given); a promise is awaited. Before {@link #navigate} it runs in an empty page
     * ({@code about:blank}).
     *
     * @throws PageError what the page threw (its name, message, location and stack), or its syntax error
     * @throws TimeoutError not done within the default timeout (a busy page, a promise never settled)
     * @throws ClassCastException the value has no Java form (function, symbol, cycle)
     * @throws IllegalStateException the page is closed (or its window ended meanwhile)
     */
    public Object evaluate(String expression) {
        return evaluate(expression, NO_ARG, Object.class, defaultTimeout());
    }

    /** {@link #evaluate(String)} converted to {@code type}: numbers convert exactly (7.0 is an Integer 7), else ClassCastException. */
    public <T> T evaluate(String expression, Class<T> type) {
        return evaluate(expression, NO_ARG, type, defaultTimeout());
    }

    /**
     * Evaluates a function expression and calls it with {@code arg} (null, Boolean, Number, String, byte[] as a
     * Uint8Array, Instant as a Date, a Collection as an array, a Map as an object): {@code evaluate("x => x * 2", 21)}.
     */
    public Object evaluate(String expression, Object arg) {
        return evaluate(expression, arg, Object.class, defaultTimeout());
    }

    public <T> T evaluate(String expression, Object arg, Class<T> type) {
        return evaluate(expression, arg, type, defaultTimeout());
    }

    /** The general form; {@code arg} may be {@link #NO_ARG} to call a function without one. */
    public <T> T evaluate(String expression, Object arg, Class<T> type, Duration timeout) {
        return Evaluator.as(Evaluator.evaluate(ensureWindow(), expression, arg != NO_ARG, arg, timeout), type);
    }

    /** Marks "no argument" in {@link #evaluate(String, Object, Class, Duration)}. */
    public static final Object NO_ARG = new Object() {
        @Override
        public String toString() {
            return "NO_ARG";
        }
    };

    /**
     * Evaluates {@code expression} again and again (every 10 ms, each a task of the window) until its value is
     * truthy, and returns that value mapped as by {@link #evaluate(String)}. A page error ends the wait.
     *
     * @throws TimeoutError not truthy within {@code timeout}
     */
    public Object waitForFunction(String expression, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String truthy = "(async () => { const v = await (" + expression + "); return v ? [v] : null; })()";
        while (true) {
            Duration left = Duration.ofNanos(Math.max(1, deadline - System.nanoTime()));
            List<?> hit;
            try {
                hit = evaluate(truthy, NO_ARG, List.class, left);
            } catch (TimeoutError e) {
                throw new TimeoutError("waitForFunction(" + expression + ") was not truthy within " + seconds(timeout) + "; agents:\n" + report());
            }
            if (hit != null) return hit.get(0);
            if (deadline - System.nanoTime() <= 0) {
                throw new TimeoutError("waitForFunction(" + expression + ") was not truthy within " + seconds(timeout) + "; agents:\n" + report());
            }
            sleep(10);
        }
    }

    public Object waitForFunction(String expression) {
        return waitForFunction(expression, defaultTimeout());
    }

    /** The dedicated workers of this page now running (nested ones too), oldest first. */
    public List<Worker> workers() {
        List<Worker> out = new ArrayList<>();
        for (Agent a : runtime.agents()) if (a.kind() != Agent.Kind.WINDOW && !a.isTerminated()) out.add(new Worker(this, a));
        return out;
    }

    /**
     * The shared workers this page's document is connected to ({@code new SharedWorker}), oldest first. They belong
     * to the context (another page may use the same one) and end when the last page using them closes.
     */
    public List<Worker> sharedWorkers() {
        List<Worker> out = new ArrayList<>();
        for (Agent a : runtime.context().sharedWorkers().agentsOf(runtime)) out.add(new Worker(this, a));
        return out;
    }

    /** Waits until a worker matching {@code predicate} runs (e.g. {@code w -> w.url().endsWith("/w.js")}). */
    public Worker waitForWorker(Predicate<Worker> predicate, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Worker w : workers()) if (predicate.test(w)) return w;
            if (deadline - System.nanoTime() <= 0) throw new TimeoutError("no matching worker within " + seconds(timeout) + "; agents:\n" + report());
            if (isClosed()) throw new IllegalStateException("the page is closed");
            sleep(5);
        }
    }

    // ---- page <-> Java ---------------------------------------------------------------------------------

    /**
     * Calls from the page into Java: installs a global function {@code name} in the window (now and after every
     * navigation, before the page's scripts run) that returns a Promise. {@code fn} runs on an I/O thread of the
     * context, never on the page's thread, with the arguments mapped as evaluate's results are; its result is mapped
     * back as evaluate's arguments are; an exception it throws rejects the promise with an Error of its message.
     */
    public Page exposeFunction(String name, JavaFunction fn) {
        if (!name.matches("[A-Za-z_$][A-Za-z0-9_$]*")) throw new IllegalArgumentException("exposeFunction: not a JS identifier: " + name);
        runtime.expose(name, args -> fn.call(args.toArray()));
        Agent w = runtime.window();
        if (w != null) w.loop().post(() -> runtime.installExposed(w));
        return this;
    }

    /** A Java function the page can call ({@link #exposeFunction}). */
    @FunctionalInterface
    public interface JavaFunction {
        Object call(Object... args) throws Exception;
    }

    /**
     * Returns the first console message of this page (already logged or logged from now on) that matches.
     *
     * @throws TimeoutError none within {@code timeout}
     */
    public ConsoleMessage waitForConsoleMessage(Predicate<ConsoleMessage> predicate, Duration timeout) {
        java.util.concurrent.CompletableFuture<ConsoleMessage> hit = new java.util.concurrent.CompletableFuture<>();
        Consumer<ConsoleMessage> l = m -> {
            if (!hit.isDone() && predicate.test(m)) hit.complete(m);
        };
        onConsoleMessage(l);
        try {
            for (ConsoleMessage m : consoleMessages()) if (predicate.test(m)) return m;
            return hit.get(timeout.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new TimeoutError("no matching console message within " + seconds(timeout) + "; console so far:\n"
                    + consoleMessages().stream().map(ConsoleMessage::toString).collect(java.util.stream.Collectors.joining("\n"))
                    + "\nagents:\n" + report());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a console message", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            offConsoleMessage(l);
        }
    }

    public ConsoleMessage waitForConsoleMessage(Predicate<ConsoleMessage> predicate) {
        return waitForConsoleMessage(predicate, defaultTimeout());
    }

    /** Uncaught errors so far as PageErrors (name, message, location, stack), in order. */
    public List<PageError> pageErrors() {
        return runtime.uncaughtErrors().stream().map(PageErrors::fromReport).toList();
    }

    /** Called with each uncaught error of this page (window and workers), on the thread of the agent that threw it. */
    public void onPageError(Consumer<PageError> listener) {
        runtime.addErrorListener(listener, PageErrors::fromReport);
    }

    public void offPageError(Consumer<PageError> listener) {
        runtime.removeErrorListener(listener);
    }

    private Agent ensureWindow() {
        synchronized (this) {
            Agent w = runtime.window();
            if (w == null) {
                if (runtime.isClosed()) throw new IllegalStateException("the page is closed");
                w = openBlank();
            }
            return w;
        }
    }

    private Agent openBlank() {
        Agent w = runtime.newWindow("about:blank", false);
        w.start(() -> {
            runtime.installExposed(w);
            w.internals().getMember("documentLoaded").execute();
        });
        return w;
    }

    static String seconds(Duration d) {
        return Evaluator.seconds(d);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
