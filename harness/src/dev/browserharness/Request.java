package dev.browserharness;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request a page made, as a route handler sees it: method, absolute URL, headers (lower-case names), body
 * ({@code null} for none), and the origin of the agent that made it ({@code null} for a navigation from Java).
 */
public record Request(String method, String url, Map<String, String> headers, byte[] body, String origin) {
    static Request of(dev.browserharness.net.NetRequest r) {
        Map<String, String> h = new LinkedHashMap<>();
        for (String[] pair : r.headers()) h.merge(pair[0].toLowerCase(Locale.ROOT), pair[1], (a, b) -> a + ", " + b);
        return new Request(r.method(), r.url(), Collections.unmodifiableMap(h), r.body(), r.origin());
    }

    /** The body as UTF-8 text ("" for none). */
    public String bodyText() {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }

    /** A header's value, or null; the name is case-insensitive. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return method + " " + url;
    }

    static List<String[]> pairs(Map<String, String> headers) {
        return headers.entrySet().stream().map(e -> new String[] {e.getKey().toLowerCase(Locale.ROOT), e.getValue()}).toList();
    }
}
