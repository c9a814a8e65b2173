package dev.browserharness.ext;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.atomic.AtomicInteger;
import org.graalvm.polyglot.Value;

/**
 * Every agent's SharedArrayBuffer object on one {@link SharedMemory} is GraalJS's own SharedArrayBuffer, built over
 * the same memory and the same length counter. GraalJS keeps a SharedArrayBuffer's length in an
 * {@code AtomicInteger} that its {@code grow()} moves with a compare-and-set and that its typed arrays read, so a
 * buffer grown in one agent is grown in all of them, length-tracking views included — the way V8 shares one
 * backing store between isolates.
 *
 * <p>There is no public API for building one over given memory, so this reaches into GraalJS 25.0.2 by reflection:
 * {@code JSSharedArrayBuffer.createSharedArrayBuffer(JSContext, JSRealm, ByteBuffer, AtomicInteger, int)} on the
 * agent's thread with its context entered (the shims call us), and {@code JSArrayBufferObject.Shared}'s
 * {@code getByteBuffer()}, {@code getByteLengthObject()}, {@code getMaxByteLength()} to adopt a buffer GraalJS made
 * itself (looked up, and checked at start-up, in {@link GraalInternals}).
 */
public final class SharedBuffers {
    private SharedBuffers() {}

    private static final GraalInternals I = GraalInternals.I;

    /** This agent's SharedArrayBuffer object on {@code memory}; on the agent's thread, its context entered. */
    public static Object create(SharedMemory memory) {
        try {
            Object realm = I.realm();
            return I.createSharedBuffer.invoke(null, I.realmContext.invoke(realm), realm, memory.buffer(), memory.length(), memory.maxByteLength());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Browser Harness: creating a SharedArrayBuffer failed", e);
        }
    }

    /**
     * A SharedMemory over a SharedArrayBuffer that GraalJS allocated itself (e.g. {@code slice()} reaching the
     * intrinsic constructor), or null if {@code buffer} is not a SharedArrayBuffer.
     */
    public static SharedMemory adopt(Value buffer) {
        try {
            Object b = I.receiver.get(buffer);
            if (!I.sharedBuffer.isInstance(b)) return null;
            ByteBuffer memory = ((ByteBuffer) I.getByteBuffer.invoke(b)).duplicate().clear().order(ByteOrder.nativeOrder());
            int max = (boolean) I.isFixedLength.invoke(b) ? -1 : (int) I.getMaxByteLength.invoke(b);
            return new SharedMemory(memory, (AtomicInteger) I.getByteLengthObject.invoke(b), max);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Browser Harness: reading a SharedArrayBuffer failed", e);
        }
    }
}
