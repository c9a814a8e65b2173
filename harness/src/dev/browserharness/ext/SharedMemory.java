package dev.browserharness.ext;

import dev.browserharness.agent.Agent;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The Java backing of one SharedArrayBuffer (atomics.js): off-heap memory mapped into every agent that holds the
 * buffer, its length (one counter that {@code grow()} in any agent moves), the atomic operations on it
 * (VarHandles, so they are atomic across threads), and the waiter lists of
 * {@code Atomics.wait}/{@code waitAsync}/{@code notify}. A waiting thread really parks.
 *
 * <p>Each agent sees the memory as GraalJS's own SharedArrayBuffer object built over {@link #buffer()} and
 * {@link #length()} ({@link SharedBuffers#create}), so a growable buffer grows for everyone at once. A growable
 * buffer's memory is allocated at its maximum length up front, as GraalJS does for its own (V8 only reserves
 * address space), so that it never moves.
 *
 * <p>Element kinds: 1 Int8, 2 Uint8, 3 Int16, 4 Uint16, 5 Int32, 6 Uint32, 7 BigInt64, 8 BigUint64.
 */
public final class SharedMemory {
    private static final VarHandle I16 = MethodHandles.byteBufferViewVarHandle(short[].class, ByteOrder.nativeOrder());
    private static final VarHandle I32 = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.nativeOrder());
    private static final VarHandle I64 = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private static final int ADD = 0, SUB = 1, AND = 2, OR = 3, XOR = 4, XCHG = 5, CMPXCHG = 6;

    private final ByteBuffer buffer;
    private final AtomicInteger length;
    private final int maxByteLength; // -1: not growable
    private final ReentrantLock lock = new ReentrantLock();
    private final HashMap<Integer, ArrayDeque<Waiter>> waiters = new HashMap<>();

    private static final class Waiter {
        final Thread thread;
        final Agent agent;
        final Value resolve; // waitAsync only (used on the agent's thread)
        final long timerId;
        volatile boolean notified;

        Waiter(Thread thread, Agent agent, Value resolve, long timerId) {
            this.thread = thread;
            this.agent = agent;
            this.resolve = resolve;
            this.timerId = timerId;
        }
    }

    /**
     * Over {@code memory} (its whole capacity), with the length counter {@code length} and {@code maxByteLength}
     * (-1: fixed length): new memory ({@link #allocate}), a buffer GraalJS made itself ({@link SharedBuffers#adopt}),
     * or a shared WebAssembly.Memory's full-capacity buffer ({@link WasmMemories}; there {@code length} is that
     * capacity: the Memory's JS buffers carry their own lengths).
     */
    SharedMemory(ByteBuffer memory, AtomicInteger length, int maxByteLength) {
        this.buffer = memory;
        this.length = length;
        this.maxByteLength = maxByteLength;
    }

    /**
     * New zeroed memory of {@code byteLength} bytes that can grow to {@code maxByteLength} (-1: fixed length), or
     * null when the JVM cannot allocate it (the shim throws V8's RangeError).
     */
    public static SharedMemory allocate(int byteLength, int maxByteLength) {
        ByteBuffer memory;
        try {
            memory = reserve(Math.max(byteLength, maxByteLength));
        } catch (OutOfMemoryError e) {
            return null;
        }
        return new SharedMemory(memory, new AtomicInteger(byteLength), maxByteLength);
    }

    /** Gives a page's off-heap budget back once no agent of any page holds the memory it paid for. */
    private static final java.lang.ref.Cleaner RELEASER = java.lang.ref.Cleaner.create();

    /**
     * {@link #allocate} for {@code new SharedArrayBuffer} in {@code agent}, within its page's limits: the largest
     * SharedArrayBuffer and the page's off-heap budget (charged until the memory is unreachable). Null (the shim
     * throws V8's RangeError) when over a limit — with a {@code [harness]} line naming it — or when the JVM cannot
     * allocate it.
     */
    public static SharedMemory allocateFor(Agent agent, int byteLength, int maxByteLength) {
        dev.browserharness.agent.PageRuntime page = agent.page();
        dev.browserharness.agent.Limits limits = page.limits();
        long size = Math.max(byteLength, maxByteLength);
        if (size > limits.maxSharedArrayBufferBytes()) {
            agent.diagnostic("new SharedArrayBuffer(" + size + "): larger than the page's limit of "
                    + dev.browserharness.agent.Limits.describeBytes(limits.maxSharedArrayBufferBytes())
                    + " (ContextOptions.maxSharedArrayBufferBytes, --max-shared-array-buffer)");
            return null;
        }
        if (!page.tryReserveMemory(size) && !reserveAfterCollecting(page, size)) {
            agent.diagnostic("new SharedArrayBuffer(" + size + "): the page already holds "
                    + dev.browserharness.agent.Limits.describeBytes(page.memoryInUse()) + " of its "
                    + dev.browserharness.agent.Limits.describeBytes(limits.maxMemoryBytes())
                    + " off-heap budget (ContextOptions.maxMemoryBytes, --max-memory)");
            return null;
        }
        SharedMemory m = allocate(byteLength, maxByteLength);
        if (m == null) {
            page.releaseMemory(size);
            agent.diagnostic("new SharedArrayBuffer(" + size + "): the JVM could not allocate it (direct memory)");
            return null;
        }
        RELEASER.register(m.buffer(), () -> page.releaseMemory(size)); // what every agent's buffer object holds
        return m;
    }

    /** As the JDK does for direct buffers: memory no longer held may just not have been collected yet. */
    static boolean reserveAfterCollecting(dev.browserharness.agent.PageRuntime page, long size) {
        System.gc();
        for (int i = 0; i < 20; i++) {
            if (page.tryReserveMemory(size)) return true;
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** The memory (its whole capacity), native byte order. */
    ByteBuffer buffer() {
        return buffer;
    }

    /** The current byte length, shared by every agent's SharedArrayBuffer object on this memory. */
    AtomicInteger length() {
        return length;
    }

    int maxByteLength() {
        return maxByteLength;
    }

    /** {@code capacity} zeroed bytes, 8-byte aligned (for the 64-bit atomics), native byte order. */
    private static ByteBuffer reserve(int capacity) {
        ByteBuffer b = ByteBuffer.allocateDirect(capacity);
        if (capacity > 0 && b.alignmentOffset(0, 8) != 0) {
            b = ByteBuffer.allocateDirect(capacity + 8).alignedSlice(8).limit(capacity).slice();
        }
        return b.order(ByteOrder.nativeOrder());
    }

    // ---- non-blocking operations ----------------------------------------------------------------

    @HostAccess.Export
    public double load(int kind, int index) {
        return switch (kind) {
            case 1, 2 -> (index & ~3) + 4 <= buffer.limit()
                    ? narrow(kind, (int) I32.getVolatile(buffer, index & ~3) >> ((index & 3) * 8))
                    : rmwNarrow(kind, index, OR, 0); // a byte of a last, partial word
            case 3, 4 -> narrow(kind, (short) I16.getVolatile(buffer, index));
            case 6 -> Integer.toUnsignedLong((int) I32.getVolatile(buffer, index));
            default -> (int) I32.getVolatile(buffer, index);
        };
    }

    @HostAccess.Export
    public void store(int kind, int index, int value) {
        switch (kind) {
            case 1, 2, 3, 4 -> rmwNarrow(kind, index, XCHG, value);
            default -> I32.setVolatile(buffer, index, value);
        }
    }

    /** A read-modify-write ({@code op}: 0 add, 1 sub, 2 and, 3 or, 4 xor, 5 exchange); returns the old value. */
    @HostAccess.Export
    public double rmw(int kind, int index, int op, int value) {
        if (kind <= 4) return rmwNarrow(kind, index, op, value);
        int old = switch (op) {
            case ADD -> (int) I32.getAndAdd(buffer, index, value);
            case SUB -> (int) I32.getAndAdd(buffer, index, -value);
            case AND -> (int) I32.getAndBitwiseAnd(buffer, index, value);
            case OR -> (int) I32.getAndBitwiseOr(buffer, index, value);
            case XOR -> (int) I32.getAndBitwiseXor(buffer, index, value);
            default -> (int) I32.getAndSet(buffer, index, value);
        };
        return kind == 6 ? Integer.toUnsignedLong(old) : old;
    }

    @HostAccess.Export
    public double compareExchange(int kind, int index, int expected, int replacement) {
        if (kind <= 4) return rmwNarrow(kind, index, CMPXCHG, replacement, expected);
        int old = (int) I32.compareAndExchange(buffer, index, expected, replacement);
        return kind == 6 ? Integer.toUnsignedLong(old) : old;
    }

    /** 64-bit operations take and return the two's-complement bits as a decimal string (BigInt on the JS side). */
    @HostAccess.Export
    public String load64(int index) {
        return Long.toString((long) I64.getVolatile(buffer, index));
    }

    @HostAccess.Export
    public void store64(int index, String value) {
        I64.setVolatile(buffer, index, Long.parseLong(value));
    }

    @HostAccess.Export
    public String rmw64(int index, int op, String value) {
        long v = Long.parseLong(value);
        long old = switch (op) {
            case ADD -> (long) I64.getAndAdd(buffer, index, v);
            case SUB -> (long) I64.getAndAdd(buffer, index, -v);
            case AND -> (long) I64.getAndBitwiseAnd(buffer, index, v);
            case OR -> (long) I64.getAndBitwiseOr(buffer, index, v);
            case XOR -> (long) I64.getAndBitwiseXor(buffer, index, v);
            default -> (long) I64.getAndSet(buffer, index, v);
        };
        return Long.toString(old);
    }

    @HostAccess.Export
    public String compareExchange64(int index, String expected, String replacement) {
        return Long.toString((long) I64.compareAndExchange(buffer, index, Long.parseLong(expected), Long.parseLong(replacement)));
    }

    private static int width(int kind) {
        return kind <= 2 ? 8 : 16;
    }

    private static double narrow(int kind, int bits) {
        return switch (kind) {
            case 1 -> (byte) bits;
            case 2 -> bits & 0xff;
            case 3 -> (short) bits;
            default -> bits & 0xffff;
        };
    }

    /** 8- and 16-bit read-modify-write as a CAS loop on the aligned 32-bit word that holds the element. */
    private double rmwNarrow(int kind, int index, int op, int value) {
        return rmwNarrow(kind, index, op, value, 0);
    }

    /** ... with {@code op} CMPXCHG: store {@code value} only if the element equals {@code expected}. */
    private double rmwNarrow(int kind, int index, int op, int value, int expected) {
        int bits = width(kind);
        int mask = (1 << bits) - 1;
        int word = index & ~3;
        if (word + 4 > buffer.limit()) return tailRmw(kind, index, op, value, expected, mask);
        int shift = (index & 3) * 8;
        while (true) {
            int w = (int) I32.getVolatile(buffer, word);
            int cur = (w >>> shift) & mask;
            int next = apply(op, cur, value, expected, mask);
            if (op == CMPXCHG && next == cur) return narrow(kind, cur);
            int nw = (w & ~(mask << shift)) | (next << shift);
            if (I32.compareAndSet(buffer, word, w, nw)) return narrow(kind, cur);
        }
    }

    private static int apply(int op, int cur, int value, int expected, int mask) {
        return switch (op) {
            case ADD -> cur + value;
            case SUB -> cur - value;
            case AND -> cur & value;
            case OR -> cur | value;
            case XOR -> cur ^ value;
            case CMPXCHG -> cur == (expected & mask) ? value : cur;
            default -> value;
        } & mask;
    }

    /**
     * An 8/16-bit element in a last, partial 32-bit word (a memory whose length is not a multiple of 4, as GraalJS
     * allocates them): no word CAS can reach it, so it is read and written under this memory's lock — every agent's
     * Atomics on this memory come here, so they stay atomic with each other.
     */
    private double tailRmw(int kind, int index, int op, int value, int expected, int mask) {
        lock.lock();
        try {
            VarHandle.fullFence();
            int cur = (kind <= 2 ? buffer.get(index) : buffer.getShort(index)) & mask;
            int next = apply(op, cur, value, expected, mask);
            if (kind <= 2) buffer.put(index, (byte) next);
            else buffer.putShort(index, (short) next);
            VarHandle.fullFence();
            return narrow(kind, cur);
        } finally {
            lock.unlock();
        }
    }

    // ---- wait / notify ---------------------------------------------------------------------------

    private boolean equalsExpected(boolean is64, int index, long expected) {
        return is64 ? (long) I64.getVolatile(buffer, index) == expected : (int) I32.getVolatile(buffer, index) == (int) expected;
    }

    /**
     * Atomics.wait: parks the calling agent's thread until notified or {@code timeoutMs} (Infinity = forever).
     * Returns "ok", "not-equal" or "timed-out". A terminated agent stops waiting at once.
     */
    public String await(Agent agent, boolean is64, int index, long expected, double timeoutMs) {
        Waiter w;
        lock.lock();
        try {
            if (!equalsExpected(is64, index, expected)) return "not-equal";
            w = new Waiter(Thread.currentThread(), agent, null, 0);
            waiters.computeIfAbsent(index, k -> new ArrayDeque<>()).add(w);
        } finally {
            lock.unlock();
        }
        Object before = agent.state();
        agent.setState(new Blocked(this, index, timeoutMs));
        try {
            long deadline = Double.isInfinite(timeoutMs) ? Long.MAX_VALUE : System.nanoTime() + (long) (timeoutMs * 1e6);
            while (!w.notified) {
                if (agent.isTerminated()) {
                    remove(index, w);
                    throw new IllegalStateException("worker terminated");
                }
                if (deadline == Long.MAX_VALUE) {
                    // Untimed: a timed park arms a kernel timer on every wait. notify unparks; terminate() sets
                    // isTerminated, then interrupts (the flag is cleared so that park cannot return at once forever).
                    LockSupport.park(this);
                    Thread.interrupted();
                    continue;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) break;
                LockSupport.parkNanos(this, left);
            }
        } finally {
            if (!agent.isTerminated()) agent.setState(before);
        }
        return w.notified || !remove(index, w) ? "ok" : "timed-out";
    }

    /** What a waiting agent is doing, for timeout reports; formatted only when a report is printed. */
    private record Blocked(SharedMemory memory, int index, double timeoutMs) {
        @Override
        public String toString() {
            return "blocked in Atomics.wait on a SharedArrayBuffer(" + memory.length.get() + ") at byte " + index
                    + (Double.isInfinite(timeoutMs) ? "" : " for up to " + timeoutMs + " ms");
        }
    }

    /**
     * Atomics.waitAsync: "not-equal", "timed-out" (zero timeout) or "async", in which case {@code resolve} is
     * called later on the agent's own thread with "ok" or "timed-out".
     */
    public String awaitAsync(Agent agent, boolean is64, int index, long expected, double timeoutMs, Value resolve, long timerId) {
        Waiter w;
        lock.lock();
        try {
            if (!equalsExpected(is64, index, expected)) return "not-equal";
            if (timeoutMs <= 0) return "timed-out";
            w = new Waiter(null, agent, resolve, timerId);
            waiters.computeIfAbsent(index, k -> new ArrayDeque<>()).add(w);
        } finally {
            lock.unlock();
        }
        if (!Double.isInfinite(timeoutMs)) {
            agent.loop().addTimer(timerId, timeoutMs, () -> {
                if (remove(index, w)) resolve.execute("timed-out");
            });
        }
        return "async";
    }

    private boolean remove(int index, Waiter w) {
        lock.lock();
        try {
            ArrayDeque<Waiter> q = waiters.get(index);
            boolean removed = q != null && q.remove(w);
            if (q != null && q.isEmpty()) waiters.remove(index);
            return removed;
        } finally {
            lock.unlock();
        }
    }

    /** Atomics.notify: wakes up to {@code count} waiters at {@code index} in FIFO order; returns how many. */
    @HostAccess.Export
    public int notify(int index, double count) {
        int woken = 0;
        ArrayDeque<Waiter> wake = new ArrayDeque<>();
        lock.lock();
        try {
            ArrayDeque<Waiter> q = waiters.get(index);
            while (q != null && !q.isEmpty() && woken < count) {
                Waiter w = q.poll();
                w.notified = true;
                wake.add(w);
                woken++;
            }
            if (q != null && q.isEmpty()) waiters.remove(index);
        } finally {
            lock.unlock();
        }
        for (Waiter w : wake) {
            if (w.thread != null) {
                LockSupport.unpark(w.thread);
            } else {
                w.agent.loop().clearTimer(w.timerId);
                w.agent.loop().post(() -> w.resolve.execute("ok"));
            }
        }
        return woken;
    }
}
