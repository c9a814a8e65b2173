package dev.browserharness.net;

import java.util.List;

/**
 * A request as the network layer sees it: method, absolute URL, header pairs, body (null for none), and the
 * origin of the agent that made it ({@code null}: the embedder itself, e.g. a navigation from the Java API).
 */
public record NetRequest(String method, String url, List<String[]> headers, byte[] body, String origin) {
    public NetRequest(String method, String url, List<String[]> headers, byte[] body) {
        this(method, url, headers, body, null);
    }

    public static NetRequest get(String url) {
        return new NetRequest("GET", url, List.of(), null, null);
    }

    /** A GET made by an agent of {@code origin}. */
    public static NetRequest get(String url, String origin) {
        return new NetRequest("GET", url, List.of(), null, origin);
    }

    /** The origin ({@code scheme://host[:port]}) of a URL; a blob: URL's is its inner URL's; "null" if it has none. */
    public static String originOf(String url) {
        try {
            if (url.startsWith("blob:")) return originOf(url.substring(5));
            java.net.URI u = java.net.URI.create(url);
            if (u.getScheme() == null || u.getRawAuthority() == null) return "null";
            return u.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + u.getRawAuthority().toLowerCase(java.util.Locale.ROOT);
        } catch (RuntimeException e) {
            return "null";
        }
    }
}
