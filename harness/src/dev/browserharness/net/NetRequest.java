package dev.browserharness.net;

import java.util.List;

/** A request as the network layer sees it: method, absolute URL, header pairs, body (null for none). */
public record NetRequest(String method, String url, List<String[]> headers, byte[] body) {
    public static NetRequest get(String url) {
        return new NetRequest("GET", url, List.of(), null);
    }
}
