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
            "webidl", "events", "encoding", "url", "timers", "console", "globals", "streams", "structured-clone", "fetch", "xhr",
            "messaging", "atomics", "workers", "sharedworker", "jspi", "wasm", "crypto", "file", "serviceworker", "cache", "evaluate");

    /**
     * WHATWG Streams: web-streams-polyfill's ponyfill build, from its Maven webjar (never copied into the repository).
     * It is wrapped as a function of the names it would otherwise read from the page's global (the module-system
     * probes, Promise, queueMicrotask, DOMException, ...), so js-shims/streams.js decides what it sees; evaluating
     * the wrapper in a realm only makes that function (the source is parsed once per engine).
     */
    static final String STREAMS_PONYFILL = "META-INF/resources/webjars/web-streams-polyfill/3.3.3/dist/ponyfill.es2018.js";
    private static final String STREAMS_PARAMS = "exports, module, define, globalThis, self, queueMicrotask, structuredClone, "
            + "Promise, Object, Symbol, Number, ArrayBuffer, TypeError, RangeError";

    private static volatile List<Source> sources;
    private static volatile Source streams;

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

    /** The ponyfill as {@code (function (STREAMS_PARAMS) { <ponyfill> \n})}: its lines keep their numbers. */
    public static Source streamsPonyfill() {
        Source s = streams;
        if (s == null) {
            synchronized (Shims.class) {
                if (streams == null) {
                    String text = read(STREAMS_PONYFILL);
                    streams = Source.newBuilder("js", "(function (" + STREAMS_PARAMS + ") {" + text + "\n})",
                            "harness:web-streams-polyfill.js").cached(true).buildLiteral();
                }
                s = streams;
            }
        }
        return s;
    }

    /** A class-path resource as text (a shim, a webjar's file). */
    public static String read(String path) {
        try (InputStream in = Shims.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing on the class path: " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    private static List<Source> load() {
        List<Source> list = new ArrayList<>();
        for (String name : ORDER) {
            String text = read("js-shims/" + name + ".js");
            list.add(Source.newBuilder("js", text, SOURCE_PREFIX + name + ".js").cached(true).buildLiteral());
        }
        return List.copyOf(list);
    }
}
