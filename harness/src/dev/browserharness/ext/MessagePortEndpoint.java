package dev.browserharness.ext;

import dev.browserharness.agent.Agent;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.graalvm.polyglot.HostAccess;

/**
 * The Java side of one MessagePort (explicit, or the implicit port of a Worker and of its global scope).
 * Two endpoints are entangled; posting on one queues a task on the agent that owns the other. Messages wait
 * in the endpoint until its port is started (HTML "port message queue" enabled) and has an owner.
 */
public final class MessagePortEndpoint {
    private static final AtomicInteger IDS = new AtomicInteger();

    @HostAccess.Export public final int id = IDS.incrementAndGet();
    private MessagePortEndpoint peer;
    private Agent owner;
    private boolean started;
    private boolean closed;
    private final ArrayDeque<Message> pending = new ArrayDeque<>();

    /** Creates an entangled pair, both owned by {@code owner}. */
    public static MessagePortEndpoint[] pair(Agent owner) {
        MessagePortEndpoint a = new MessagePortEndpoint();
        MessagePortEndpoint b = new MessagePortEndpoint();
        a.peer = b;
        b.peer = a;
        a.owner = b.owner = owner;
        return new MessagePortEndpoint[] {a, b};
    }

    /** Sends to the entangled port. Lock order: never hold two endpoint locks at once. */
    public void post(Message message) {
        MessagePortEndpoint p;
        synchronized (this) {
            if (closed) return;
            p = peer;
        }
        if (p != null) p.enqueue(message);
    }

    /*
     * Posting to the owner's loop happens under this endpoint's lock, in enqueue as in start's flush: otherwise
     * a message posted while start() flushes the queued ones could overtake them (seen: a worker that got its
     * data before the message announcing it). Lock order is endpoint → event loop; a loop never calls out while
     * holding its own lock.
     */
    private void enqueue(Message message) {
        synchronized (this) {
            if (closed) return;
            if (!started || owner == null) {
                pending.add(message);
                return;
            }
            Agent o = owner;
            if (o.loop().post(() -> Messaging.deliver(o, this, message))) return;
        }
        close();
    }

    /** Enables delivery (port.start(), setting onmessage, or a worker script having run). */
    public synchronized void start() {
        if (started || closed || owner == null) {
            started = true;
            return;
        }
        started = true;
        Agent o = owner;
        for (Message m : pending) o.loop().post(() -> Messaging.deliver(o, this, m));
        pending.clear();
    }

    /** Moves the port to another agent (it was transferred in a message); it starts again unstarted. */
    public synchronized void adopt(Agent newOwner) {
        owner = newOwner;
        started = false;
    }

    /**
     * The port moved to a new MessagePort object in the same agent (structuredClone with transfer): like any
     * transferred port, it holds its messages until started again.
     */
    @HostAccess.Export
    public synchronized void unstart() {
        started = false;
    }

    /** Detaches this port from its peer: the peer's later messages go nowhere. */
    public void close() {
        MessagePortEndpoint p;
        synchronized (this) {
            if (closed) return;
            closed = true;
            pending.clear();
            p = peer;
            peer = null;
        }
        if (p != null) {
            synchronized (p) {
                p.peer = null;
            }
        }
    }


}
