package dev.browserharness.agent;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/** Builds a fresh agent's realm: the private internals object, every shim in order, then hides GraalJS extras. */
final class Bootstrap {
    private static final Source PREPARE = Source.newBuilder("js", """
            (function (kind, host) {
              const $ = { agentKind: kind, host };
              const handler = Graal.setUnhandledPromiseRejectionHandler;
              $.setUnhandledRejectionHandler = (fn) => handler(fn);
              return $;
            })""", "harness:bootstrap.js").cached(true).buildLiteral();

    /** GraalJS globals a browser does not have. */
    private static final Source CLEANUP = Source.newBuilder("js", """
            (function () {
              for (const k of ['Graal', 'Polyglot', 'print', 'printErr', 'load', 'loadWithNewGlobal', 'quit', 'read',
                               'readbuffer', 'readline', 'Java', 'Packages', 'java', 'javax', 'com', 'org', 'edu', 'net']) {
                if (Object.getOwnPropertyDescriptor(globalThis, k)?.configurable) delete globalThis[k];
              }
            })""", "harness:cleanup.js").cached(true).buildLiteral();

    private Bootstrap() {}

    /** Runs every shim in a fresh context; nothing agent-specific yet (see {@link #configure}). */
    static Value prepare(Context context, Agent.Kind kind, AgentBridge bridge) {
        Value global = context.eval("js", "globalThis");
        Value internals = context.eval(PREPARE).execute(kind.jsName, bridge);
        for (Source shim : Shims.sources()) context.eval(shim).execute(global, internals);
        context.eval(CLEANUP).execute();
        return internals;
    }

    /** Binds a prepared realm to its agent: URL, name, cross-origin isolation ({@code $.configure}). */
    static void configure(Value internals, Agent agent) {
        internals.getMember("configure").execute(agent.url(), agent.name() == null ? "" : agent.name(), agent.crossOriginIsolated());
    }
}
