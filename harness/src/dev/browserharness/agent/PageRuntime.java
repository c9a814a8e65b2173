package dev.browserharness.agent;

import dev.browserharness.ConsoleMessage;
import dev.browserharness.net.Network;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The state of one Page: its agents (the window and the workers it started), its console and uncaught errors,
 * its activity (idle), its agent labels (counted from 1 per page). Nothing here is shared with another page.
 */
public final class PageRuntime {
    private final ContextRuntime context;
    private final Activity activity = new Activity();
    private final Set<Agent> agents = ConcurrentHashMap.newKeySet();
    private final AtomicInteger labels = new AtomicInteger();
    private final List<ConsoleMessage> console = new ArrayList<>();
    private final List<String> uncaught = new ArrayList<>();
    private final List<Consumer<ConsoleMessage>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger liveWorkers = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong offHeapBytes = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicBoolean crashed = new java.util.concurrent.atomic.AtomicBoolean();
    /** Uncaught-error listeners, each with the function that turns a report's text into what it takes. */
    private final Map<Consumer<?>, Consumer<String>> errorListeners = new ConcurrentHashMap<>();
    /** Functions exposed to the window (Page.exposeFunction), installed in every new window before its scripts. */
    private final Map<String, Exposed> exposed = new ConcurrentHashMap<>();
    private volatile Agent window;
    private volatile boolean closed;

    private final Network network;
    /** Where this page's agents get their label numbers (a page counts its own; shared-worker hosts the context's). */
    private final java.util.function.IntSupplier labelSource;
    /**
     * For the host of a shared worker: the pages that show its console and uncaught errors (its owners); null for
     * a page of its own.
     */
    private final java.util.function.Supplier<List<PageRuntime>> viewers;

    PageRuntime(ContextRuntime context) {
        this(context, null, null);
    }

    PageRuntime(ContextRuntime context, java.util.function.IntSupplier labelSource, java.util.function.Supplier<List<PageRuntime>> viewers) {
        this.context = context;
        this.network = context.network().forPage();
        this.labelSource = labelSource != null ? labelSource : labels::incrementAndGet;
        this.viewers = viewers;
    }

    public ContextRuntime context() {
        return context;
    }

    /** The context's network seen from this page: the page's own routes come first. */
    public Network network() {
        return network;
    }

    /**
     * Runs {@code task} on the context's I/O threads for this page. A failure there never kills the thread
     * silently: an OutOfMemoryError (or any VM error) ends the page with a report, anything else is reported as an
     * internal error — either way the page's pending operations end with it instead of hanging.
     */
    public void io(Runnable task) {
        context.io().execute(() -> {
            try {
                task.run();
            } catch (VirtualMachineError e) {
                crash("harness-io", outOfMemory(e));
            } catch (Throwable t) {
                crash("harness-io", "Error: internal harness error on an I/O thread: " + t);
                context.internalErrorTrace(t);
            }
        });
    }

    /** The uncaught error's text for a VM error (OutOfMemoryError, StackOverflowError) the host hit. */
    public static String outOfMemory(Throwable e) {
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return (e instanceof StackOverflowError ? "RangeError: Maximum call stack size exceeded (in the host: " : "Error: Out of memory (")
                + what + ")";
    }

    public Limits limits() {
        return context.limits();
    }

    // ---- limits ---------------------------------------------------------------------------------------------

    /** Counts a new dedicated worker against {@link Limits#maxWorkers()}; false (nothing counted) at the cap. */
    public boolean tryAddWorker() {
        int max = limits().maxWorkers();
        while (true) {
            int n = liveWorkers.get();
            if (n >= max) return false;
            if (liveWorkers.compareAndSet(n, n + 1)) return true;
        }
    }

    /** A worker counted by {@link #tryAddWorker} ended. */
    public void workerEnded() {
        liveWorkers.decrementAndGet();
    }

    public int liveWorkers() {
        return liveWorkers.get();
    }

