package dev.browserharness;

import dev.browserharness.agent.Activity;
import dev.browserharness.agent.Agent;
import dev.browserharness.net.Network;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.io.IOAccess;

/**
 * A simulated browser: owns the shared polyglot {@link Engine} (so agents share compiled code), the network
 * (mounted origins), every agent and the console. Start one with {@link #builder()}, open pages with
 * {@link #newPage()}, close it when done.
 */
public final class Browser implements AutoCloseable {
    /** Guest code reaches no host class: only the shims' bridge methods and buffers are exported. */
    private static final HostAccess GUEST_ACCESS = HostAccess.newBuilder(HostAccess.EXPLICIT).allowBufferAccess(true).build();

    private final Engine engine;
    private final Network network;
    private final Activity activity = new Activity();
    private final Set<Agent> agents = ConcurrentHashMap.newKeySet();
    private final List<ConsoleMessage> console = new ArrayList<>();
    private final List<Consumer<ConsoleMessage>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> uncaught = new ArrayList<>();
    private final ExecutorService io;
    private final PrintStream diagnostics;
    /** Service-worker registrations and clients (per origin, for the browser's lifetime): one field, for one profile. */
    private final dev.browserharness.ext.ServiceWorkers serviceWorkers = new dev.browserharness.ext.ServiceWorkers(this);
    /** The Cache API's storage, per origin, for the browser's lifetime. */
    private final dev.browserharness.ext.Caches caches = new dev.browserharness.ext.Caches();

