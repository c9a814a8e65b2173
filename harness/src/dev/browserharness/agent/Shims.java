package dev.browserharness.agent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Source;

/**
 * The JS half of every web-API family (js-shims/*.js on the class path), in load order. Sources are built once
 * per JVM and cached by the shared engine, so a new agent does not parse them again.
 */
public final class Shims {
    /** Load order: a family may use what an earlier one put on {@code $}. */
    public static final List<String> ORDER = List.of(
            "webidl", "events", "encoding", "url", "timers", "console", "globals", "structured-clone", "fetch", "xhr",
            "messaging", "atomics", "workers", "sharedworker", "jspi", "wasm", "crypto", "file", "serviceworker", "cache", "evaluate");

    private static volatile List<Source> sources;

    /** The name prefix of every shim's source ("harness:webidl.js"): stack traces and isShimFunction know them by it. */
    static final String SOURCE_PREFIX = "harness:";

    private Shims() {}

    public static List<Source> sources() {
        List<Source> s = sources;
        if (s == null) {
            synchronized (Shims.class) {
                if (sources == null) sources = load();
                s = sources;
            }
        }
        return s;
    }

    private static List<Source> load() {
        List<Source> list = new ArrayList<>();
        for (String name : ORDER) {
            String path = "js-shims/" + name + ".js";
            try (InputStream in = Shims.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) throw new IllegalStateException("missing shim on the class path: " + path);
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                list.add(Source.newBuilder("js", text, SOURCE_PREFIX + name + ".js").cached(true).buildLiteral());
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + path, e);
            }
        }
        return List.copyOf(list);
    }
}
