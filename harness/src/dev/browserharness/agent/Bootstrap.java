package dev.browserharness.agent;

import dev.browserharness.ext.WasmMemories;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * Builds a fresh agent's realm: the private internals object, every shim in order, then hides GraalJS extras.
 * {@code $} has a null prototype, so no property read on it can reach a getter or Proxy the page puts on
 * Object.prototype (js-shims/README.md, "Page code cannot steer the shims").
 */
final class Bootstrap {
    /**
     * {@code $} for a realm of this kind. What only its agent knows ({@code $.url}, {@code $.crossOriginIsolated},
     * {@code $.name}) is set by {@code $.bind} after every shim is installed, before any page code; a shim that needs
     * it at start-up registers a function with {@code $.onBind}, run then in the order registered.
     */
    private static final Source PREPARE = Source.newBuilder("js", """
            (function (kind, host) {
              const $ = { __proto__: null, agentKind: kind, host, url: 'about:blank', crossOriginIsolated: false, name: '' };
              const handler = Graal.setUnhandledPromiseRejectionHandler;
              $.setUnhandledRejectionHandler = (fn) => handler(fn);
              const binders = [];
              $.onBind = (fn) => { binders[binders.length] = fn; };
              $.bind = (url, isolated, name) => {
                delete $.bind;
                delete $.onBind;
                $.url = url;
                $.crossOriginIsolated = isolated;
                $.name = name;
                for (let i = 0; i < binders.length; i++) binders[i]();
              };
              return $;
            })""", "harness:bootstrap.js").cached(true).buildLiteral();

    /**
     * GraalJS globals a browser does not have (the shell and Nashorn-compatibility ones, the Java package
     * objects, the script's {@code arguments}) and staging's String.dedent; tests/pages/sandbox/engine-globals.js
     * checks none is left.
     */
    private static final Source CLEANUP = Source.newBuilder("js", """
            (function () {
              for (const k of ['Graal', 'Polyglot', 'print', 'printErr', 'load', 'loadWithNewGlobal', 'quit', 'read',
                               'readbuffer', 'readline', 'Java', 'Packages', 'java', 'javax', 'javafx', 'com', 'org', 'edu', 'net',
                               'arguments']) {
                if (Object.getOwnPropertyDescriptor(globalThis, k)?.configurable) delete globalThis[k];
              }
              delete String.dedent; // a proposal GraalJS's "staging" has and Chromium does not (ContextRuntime)
            })""", "harness:cleanup.js").cached(true).buildLiteral();

    private Bootstrap() {}

    /**
     * Installs a realm of this kind: everything that does not depend on which agent it is for, so that it can be
     * built before its agent exists (agent/SpareRealms). {@link #bind} completes it. {@code pace}, if not null, runs
     * before each shim (a spare's: it waits there while the browser's agents use every core).
     */
    static Value install(Context context, Agent.Kind kind, AgentBridge bridge, Runnable pace) {
        StartupTrace trace = StartupTrace.ON ? new StartupTrace(kind.jsName) : null;
        Value global = context.eval("js", "globalThis");
        Value internals = context.eval(PREPARE).execute(kind.jsName, bridge);
        if (trace != null) trace.step("realm");
        // streams.js calls it on first use: until then the realm neither parses nor evaluates the ponyfill
        internals.putMember("streamsPonyfill", (ProxyExecutable) args -> context.eval(Shims.streamsPonyfill()));
        for (Source shim : Shims.sources()) {
            if (pace != null) pace.run();
            context.eval(shim).execute(global, internals);
            if (trace != null) trace.step(shim.getName());
        }
        context.eval(CLEANUP).execute();
        if (trace != null) trace.step("cleanup");
        context.initialize("wasm");
        if (trace != null) trace.step("wasm");
        if (trace != null) trace.end();
        return internals;
    }

    /** Makes an installed realm the agent's: its URL, isolation and name, then wasm's waits and notifies. */
    static void bind(Agent agent, Value internals) {
        internals.getMember("bind").executeVoid(agent.url(), agent.crossOriginIsolated(), agent.name() == null ? "" : agent.name());
        // wasm's memory.atomic.wait32/wait64/notify go to the same Java waiter lists as JS Atomics from the start
        WasmMemories.installCallbacks(agent);
    }

    /**
     * {@code -Dharness.traceStartup=true}: where a realm's set-up goes, on stderr — the realm's creation ("realm"), then each shim's CPU time on the agent's
     * thread, and the process's CPU time (compiler threads included) and uptime when set-up begins and ends.
     */
    private static final class StartupTrace {
        static final boolean ON = Boolean.getBoolean("harness.traceStartup");
        private final String kind;
        private final StringBuilder line = new StringBuilder();
        private long last = threadCpu();

        StartupTrace(String kind) {
            this.kind = kind;
            System.err.println("[startup] " + kind + " set-up begins: " + process());
        }

        void step(String shim) {
            long now = threadCpu();
            line.append(' ').append(shim.replace("harness:", "").replace(".js", "")).append(' ').append((now - last) / 1_000_000);
            last = now;
        }

        void end() {
            System.err.println("[startup] " + kind + " shims, thread CPU ms:" + line);
            System.err.println("[startup] " + kind + " set-up ends: " + process());
        }

        private static long threadCpu() {
            return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        }

        private static String process() {
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            return "JVM uptime " + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms, process CPU "
                    + os.getProcessCpuTime() / 1_000_000 + " ms";
        }
    }
}
