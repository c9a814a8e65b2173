package dev.browserharness.net;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Requests answered from Java (BrowserContext.route / Page.route): the first step of {@link Network#fetch}, before
 * blob: URLs and mounts. The newest matching handler gets the request and answers — fulfill, go on to the network,
 * or abort — now or later, from any thread; the requester waits for the answer up to the context's timeout.
 * Thread-safe.
 */
public final class Routes {
    /** A handler gets the request and must eventually call one method of {@code answer}. */
    @FunctionalInterface
    public interface Handler {
        void handle(NetRequest request, Answer answer) throws Exception;
    }

    /** The one answer to a routed request; the first call wins, later ones are ignored (and say so). */
    public static final class Answer {
        private static final NetResponse GO_ON = new NetResponse("", 0, "", List.of(), new byte[0]);
        private final CompletableFuture<NetResponse> outcome = new CompletableFuture<>();

        public boolean fulfill(NetResponse response) {
            return outcome.complete(response);
        }

        /** Lets the request go on to blob:, the mounts or the real network. */
        public boolean resume() {
            return outcome.complete(GO_ON);
        }

        /** Fails the request as a network error ({@code fetch} rejects with {@code TypeError: Failed to fetch}). */
        public boolean abort(String reason) {
            return outcome.completeExceptionally(new NetworkException(reason));
        }
    }

    /** {@code key}: what the API user registered (their handler object), for removal. */
    private record Entry(Predicate<String> matches, Object key, Handler handler) {}

    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private volatile Supplier<Duration> timeout = () -> Duration.ofSeconds(30);

    /** How long a request waits for a handler's answer (read at each request). */
    public void timeout(Supplier<Duration> timeout) {
        this.timeout = timeout;
    }

    /** Adds a route; {@code key} names it for {@link #remove} (the handler itself, or what the caller wrapped). */
    public void add(Predicate<String> urlMatches, Object key, Handler handler) {
        entries.add(new Entry(urlMatches, key, handler));
    }

    /** Removes every route added with {@code key}. */
    public void remove(Object key) {
        entries.removeIf(e -> e.key == key);
    }

    public Duration timeout() {
        return timeout.get();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The routed response, or null when no route matched or the handler let the request go on. */
    NetResponse handle(NetRequest req, Duration limit) throws NetworkException {
        Entry match = null;
        for (int i = entries.size() - 1; i >= 0 && match == null; i--) {
            Entry e = entries.get(i);
            if (e.matches.test(req.url())) match = e;
        }
        if (match == null) return null;
        Answer answer = new Answer();
        try {
            match.handler.handle(req, answer);
        } catch (Exception e) {
            answer.abort("route handler for " + req.url() + " threw " + e);
        }
        try {
            NetResponse r = answer.outcome.get(limit.toNanos(), TimeUnit.NANOSECONDS);
            return r == Answer.GO_ON ? null : r;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof NetworkException n) throw n;
            throw new NetworkException("route handler for " + req.url() + " failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            answer.abort("timed out");
            throw new NetworkException("route handler for " + req.url() + " did not fulfill, resume or abort within " + limit.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetworkException("interrupted while waiting for the route handler of " + req.url(), e);
        }
    }

    /**
     * A URL glob as Playwright's: {@code **} matches any characters, {@code *} any but {@code /}, {@code {a,b}} one of
     * the alternatives, everything else itself ({@code ?} too). {@code **}{@code /api/*} matches
     * {@code http://app/api/users}.
     */
    public static Predicate<String> glob(String glob) {
        StringBuilder re = new StringBuilder("^");
        boolean inGroup = false;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                boolean doubleStar = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
                if (doubleStar) {
                    i++;
                    // "**/" also matches nothing at all, so "http://app/**/a.js" matches http://app/a.js
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '/') {
                        i++;
                        re.append("(?:.*/)?");
                    } else {
                        re.append(".*");
                    }
                } else {
                    re.append("[^/]*");
                }
            } else if (c == '{' && !inGroup) {
                inGroup = true;
                re.append("(?:");
            } else if (c == '}' && inGroup) {
                inGroup = false;
                re.append(')');
            } else if (c == ',' && inGroup) {
                re.append('|');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (inGroup) throw new IllegalArgumentException("route: unclosed { in URL pattern " + glob);
        Pattern p = Pattern.compile(re.append('$').toString());
        return url -> p.matcher(url).matches();
    }
}
