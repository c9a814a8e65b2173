package dev.browserharness.ext;

import org.graalvm.polyglot.Value;

/**
 * A {@code WebAssembly.Module} posted between agents (or structured-cloned), as in Chromium: the receiver gets its
 * own Module object on the same compiled module. A GraalWasm module holds no per-context state, so the message
 * carries it (with its Source) and the receiving agent wraps it with GraalJS's own factory,
 * {@code JSWebAssemblyModule.create(JSContext, JSRealm, Object, Source)} — what {@code new WebAssembly.Module}
 * does after compiling (internals in {@link GraalInternals}). Nothing is recompiled, and the module outlives the
 * agent that compiled it.
 */
public final class WasmModules {
    private WasmModules() {}

    private static final GraalInternals I = GraalInternals.I;

    /** What a message carries for a WebAssembly.Module. */
    public record Handle(Object wasmModule, Object source) {}

    /** The handle of a {@code WebAssembly.Module}, or null if {@code module} is not one. */
    public static Handle handleOf(Value module) {
        try {
            Object m = I.receiver.get(module);
            if (!I.moduleObject.isInstance(m)) return null;
            return new Handle(I.getWasmModule.invoke(m), I.getWasmSource.invoke(m));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Browser Harness: reading a WebAssembly.Module failed", e);
        }
    }

    /** This agent's new WebAssembly.Module on the handle's module; on the agent's thread, its context entered. */
    public static Object moduleFor(Handle handle) {
        try {
            Object realm = I.realm();
            return I.createModule.invoke(null, I.realmContext.invoke(realm), realm, handle.wasmModule(), handle.source());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Browser Harness: creating a WebAssembly.Module failed", e);
        }
    }
}
