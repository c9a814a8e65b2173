package dev.browserharness.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Everything a BrowserContext keeps per origin (service-worker registrations, caches, broadcast channels,
 * storage): one map per origin, one entry per kind of state, made on first use. Origins never see each
 * other's state; contexts never share one of these.
 */
public final class OriginStates {
    private final Map<String, Map<Class<?>, Object>> byOrigin = new ConcurrentHashMap<>();

    /** The state of {@code type} for {@code origin}, made by {@code make} the first time. */
    public <T> T get(String origin, Class<T> type, Supplier<? extends T> make) {
        Map<Class<?>, Object> m = byOrigin.computeIfAbsent(origin, o -> new ConcurrentHashMap<>());
        return type.cast(m.computeIfAbsent(type, t -> make.get()));
    }

    /** Ends the context's state: every state that is {@link AutoCloseable} is closed. */
    void close() {
        List<Object> all = new ArrayList<>();
        for (Map<Class<?>, Object> m : byOrigin.values()) all.addAll(m.values());
        byOrigin.clear();
        for (Object o : all) {
            if (o instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // closing is best effort: the context is going away
                }
            }
        }
    }
}
