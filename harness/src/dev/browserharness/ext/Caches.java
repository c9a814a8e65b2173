package dev.browserharness.ext;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;

/**
 * The Java backing of cache.js: the Cache API's storage, in memory, per origin, for the browser's lifetime (one
 * field of the browser, to hang on the BrowserContext). Every agent of an origin — windows, workers, service
 * workers — sees the same caches. Matching (ignoreSearch/ignoreMethod/ignoreVary) is done by cache.js on
 * {@link Store#entries()}; a store changes atomically under its lock.
 */
public final class Caches {
    private static final AtomicLong IDS = new AtomicLong();

    /** origin → cache name → store, names in creation order. */
    private final Map<String, LinkedHashMap<String, Store>> byOrigin = new ConcurrentHashMap<>();

    private LinkedHashMap<String, Store> of(String origin) {
        return byOrigin.computeIfAbsent(origin, o -> new LinkedHashMap<>());
    }

    /** caches.open(name): the store, created if missing. */
    public Store open(String origin, String name) {
        LinkedHashMap<String, Store> m = of(origin);
        synchronized (m) {
            return m.computeIfAbsent(name, n -> new Store());
        }
    }

    /** The store named {@code name}, or null. */
    public Store get(String origin, String name) {
        LinkedHashMap<String, Store> m = of(origin);
        synchronized (m) {
            return m.get(name);
        }
    }

    public boolean delete(String origin, String name) {
        LinkedHashMap<String, Store> m = of(origin);
        synchronized (m) {
            return m.remove(name) != null;
        }
    }

    public String[] names(String origin) {
        LinkedHashMap<String, Store> m = of(origin);
        synchronized (m) {
            return m.keySet().toArray(new String[0]);
        }
    }

    /** One request/response pair. Bytes are immutable once stored. */
    public static final class Entry {
        @HostAccess.Export public final double id = IDS.incrementAndGet();
        @HostAccess.Export public final String method;
        @HostAccess.Export public final String url;
        @HostAccess.Export public final ProxyArray requestHeaders;
        @HostAccess.Export public final int status;
        @HostAccess.Export public final String statusText;
        @HostAccess.Export public final ProxyArray responseHeaders;
        private final byte[] body; // null: a null body
        @HostAccess.Export public final String responseURL;
        @HostAccess.Export public final String type;

        Entry(String method, String url, List<String[]> requestHeaders, int status, String statusText, List<String[]> responseHeaders,
                byte[] body, String responseURL, String type) {
            this.method = method;
            this.url = url;
            this.requestHeaders = pairs(requestHeaders);
            this.status = status;
            this.statusText = statusText;
            this.responseHeaders = pairs(responseHeaders);
            this.body = body;
            this.responseURL = responseURL;
            this.type = type;
        }

        /** A fresh copy of the body for one Response (null for a null body). */
        @HostAccess.Export
        public ByteBuffer body() {
            return body == null ? null : ByteBuffer.allocateDirect(body.length).put(body).flip();
        }

        private static ProxyArray pairs(List<String[]> list) {
            Object[] out = new Object[list.size()];
            for (int i = 0; i < out.length; i++) out[i] = ProxyArray.fromArray((Object[]) list.get(i));
            return ProxyArray.fromArray(out);
        }
    }

    /** One named cache: its entries in insertion order. */
    public static final class Store {
        private final List<Entry> entries = new ArrayList<>();

        @HostAccess.Export
        public synchronized Object entries() {
            return ProxyArray.fromArray(entries.toArray());
        }

        /** Removes the entries with the given ids, then appends {@code added} (any number of entries), atomically. */
        @HostAccess.Export
        public synchronized boolean replace(Value removeIds, Value added) {
            boolean removed = false;
            for (long i = 0; i < removeIds.getArraySize(); i++) {
                double id = removeIds.getArrayElement(i).asDouble();
                removed |= entries.removeIf(e -> e.id == id);
            }
            for (long i = 0; added != null && i < added.getArraySize(); i++) entries.add(added.getArrayElement(i).asHostObject());
            return removed;
        }
    }

    /** An entry from what cache.js took out of a Request and a Response. */
    public static Entry entry(String method, String url, Value requestHeaders, int status, String statusText, Value responseHeaders,
            Value body, String responseURL, String type) {
        return new Entry(method, url, list(requestHeaders), status, statusText, list(responseHeaders), bytes(body), responseURL, type);
    }

    private static List<String[]> list(Value pairs) {
        List<String[]> out = new ArrayList<>();
        for (long i = 0; i < pairs.getArraySize(); i++) {
            Value p = pairs.getArrayElement(i);
            out.add(new String[] {p.getArrayElement(0).asString(), p.getArrayElement(1).asString()});
        }
        return out;
    }

    private static byte[] bytes(Value u8) {
        if (u8 == null || u8.isNull()) return null;
        int n = u8.getMember("byteLength").asInt();
        byte[] out = new byte[n];
        if (n > 0) u8.getMember("buffer").readBuffer(u8.getMember("byteOffset").asInt(), out, 0, n);
        return out;
    }
}