    private Browser(Builder b) {
        this.network = new Network(b.mounts, b.isolation, b.allowNetwork);
        this.engine = sharedEngine();
        this.io = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "harness-io");
            t.setDaemon(true);
            return t;
        });
        this.diagnostics = b.diagnostics;
        if (b.serviceWorkerFetchTimeoutMs > 0) serviceWorkers.setFetchTimeout(b.serviceWorkerFetchTimeoutMs);
        if (b.echoOut != null) listeners.add(m -> (m.isStdout() ? b.echoOut : b.echoErr).println(m.text()));
    }

    private static Engine sharedEngine;

    /**
     * One engine per JVM, shared by every browser and agent so that compiled code is reused (a new engine costs
     * about a second before its first script runs). It lives as long as the JVM.
     */
    private static synchronized Engine sharedEngine() {
        if (sharedEngine == null) {
            Engine.Builder b = Engine.newBuilder("js", "wasm").option("engine.WarnInterpreterOnly", "true");
            // Latency mode compiles sooner and cheaper: on 2 cores the default mode needs ~10x more messages before
            // postMessage is fast (bench/: 130 µs vs 20 µs round trip). -Dpolyglot.engine.Mode=... overrides it.
            if (System.getProperty("polyglot.engine.Mode") == null) b.option("engine.Mode", "latency");
            sharedEngine = b.build();
        }
        return sharedEngine;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options of a browser, as the CLI's flags. */
    public static final class Builder {
        private final Map<String, Path> mounts = new LinkedHashMap<>();
        private boolean isolation = true;
        private boolean allowNetwork;
        private PrintStream echoOut;
        private PrintStream echoErr;
        private PrintStream diagnostics;
        private long serviceWorkerFetchTimeoutMs;

        /** How long a request waits for a service worker's respondWith before it is a network error (Chromium: 5 min). */
        public Builder serviceWorkerFetchTimeout(java.time.Duration timeout) {
            serviceWorkerFetchTimeoutMs = timeout.toMillis();
            return this;
        }

        /** Serves {@code dir} at the origin/prefix {@code url} (e.g. {@code http://example/}). */
        public Builder mount(String url, Path dir) {
            mounts.put(url, dir);
            return this;
        }

        public Builder mounts(Map<String, Path> all) {
            mounts.putAll(all);
            return this;
        }

        /** With isolation on (default) mounts send COOP/COEP, so pages are crossOriginIsolated. */
        public Builder isolation(boolean on) {
            isolation = on;
            return this;
        }

        /** Lets guest code reach real http(s) URLs outside the mounts (off by default: sandbox). */
        public Builder allowNetwork(boolean on) {
            allowNetwork = on;
            return this;
        }

        /** Prints console messages as they happen: log/info/debug to {@code out}, the rest to {@code err}. */
        public Builder echo(PrintStream out, PrintStream err) {
            echoOut = out;
            echoErr = err;
            return this;
        }

        /** Where the harness writes its own diagnostics (failed fetches...); none by default. */
        public Builder diagnostics(PrintStream out) {
            diagnostics = out;
            return this;
        }

        public Browser build() {
            return new Browser(this);
        }
    }

    /** Opens a new top-level window (not yet navigated). */
    public Page newPage() {
        return new Page(this);
    }

    /** The polyglot implementation: "GraalVM CE" when Truffle compiles, "Interpreted" in the fallback runtime. */
    public String runtimeName() {
        return engine.getImplementationName();
    }

    public Network network() {
        return network;
    }

    public Activity activity() {
        return activity;
    }

    public ExecutorService io() {
        return io;
    }

    public void onConsoleMessage(Consumer<ConsoleMessage> listener) {
        listeners.add(listener);
    }

    /** Builds an agent's context on its own thread; the sandbox: no host classes, files or threads. */
    public Context newContext(Agent agent) {
        return Context.newBuilder("js", "wasm")
                .engine(engine)
                .allowHostAccess(GUEST_ACCESS)
                .allowHostClassLookup(name -> false)
                .allowPolyglotAccess(PolyglotAccess.ALL)
                .allowIO(IOAccess.newBuilder().fileSystem(agent.modules()).build())
                .allowCreateThread(false)
                .allowNativeAccess(false)
                .allowExperimentalOptions(true)
                .option("js.webassembly", "true")
                .option("js.unhandled-rejections", "handler")
                .option("js.esm-eval-returns-exports", "true")
                .option("wasm.Threads", "true")
                .option("wasm.UseUnsafeMemory", "true")
                .build();
    }

    public void register(Agent agent) {
        agents.add(agent);
        serviceWorkers.clientStarted(agent);
    }

    public void unregister(Agent agent) {
        agents.remove(agent);
        serviceWorkers.clientEnded(agent);
    }

    public dev.browserharness.ext.ServiceWorkers serviceWorkers() {
        return serviceWorkers;
    }

    public dev.browserharness.ext.Caches caches() {
        return caches;
    }

    /** Live agents (window and workers), for reports and leak checks. */
    public List<Agent> agents() {
        return List.copyOf(agents);
    }

    public void console(Agent agent, String level, String text) {
        ConsoleMessage m = new ConsoleMessage(level, text, agent.label());
        synchronized (console) {
            console.add(m);
            for (Consumer<ConsoleMessage> l : listeners) l.accept(m);
        }
    }

    /** An uncaught exception nobody cancelled: an error in the console, and the page ends unsuccessfully. */
    public void uncaught(Agent agent, String text) {
        synchronized (console) {
            uncaught.add(text);
        }
        console(agent, "error", text);
    }

    /** A harness-level message (a failed fetch's real reason...), never shown to the page. */
    public void diagnostic(Agent agent, String text) {
        if (diagnostics != null) diagnostics.println("[harness] " + agent.label() + ": " + text);
    }

    /** A failure of the harness itself inside an agent: reported like an uncaught error, never a crash. */
    public void internalError(Agent agent, Throwable t) {
        uncaught(agent, "Internal harness error in " + agent.label() + ": " + t);
        if (diagnostics != null) t.printStackTrace(diagnostics);
    }

    public List<ConsoleMessage> consoleMessages() {
        synchronized (console) {
            return List.copyOf(console);
        }
    }

    public List<String> uncaughtErrors() {
        synchronized (console) {
            return List.copyOf(uncaught);
        }
    }

    /** What every live agent is doing, one line each (the timeout report). */
    public String report() {
        StringBuilder sb = new StringBuilder();
        for (Agent a : agents) {
            sb.append(a.label()).append(a.parent() == null ? "" : " (started by " + a.parent().label() + ")")
                    .append(" ").append(a.url()).append(": ").append(a.state())
                    .append(" (").append(a.loop().describe()).append(")\n");
        }
        return sb.toString();
    }

    @Override
    public void close() {
        for (Agent a : agents) a.terminate();
        for (Agent a : List.copyOf(agents)) {
            try {
                a.thread().join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        io.shutdownNow();
    }
}
