package dev.browserharness.ext;

import dev.browserharness.agent.Agent;
import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.graalvm.polyglot.HostAccess;

/**
 * The Java side of one MessagePort (explicit, or the implicit port of a Worker and of its global scope).
 * Two endpoints are entangled; posting on one adds the message to the other's port message queue (HTML), which
 * belongs to the endpoint, not to an agent: a message leaves it only when a task on the current owner's loop
 * dispatches it. So the messages still queued when a port is transferred move with it, in order, to its next
 * owner; nothing is delivered while it is unstarted (HTML "port message queue" disabled) or in transit.
 */
public final class MessagePortEndpoint {
    private static final AtomicInteger IDS = new AtomicInteger();

    @HostAccess.Export public final int id = IDS.incrementAndGet();
    private MessagePortEndpoint peer;
    private Agent owner; // null while the port travels in a message
    private boolean started;
    private boolean closed;
    private final ArrayDeque<Message> queue = new ArrayDeque<>();
    private int epoch; // see enqueue
    private int backlog; // queued messages the backlog task has still to dispatch

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
     * Dispatch: a message leaves the queue only in a task on the owner's loop, and only if the port is still in
     * the ownership it had when the task was posted (its epoch: every start, transfer or move starts a new one);
     * a task of an older epoch does nothing, so the message stays for the port's next owner. While started, each
     * arriving message gets a task of its own (messages interleave with other tasks in the order they were
     * posted). The messages already waiting when the port starts (its backlog) are dispatched by one task that
     * takes one and re-posts itself while backlog is left: a port that moves on with a long queue leaves one
     * stale task behind, not one per message. Each task takes the oldest message, so the order is kept whichever
     * task runs first. Posting to the loop happens under this endpoint's lock (lock order endpoint → event loop;
     * a loop never calls out while holding its own lock).
     */
    private void enqueue(Message message) {
        synchronized (this) {
            if (closed) return;
            queue.add(message);
            if (!started || owner == null) return;
            Agent o = owner;
            int e = epoch;
            if (o.loop().post(() -> dispatch(o, e, false))) return;
        }
        close();
    }

    /** A dispatch task on {@code o}'s thread (see above); {@code backlogTask}: the one draining the backlog. */
    private void dispatch(Agent o, int e, boolean backlogTask) {
        Message m;
        synchronized (this) {
            if (epoch != e || closed) return;
            if (backlogTask && --backlog > 0) o.loop().post(() -> dispatch(o, e, true));
            m = queue.poll();
        }
        if (m != null) Messaging.deliver(o, this, m);
    }

    /** Enables delivery (port.start(), setting onmessage, or a worker script having run). */
    public synchronized void start() {
        if (started || closed || owner == null) {
            started = true;
            return;
        }
        started = true;
        int e = ++epoch;
        Agent o = owner;
        backlog = queue.size();
        if (backlog > 0) o.loop().post(() -> dispatch(o, e, true));
    }

    /**
     * The port was put in a message (on the sender's thread, before anything else runs there): until the
     * message is delivered it belongs to no agent, and the dispatch tasks already queued at its old owner do
     * nothing.
     */
    synchronized void leave() {
        owner = null;
        started = false;
        epoch++;
    }

    /** Moves the port to another agent (it was transferred in a message); it starts again unstarted. */
    public synchronized void adopt(Agent newOwner) {
        owner = newOwner;
        started = false;
        epoch++;
    }

    /**
     * The port moved to a new MessagePort object in the same agent (structuredClone with transfer): like any
     * transferred port, it holds its messages until started again.
     */
    @HostAccess.Export
    public synchronized void unstart() {
        started = false;
        epoch++;
    }

    /** Detaches this port from its peer: the peer's later messages go nowhere, the queued ones are dropped. */
    public void close() {
        MessagePortEndpoint p;
        synchronized (this) {
            if (closed) return;
            closed = true;
            queue.clear();
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
