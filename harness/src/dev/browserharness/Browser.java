package dev.browserharness;

import dev.browserharness.agent.ContextRuntime;
import dev.browserharness.agent.Engines;
import dev.browserharness.agent.SpareRealms;
import dev.browserharness.net.Network;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A simulated browser, in Playwright's shape: a Browser makes {@link BrowserContext}s (isolated profiles: mounts,
 * blob: URLs, per-origin state), a context makes {@link Page}s (a window and the workers it started, with its own
 * console, errors and idle). What is truly JVM-wide is the polyglot engine behind every browser, so compiled code
 * is shared. Thread-safe: contexts and pages can be created, used and closed from many threads at once.
 *
 * <pre>{@code
 * try (Browser browser = Browser.builder().build()) {
 *     BrowserContext ctx = browser.newContext(new ContextOptions().mount("http://example/", Path.of("site")));
 *     Page page = ctx.newPage().navigate("http://example/index.html");
 *     page.waitForIdle(Duration.ofSeconds(10));
 * }
 * }</pre>
 *
 * The builder's mount/isolation/network settings are the defaults of {@link #newContext()}; {@link #newPage()} opens
 * a page in a default context made on first use.
 */
public final class Browser implements AutoCloseable {
    private final ContextOptions defaults;
    private final PrintStream diagnostics;
    private final Set<BrowserContext> contexts = ConcurrentHashMap.newKeySet();
    private final List<Consumer<ConsoleMessage>> listeners = new CopyOnWriteArrayList<>();
    private volatile BrowserContext defaultContext;
    private volatile boolean closed;
    private final SpareRealms spares;

