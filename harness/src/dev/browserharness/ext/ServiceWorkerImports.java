package dev.browserharness.ext;

import dev.browserharness.agent.Engines;
import dev.browserharness.agent.Shims;
import java.util.concurrent.locks.ReentrantLock;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * import() in a service worker: HTML forbids it (a TypeError, whatever the specifier), and GraalJS 25 gives an
 * embedder no hook on dynamic import: its module loader turns a refusal from our file system into a plain Error (or a
 * host exception), and loads {@code data:} URLs without asking the file system. So a service worker's sources — its
 * classic script, what importScripts runs, every module of a module worker — are rewritten before the engine sees
 * them (js-shims/serviceworker-imports.js says how). Not covered: source text made at run time ({@code eval},
 * {@code new Function}) and Function.prototype.toString of a function that calls import(), which shows the rewrite.
 *
 * <p>The parser is acorn (its Maven webjar: a full parse, because only the syntax tree tells a call from a method
 * named import), run with the rewrite in one private context of the shared engine: no page code runs there, and one
 * service-worker thread at a time uses it. A source without the keyword followed by a parenthesis or a comment is left
 * as it is without being parsed.
 */
public final class ServiceWorkerImports {
    static final String ACORN = "META-INF/resources/webjars/acorn/8.14.0/dist/acorn.js";
    /** The keyword and then a parenthesis or a comment: what every import() call has (and more, which costs only time). */
    private static final java.util.regex.Pattern MAY_CALL_IMPORT = java.util.regex.Pattern.compile("import\\s*(?:\\(|/[/*])");
    private static final ReentrantLock LOCK = new ReentrantLock();
    private static Value rewrite;

    private ServiceWorkerImports() {}

    /**
     * {@code source} (a script, or a module when {@code module}) with every import() refused; {@code source} itself
     * (the same object) when it has none.
     */
    public static String refuseDynamicImport(String source, boolean module) {
        if (!MAY_CALL_IMPORT.matcher(source).find()) return source; // no import() can be in it: nothing to parse
        LOCK.lock();
        try {
            if (rewrite == null) build();
            Value r = rewrite.execute(source, module);
            return r.isNull() ? source : r.asString();
        } finally {
            LOCK.unlock();
        }
    }

    private static void build() {
        Context c = Context.newBuilder("js").engine(Engines.shared()).build();
        // acorn's UMD build, as a CommonJS module: it fills the exports object it is given and reads no global
        Value exports = c.eval("js", "({})");
        c.eval(Source.newBuilder("js", "(function (exports, module, define) {" + Shims.read(ACORN) + "\n})", "harness:acorn.js")
                .cached(true).buildLiteral()).execute(exports, c.eval("js", "({})"));
        rewrite = c.eval(Source.newBuilder("js", Shims.read("js-shims/serviceworker-imports.js"), "harness:serviceworker-imports.js")
                .cached(true).buildLiteral()).execute(exports);
    }
}
