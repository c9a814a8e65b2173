package dev.browserharness.ext;

import dev.browserharness.agent.Agent;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.graalvm.polyglot.Value;

/**
 * The Java half of JSPI ({@code js-shims/jspi.js}): each {@code WebAssembly.promising} call runs in a JDK
 * continuation on the agent's own thread, and a {@code WebAssembly.Suspending} import yields it. The wasm stack (and
 * the GraalJS/GraalWasm frames under it) is then copied to the heap, the thread returns to the caller of the
 * promising function and the event loop goes on running tasks, timers, messages and other promising calls; a
 * reaction to the awaited promise (a microtask of the same agent) resumes the stack where it stopped.
 * <p>
 * One fix-up makes GraalJS agree: it drains promise jobs only when its interop call depth returns to 0, and the
 * frames of a suspended stack hold part of that depth. So a stack's share of the depth is taken off when it yields
 * and put back when it resumes ({@link #drive}). While it runs, the depth is kept above the caller's, so GraalJS
 * never drains jobs from inside a resumed stack: the caller's checkpoint does.
 * <p>
 * All methods run on the agent's thread except {@link #describe()} (the timeout report). Internals: {@link
 * GraalInternals.Suspension}; without them JSPI is absent ({@link #problem()}).
 */
public final class Jspi {
    private static final MethodHandle NEW_CONTINUATION = GraalInternals.Suspension.NEW_CONTINUATION;
    private static final MethodHandle RUN = GraalInternals.Suspension.RUN;
    private static final MethodHandle YIELD = GraalInternals.Suspension.YIELD;
    private static final MethodHandle IS_DONE = GraalInternals.Suspension.IS_DONE;
    private static final MethodHandle JS_AGENT = GraalInternals.Suspension.JS_AGENT;
    private static final MethodHandle GET_DEPTH = GraalInternals.Suspension.GET_DEPTH;
    private static final MethodHandle SET_DEPTH = GraalInternals.Suspension.SET_DEPTH;
    private static final MethodHandle IS_EXPORTED_FUNCTION = GraalInternals.Suspension.IS_EXPORTED_FUNCTION;

    private final Agent agent;
    /** GraalJS's JSAgent of this agent's realm (fetched on first use, on the agent's thread). */
    private Object jsAgent;
    /** The innermost stack running on the thread now (promising calls nest through plain imports). */
    private Stack running;
    private final Set<Stack> suspended = ConcurrentHashMap.newKeySet();

    public Jspi(Agent agent) {
        this.agent = agent;
    }

    /** Null when JSPI works in this JVM, else why not (the shim then leaves WebAssembly without it). */
    public static String problem() {
        return GraalInternals.Suspension.PROBLEM;
    }

    /** One promising call's wasm stack. Opaque to guest code. */
    public static final class Stack {
        private final Object continuation;
        private final String export;
        private int depthShare;
        private volatile String awaiting;
        private volatile long suspendedAt;

        private Stack(Runnable body, String export) {
            this.continuation = newContinuation(body);
            this.export = export;
        }
    }

    /**
     * Starts a promising call: runs {@code body(call)} (the shim's function that calls the export and settles
     * the call's promise) in a new continuation. Returns the stack if it suspended, null if it ran to the end.
     */
    public Stack start(Value body, Value call, String export) {
        Stack s = new Stack(() -> body.executeVoid(call), export);
        return drive(s) ? s : null;
    }

    /** Resumes a suspended stack (its promise settled); true if it suspended again. */
    public boolean resume(Stack s) {
        if (!suspended.remove(s)) throw new IllegalStateException("Browser Harness: resuming a wasm stack that is not suspended");
        agent.loop().endOp(null);
        return drive(s);
    }

    /**
     * Called by a Suspending import inside the innermost running promising call (the shim checked that): yields
     * its continuation. Returns null once resumed, or why the JVM could not suspend the stack: "pinned" (a native
     * frame on it), "too large" (its frames would not fit one G1 region: see -XX:G1HeapRegionSize in bin/harness) or
     * "too deep" (no stack left on the thread to freeze them).
     */
    public String suspend(String awaiting) {
        Stack s = running;
        if (s == null) return "pinned";
        s.awaiting = awaiting;
        s.suspendedAt = System.nanoTime();
        try {
            return (boolean) YIELD.invokeExact() ? null : "pinned";
        } catch (IllegalStateException pinned) {
            return "pinned";
        } catch (StackOverflowError e) {
            // the frames would not fit one G1 region, or freezing them needed more of the thread's stack than was left
            // (a recursion near the stack's end: the JVM's "Stack overflow while freezing"); either way the stack stays
            // as it is and the import throws into wasm, as an overflow does
            return "Humongous stack chunk".equals(e.getMessage()) ? "too large" : "too deep";
        } catch (Throwable t) {
            throw sneaky(t);
        }
    }

    /** True when {@code f} is a WebAssembly exported function (what {@code promising} accepts). */
    public static boolean isExportedFunction(Value f) {
        try {
            return (boolean) IS_EXPORTED_FUNCTION.invokeExact(GraalInternals.I.receiver.get(f));
        } catch (Throwable t) {
            throw sneaky(t);
        }
    }

    /** Runs {@code s} until it yields or ends; true if it yielded. */
    private boolean drive(Stack s) {
        if (jsAgent == null) jsAgent = jsAgent();
        int base = depth();
        depth(base + 1 + s.depthShare);
        Stack outer = running;
        running = s;
        try {
            RUN.invokeExact(s.continuation);
        } catch (Throwable t) {
            depth(base);
            throw sneaky(t);
        } finally {
            running = outer;
        }
        boolean done = isDone(s.continuation);
        s.depthShare = done ? 0 : depth() - base - 1;
        depth(base);
        if (done) return false;
        suspended.add(s);
        agent.loop().beginOp(); // a suspended stack keeps the page busy (and is in the timeout report)
        return true;
    }

    /** The suspended stacks, one line each (for the timeout report; any thread). */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        long now = System.nanoTime();
        for (Stack s : suspended) {
            lines.add("wasm stack of WebAssembly.promising(" + s.export + ") suspended in " + s.awaiting + " for "
                    + (now - s.suspendedAt) / 1_000_000 + " ms, waiting for its promise to settle");
        }
        return lines;
    }

    /** The agent has ended: its suspended stacks are dropped (never resumed). */
    public void close() {
        suspended.clear();
    }

    private static Object newContinuation(Runnable body) {
        try {
            return (Object) NEW_CONTINUATION.invokeExact(body);
        } catch (Throwable t) {
            throw sneaky(t);
        }
    }

    private static boolean isDone(Object continuation) {
        try {
            return (boolean) IS_DONE.invokeExact(continuation);
        } catch (Throwable t) {
            throw sneaky(t);
        }
    }

    private static Object jsAgent() {
        try {
            return (Object) JS_AGENT.invokeExact();
        } catch (Throwable t) {
            throw sneaky(t);
        }
    }

    private int depth() {
        try {
            return (int) GET_DEPTH.invokeExact(jsAgent);
        } catch (Throwable t) {
            throw sneaky(t);
        }
    }

    private void depth(int d) {
        try {
            SET_DEPTH.invokeExact(jsAgent, d);
        } catch (Throwable t) {
            throw sneaky(t);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
