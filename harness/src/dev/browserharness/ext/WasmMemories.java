package dev.browserharness.ext;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import dev.browserharness.agent.Agent;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * A shared {@code WebAssembly.Memory} posted between agents, as in Chromium: every agent gets its own
 * {@code WebAssembly.Memory} wrapper (and SharedArrayBuffer) over the one GraalWasm memory object.
 *
 * <p>There is no public API for this, so it reaches into GraalJS/GraalWasm 25.0.2 internals by reflection (see
 * docs/wasm-shared-memory-probe.md, route 2a): the sender's {@code JSWebAssemblyMemoryObject} gives its
 * {@code WasmMemory}; on the receiver's thread (its context entered, since the shim calls us)
 * {@code JSWebAssemblyMemory.create(context, realm, wasmMemory, true)} builds that agent's wrapper — GraalJS's own
 * per-agent wrapper map for shared memories. Only an {@code UnsafeWasmMemory} (what GraalWasm allocates for every
 * shared memory: full capacity up front, never moves, GC-owned) is accepted. The internals are looked up (and
 * checked at start-up) in {@link GraalInternals}.
 *
 * <p>JS {@code Atomics} on such a memory's buffer run in Java through one {@link SharedMemory} per wasm memory that
 * wraps its full-capacity direct buffer, so they are atomic across agents and {@code Atomics.wait/notify} share
 * one waiter list (atomics.js registers every buffer the Memory hands out). Wasm's own
 * {@code memory.atomic.wait32/wait64/notify} are routed to the same lists by {@link #installCallbacks}, installed
 * in every agent when it starts (GraalJS's own callbacks refuse to block in an embedded context).
 */
public final class WasmMemories {
    private WasmMemories() {}

    /** What a message carries for a shared memory (the Memory object or its buffer): the wasm memory itself. */
    public static final class Handle {
        final Object wasmMemory;
        final SharedMemory shared;

        Handle(Object wasmMemory, SharedMemory shared) {
            this.wasmMemory = wasmMemory;
            this.shared = shared;
        }
    }

    private static final GraalInternals I = GraalInternals.I;

    /** One SharedMemory per wasm memory (weak keys: the SharedMemory does not refer to its wasm memory). */
    private static final Map<Object, SharedMemory> SHARED = new WeakHashMap<>();

    // ---- the page's off-heap budget ----------------------------------------------------------------------
    // GraalWasm allocates every memory off the Java heap (wasm.UseUnsafeMemory), zero-filled at once: a shared one at
    // its maximum, any other at its current size (a grow allocates the new size and copies). Those bytes count
    // against the page's Limits.maxMemoryBytes until the memory is collected: asked for before the engine allocates by
    // `new WebAssembly.Memory`, `Memory.prototype.grow` and instantiation (the memories a module defines), and
    // counted after the fact for the wasm `memory.grow` instruction (GraalWasm's grow callback runs once the memory
    // has grown: there is no hook before it), so the page's next allocation is refused once that went over.
    // Each wasm memory has one Account: what it holds of its page's budget.

    /** What one wasm memory holds of its page's off-heap budget; given back when the memory is collected. */
    private static final class Account {
        final dev.browserharness.agent.PageRuntime page;
        final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();

        Account(dev.browserharness.agent.PageRuntime page) {
            this.page = page;
        }
    }

    /** Weak keys: an Account does not refer to its wasm memory. */
    private static final Map<Object, Account> ACCOUNTS = new WeakHashMap<>();

    private static Account account(Object wasm, dev.browserharness.agent.PageRuntime page) {
        synchronized (ACCOUNTS) {
            Account a = ACCOUNTS.get(wasm);
            if (a == null) {
                Account created = new Account(page);
                RELEASER.register(wasm, () -> created.page.releaseMemory(created.bytes.get()));
                ACCOUNTS.put(wasm, created);
                a = created;
            }
            return a;
        }
    }

    private static final java.lang.ref.Cleaner RELEASER = java.lang.ref.Cleaner.create();
    private static final long PAGE = 65536;
    /** V8's largest memory: 65536 pages (4 GiB). */
    private static final double MAX_PAGES = 65536;

    /**
     * Reserves the bytes {@code new WebAssembly.Memory} with these (converted) descriptor values will allocate:
     * the bytes reserved (0 when the engine will refuse the descriptor itself, so nothing is charged), or -1 when
     * the page's budget cannot take them (a {@code [harness]} line says so; the shim throws V8's RangeError).
     */
    public static long reserveNew(Agent agent, double initial, double maximum, boolean shared) {
        double pages = shared ? maximum : initial;
        if (!(pages >= 0 && pages <= MAX_PAGES) || (maximum >= 0 && maximum < initial)) return 0;
        return reserve(agent, (long) pages * PAGE, "new WebAssembly.Memory(" + (long) pages + " pages)");
    }

    /**
     * As {@link #reserveNew}, for {@code memory.grow(delta)} of a memory that is not shared (a shared one holds its
     * maximum): the bytes go to the memory's account at once (so the grow callback, which runs during the grow, finds
     * them counted); {@link #releaseGrow} takes them back if the engine then refuses.
     */
    public static long reserveGrow(Agent agent, Value memory, double delta) {
        if (!(delta > 0 && delta <= MAX_PAGES)) return 0;
        Object wasm = wasmMemory(memory);
        try {
            if (wasm == null || (boolean) I.isShared.invoke(wasm)) return 0;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Browser Harness: reading a WebAssembly.Memory failed", e);
        }
        long bytes = reserve(agent, (long) delta * PAGE, "WebAssembly.Memory.grow(" + (long) delta + " pages)");
        if (bytes > 0) account(wasm, agent.page()).bytes.addAndGet(bytes);
        return bytes;
    }

    /** Gives back what {@link #reserveGrow} reserved for a grow the engine refused. */
    public static void releaseGrow(Agent agent, Value memory, long bytes) {
        if (bytes <= 0) return;
        account(wasmMemory(memory), agent.page()).bytes.addAndGet(-bytes);
        agent.page().releaseMemory(bytes);
    }

    /**
     * Reserves what instantiating {@code module} (a JS {@code WebAssembly.Module}) allocates for the memories it
     * defines (not those it imports): each at its initial size, a shared one at its maximum. As {@link #reserveNew}:
     * the bytes, 0 (nothing to allocate, or not a module: the engine's own error follows), or -1 over the budget.
     */
    public static long reserveInstance(Agent agent, Value module) {
        long pages = 0;
        try {
            Object receiver = I.receiver.get(module);
            if (!I.moduleObject.isInstance(receiver)) return 0;
            Object wasmModule = I.getWasmModule.invoke(receiver);
            for (int i = 0, n = (int) I.memoryCount.invoke(wasmModule); i < n; i++) pages += definedPages(wasmModule, i);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Browser Harness: reading a WebAssembly.Module's memories failed", e);
        }
        if (pages == 0) return 0;
        return reserve(agent, pages * PAGE, "WebAssembly.Instance (" + pages + " pages of memory its module defines)");
    }

    /** The pages instantiation allocates for memory {@code i} of a module: 0 for an imported one. */
    private static long definedPages(Object wasmModule, int i) throws ReflectiveOperationException {
        if (I.importedMemory.invoke(wasmModule, i) != null) return 0;
        return (boolean) I.memoryIsShared.invoke(wasmModule, i) ? (long) I.memoryMaximumSize.invoke(wasmModule, i)
                : (long) I.memoryInitialSize.invoke(wasmModule, i);
    }

    /** Ties what {@link #reserveInstance} reserved to the memories {@code instance} (a JS WebAssembly.Instance) defines. */
    public static void chargeInstance(Agent agent, Value instance, long bytes) {
        if (bytes <= 0) return;
        try {
            Object receiver = I.receiver.get(instance);
            if (!I.instanceObject.isInstance(receiver)) {
                agent.page().releaseMemory(bytes);
                return;
            }
            Object wasmInstance = I.getWasmInstance.invoke(receiver);
            Object wasmModule = I.instanceModule.invoke(wasmInstance);
            long left = bytes;
            for (int i = 0, n = (int) I.memoryCount.invoke(wasmModule); i < n && left > 0; i++) {
                long b = Math.min(left, definedPages(wasmModule, i) * PAGE);
                if (b == 0) continue;
                left -= b;
                Account a = account(I.instanceMemory.invoke(wasmInstance, i), agent.page());
                // a start function that grew the memory had the grow callback charge all of it already
                if (a.bytes.get() > 0) agent.page().releaseMemory(b);
                else a.bytes.addAndGet(b);
            }
            if (left > 0) agent.page().releaseMemory(left);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Browser Harness: reading a WebAssembly.Instance's memories failed", e);
        }
    }

    private static long reserve(Agent agent, long bytes, String what) {
        dev.browserharness.agent.PageRuntime page = agent.page();
        if (bytes == 0) return 0;
        if (page.tryReserveMemory(bytes) || SharedMemory.reserveAfterCollecting(page, bytes)) return bytes;
        agent.diagnostic(what + ": the page already holds " + dev.browserharness.agent.Limits.describeBytes(page.memoryInUse())
                + " of its " + dev.browserharness.agent.Limits.describeBytes(page.limits().maxMemoryBytes())
                + " off-heap budget (ContextOptions.maxMemoryBytes, --max-memory)");
        return -1;
    }

    /** Whether {@code value} is a JS {@code WebAssembly.Memory}. */
    public static boolean isMemory(Value value) {
        return wasmMemory(value) != null;
    }

    /** Gives back bytes reserved for an allocation the engine then refused. */
    public static void release(Agent agent, long bytes) {
        if (bytes > 0) agent.page().releaseMemory(bytes);
    }

    /** Ties bytes reserved for {@code memory} to its wasm memory: the page gets them back when that is collected. */
    public static void charge(Agent agent, Value memory, long bytes) {
        if (bytes <= 0) return;
        Object wasm = wasmMemory(memory);
        dev.browserharness.agent.PageRuntime page = agent.page();
        if (wasm == null) {
            page.releaseMemory(bytes);
            return;
        }
        account(wasm, page).bytes.addAndGet(bytes);
    }

    /**
     * After any growth of a wasm memory of this agent (GraalWasm's grow callback, also for the {@code memory.grow}
     * instruction): GraalJS's own callback first (it renews the Memory's buffer), then the bytes the memory now
     * holds beyond its account are charged to the page. They are already allocated, so they are charged even over
     * the budget; a {@code [harness]} line says so, and the page's next allocation is refused.
     */
    private static Object grown(Agent agent, Object original, Value... args) {
        try {
            Object wasm = I.receiver.get(args[0]);
            if (original != null) I.interopExecute.invoke(I.interop, original, new Object[] {wasm});
            if ((boolean) I.isShared.invoke(wasm)) return null; // allocated at its maximum, charged then
            long now = (long) I.memoryPages.invoke(wasm) * PAGE;
            dev.browserharness.agent.PageRuntime page = agent.page();
            Account a = account(wasm, page);
            long more = now - a.bytes.get();
            if (more > 0) {
                a.bytes.addAndGet(more);
                if (!page.tryReserveMemory(more)) {
                    page.chargeMemory(more);
                    agent.diagnostic("memory.grow: the wasm memory grew to " + dev.browserharness.agent.Limits.describeBytes(now)
                            + "; the page now holds " + dev.browserharness.agent.Limits.describeBytes(page.memoryInUse()) + " of its "
                            + dev.browserharness.agent.Limits.describeBytes(page.limits().maxMemoryBytes())
                            + " off-heap budget (ContextOptions.maxMemoryBytes, --max-memory): its next allocation is refused");
                }
            }
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Browser Harness: accounting a wasm memory's growth failed", e);
        }
    }

    /** The wasm memory behind a JS {@code WebAssembly.Memory}, or null if {@code memory} is not one. */
    private static Object wasmMemory(Value memory) {
        try {
            Object receiver = I.receiver.get(memory);
            return I.memoryObject.isInstance(receiver) ? I.getWasmMemory.invoke(receiver) : null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Browser Harness: reading a WebAssembly.Memory failed", e);
        }
    }

    /** The wasm memory behind a JS {@code WebAssembly.Memory}, or null if {@code memory} is not a shared one. */
    private static Object sharedWasmMemory(Value memory) {
        try {
            Object wasm = wasmMemory(memory);
            if (wasm == null || !I.unsafeMemory.isInstance(wasm) || !(boolean) I.isShared.invoke(wasm)) return null;
            return wasm;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Browser Harness: reading a WebAssembly.Memory failed", e);
        }
    }

    /**
     * The SharedMemory that backs JS Atomics on a shared {@code WebAssembly.Memory}'s buffers (its full-capacity
     * direct buffer, which never moves), or null if {@code memory} is not a shared WebAssembly.Memory.
     */
    public static SharedMemory sharedMemoryOf(Value memory) {
        Object wasm = sharedWasmMemory(memory);
        return wasm == null ? null : sharedMemoryOfWasm(wasm);
    }

    private static synchronized SharedMemory sharedMemoryOfWasm(Object wasm) {
        SharedMemory m = SHARED.get(wasm);
        if (m == null) {
            try {
                ByteBuffer memory = ((ByteBuffer) I.unsafeBuffer.get(wasm)).duplicate().clear().order(ByteOrder.nativeOrder());
                m = new SharedMemory(memory, new AtomicInteger(memory.capacity()), -1);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            SHARED.put(wasm, m);
        }
        return m;
    }

    /** What postMessage carries for a shared WebAssembly.Memory (or null if it is not one), on the sender's thread. */
    public static Handle handleOf(Value memory) {
        Object wasm = sharedWasmMemory(memory);
        return wasm == null ? null : new Handle(wasm, sharedMemoryOfWasm(wasm));
    }

    /**
     * This agent's {@code WebAssembly.Memory} on the memory of {@code handle}; runs on the receiving agent's thread
     * with its context entered (called from its shims). Under a global lock: GraalJS keeps the per-agent wrappers in
     * a map on the wasm memory that is not thread-safe.
     */
    public static Object memoryFor(Handle handle) {
        synchronized (WasmMemories.class) {
            try {
                Object realm = I.realm();
                return I.createMemory.invoke(null, I.realmContext.invoke(realm), realm, handle.wasmMemory, true);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Browser Harness: creating a WebAssembly.Memory for a posted memory failed", e);
            }
        }
    }

    /**
     * Another WebAssembly.Memory of this agent on the memory of {@code handle} (Chromium makes a new Memory object
     * each time one is deserialized). GraalJS renews the buffer of only its one wrapper per agent when the memory
     * grows; the shim renews this one's with {@link #resetBuffer} when it sees the lengths differ.
     */
    public static Object anotherMemoryFor(Handle handle) {
        try {
            Object realm = I.realm();
            Object proto = I.memoryPrototype.invoke(I.memoryBuiltin, realm);
            return I.createMemoryImpl.invoke(null, I.realmContext.invoke(realm), realm, proto, handle.wasmMemory, true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Browser Harness: creating a WebAssembly.Memory for a posted memory failed", e);
        }
    }

    /** Makes {@code memory}'s next {@code buffer} a new SharedArrayBuffer of the memory's current length. */
    public static void resetBuffer(Value memory) {
        try {
            I.resetBufferObject.invoke(I.receiver.get(memory));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Browser Harness: renewing a WebAssembly.Memory's buffer failed", e);
        }
    }

    /**
     * Routes this agent's wasm {@code memory.atomic.wait32/wait64/notify} to the same Java waiter lists as JS
     * Atomics (GraalJS's own callbacks keep one list per agent's buffer object and key wasm addresses differently
     * from JS, so they never meet across agents). On the agent's thread, its context entered, once, at start-up.
     */
    public static void installCallbacks(Agent agent) {
        Context context = agent.context();
        context.initialize("wasm");
        Value wait = context.asValue((ProxyExecutable) args -> wasmWait(agent, args));
        Value notify = context.asValue((ProxyExecutable) WasmMemories::wasmNotify);
        try {
            Object wasmContext = I.wasmContextGet.invoke(null, (Object) null);
            I.setWait.invoke(wasmContext, I.receiver.get(wait));
            I.setNotify.invoke(wasmContext, I.receiver.get(notify));
            Object original = I.getGrow.invoke(wasmContext);
            Value grow = context.asValue((ProxyExecutable) args -> grown(agent, original, args));
            I.setGrow.invoke(wasmContext, I.receiver.get(grow));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Browser Harness: installing the wasm wait/notify/grow callbacks failed", e);
        }
    }

    private static SharedMemory sharedOfCallbackArgument(Value memory) {
        try {
            Object wasm = I.receiver.get(memory);
            if (!I.unsafeMemory.isInstance(wasm)) throw new IllegalStateException("not a shared wasm memory: " + wasm);
            return sharedMemoryOfWasm(wasm);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** (memory, byte address, expected, timeout in ns (negative: forever), is64) -> 0 ok, 1 not-equal, 2 timed-out. */
    private static Object wasmWait(Agent agent, Value... args) {
        if (agent.kind() == Agent.Kind.WINDOW) {
            throw new IllegalStateException("Atomics.wait cannot be called in this context");
        }
        SharedMemory m = sharedOfCallbackArgument(args[0]);
        long timeoutNs = args[3].asLong();
        double ms = timeoutNs < 0 ? Double.POSITIVE_INFINITY : timeoutNs / 1e6;
        String r = m.await(agent, args[4].asBoolean(), (int) args[1].asLong(), args[2].asLong(), ms);
        return switch (r) {
            case "ok" -> 0;
            case "not-equal" -> 1;
            default -> 2;
        };
    }

    /** (memory, byte address, count) -> how many waiters were woken. */
    private static Object wasmNotify(Value... args) {
        SharedMemory m = sharedOfCallbackArgument(args[0]);
        return m.notify((int) args[1].asLong(), Integer.toUnsignedLong((int) args[2].asLong()));
    }
}
