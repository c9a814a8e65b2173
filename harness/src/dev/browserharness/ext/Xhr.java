package dev.browserharness.ext;

import dev.browserharness.agent.Agent;
import dev.browserharness.net.NetRequest;
import dev.browserharness.net.NetResponse;
import dev.browserharness.net.NetworkException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Java backing of xhr.js: a synchronous XMLHttpRequest. The calling agent's thread waits for the response — it
 * blocks that agent only (its event loop runs no task meanwhile); every other agent keeps running. While it waits,
 * the agent's state names the request, so a timeout report says which request a page is stuck in. A window's
 * synchronous request skips its service worker, as in Chromium (tests/pages/serviceworker/intercept.js); a
 * worker's goes through it — the Partytown technique.
 */
public final class Xhr {
    private Xhr() {}

    /** What a blocked agent is doing, for reports (with the service worker's fetch event it waits for, if any). */
    record Blocked(String method, String url, Object waitingFor) {
        Blocked waitingFor(Object event) {
            return new Blocked(method, url, event);
        }

        @Override
        public String toString() {
            return "blocked in a synchronous XMLHttpRequest: " + method + " " + url + (waitingFor == null ? "" : ", waiting for " + waitingFor);
        }
    }

    /**
     * Performs {@code req} for {@code agent} on the calling (agent's) thread, or on the I/O pool with a deadline when
     * {@code timeoutMs} is positive.
     *
     * @throws NetworkException the request failed (the page sees a NetworkError)
     * @throws TimeoutException no response within {@code timeoutMs} (the page sees a TimeoutError)
     */
    public static NetResponse send(Agent agent, NetRequest req, long timeoutMs) throws NetworkException, TimeoutException {
        Object previous = agent.state();
        agent.setState(new Blocked(req.method(), req.url(), null));
        try {
            if (agent.kind() == Agent.Kind.WINDOW) return agent.network().fetch(req); // see the class comment
            if (timeoutMs <= 0) return agent.page().context().serviceWorkers().fetch(agent, req, "");
            CompletableFuture<NetResponse> f = new CompletableFuture<>();
            agent.page().io(() -> {
                try {
                    f.complete(agent.page().context().serviceWorkers().fetch(agent, req, ""));
                } catch (Throwable t) {
                    f.completeExceptionally(t);
                }
            });
            try {
                return f.get(timeoutMs, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // terminated: the agent's loop ends after this task
                throw new NetworkException("interrupted: " + req.url(), e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof NetworkException n) throw n;
                throw new NetworkException(String.valueOf(e.getCause()), e.getCause());
            } catch (TimeoutException e) {
                f.cancel(false);
                throw e;
            }
        } finally {
            agent.setState(previous);
        }
    }
}
