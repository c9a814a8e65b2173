package dev.browserharness.ext;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The GraalJS/GraalWasm 25.0.2 internals that sharing memory between agents reaches by reflection (there is no
 * public API for it): {@link SharedBuffers} (SharedArrayBuffers), {@link WasmMemories} (shared
 * WebAssembly.Memory), {@link WasmModules} (WebAssembly.Module) and {@link Messaging#proxyClass} (a Proxy is not
 * cloneable). Looked up once; {@link #check()} runs at start-up and fails loudly on any other GraalVM.
 */
public final class GraalInternals {
    private static final String VERSION = "GraalJS/GraalWasm 25.0.2";

    /** The Truffle object behind a polyglot Value. */
    final Field receiver;
    /** {@code JSRealm.get(Node)} and {@code JSRealm.getContext()}: the realm of the context entered on this thread. */
    final Method realmGet;
    final Method realmContext;

    // SharedArrayBuffer: JSArrayBufferObject.Shared and JSSharedArrayBuffer.createSharedArrayBuffer
    final Class<?> sharedBuffer;
    final Method getByteBuffer;
    final Method getByteLengthObject;
    final Method getMaxByteLength;
    final Method isFixedLength;
    final Method createSharedBuffer;

    // WebAssembly.Memory: JSWebAssemblyMemoryObject, UnsafeWasmMemory, JSWebAssemblyMemory.create, WasmContext callbacks
    final Class<?> memoryObject;
    final Method getWasmMemory;
    final Class<?> unsafeMemory;
    final Field unsafeBuffer;
    final Method isShared;
    final Method createMemory;
    final Method createMemoryImpl; // a wrapper outside GraalJS's one-per-agent map (private)
    final Object memoryBuiltin;
    final Method memoryPrototype;
    final Method resetBufferObject;
    final Method wasmContextGet;
    final Method setWait;
    final Method setNotify;

    // WebAssembly.Module: JSWebAssemblyModuleObject and JSWebAssemblyModule.create
    final Class<?> moduleObject;
    final Method getWasmModule;
    final Method getWasmSource;
    final Method createModule;

    // Proxy: JSProxyObject.getProxyTarget (the JS side cannot tell a Proxy from its target without running traps)
    final Class<?> proxyObject;
    final Method getProxyTarget;
    final Class<?> dynamicObject;
    final Method getClassName;

    private GraalInternals() throws ReflectiveOperationException {
        receiver = Class.forName("org.graalvm.polyglot.AbstractValue").getDeclaredField("receiver");
        receiver.setAccessible(true);
        Class<?> realm = Class.forName("com.oracle.truffle.js.runtime.JSRealm");
        Class<?> node = Class.forName("com.oracle.truffle.api.nodes.Node");
        Class<?> jsContext = Class.forName("com.oracle.truffle.js.runtime.JSContext");
        dynamicObject = Class.forName("com.oracle.truffle.js.runtime.objects.JSDynamicObject");
        realmGet = realm.getMethod("get", node);
        realmContext = realm.getMethod("getContext");

        sharedBuffer = Class.forName("com.oracle.truffle.js.runtime.builtins.JSArrayBufferObject$Shared");
        getByteBuffer = sharedBuffer.getMethod("getByteBuffer");
        getByteLengthObject = sharedBuffer.getMethod("getByteLengthObject");
        getMaxByteLength = sharedBuffer.getMethod("getMaxByteLength");
        isFixedLength = sharedBuffer.getMethod("isFixedLength");
        createSharedBuffer = Class.forName("com.oracle.truffle.js.runtime.builtins.JSSharedArrayBuffer")
                .getMethod("createSharedArrayBuffer", jsContext, realm, ByteBuffer.class, AtomicInteger.class, int.class);

        memoryObject = Class.forName("com.oracle.truffle.js.runtime.builtins.wasm.JSWebAssemblyMemoryObject");
        getWasmMemory = memoryObject.getMethod("getWASMMemory");
        unsafeMemory = Class.forName("org.graalvm.wasm.memory.UnsafeWasmMemory");
        unsafeBuffer = unsafeMemory.getDeclaredField("buffer");
        unsafeBuffer.setAccessible(true);
        if (unsafeBuffer.getType() != ByteBuffer.class) throw new NoSuchFieldException("UnsafeWasmMemory.buffer is not a ByteBuffer");
        isShared = Class.forName("org.graalvm.wasm.memory.WasmMemory").getMethod("isShared");
        Class<?> memory = Class.forName("com.oracle.truffle.js.runtime.builtins.wasm.JSWebAssemblyMemory");
        createMemory = memory.getMethod("create", jsContext, realm, Object.class, boolean.class);
        createMemoryImpl = memory.getDeclaredMethod("createImpl", jsContext, realm, dynamicObject, Object.class, boolean.class);
        createMemoryImpl.setAccessible(true);
        memoryBuiltin = memory.getField("INSTANCE").get(null);
        memoryPrototype = memory.getMethod("getIntrinsicDefaultProto", realm);
        resetBufferObject = memoryObject.getMethod("resetBufferObject");
        Class<?> wasmContext = Class.forName("org.graalvm.wasm.WasmContext");
        wasmContextGet = wasmContext.getMethod("get", node);
        setWait = wasmContext.getMethod("setMemWaitCallback", Object.class);
        setNotify = wasmContext.getMethod("setMemNotifyCallback", Object.class);

        proxyObject = Class.forName("com.oracle.truffle.js.runtime.builtins.JSProxyObject");
        getProxyTarget = proxyObject.getMethod("getProxyTarget");
        getClassName = dynamicObject.getMethod("getClassName");

        moduleObject = Class.forName("com.oracle.truffle.js.runtime.builtins.wasm.JSWebAssemblyModuleObject");
        getWasmModule = moduleObject.getMethod("getWASMModule");
        getWasmSource = moduleObject.getMethod("getWASMSource");
        createModule = Class.forName("com.oracle.truffle.js.runtime.builtins.wasm.JSWebAssemblyModule").getMethod("create",
                jsContext, realm, Object.class, Class.forName("com.oracle.truffle.api.source.Source"));
    }

    static final GraalInternals I;
    private static final String PROBLEM;

    static {
        GraalInternals internals = null;
        String problem = null;
        try {
            internals = new GraalInternals();
        } catch (ReflectiveOperationException | RuntimeException e) {
            problem = e.toString();
        }
        I = internals;
        PROBLEM = problem;
    }

    /** The start-up self-check: throws if the internals are not there. */
    public static void check() {
        if (PROBLEM != null) {
            throw new IllegalStateException("Browser Harness: sharing memory between agents needs the internals of " + VERSION
                    + ", which this GraalVM does not have (" + PROBLEM + "); see harness/src/dev/browserharness/ext/GraalInternals.java");
        }
    }

    /** The JSRealm of the context entered on this thread. */
    Object realm() throws ReflectiveOperationException {
        return realmGet.invoke(null, (Object) null);
    }
}