    /**
     * Charges {@code bytes} of off-heap memory to this page's {@link Limits#maxMemoryBytes()} budget; false (nothing
     * charged) when it would go over. {@link #releaseMemory} gives it back.
     */
    public boolean tryReserveMemory(long bytes) {
        long max = limits().maxMemoryBytes();
        while (true) {
            long used = offHeapBytes.get();
            if (bytes > max - used) return false;
            if (offHeapBytes.compareAndSet(used, used + bytes)) return true;
        }
    }

    /** Charges bytes already allocated (a wasm memory.grow instruction), even over the budget. */
    public void chargeMemory(long bytes) {
        offHeapBytes.addAndGet(bytes);
    }

    public void releaseMemory(long bytes) {
        offHeapBytes.addAndGet(-bytes);
    }

    /** Off-heap bytes charged to this page now. */
    public long memoryInUse() {
        return offHeapBytes.get();
    }

    /**
     * The host ran out of something it cannot refuse politely (an OutOfMemoryError on one of the page's threads,
     * a statement limit): the page ends now — an uncaught error (so the run fails), a {@code [harness]} line
     * with what each agent was doing, and every agent terminated, which frees what they held. Once per page.
     */
    public void crash(String who, String reason) {
        if (!crashed.compareAndSet(false, true)) return;
        String agents;
        try {
            agents = report().stripTrailing();
        } catch (VirtualMachineError e) { // still out of memory: the page ends all the same
            agents = "(no report: " + e + ")";
        }
        context.diagnostic("[harness] " + who + ": " + reason + "; the page was ended. Agents:\n" + agents);
        uncaught(who, "Uncaught " + reason);
        endWindow();
        Agent.terminateAll(agents());
        activity.poke();
    }

    /** Whether {@link #crash} ended this page. */
    public boolean crashed() {
        return crashed.get();
    }

    public Activity activity() {
        return activity;
    }

    int nextLabel() {
        return labelSource.getAsInt();
    }

    /** Opens a new window agent for a document; the previous document's window (and its workers) end. */
    public Agent newWindow(String url, boolean crossOriginIsolated) {
        if (closed) throw new IllegalStateException("the page is closed");
        endWindow();
        Agent w = new Agent(this, null, Agent.Kind.WINDOW, "", url, crossOriginIsolated);
        window = w;
        return w;
    }

    /** Ends the current document: its window stops, and with it every worker it started; its blob: URLs go. */
    public void endWindow() {
        Agent w = window;
        window = null;
        if (w != null) Agent.terminateAll(List.of(w));
        network().blobs().revokeAll(this);
    }

    public Agent window() {
        return window;
    }

    void register(Agent agent) {
        agents.add(agent);
        context.spares().started(agent);
        context.serviceWorkers().clientStarted(agent);
    }

    void unregister(Agent agent) {
        agents.remove(agent);
        context.spares().ended(agent);
        context.serviceWorkers().clientEnded(agent);
    }

    /** The origin of the page's document, or null before it has one. */
    public String origin() {
        Agent w = window;
        return w == null ? null : w.origin();
    }

    /** Live agents (window and workers), oldest first, for reports and leak checks. */
    public List<Agent> agents() {
        List<Agent> list = new ArrayList<>(agents);
        list.sort(Comparator.comparingInt(Agent::id));
        return list;
    }

    public void addListener(Consumer<ConsoleMessage> l) {
        listeners.add(l);
    }

    public void removeListener(Consumer<ConsoleMessage> l) {
        listeners.remove(l);
    }

    /** One console call of one of this page's agents: recorded, then given to the page's, context's, browser's listeners. */
    public void console(Agent agent, String level, String text) {
        ConsoleMessage m = console(agent.label(), level, text);
        if (context.isServiceWorkerHost(this)) { // a service worker's console: its possible clients show it too
            for (PageRuntime p : context.pages()) if (agent.origin().equals(p.origin())) p.record(m);
        }
        if (viewers != null) for (PageRuntime p : viewers.get()) p.record(m); // a shared worker's: its owners show it
    }

    /** A message of an agent outside this page (its service worker) shown in this page's console. */
    private void record(ConsoleMessage m) {
        synchronized (console) {
            console.add(m);
            for (Consumer<ConsoleMessage> l : listeners) l.accept(m);
        }
    }