    private Browser(Builder b) {
        this.defaults = new ContextOptions(b.defaults);
        this.spares = new SpareRealms(b.spareRealms);
        this.diagnostics = b.diagnostics;
        if (b.echoOut != null) listeners.add(m -> (m.isStdout() ? b.echoOut : b.echoErr).println(m.text()));
        Engines.shared(); // the engine, and the one-time word on stderr when it cannot JIT-compile
        spares.prime(dev.browserharness.agent.Agent.Kind.WINDOW, defaults.limits());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options of a browser: the defaults of its contexts (as the CLI's flags), and where its output goes. */
    public static final class Builder {
        private final ContextOptions defaults = new ContextOptions();
        private PrintStream echoOut;
        private PrintStream echoErr;
        private PrintStream diagnostics;
        private boolean spareRealms = spareRealmsOr(false);

        /**
         * Keeps realms built ahead (agent/SpareRealms): a window's from the start, a dedicated worker's once one was
         * started, so the next page or worker skips its context and shims. For a JVM that runs many pages one after
         * the other (the daemon); it costs an idle realm of each kind and CPU while one is built. Default: off.
         */
        Builder spareRealms(boolean on) {
            spareRealms = on;
            return this;
        }

        /** {@code -Dharness.spareRealms=true|false} when set (tests, measurements), else {@code fallback}. */
        static boolean spareRealmsOr(boolean fallback) {
            String set = System.getProperty("harness.spareRealms");
            return set == null ? fallback : Boolean.parseBoolean(set);
        }

        /** How long a request waits for a service worker's respondWith before it is a network error (Chromium: 5 min). */
        public Builder serviceWorkerFetchTimeout(java.time.Duration timeout) {
            defaults.serviceWorkerFetchTimeout(timeout);
            return this;
        }

        /** Serves {@code dir} at the origin/prefix {@code url} (e.g. {@code http://example/}) in default contexts. */
        public Builder mount(String url, Path dir) {
            defaults.mount(url, dir);
            return this;
        }

        /** Serves the class-path folder {@code resourcePath} at {@code url} ({@link ContextOptions#mountResources}). */
        public Builder mountResources(String url, String resourcePath) {
            defaults.mountResources(url, resourcePath);
            return this;
        }

        /** The timeout of blocking calls that take none (evaluate, waits, route answers); 30 s by default. */
        public Builder defaultTimeout(java.time.Duration timeout) {
            defaults.defaultTimeout(timeout);
            return this;
        }

        public Builder mounts(Map<String, Path> all) {
            defaults.mounts(all);
            return this;
        }

        /** The most bytes served from one mounted file (default 256 MiB): see {@link ContextOptions#maxFileSize}. */
        public Builder maxFileSize(long bytes) {
            defaults.maxFileSize(bytes);
            return this;
        }

        /** With isolation on (default) mounts send COOP/COEP, so pages are crossOriginIsolated. */
        public Builder isolation(boolean on) {
            defaults.isolation(on);
            return this;
        }

        /** Lets guest code reach real http(s) URLs outside the mounts (off by default: sandbox). */
        public Builder allowNetwork(boolean on) {
            defaults.allowNetwork(on);
            return this;
        }

        /** See {@link ContextOptions#maxArrayBufferBytes}. */
        public Builder maxArrayBufferBytes(long bytes) {
            defaults.maxArrayBufferBytes(bytes);
            return this;
        }

        /** See {@link ContextOptions#maxSharedArrayBufferBytes}. */
        public Builder maxSharedArrayBufferBytes(long bytes) {
            defaults.maxSharedArrayBufferBytes(bytes);
            return this;
        }

        /** See {@link ContextOptions#maxWorkers}. */
        public Builder maxWorkers(int workers) {
            defaults.maxWorkers(workers);
            return this;
        }

        /** See {@link ContextOptions#maxMemoryBytes}. */
        public Builder maxMemoryBytes(long bytes) {
            defaults.maxMemoryBytes(bytes);
            return this;
        }

        /** See {@link ContextOptions#maxStatementsPerTask}. */
        public Builder maxStatementsPerTask(long statements) {
            defaults.maxStatementsPerTask(statements);
            return this;
        }

        /** Prints every page's console messages as they happen: log/info/debug to {@code out}, the rest to {@code err}. */
        public Builder echo(PrintStream out, PrintStream err) {
            echoOut = out;
            echoErr = err;
            return this;
        }

        /** Where the harness writes its own diagnostics ({@code [harness]} lines: failed fetches...); none by default. */
        public Builder diagnostics(PrintStream out) {
            diagnostics = out;
            return this;
        }

        public Browser build() {
            return new Browser(this);
        }
    }

    /** A new isolated context with the builder's settings. */
    public BrowserContext newContext() {
        return newContext(defaults);
    }

    /** A new isolated context: its own mounts, blob: URLs, per-origin state and pages. */
    public BrowserContext newContext(ContextOptions options) {
        return newContext(options, diagnostics);
    }

    /** A new context whose {@code [harness]} lines go to {@code diagnostics} (a daemon's run: its client's stderr). */
    BrowserContext newContext(ContextOptions options, PrintStream diagnostics) {
        if (closed) throw new IllegalStateException("the browser is closed");
        ContextOptions o = new ContextOptions(options);
        Network network = new Network(o.mounts(), o.isolation(), o.allowNetwork(), o.maxFileSize(),
                line -> { if (diagnostics != null) diagnostics.println("[harness] " + line); });
        ContextRuntime runtime = new ContextRuntime(network, o.limits(), this::dispatch, diagnostics, spares);
        runtime.serviceWorkers().setFetchTimeout(o.serviceWorkerFetchTimeoutMillis());
        BrowserContext c = new BrowserContext(this, runtime, o.defaultTimeout());
        contexts.add(c);
        return c;
    }

    /** Opens a new page in the browser's default context (made on first use). */
    public Page newPage() {
        BrowserContext c = defaultContext;
        if (c == null) {
            synchronized (this) {
                if (defaultContext == null) defaultContext = newContext();
                c = defaultContext;
            }
        }
        return c.newPage();
    }

    /** Open contexts. */
    public List<BrowserContext> contexts() {
        return List.copyOf(contexts);
    }

    void contextClosed(BrowserContext c) {
        contexts.remove(c);
    }

    /** Called with every console message of every page of this browser (from the agent's thread that logged it). */
    public void onConsoleMessage(Consumer<ConsoleMessage> listener) {
        listeners.add(listener);
    }

    public void offConsoleMessage(Consumer<ConsoleMessage> listener) {
        listeners.remove(listener);
    }

    private void dispatch(ConsoleMessage m) {
        for (Consumer<ConsoleMessage> l : listeners) l.accept(m);
    }

    /** The polyglot implementation: "GraalVM CE" when Truffle compiles, "Interpreted" in the fallback runtime. */
    public String runtimeName() {
        return Engines.shared().getImplementationName();
    }

    /** What every live agent of every page is doing (the timeout report of each page, one after the other). */
    public String report() {
        StringBuilder sb = new StringBuilder();
        for (BrowserContext c : contexts) sb.append(c.report());
        return sb.toString();
    }

    /** The realms this browser keeps built ahead ({@code daemon status}): see agent/SpareRealms#describe. */
    String spareRealms() {
        return spares.describe();
    }

    /** Closes every context; all their agents are told to end at once and get 2 s together to do so. */
    @Override
    public void close() {
        closed = true;
        spares.close();
        List<BrowserContext> all = List.copyOf(contexts);
        Thread[] closers = new Thread[all.size()];
        for (int i = 0; i < closers.length; i++) {
            BrowserContext c = all.get(i);
            closers[i] = Thread.ofVirtual().start(c::close);
        }
        for (Thread t : closers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
