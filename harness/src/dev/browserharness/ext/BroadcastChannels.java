package dev.browserharness.ext;

import dev.browserharness.agent.Agent;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.graalvm.polyglot.HostAccess;

/**
 * The Java backing of BroadcastChannel (messaging.js): every open channel of a browser context, by (origin, name), in
 * creation order. A message goes to every other open channel with the same key as a task on its agent's loop
 * (HTML: destinations sorted by creation), each receiver getting its own copy of the message's bytes. Held by
 * the BrowserContext (channels do not cross contexts).
 */
public final class BroadcastChannels {
    private static final AtomicInteger IDS = new AtomicInteger();

    /** One BroadcastChannel object: what its JS object holds. */
    public static final class Subscription {
        @HostAccess.Export public final int id = IDS.incrementAndGet();
        final Agent agent;
        final String key;
        final String origin;
        volatile boolean closed;

        Subscription(Agent agent, String key, String origin) {
            this.agent = agent;
            this.key = key;
            this.origin = origin;
        }
    }

    private final Map<String, List<Subscription>> channels = new HashMap<>();

    public synchronized Subscription subscribe(Agent agent, String origin, String name) {
        String key = origin + "\n" + name;
        Subscription s = new Subscription(agent, key, origin);
        channels.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        return s;
    }

    public void close(Subscription s) {
        s.closed = true;
        synchronized (this) {
            List<Subscription> list = channels.get(s.key);
            if (list == null) return;
            list.remove(s);
            if (list.isEmpty()) channels.remove(s.key);
        }
    }

    /** Sends {@code message} from {@code from} to the other open channels of its key; agents that ended drop out. */
    public void post(Subscription from, Message message) {
        List<Subscription> targets;
        synchronized (this) {
            List<Subscription> list = channels.get(from.key);
            if (list == null) return;
            targets = List.copyOf(list);
        }
        for (Subscription t : targets) {
            if (t == from || t.closed) continue;
            Message copy = ownCopy(message);
            Agent a = t.agent;
            if (!a.loop().post(() -> {
                if (!t.closed) a.internal("deliverBroadcast").execute(t.id, copy.data(), copy.kinds(), Messaging.refsForJs(copy), from.origin);
            })) {
                close(t);
            }
        }
    }

    /** Each receiver materializes ArrayBuffers over the buffers it is given: it needs buffers of its own. */
    private static Message ownCopy(Message m) {
        Object[] refs = m.refs();
        Object[] copy = null;
        for (int i = 0; i < refs.length; i++) {
            if (refs[i] instanceof ByteBuffer b) {
                if (copy == null) copy = refs.clone();
                ByteBuffer c = ByteBuffer.allocateDirect(b.capacity());
                c.put(b.duplicate().clear()).clear();
                copy[i] = c;
            }
        }
        return copy == null ? m : new Message(m.data(), m.kinds(), copy);
    }
}
