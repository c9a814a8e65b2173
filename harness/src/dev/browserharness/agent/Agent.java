package dev.browserharness.agent;

import dev.browserharness.Browser;
import dev.browserharness.Page;
import java.util.concurrent.atomic.AtomicInteger;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

/**
 * One agent: a realm (window, dedicated worker or service worker) = one polyglot {@link Context} = one Java
 * thread that owns it = one {@link EventLoop}. Nothing but the owning thread touches the context; other threads
 * talk to the agent by posting tasks.
 */
public final class Agent {
    public enum Kind {
        WINDOW("window"), DEDICATED_WORKER("dedicatedworker"), SERVICE_WORKER("serviceworker");

        public final String jsName;

        Kind(String jsName) {
            this.jsName = jsName;
        }
    }

    private static final AtomicInteger IDS = new AtomicInteger();

    private final Browser browser;
    private final Page page;
    private final Agent parent;
    private final Kind kind;
    private final String name;
    private final int id = IDS.incrementAndGet();
    private final EventLoop loop;
    private final dev.browserharness.net.ModuleFileSystem modules;
    private final Thread thread;
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
    private Context context;
    private Value internals;
    private AgentBridge bridge;
    private volatile dev.browserharness.ext.Workers.WorkerLink workerLink;

    public Agent(Browser browser, Page page, Agent parent, Kind kind, String name, String url, boolean crossOriginIsolated) {
        this.browser = browser;
        this.page = page;
        this.parent = parent;
        this.kind = kind;
        this.name = name;
        this.url = url;
        this.crossOriginIsolated = crossOriginIsolated;
        this.loop = new EventLoop(browser.activity());
        this.modules = new dev.browserharness.net.ModuleFileSystem(req -> browser.serviceWorkers().fetch(this, req, "script"));
        // 8 MB, as a Linux main thread: deep enough for real programs, shallow enough that runaway recursion
        // ends in a RangeError quickly (a 64 MB stack took a minute to overflow).
        this.thread = new Thread(null, this::run, label(), 8L << 20);
        this.thread.setDaemon(true);
    }

    /** Starts the agent's thread; {@code first} is its first task (load the document or the worker script). */
    public void start(EventLoop.Task first) {
        browser.register(this);
        loop.post(first);
        thread.start();
    }

    /** The agent's life on its owning thread: build and enter its context, install the shims, run the loop. */
    private void run() {
        try {
            context = browser.newContext(this);
            context.enter();
            bridge = new AgentBridge(this);
            internals = Bootstrap.install(context, this, bridge);
            while (true) {
                EventLoop.Task task = loop.take();
                if (task == null) break;
                state = "running a task";
                try {
                    task.run();
                } catch (PolyglotException e) {
                    if (e.isCancelled() || e.isInterrupted() || terminated) break;
                    reportException(e);
                } catch (RuntimeException e) {
                    if (terminated) break;
                    browser.internalError(this, e); // a harness bug: reported, and the agent keeps running
                } finally {
                    state = "idle";
                    loop.done();
                }
            }
        } catch (InterruptedException e) {
            // terminated while idle
        } catch (PolyglotException e) {
            if (!e.isCancelled() && !terminated) browser.internalError(this, e);
        } catch (Throwable t) {
            if (!terminated) browser.internalError(this, t);
        } finally {
            loop.close();
            endChildren(); // self.close() or an error ended this loop
            state = "closed";
            if (context != null) {
                try {
                    context.leave();
                } catch (Throwable ignored) {
                    // cancelled contexts may already be left
                }
                try {
                    context.close(true);
                } catch (Throwable ignored) {
                    // already closed by terminate()
                }
            }
            bridge = null;
            browser.unregister(this);
        }
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
            if (e.isCancelled() || e.isInterrupted() || terminated) throw e;
            reportException(e);
        } finally {
            state = previous;
        }
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
            browser.internalError(this, e);
        }
    }

    /** Stops the agent: its loop closes now; running guest code is cancelled on a helper thread. */
    public void terminate() {
        if (terminated) return;
        terminated = true;
        loop.close();
        state = "terminated";
        Context c = context;
        if (c != null && Thread.currentThread() != thread) {
            Thread killer = new Thread(() -> {
                try {
                    c.close(true);
                } catch (Throwable ignored) {
                    // the agent thread closes it itself when it is idle
                }
            }, label() + "-terminator");
            killer.setDaemon(true);
            killer.start();
        }
        thread.interrupt();
        endChildren();
    }

    /** HTML: when an agent's event loop ends, the workers it started (and theirs) end too. */
    private void endChildren() {
        for (Agent a : browser.agents()) if (a.parent == this) a.terminate();
    }

    /** For a dedicated worker: the way to its parent's Worker object. */
    public dev.browserharness.ext.Workers.WorkerLink workerLink() {
        return workerLink;
    }

    public void setWorkerLink(dev.browserharness.ext.Workers.WorkerLink link) {
        this.workerLink = link;
    }

    public boolean isTerminated() {
        return terminated;
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

    public Browser browser() {
        return browser;
    }

    public Page page() {
        return page;
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
