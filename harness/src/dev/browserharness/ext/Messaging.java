package dev.browserharness.ext;

import dev.browserharness.agent.Agent;
import java.nio.ByteBuffer;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * The Java backing of messaging.js: turns the out-of-band references of a serialized message into Java objects
 * on the sender's thread, and hands a message to the JS port object on the receiver's thread.
 */
public final class Messaging {
    private Messaging() {}

    /**
     * Builds a {@link Message} from what {@code $.serialize} produced, on the sender's thread. {@code refs} holds
     * host objects only: ByteBuffer (an ArrayBuffer's copied bytes), SharedMemory, WasmMemories.Handle (a shared
     * WebAssembly.Memory or its buffer), WasmModules.Handle, MessagePortEndpoint, BlobData. A transferred port
     * leaves its agent here: the messages queued for it wait in it for the receiver.
     */
    public static Message message(String data, String kinds, Value refs) {
        if (refs == null || refs.isNull() || refs.getArraySize() == 0) return new Message(data, kinds, Message.NO_REFS);
        Object[] out = new Object[(int) refs.getArraySize()];
        for (int i = 0; i < out.length; i++) {
            out[i] = refs.getArrayElement(i).asHostObject();
            if (out[i] instanceof MessagePortEndpoint port) port.leave(); // transferred: it travels with the message
        }
        return new Message(data, kinds, out);
    }

    /**
     * A port message from {@code sender}: as {@link #message(String, String, Value)}, marked with the sender's agent
     * cluster when it carries what cannot leave that cluster (shared memory, a wasm module).
     */
    public static Message message(Agent sender, String data, String kinds, Value refs) {
        Message m = message(data, kinds, refs);
        for (Object ref : m.refs()) {
            if (ref instanceof SharedMemory || ref instanceof WasmMemories.Handle || ref instanceof WasmModules.Handle) {
                return new Message(m.data(), m.kinds(), m.refs(), sender.agentCluster());
            }
        }
        return m;
    }

    /**
     * Runs on {@code owner}'s thread: moves transferred ports to it, then calls {@code $.deliverMessage}. A message
     * whose shared memory or module comes from another agent cluster (a window and a shared worker) cannot be
     * deserialized there: a {@code messageerror}, its ports closed, as in Chromium.
     */
    static void deliver(Agent owner, MessagePortEndpoint target, Message message) {
        boolean foreign = message.cluster() != null && message.cluster() != owner.agentCluster();
        for (Object ref : message.refs()) {
            if (ref instanceof MessagePortEndpoint port) {
                port.adopt(owner);
                if (foreign) port.close();
            }
        }
        if (foreign) {
            owner.internal("deliverMessageError").execute(target.id);
            return;
        }
        owner.internal("deliverMessage").execute(target.id, message.data(), message.kinds(), refsForJs(message));
    }

    /** A message's references as $.deliverMessage / $.deliverBroadcast take them (null: none). */
    static Object refsForJs(Message message) {
        return message.refs().length == 0 ? null : ProxyArray.fromArray(message.refs());
    }

    /**
     * For structured clone, which refuses a Proxy before touching it (no trap runs), as V8 does: null when
     * {@code value} is not a Proxy, else the class of its target ("Object", "Array", "Date", ...), or "null" when the
     * proxy is revoked — what V8 prints in its "could not be cloned" message is made from that.
     */
    public static String proxyClass(Value value) {
        Object target = targetOf(value);
        if (target == NOT_A_PROXY) return null;
        try {
            return target == null ? "null" : GraalInternals.I.getClassName.invoke(target).toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Browser Harness: reading a Proxy failed", e);
        }
    }

    /** The target of a Proxy (null if {@code value} is not one or is revoked): V8 names a callable one by its target. */
    public static Object proxyTarget(Value value) {
        Object target = targetOf(value);
        return target == NOT_A_PROXY ? null : target;
    }

    private static final Object NOT_A_PROXY = new Object();

    /** The target of {@code value} if it is a Proxy (null once revoked), else NOT_A_PROXY. */
    private static Object targetOf(Value value) {
        GraalInternals i = GraalInternals.I;
        try {
            Object o = i.receiver.get(value);
            if (!i.proxyObject.isInstance(o)) return NOT_A_PROXY;
            Object target = i.getProxyTarget.invoke(o);
            return i.dynamicObject.isInstance(target) ? target : null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Browser Harness: reading a Proxy failed", e);
        }
    }

    /**
     * Whether {@code e}, caught by guest code, is a StackOverflowError raised in host code: where the stack runs out
     * inside a host call, GraalJS throws the host's own error (a {@code HostContext$1}), not a RangeError.
     */
    public static boolean isStackOverflow(Value e) {
        return e != null && e.isHostObject() && e.asHostObject() instanceof StackOverflowError;
    }

    /** A direct buffer of {@code n} bytes that JS fills with an ArrayBuffer's contents. */
    public static ByteBuffer allocate(int n) {
        return ByteBuffer.allocateDirect(n);
    }
}
