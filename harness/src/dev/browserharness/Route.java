package dev.browserharness;

import dev.browserharness.net.NetResponse;
import dev.browserharness.net.Routes;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request held by a route ({@link BrowserContext#route}, {@link Page#route}): answer it exactly once, now or
 * later, from any thread — {@link #fulfill} it, let it go on to the network ({@link #resume}), or {@link #abort}
 * it. The page waits for the answer up to the default timeout; after that the request fails as a network error.
 * Works for everything a page loads: documents, scripts, workers, importScripts, modules, fetch, wasm.
 */
public final class Route {
    private final Request request;
    private final Routes.Answer answer;

    Route(Request request, Routes.Answer answer) {
        this.request = request;
        this.answer = answer;
    }

    /** The network layer's handler for an API user's route handler. */
    static Routes.Handler handler(java.util.function.Consumer<Route> handler) {
        return (req, answer) -> handler.accept(new Route(Request.of(req), answer));
    }

    public Request request() {
        return request;
    }

    /**
     * Answers with this response. Content types are the caller's to set; with the context's isolation on,
     * COOP/COEP are added as a mount adds them unless set here.
     *
     * @throws IllegalStateException when the request was already answered
     */
    public void fulfill(int status, Map<String, String> headers, byte[] body) {
        NetResponse r = new NetResponse(request.url(), status, dev.browserharness.net.Network.reasonPhrase(status),
                Request.pairs(headers), body == null ? new byte[0] : body);
        once(answer.fulfill(r));
    }

    /** Answers with a text body of {@code contentType} (e.g. {@code "application/json"}, {@code "text/javascript"}). */
    public void fulfill(int status, String contentType, String body) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("content-type", contentType);
        fulfill(status, h, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers 200 with a body of {@code contentType}. */
    public void fulfill(String contentType, byte[] body) {
        fulfill(200, Map.of("content-type", contentType), body);
    }

    /** Lets the request go on: to blob: URLs, the mounts, or the real network when allowed. */
    public void resume() {
        once(answer.resume());
    }

    /** Fails the request as a network error (fetch rejects with {@code TypeError: Failed to fetch}). */
    public void abort() {
        once(answer.abort("aborted by a route: " + request.url()));
    }

    private void once(boolean first) {
        if (!first) throw new IllegalStateException("route for " + request.url() + " was already answered (or timed out)");
    }

    @Override
    public String toString() {
        return "Route[" + request + "]";
    }
}
