package dev.browserharness.agent;

import dev.browserharness.ConsoleMessage;
import dev.browserharness.net.Network;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.io.IOAccess;

/**
 * The state of one BrowserContext (one isolated profile): its network (mounts, blob: URLs, real-network switch),
 * its per-origin state, its I/O threads, its pages. Thread-safe: pages are opened and closed from any thread.
 */
public final class ContextRuntime {
    /** Guest code reaches no host class: only the shims' bridge methods and buffers are exported. */
    private static final HostAccess GUEST_ACCESS = guestAccess();

    /**
     * On the module path, this module's lookup lets Truffle call the bridge methods in packages the module does not
     * export (module-info.java); on the class path (no module) Truffle's own lookup reaches them.
     */
    private static HostAccess guestAccess() {
        HostAccess.Builder b = HostAccess.newBuilder(HostAccess.EXPLICIT).allowBufferAccess(true);
        if (ContextRuntime.class.getModule().isNamed()) b.useModuleLookup(java.lang.invoke.MethodHandles.lookup());
        return b.build();
    }

    private final Network network;
    private final Limits limits;
    private final OriginStates origins = new OriginStates();
    /** Every open BroadcastChannel of the context, by (origin, name): channels never cross contexts. */
    private final dev.browserharness.ext.BroadcastChannels broadcastChannels = new dev.browserharness.ext.BroadcastChannels();
    /** Service-worker registrations and clients, per origin, for the context's lifetime. */
    private final dev.browserharness.ext.ServiceWorkers serviceWorkers = new dev.browserharness.ext.ServiceWorkers(this);
    /** The Cache API's storage, per origin, for the context's lifetime. */
    private final dev.browserharness.ext.Caches caches = new dev.browserharness.ext.Caches();
    /** The shared workers of the context, by (script URL, name, origin); each lives while a page uses it. */
    private final dev.browserharness.ext.SharedWorkers sharedWorkers = new dev.browserharness.ext.SharedWorkers(this);
    private final java.util.concurrent.atomic.AtomicInteger sharedWorkerLabels = new java.util.concurrent.atomic.AtomicInteger();
    /** The internal page service-worker agents belong to (they outlive every page); made on first use. */
    private volatile PageRuntime serviceWorkerHost;
    private final Set<PageRuntime> pages = ConcurrentHashMap.newKeySet();
    private final List<Consumer<ConsoleMessage>> listeners = new CopyOnWriteArrayList<>();
    private final Consumer<ConsoleMessage> parentListener;
    private final PrintStream diagnostics;
    private final ExecutorService io;
    private volatile boolean closed;
    /** The browser's realms built ahead (agent/SpareRealms), which new agents take when there is one. */
    private final SpareRealms spares;

