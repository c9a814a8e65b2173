package dev.browserharness.agent;

import dev.browserharness.Browser;
import dev.browserharness.net.ModuleFileSystem;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;

/**
 * A context with every shim installed, not yet bound to its agent ({@code Bootstrap.configure} does that): what
 * an agent's thread builds, enters and runs its event loop in. Building one costs tens of milliseconds, mostly
 * the shims; a realm built on another thread would serve too, but a context touched by two threads loses
 * Truffle's single-thread fast paths (tried: Atomics ping-pong 19 → 27 µs), so each agent builds its own.
 */
record Realm(Context context, Value internals, AgentBridge bridge, ModuleFileSystem modules) {
    /** Builds a realm on the calling thread; that thread must not be inside the context afterwards. */
    static Realm build(Browser browser, Agent.Kind kind) {
        ModuleFileSystem modules = new ModuleFileSystem(browser.network());
        Context context = browser.newContext(modules);
        AgentBridge bridge = new AgentBridge();
        Value internals = Bootstrap.prepare(context, kind, bridge);
        return new Realm(context, internals, bridge, modules);
    }
}
