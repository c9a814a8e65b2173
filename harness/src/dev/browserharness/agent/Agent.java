package dev.browserharness.agent;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One agent: a realm (window, dedicated worker or service worker) = one polyglot {@link Context} = one Java
 * thread that owns it = one {@link EventLoop}. Nothing but the owning thread touches the context; other threads
 * talk to the agent by posting tasks.
 */
public final class Agent {
    public enum Kind {
        WINDOW("window"), DEDICATED_WORKER("dedicatedworker"), SHARED_WORKER("sharedworker"), SERVICE_WORKER("serviceworker");

        public final String jsName;

        Kind(String jsName) {
            this.jsName = jsName;
        }
    }

    private final PageRuntime page;
    private final Agent parent;
    private final Kind kind;
    private final String name;
    private final int id;
    private final EventLoop loop;
    private final dev.browserharness.net.ModuleFileSystem modules;
    private final Thread thread;
    /** The realm built ahead that this agent took (agent/SpareRealms), or null: it builds its own. */
    private final SpareRealms.Spare spare;
    private final boolean crossOriginIsolated;
    private final long timeOriginNanos = System.nanoTime();
    /** One wall-clock reading for the JVM; each agent's time origin is derived from it with nanoTime. */
    private static final long EPOCH_MS_BASE = System.currentTimeMillis();
    private static final long NANOS_BASE = System.nanoTime();
    private final double timeOriginEpochMs = EPOCH_MS_BASE + (timeOriginNanos - NANOS_BASE) / 1e6;
    private volatile String url;
    /** What the agent is doing, for reports: a String or an object whose toString says it. */
    private volatile Object state = "starting";
    private volatile boolean terminated;
    /** Set when this agent's thread has left its loop and is cleaning up (it closes its own context). */
    private volatile boolean loopEnded;
    /** Set by the context's statement limit (ResourceLimits) when it cancels the context: why, for the report. */
    private volatile String limitHit;
    private Context context;
    private Value internals;
    private AgentBridge bridge;
    private volatile ErrorLink workerLink;
    /** Run once when the agent ends (terminated, or its loop ended): shared workers forget a departed owner. */
    private final java.util.List<Runnable> endListeners = new java.util.ArrayList<>();
    private boolean ended;
    private final dev.browserharness.ext.Jspi jspi = new dev.browserharness.ext.Jspi(this);
    /** Cancels terminated agents' contexts, off the terminating thread (daemon threads, kept 10 s when idle). */
    private static final java.util.concurrent.ExecutorService TERMINATORS = new java.util.concurrent.ThreadPoolExecutor(
            0, Integer.MAX_VALUE, 10, java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "harness-terminator");
                t.setDaemon(true);
                return t;
            });
    /**
     * Agents closing their own context at the same time, at most one per core: a context's close costs milliseconds
     * of CPU, and thousands of agents ended at once (a page closed) would otherwise starve the thread that closed
     * the page (and the CLI's exit) for seconds.
     */
    private static final java.util.concurrent.Semaphore CLEANUPS = new java.util.concurrent.Semaphore(
            Runtime.getRuntime().availableProcessors());
    /** A {@link #CLEANUPS} permit, waited for at most 1 s (a close that hangs must not stall every other agent's). */
    private static boolean cleanupPermit() {
        Thread.interrupted(); // a terminated agent's thread is interrupted; its clean-up still waits its turn
        try {
            return CLEANUPS.tryAcquire(1, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            return false;
        }
    }
    /** The workers this agent started and that still run (what ends with it). */
    private final java.util.Set<Agent> children = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Whether this worker holds one of its page's worker slots (Limits.maxWorkers), given back when it ends. */
    private final java.util.concurrent.atomic.AtomicBoolean workerSlot = new java.util.concurrent.atomic.AtomicBoolean();

    public Agent(PageRuntime page, Agent parent, Kind kind, String name, String url, boolean crossOriginIsolated) {
        this(page, parent, kind, name, url, crossOriginIsolated, true);
    }

    /**
     * As above; {@code mayStart}: false for an agent made only to fail (a worker over its page's limit), which takes
     * no spare realm (agent/SpareRealms): a page refused a thousand workers would have a thousand realms built.
     */
    public Agent(PageRuntime page, Agent parent, Kind kind, String name, String url, boolean crossOriginIsolated, boolean mayStart) {
        this.page = page;
        this.id = page.nextLabel();
        this.parent = parent;
        this.kind = kind;
        this.name = name;
        this.url = url;
        this.crossOriginIsolated = crossOriginIsolated;
        this.loop = new EventLoop(page.activity());
        this.spare = mayStart ? page.context().spares().take(kind, page.limits()) : null;
        this.modules = (spare != null ? spare.modules : new dev.browserharness.net.ModuleFileSystem()).bind(
                req -> page.context().serviceWorkers().fetch(this, req, "script"),
                dev.browserharness.net.NetRequest.originOf(url), url,
                kind == Kind.SERVICE_WORKER ? code -> source(code, true) : null);
        if (spare != null) {
            this.thread = spare.thread; // already building the realm; named for this agent once it is handed over
        } else {
            this.thread = new Thread(null, () -> run(null), label(), STACK_BYTES);
            this.thread.setDaemon(true);
        }
        if (parent != null) parent.children.add(this);
    }

    /**
     * An agent thread's stack: 8 MB, as a Linux main thread: deep enough for real programs, shallow enough that
     * runaway recursion ends in a RangeError quickly (a 64 MB stack took a minute to overflow).
     */
    static final long STACK_BYTES = 8L << 20;

    /** Starts the agent's thread; {@code first} is its first task (load the document or the worker script). */
    public void start(EventLoop.Task first) {
        page.register(this);
        loop.post(first);
        if (spare != null) {
            spare.handOver(this); // its thread runs already
            return;
        }
        try {
            thread.start();
        } catch (OutOfMemoryError e) { // "unable to create native thread": the agent never runs
            discard();
            throw e;
        }
    }

    /**
     * The agent's life on its owning thread: build and enter its context and install the shims (or take those of
     * {@code built}, the spare realm whose thread this is), bind them to this agent, run the loop.
     */
    void run(SpareRealms.Spare built) {
        try {
            if (built == null) {
                context = ContextRuntime.newContext(page.limits(), modules, this);
                context.enter();
                bridge = new AgentBridge();
                internals = Bootstrap.install(context, kind, bridge, null);
            } else {
                thread.setName(label());
                context = built.context;
                bridge = built.bridge;
                internals = built.internals;
                if (built.failure instanceof Error e) throw e;
                if (built.failure instanceof RuntimeException e) throw e;
                if (built.failure != null) throw new IllegalStateException(built.failure);
            }
            bridge.bind(this);
            Bootstrap.bind(this, internals);
            boolean statementLimit = page.limits().maxStatementsPerTask() > 0;
            while (true) {
                EventLoop.Task task = loop.take();
                if (task == null) break;
                state = "running a task";
                try {
                    if (statementLimit) context.resetLimits();
                    task.run();
                } catch (PolyglotException e) {
                    if (limitHit != null) {
                        page.crash(label(), limitHit);
                        break;
                    }
                    if (hostResourceExhausted(e)) {
                        page.crash(label(), PageRuntime.outOfMemory(e));
                        break;
                    }
                    if (e.isCancelled() || e.isInterrupted() || terminated) break;
                    reportException(e);
                } catch (VirtualMachineError e) {
                    page.crash(label(), PageRuntime.outOfMemory(e));
                    break;
                } catch (RuntimeException e) {
                    if (terminated) break;
                    page.internalError(this, e); // a harness bug: reported, and the agent keeps running
                } finally {
                    state = "idle";
                    loop.done();
                }
            }
        } catch (InterruptedException e) {
            // terminated while idle
        } catch (PolyglotException e) {
            if (hostResourceExhausted(e)) page.crash(label(), PageRuntime.outOfMemory(e));
            else if (!e.isCancelled() && !terminated) page.internalError(this, e);
        } catch (VirtualMachineError e) {
            page.crash(label(), PageRuntime.outOfMemory(e));
        } catch (Throwable t) {
            if (!terminated) page.internalError(this, t);
        } finally {
            loopEnded = true;
            releaseWorkerSlot();
            loop.close();
            endChildren(); // self.close() or an error ended this loop
            state = "closed";
            if (context != null) {
                try {
                    context.leave();
                } catch (Throwable ignored) {
                    // cancelled contexts may already be left
                }
                boolean permit = cleanupPermit();
                try {
                    context.close(true);
                } catch (Throwable ignored) {
                    // already closed by terminate()
                } finally {
                    if (permit) CLEANUPS.release();
                }
            }
            bridge = null;
            jspi.close(); // suspended wasm stacks of an ended agent are never resumed
            if (parent != null) parent.children.remove(this);
            page.unregister(this);
            ended();
        }
    }

    /** Runs {@code listener} once when this agent ends (at once if it already has). */
    public void onEnded(Runnable listener) {
        synchronized (endListeners) {
            if (!ended) {
                endListeners.add(listener);
                return;
            }
        }
        listener.run();
    }

    private void ended() {
        List<Runnable> run;
        synchronized (endListeners) {
            if (ended) return;
            ended = true;
            run = List.copyOf(endListeners);
            endListeners.clear();
        }
        for (Runnable r : run) r.run();
    }

    /**
     * A script's or module's text as this agent evaluates it: in a service worker, every {@code import()} refused
     * (HTML forbids it there; ext/ServiceWorkerImports). Every source of a service worker passes here: its classic
     * script and importScripts (their callers), its modules (the module file system's filter).
     */
    public String source(String code, boolean module) {
        return kind == Kind.SERVICE_WORKER ? dev.browserharness.ext.ServiceWorkerImports.refuseDynamicImport(code, module) : code;
    }

    /**
     * Evaluates a classic script on this (owning) thread. An exception becomes an error event on the global
     * (and a reported uncaught error unless cancelled), as when a browser runs a script.
     */
    public void runClassicScript(String url, String code, int lineOffset) {
        String text = lineOffset > 0 ? "\n".repeat(lineOffset) + code : code;
        Object previous = state;
        state = "running " + url;
        try {
            context.eval(Source.newBuilder("js", text, url).buildLiteral());
        } catch (PolyglotException e) {
            if (e.isCancelled() || e.isInterrupted() || terminated || hostResourceExhausted(e)) throw e;
            reportException(e);
        } finally {
            state = previous;
        }
    }

    /**
     * The host ran out of memory or stack under guest code (an OutOfMemoryError: Truffle reports it as a
     * resource-exhausted exception with no guest object). The guest's own stack overflow is a RangeError object
     * and does not count.
     */
    private static boolean hostResourceExhausted(PolyglotException e) {
        if (!e.isResourceExhausted()) return false;
        Value guest = e.getGuestObject();
        return guest == null || guest.isNull();
    }

    /** The context's statement limit was reached (ContextRuntime sets the limit; this runs on the agent's thread). */
    void statementLimitReached(long limit) {
        limitHit = "Error: the task ran more than " + limit + " statements (ContextOptions.maxStatementsPerTask, --max-statements)";
    }

    /** Reports an exception that escaped to the host: fire {@code error} on the global, then the console. */
    public void reportException(PolyglotException e) {
        if (e.isGuestException() && internals != null) {
            Value error = e.getGuestObject();
            SourceSection at = e.getSourceLocation();
            String file = at == null || at.getSource() == null ? "" : at.getSource().getName();
            int line = at == null ? 0 : at.getStartLine();
            int col = at == null ? 0 : at.getStartColumn();
            internal("reportException").execute(error, file, line, col);
        } else {
            page.internalError(this, e);
        }
    }

    /**
     * Stops the agent: its loop closes now; running guest code is cancelled on a helper thread. The workers it
     * started end with it, as in {@link #terminateAll}.
     */
    public void terminate() {
        List<Agent> stopped = new ArrayList<>();
        stop(stopped);
        if (stopped.isEmpty()) return;
        cancelContext(); // this one at once (worker.terminate() stops an endless loop now)
        end(stopped);
    }

    /**
     * Ends these agents (and the workers they started) together, cheaply for the calling thread however many there
     * are: each is marked terminated and its loop closed, then all their threads are interrupted in one pass, which
     * alone ends an agent that is idle, starting, or blocked (Atomics.wait, a synchronous XHR); after
     * {@link #CANCEL_GRACE_MS} one pooled task cancels the contexts of those still in guest code (an endless loop).
     * Cancelling each at once started a thread per agent from the closing thread, and the woken agents then
     * competed with it for the CPU: 2,000 workers kept it busy 2-4 s on a loaded machine.
     */
    public static void terminateAll(Collection<Agent> agents) {
        List<Agent> stopped = new ArrayList<>();
        for (Agent a : agents) a.stop(stopped);
        if (!stopped.isEmpty()) end(stopped);
    }

    private static void end(List<Agent> stopped) {
        // interrupts last, in one quick pass: each wakes a thread that then wants the CPU to close its context
        for (Agent a : stopped) a.thread.interrupt();
        TERMINATORS.execute(() -> {
            try {
                Thread.sleep(CANCEL_GRACE_MS);
            } catch (InterruptedException e) {
                // cancel the rest now
            }
            for (Agent a : stopped) if (!a.loopEnded && a.thread.isAlive()) a.cancelContext();
        });
    }

    /** How long {@link #terminateAll} lets interrupted agents end by themselves before cancelling their contexts. */
    static final long CANCEL_GRACE_MS = 100;

    /** Marks this agent and the workers it started (HTML: they end with it) terminated, closes their loops. */
    private void stop(List<Agent> stopped) {
        if (terminated) return;
        terminated = true;
        // a spare's thread waits for its agent: handed over now (an agent discarded before its start), it finds
        // the loop closed and ends as this agent, closing the realm
        if (spare != null) spare.handOver(this);
        releaseWorkerSlot(); // a terminated worker no longer counts, even while its thread is still winding down
        loop.close();
        state = "terminated";
        stopped.add(this);
        for (Agent a : children) a.stop(stopped);
        ended();
    }

    /** Cancels guest code running in this agent's context, on a pooled thread (close(true) blocks until it stops). */
    private void cancelContext() {
        Context c = context;
        if (c == null || Thread.currentThread() == thread) return;
        // On a pooled thread: ending thousands of agents at once reuses threads instead of starting one per
        // agent. (Not a virtual thread: Truffle warns that contexts on virtual threads are experimental.)
        TERMINATORS.execute(() -> {
            try {
                c.close(true);
            } catch (Throwable ignored) {
                // the agent thread closes it itself when it is idle
            }
        });
    }

    /** This worker took one of its page's worker slots (PageRuntime.tryAddWorker). */
    public void holdsWorkerSlot() {
        workerSlot.set(true);
    }

    private void releaseWorkerSlot() {
        if (workerSlot.compareAndSet(true, false)) page.workerEnded();
    }

    /** An agent that never started (no thread for it, or over a limit): ended, and forgotten by its parent and page. */
    public void discard() {
        terminate();
        if (parent != null) parent.children.remove(this);
        page.unregister(this);
    }

    /** HTML: when an agent's event loop ends, the workers it started (and theirs) end too. */
    private void endChildren() {
        terminateAll(children);
    }

    /** Where a worker's uncaught errors go besides its own global: its Worker or SharedWorker objects. */
    public interface ErrorLink {
        void error(String text, String message, String filename, int lineno, int colno, boolean own);
    }

    /** For a dedicated or shared worker: the way to the objects that started it. */
    public ErrorLink workerLink() {
        return workerLink;
    }

    public void setWorkerLink(ErrorLink link) {
        this.workerLink = link;
    }

    /** This agent's JSPI state: its suspended wasm stacks. */
    public dev.browserharness.ext.Jspi jspi() {
        return jspi;
    }

    public boolean isTerminated() {
        return terminated;
    }

    /** Whether this agent's thread is at work: building its realm or running a task (blocked in one counts too). */
    boolean isBusy() {
        Object s = state;
        return s != "idle" && s != "closed" && s != "terminated";
    }

    public void setState(Object state) {
        this.state = state;
    }

    public Object state() {
        return state;
    }

    public Thread thread() {
        return thread;
    }

    public String label() {
        return kind.jsName + "#" + id + (name == null || name.isEmpty() ? "" : "(" + name + ")");
    }

    /** The page this agent belongs to: its console, errors, activity, context and network. */
    public PageRuntime page() {
        return page;
    }

    public dev.browserharness.net.Network network() {
        return page.network();
    }

    /** A console call of this agent. */
    public void console(String level, String text) {
        page.console(this, level, text);
    }

    /** A {@code [harness]} diagnostic line about this agent. */
    public void diagnostic(String text) {
        page.diagnostic(this, text);
    }

    /**
     * HTML's agent cluster, what shared memory and wasm modules may not leave: a window and the dedicated workers
     * under it share their page's; a shared or service worker is one of its own.
     */
    public Object agentCluster() {
        if (kind == Kind.SHARED_WORKER || kind == Kind.SERVICE_WORKER) return this;
        return parent != null ? parent.agentCluster() : page;
    }

    /** The agent that created this one (null for a window). */
    public Agent parent() {
        return parent;
    }

    public Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public int id() {
        return id;
    }

    /** The file system through which this agent's context loads ES modules. */
    public dev.browserharness.net.ModuleFileSystem modules() {
        return modules;
    }

    public EventLoop loop() {
        return loop;
    }

    public String url() {
        return url;
    }

    /** The origin of the agent's URL ("null" for an opaque one). */
    public String origin() {
        return dev.browserharness.net.NetRequest.originOf(url);
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public boolean crossOriginIsolated() {
        return crossOriginIsolated;
    }

    public Context context() {
        return context;
    }

    /** The agent's private shim internals ({@code $}); owning thread only. */
    public Value internals() {
        return internals;
    }

    private final java.util.HashMap<String, Value> internalFunctions = new java.util.HashMap<>();

    /** A function of {@code $} by name, looked up once (hot paths: message delivery); owning thread only. */
    public Value internal(String name) {
        return internalFunctions.computeIfAbsent(name, internals::getMember);
    }

    public double now() {
        return (System.nanoTime() - timeOriginNanos) / 1e6;
    }

    public double timeOrigin() {
        return timeOriginEpochMs;
    }

    @Override
    public String toString() {
        return label() + " " + url;
    }
}