    /**
     * @param parentListener the browser's console listeners (every message of every page passes there too)
     * @param diagnostics where {@code [harness]} lines go, or null
     * @param spares the browser's realms built ahead
     */
    public ContextRuntime(Network network, Limits limits, Consumer<ConsoleMessage> parentListener, PrintStream diagnostics,
            SpareRealms spares) {
        this.spares = spares;
        this.network = network;
        this.limits = limits;
        this.parentListener = parentListener;
        this.diagnostics = diagnostics;
        this.io = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "harness-io");
            t.setDaemon(true);
            return t;
        });
    }

    public PageRuntime newPage() {
        if (closed) throw new IllegalStateException("the browser context is closed");
        PageRuntime p = new PageRuntime(this);
        pages.add(p);
        return p;
    }

    void pageClosed(PageRuntime page) {
        pages.remove(page);
    }

    public List<PageRuntime> pages() {
        return List.copyOf(pages);
    }

    public Network network() {
        return network;
    }

    public Limits limits() {
        return limits;
    }

    /** Origin-partitioned state (service-worker registrations, caches, broadcast channels...). */
    public OriginStates origins() {
        return origins;
    }

    public dev.browserharness.ext.ServiceWorkers serviceWorkers() {
        return serviceWorkers;
    }

    public dev.browserharness.ext.SharedWorkers sharedWorkers() {
        return sharedWorkers;
    }

    /**
     * A new internal page for one shared worker (not one of {@link #pages()}): its agents are numbered across the
     * context ({@code sharedworker#1}, {@code #2}...), and their console and uncaught errors also go to
     * {@code viewers} (the pages that use it).
     */
    public PageRuntime newSharedWorkerHost(java.util.function.Supplier<List<PageRuntime>> viewers) {
        return new PageRuntime(this, sharedWorkerLabels::incrementAndGet, viewers);
    }

    public dev.browserharness.ext.Caches caches() {
        return caches;
    }

    /**
     * The page that service-worker agents belong to: not one of {@link #pages()}, never closed before the context.
     * Its agents' console messages also go to every open page of their origin (their possible clients).
     */
    public PageRuntime serviceWorkerHost() {
        PageRuntime h = serviceWorkerHost;
        if (h == null) {
            synchronized (this) {
                if (serviceWorkerHost == null) serviceWorkerHost = new PageRuntime(this);
                h = serviceWorkerHost;
            }
        }
        return h;
    }

    boolean isServiceWorkerHost(PageRuntime p) {
        return p == serviceWorkerHost;
    }

    /**
     * Marks every open page of {@code origin} (and the service-worker host) busy until the returned release runs:
     * work of a service worker that those pages wait for (install, activate) without a task of their own queued.
     */
    public Runnable busy(String origin) {
        List<PageRuntime> held = new java.util.ArrayList<>();
        for (PageRuntime p : pages) if (origin.equals(p.origin())) held.add(p);
        held.add(serviceWorkerHost());
        for (PageRuntime p : held) p.activity().add(1);
        return () -> { for (PageRuntime p : held) p.activity().add(-1); };
    }

    public dev.browserharness.ext.BroadcastChannels broadcastChannels() {
        return broadcastChannels;
    }

    public ExecutorService io() {
        return io;
    }

    public void addListener(Consumer<ConsoleMessage> l) {
        listeners.add(l);
    }

    public void removeListener(Consumer<ConsoleMessage> l) {
        listeners.remove(l);
    }

    void dispatch(ConsoleMessage m) {
        for (Consumer<ConsoleMessage> l : listeners) l.accept(m);
        if (parentListener != null) parentListener.accept(m);
    }

    void diagnostic(String line) {
        if (diagnostics != null) diagnostics.println(line);
    }

    void internalErrorTrace(Throwable t) {
        if (diagnostics != null) t.printStackTrace(diagnostics);
    }

    SpareRealms spares() {
        return spares;
    }

    /**
     * Builds an agent's context on its own thread; the sandbox: no host classes, files or threads. {@code modules}: its
     * only file system; {@code agent}: whom a statement limit reports to (null only when {@code limits} have none: a
     * spare realm, built before its agent).
     */
    static Context newContext(Limits limits, dev.browserharness.net.ModuleFileSystem modules, Agent agent) {
        Context.Builder b = Context.newBuilder("js", "wasm");
        if (limits.maxArrayBufferBytes() != Limits.ARRAY_BUFFER_CEILING) {
            // GraalJS's own bound: beyond it, new ArrayBuffer throws RangeError "Array buffer allocation failed".
            // Contexts whose JS options differ do not share compiled code: every context with the default
            // limits sets the same value.
            b.option("js.max-typed-array-length", Long.toString(limits.maxArrayBufferBytes()));
        }
        long statements = limits.maxStatementsPerTask();
        if (statements > 0) {
            // Counted per context and reset before each task (Agent.run); the null source filter is the same
            // for every context of the shared engine, as ResourceLimits requires.
            b.resourceLimits(ResourceLimits.newBuilder().statementLimit(statements, null)
                    .onLimit(event -> agent.statementLimitReached(statements)).build());
        }
        return b
                .engine(Engines.shared())
                .allowHostAccess(GUEST_ACCESS)
                .allowHostClassLookup(name -> false)
                .allowPolyglotAccess(PolyglotAccess.ALL)
                .allowIO(IOAccess.newBuilder().fileSystem(modules).build())
                .allowCreateThread(false)
                .allowNativeAccess(false)
                .allowExperimentalOptions(true)
                .option("js.webassembly", "true")
                // Chromium has ES2026's library (Array.fromAsync, Uint8Array base64/hex, Math.sumPrecise, Error.isError,
                // Iterator.concat, JSON.rawJSON, Map.prototype.getOrInsert): GraalJS 25 has them only under "staging"
                // (its numbered versions end at 2025); what staging adds that Chromium lacks is removed (Bootstrap)
                .option("js.ecmascript-version", "staging")
                .option("js.unhandled-rejections", "handler")
                .option("js.esm-eval-returns-exports", "true")
                .option("wasm.Threads", "true")
                .option("wasm.UseUnsafeMemory", "true")
                .build();
    }

    public boolean isClosed() {
        return closed;
    }

    /** Closes every page (their agents end in parallel), then the per-origin state and the I/O threads. */
    public void close() {
        close(true);
    }

    /**
     * As {@link #close()}; {@code await}: wait (2 s at most in all) for the agents' threads to end. Without it the
     * agents are only told to end: for a JVM about to exit, which ends them anyway.
     */
    public void close(boolean await) {
        if (closed) return;
        closed = true;
        List<PageRuntime> all = List.copyOf(pages);
        for (PageRuntime p : all) p.closeWithoutWaiting();
        List<PageRuntime> sharedHosts = sharedWorkers.closeAll();
        long deadline = System.nanoTime() + 2_000_000_000L;
        PageRuntime host = serviceWorkerHost;
        if (host != null) host.closeWithoutWaiting();
        if (await) {
            for (PageRuntime p : all) p.awaitAgentsEnded(deadline);
            if (host != null) host.awaitAgentsEnded(deadline);
            for (PageRuntime p : sharedHosts) p.awaitAgentsEnded(deadline);
        }
        origins.close();
        io.shutdownNow();
    }
}
