package dev.browserharness.agent;

import java.io.PrintStream;
import org.graalvm.polyglot.Engine;

/**
 * The one polyglot {@link Engine} of the JVM, shared by every browser, context and agent so that compiled code is
 * reused (a new engine costs about a second before its first script runs). It lives as long as the JVM.
 *
 * <p>Runs with or without the JIT: with the launch flags of README ("As a dependency: the JVM flags") Truffle compiles; without
 * them it falls back to its interpreter, and this class says so once on stderr, naming the flags. Never an
 * exception for a missing flag.
 */
public final class Engines {
    /** The JDK the GraalVM 25 polyglot API itself needs; below it nothing runs. */
    public static final int JDK_FLOOR = 21;
    /** The JDK the Graal compiler 25.0.2 (JIT) and our launch flags need. */
    public static final int JIT_JDK_FLOOR = 25;

    static final String JIT_FLAGS = "-XX:+UnlockExperimentalVMOptions -XX:+EnableJVMCI "
            + "--upgrade-module-path=<a folder holding org.graalvm.compiler:compiler, org.graalvm.truffle:truffle-compiler, "
            + "org.graalvm.sdk:word and org.graalvm.sdk:collections 25.0.2> "
            + "--add-exports java.base/jdk.internal.vm=" + dev.browserharness.ext.GraalInternals.SELF + " (JSPI) "
            + "--enable-native-access=" + (Engines.class.getModule().isNamed() ? "org.graalvm.truffle" : "ALL-UNNAMED")
            + " --sun-misc-unsafe-memory-access=allow";

    private static Engine shared;
    private static PrintStream warnings = System.err;

    private Engines() {}

    /** Where the one-time fallback warning goes (tests). */
    static synchronized void warningsTo(PrintStream out) {
        warnings = out;
    }

    public static synchronized Engine shared() {
        if (shared == null) shared = build();
        return shared;
    }

    private static Engine build() {
        int jdk = Runtime.version().feature();
        if (jdk < JDK_FLOOR) {
            throw new IllegalStateException("Browser Harness needs JDK " + JDK_FLOOR + " or newer (JDK " + JIT_JDK_FLOOR
                    + " or newer to JIT-compile); this JVM is JDK " + jdk);
        }
        // the GraalJS/GraalWasm internals the harness reaches: a clear error now (which flags, on the module path)
        // rather than one in every page
        dev.browserharness.ext.GraalInternals.check();
        Engine engine = newEngine(true);
        if (isInterpreted(engine)) {
            warnings.println("[harness] Truffle runs in its fallback runtime: pages run, but JavaScript and wasm are "
                    + "not JIT-compiled (often 10-100x slower). To compile, run this JVM (JDK " + JIT_JDK_FLOOR
                    + "+, now " + jdk + ") with: " + JIT_FLAGS + " (README, \"As a dependency: the JVM flags\").");
        }
        return engine;
    }

    /**
     * Latency mode compiles sooner and cheaper: on 2 cores the default mode needs ~10x more messages before
     * postMessage is fast (130 µs vs 20 µs round trip). -Dpolyglot.engine.Mode=... overrides it. The fallback
     * runtime has no such option, so a refusal builds the engine without it.
     */
    private static Engine newEngine(boolean latency) {
        Engine.Builder b = Engine.newBuilder("js", "wasm").option("engine.WarnInterpreterOnly", "false");
        if (latency && System.getProperty("polyglot.engine.Mode") == null) b.option("engine.Mode", "latency");
        try {
            return b.build();
        } catch (IllegalArgumentException e) { // "Could not find option with name engine.Mode": no compiler
            if (latency) return newEngine(false);
            throw e;
        }
    }

    public static boolean isInterpreted(Engine engine) {
        return engine.getImplementationName().equals("Interpreted");
    }
}