    private ConsoleMessage console(String label, String level, String text) {
        ConsoleMessage m = new ConsoleMessage(level, text, label);
        synchronized (console) {
            console.add(m);
            for (Consumer<ConsoleMessage> l : listeners) l.accept(m);
            context.dispatch(m);
        }
        return m;
    }

    /** An uncaught exception nobody cancelled: an error in the console, and the page ends unsuccessfully. */
    public void uncaught(Agent agent, String text) {
        uncaught(agent.label(), text);
    }

    private void uncaught(String label, String text) {
        synchronized (console) {
            uncaught.add(text);
        }
        ConsoleMessage m = console(label, "error", text);
        for (Consumer<String> l : errorListeners.values()) l.accept(text);
        if (viewers != null) for (PageRuntime p : viewers.get()) p.uncaughtShown(m); // a shared worker's: its owners' too
    }

    /** An uncaught error of an agent outside this page (a shared worker it uses): this page fails with it. */
    private void uncaughtShown(ConsoleMessage m) {
        synchronized (console) {
            uncaught.add(m.text());
        }
        record(m);
        for (Consumer<String> l : errorListeners.values()) l.accept(m.text());
    }

    public <E> void addErrorListener(Consumer<E> listener, java.util.function.Function<String, E> parse) {
        errorListeners.put(listener, text -> listener.accept(parse.apply(text)));
    }

    public void removeErrorListener(Consumer<?> listener) {
        errorListeners.remove(listener);
    }

    // ---- exposed functions (evaluate.js) --------------------------------------------------------------

    /** A Java function the page may call: gets the mapped arguments, returns a value to map back. */
    @FunctionalInterface
    public interface Exposed {
        Object call(List<Object> args) throws Exception;
    }

    public void expose(String name, Exposed fn) {
        if (exposed.putIfAbsent(name, fn) != null) throw new IllegalArgumentException("exposeFunction: " + name + " is already exposed");
    }

    Exposed exposed(String name) {
        return exposed.get(name);
    }

    /** Defines every exposed function on a window's global; on its own thread, before the document's scripts. */
    public void installExposed(Agent window) {
        for (String name : exposed.keySet()) window.internal("exposeFunction").execute(name);
    }

    /** A harness-level message (a failed fetch's real reason...), never shown to the page. */
    public void diagnostic(Agent agent, String text) {
        context.diagnostic("[harness] " + agent.label() + ": " + text);
    }

    /** A failure of the harness itself inside an agent: reported like an uncaught error, never a crash. */
    public void internalError(Agent agent, Throwable t) {
        uncaught(agent, "Internal harness error in " + agent.label() + ": " + t);
        context.internalErrorTrace(t);
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
        for (Agent a : agents()) describe(a, sb);
        String origin = origin();
        if (origin != null && !context.isServiceWorkerHost(this)) { // the service workers its requests may wait on
            for (Agent a : context.serviceWorkerHost().agents()) if (origin.equals(a.origin())) describe(a, sb);
        }
        for (Agent a : context.sharedWorkers().agentsOf(this)) describe(a, sb); // the shared workers it uses
        return sb.toString();
    }

    private static void describe(Agent a, StringBuilder sb) {
        sb.append(a.label()).append(a.parent() == null ? "" : " (started by " + a.parent().label() + ")")
                .append(" ").append(a.url()).append(": ").append(a.state())
                .append(" (").append(a.loop().describe()).append(")\n");
        for (String stack : a.jspi().describe()) sb.append("  ").append(stack).append('\n');
    }

    public boolean isClosed() {
        return closed;
    }

    /** Closes the page: every agent is told to end now (in parallel), its blob: URLs are revoked. */
    void closeWithoutWaiting() {
        if (closed) return;
        closed = true;
        endWindow();
        Agent.terminateAll(agents());
        activity.poke();
        context.pageClosed(this);
    }

    /** Closes the page and waits (up to 2 s in all) for its agents' threads to end. */
    public void close() {
        closeWithoutWaiting();
        awaitAgentsEnded(System.nanoTime() + 2_000_000_000L);
    }

    void awaitAgentsEnded(long deadlineNanos) {
        for (Agent a : agents()) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) return;
            try {
                a.thread().join(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
