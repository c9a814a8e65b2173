package dev.browserharness.agent;

import dev.browserharness.net.ModuleFileSystem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * Realms built before anyone asks for them (issue 10), as Chromium keeps a spare renderer process: a window's or
 * a dedicated worker's context with every shim installed, on the thread that will own it, waiting for its agent.
 * The agent that takes one skips its context and shims; what only the agent knows (its URL, name,
 * cross-origin isolation, its bridge and module file system) is bound when it arrives ({@link Bootstrap#bind}),
 * before any page code. A realm is not moved between threads: Truffle's single-thread fast paths would be lost.
 *
 * <p>A browser that keeps spares (the daemon's) has at most one per kind and engine options: one window from the
 * start, and one of a kind once that kind has been asked for; taking one starts building the next, so a page that
 * spawns workers one after the other finds each ready. A spare is built on a core the browser's agents leave free:
 * before each shim it waits while as many of them are at work (a task, a realm of their own) as the machine has
 * cores, so that it does not slow a page down or change the order in which racing agents are heard; once taken,
 * it finishes at once. A browser without them (the default: a one-shot run has no
 * CPU to spare on two cores) builds every realm when its agent starts. Contexts with a statement limit never use a
 * spare (their limit reports to their agent from the first statement).
 */
public final class SpareRealms {
    private record Key(Agent.Kind kind, long maxArrayBufferBytes) {}

    private final boolean enabled;
    private final Map<Key, Spare> spares = new HashMap<>();
    /** The agents of the browser that have started and not ended (kept only when spares are). */
    private final java.util.Set<Agent> agents = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private boolean closed;

    /** {@code enabled}: keep spares; otherwise {@link #take} always answers null and nothing is built ahead. */
    public SpareRealms(boolean enabled) {
        this.enabled = enabled;
    }

    /** Starts building a spare realm of this kind for contexts with these limits, unless one is there. */
    public synchronized void prime(Agent.Kind kind, Limits limits) {
        Key key = key(kind, limits);
        if (key != null && !closed && !spares.containsKey(key)) spares.put(key, new Spare(this, kind, limits));
    }

    /**
     * The spare realm for a new agent of this kind under these limits, ready or still being built, or null; the
     * next spare of that kind starts building at once.
     */
    synchronized Spare take(Agent.Kind kind, Limits limits) {
        Key key = key(kind, limits);
        if (key == null || closed) return null;
        Spare s = spares.remove(key);
        spares.put(key, new Spare(this, kind, limits));
        return s;
    }

    void started(Agent agent) {
        if (enabled) agents.add(agent);
    }

    void ended(Agent agent) {
        if (enabled) agents.remove(agent);
    }

    /** Whether the browser's agents are at work on every core. */
    private boolean coresBusy() {
        int busy = 0;
        for (Agent a : agents) if (a.isBusy() && ++busy >= CORES) return true;
        return false;
    }

    private Key key(Agent.Kind kind, Limits limits) {
        if (!enabled || limits.maxStatementsPerTask() > 0) return null;
        if (kind != Agent.Kind.WINDOW && kind != Agent.Kind.DEDICATED_WORKER) return null;
        return new Key(kind, limits.maxArrayBufferBytes());
    }

    /**
     * The spares kept, for {@code bin/harness daemon status}: each one's kind and whether it is ready, building or
     * failed (to be reported by the agent that takes it); "none" when there are none.
     */
    public synchronized String describe() {
        if (spares.isEmpty()) return "none";
        List<Key> keys = new ArrayList<>(spares.keySet());
        keys.sort(java.util.Comparator.comparing(Key::kind).thenComparingLong(Key::maxArrayBufferBytes));
        StringBuilder out = new StringBuilder();
        for (Key k : keys) {
            if (out.length() > 0) out.append(", ");
            out.append(k.kind().jsName).append(" (").append(spares.get(k).status).append(')');
        }
        return out.toString();
    }

    /** Ends every spare nobody took: each closes its own context on its own thread. */
    public void close() {
        List<Spare> left;
        synchronized (this) {
            closed = true;
            left = new ArrayList<>(spares.values());
            spares.clear();
        }
        for (Spare s : left) s.cancel();
    }

    /** One realm built ahead, on its own thread, which becomes its agent's thread when an agent takes it. */
    static final class Spare {
        private final SpareRealms pool;
        private final Agent.Kind kind;
        private final Limits limits;
        /** The context's file system, bound to the agent's fetches and origin when it arrives. */
        final ModuleFileSystem modules = new ModuleFileSystem();
        final Thread thread;
        private final CompletableFuture<Agent> owner = new CompletableFuture<>();
        // written and read on the spare's thread only
        Context context;
        AgentBridge bridge;
        Value internals;
        /** What went wrong while building it: thrown again on the agent's run, so the agent reports it. */
        Throwable failure;
        /** "building", then "ready" or "failed" (read by {@link #describe}). */
        private volatile String status = "building";

        Spare(SpareRealms pool, Agent.Kind kind, Limits limits) {
            this.pool = pool;
            this.kind = kind;
            this.limits = limits;
            this.thread = new Thread(null, this::run, "harness-spare-" + kind.jsName, Agent.STACK_BYTES);
            thread.setDaemon(true);
            thread.start();
        }

        private void run() {
            try {
                context = ContextRuntime.newContext(limits, modules, null);
                context.enter();
                bridge = new AgentBridge();
                internals = Bootstrap.install(context, kind, bridge, this::pace);
                status = "ready";
            } catch (Throwable t) {
                failure = t;
                status = "failed";
            }
            Agent agent;
            try {
                agent = owner.get();
            } catch (InterruptedException | ExecutionException | CancellationException e) {
                close(); // the browser closed before an agent took it
                return;
            }
            agent.run(this);
        }

        /** Before each shim: wait while the browser's agents use every core, unless an agent took this spare. */
        private void pace() {
            while (!owner.isDone() && pool.coresBusy()) java.util.concurrent.locks.LockSupport.parkNanos(1_000_000L);
        }

        /** Gives this realm to its agent (once; later calls do nothing). */
        void handOver(Agent agent) {
            owner.complete(agent);
        }

        private void cancel() {
            owner.cancel(false);
            thread.interrupt();
        }

        private void close() {
            if (context == null) return;
            try {
                context.leave();
                context.close(true);
            } catch (Throwable ignored) {
                // a context that failed half-built
            }
        }
    }
}
