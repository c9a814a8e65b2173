package dev.browserharness.agent;

import dev.browserharness.ext.WasmMemories;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Builds a fresh agent's realm: the private internals object, every shim in order, then hides GraalJS extras.
 * {@code $} has a null prototype, so no property read on it can reach a getter or Proxy the page puts on
 * Object.prototype (js-shims/README.md, "Page code cannot steer the shims").
 */
final class Bootstrap {
    private static final Source PREPARE = Source.newBuilder("js", """
            (function (kind, host, url, isolated, name) {
              const $ = { __proto__: null, agentKind: kind, host, url, crossOriginIsolated: isolated, name };
              const handler = Graal.setUnhandledPromiseRejectionHandler;
              $.setUnhandledRejectionHandler = (fn) => handler(fn);
              return $;
            })""", "harness:bootstrap.js").cached(true).buildLiteral();

    /**
     * GraalJS globals a browser does not have (the shell and Nashorn-compatibility ones, the Java package
     * objects, the script's {@code arguments}); tests/pages/sandbox/engine-globals.js checks none is left.
     */
    private static final Source CLEANUP = Source.newBuilder("js", """
            (function () {
              for (const k of ['Graal', 'Polyglot', 'print', 'printErr', 'load', 'loadWithNewGlobal', 'quit', 'read',
                               'readbuffer', 'readline', 'Java', 'Packages', 'java', 'javax', 'javafx', 'com', 'org', 'edu', 'net',
                               'arguments']) {
                if (Object.getOwnPropertyDescriptor(globalThis, k)?.configurable) delete globalThis[k];
              }
            })""", "harness:cleanup.js").cached(true).buildLiteral();

    private Bootstrap() {}

    static Value install(Context context, Agent agent, AgentBridge bridge) {
        Value global = context.eval("js", "globalThis");
        Value internals = context.eval(PREPARE).execute(agent.kind().jsName, bridge, agent.url(),
                agent.crossOriginIsolated(), agent.name() == null ? "" : agent.name());
        for (Source shim : Shims.sources()) context.eval(shim).execute(global, internals);
        context.eval(CLEANUP).execute();
        internals.getMember("snapshotGlobalNatives").executeVoid(); // what prints [native code]: the shims' functions only
        // wasm's memory.atomic.wait32/wait64/notify go to the same Java waiter lists as JS Atomics from the start
        WasmMemories.installCallbacks(agent);
        return internals;
    }
}
