package dev.browserharness.net;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * blob: URLs of one BrowserContext. A URL belongs to the origin that made it (only agents of that origin can
 * fetch it, as in a browser) and to its owner (a page): closing or navigating the page revokes it.
 */
public final class BlobStore {
    private record Entry(byte[] bytes, String type, String origin, Object owner) {}

    private final ConcurrentHashMap<String, Entry> urls = new ConcurrentHashMap<>();

    public String register(String origin, Object owner, byte[] bytes, String type) {
        String url = "blob:" + origin + "/" + UUID.randomUUID();
        urls.put(url, new Entry(bytes, type == null ? "" : type, origin, owner));
        return url;
    }

    public void revoke(String url) {
        urls.remove(url);
    }

    /** Revokes every URL {@code owner} made. */
    public void revokeAll(Object owner) {
        urls.values().removeIf(e -> e.owner == owner);
    }

    NetResponse fetch(NetRequest req) throws NetworkException {
        String url = req.url();
        int hash = url.indexOf('#');
        Entry e = urls.get(hash >= 0 ? url.substring(0, hash) : url);
        if (e == null || !req.method().equals("GET")) throw new NetworkException("blob URL not found or revoked: " + url);
        if (req.origin() != null && !req.origin().equals(e.origin)) {
            throw new NetworkException("blob URL " + url + " belongs to " + e.origin + ", not to the requesting origin " + req.origin());
        }
        List<String[]> headers = new ArrayList<>();
        headers.add(new String[] {"content-type", e.type});
        headers.add(new String[] {"content-length", Integer.toString(e.bytes.length)});
        return new NetResponse(url, 200, "OK", headers, e.bytes);
    }
}
