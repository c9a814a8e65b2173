package dev.browserharness.net;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** blob: URLs of the whole browser, so that any agent can fetch (or start a worker from) a URL another made. */
public final class BlobStore {
    private record Entry(byte[] bytes, String type) {}

    private final ConcurrentHashMap<String, Entry> urls = new ConcurrentHashMap<>();

    public String register(String origin, byte[] bytes, String type) {
        String url = "blob:" + origin + "/" + UUID.randomUUID();
        urls.put(url, new Entry(bytes, type == null ? "" : type));
        return url;
    }

    public void revoke(String url) {
        urls.remove(url);
    }

    NetResponse fetch(NetRequest req) throws NetworkException {
        String url = req.url();
        int hash = url.indexOf('#');
        Entry e = urls.get(hash >= 0 ? url.substring(0, hash) : url);
        if (e == null || !req.method().equals("GET")) throw new NetworkException("blob URL not found or revoked: " + url);
        List<String[]> headers = new ArrayList<>();
        headers.add(new String[] {"content-type", e.type});
        headers.add(new String[] {"content-length", Integer.toString(e.bytes.length)});
        return new NetResponse(url, 200, "OK", headers, e.bytes);
    }
}
