package dev.browserharness.net;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A complete response: final URL, status, header pairs (lower-case names), body bytes. */
public record NetResponse(String url, int status, String statusText, List<String[]> headers, byte[] body) {
    public String header(String name) {
        for (String[] h : headers) if (h[0].equalsIgnoreCase(name)) return h[1];
        return null;
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** COOP same-origin + COEP require-corp (or credentialless): the document is cross-origin isolated. */
    public boolean crossOriginIsolated() {
        String coop = header("cross-origin-opener-policy");
        String coep = header("cross-origin-embedder-policy");
        return coop != null && coop.trim().equals("same-origin")
                && coep != null && (coep.trim().equals("require-corp") || coep.trim().equals("credentialless"));
    }
}
