package dev.browserharness.ext;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The GraalJS/GraalWasm 25.0.2 internals that sharing memory between agents reaches by reflection (there is no
 * public API for it): {@link SharedBuffers} (SharedArrayBuffers), {@link WasmMemories} (shared
 * WebAssembly.Memory), {@link WasmModules} (WebAssembly.Module) and {@link Messaging#proxyClass} (a Proxy is not
 * cloneable). Looked up once; {@link #check()} runs at start-up and fails loudly on any other GraalVM.
 * JSPI's internals ({@link Suspension}) are optional: without them JSPI is absent and one line says why.
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
    final Method getGrow;
    final Method setGrow;
    /** A wasm memory's current size in pages ({@code WasmMemory.minSize}). */
    final Method memoryPages;
    /** {@code InteropLibrary.getUncached()} and its {@code execute}: to call GraalJS's own grow callback from ours. */
    final Object interop;
    final Method interopExecute;

    // WebAssembly.Instance: its memories; a module's memory declarations (SymbolTable)
    final Class<?> instanceObject;
    final Method getWasmInstance;
    final Method instanceMemory;
    final Method instanceModule;
    final Method memoryCount;
    final Method importedMemory;
    final Method memoryInitialSize;
    final Method memoryMaximumSize;
    final Method memoryIsShared;

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
        getGrow = wasmContext.getMethod("getMemGrowCallback");
        setGrow = wasmContext.getMethod("setMemGrowCallback", Object.class);
        memoryPages = Class.forName("org.graalvm.wasm.memory.WasmMemory").getMethod("minSize");
        Class<?> interopLibrary = Class.forName("com.oracle.truffle.api.interop.InteropLibrary");
        interop = interopLibrary.getMethod("getUncached").invoke(null);
        interopExecute = interopLibrary.getMethod("execute", Object.class, Object[].class);
        instanceObject = Class.forName("com.oracle.truffle.js.runtime.builtins.wasm.JSWebAssemblyInstanceObject");
        getWasmInstance = instanceObject.getMethod("getWASMInstance");
        instanceMemory = Class.forName("org.graalvm.wasm.RuntimeState").getMethod("memory", int.class);
        instanceModule = Class.forName("org.graalvm.wasm.RuntimeState").getMethod("module");
        Class<?> symbols = Class.forName("org.graalvm.wasm.SymbolTable");
        memoryCount = symbols.getMethod("memoryCount");
        importedMemory = symbols.getMethod("importedMemory", int.class);
        memoryInitialSize = symbols.getMethod("memoryInitialSize", int.class);
        memoryMaximumSize = symbols.getMethod("memoryMaximumSize", int.class);
        memoryIsShared = symbols.getMethod("memoryIsShared", int.class);

        proxyObject = Class.forName("com.oracle.truffle.js.runtime.builtins.JSProxyObject");
        getProxyTarget = proxyObject.getMethod("getProxyTarget");
        getClassName = dynamicObject.getMethod("getClassName");

        moduleObject = Class.forName("com.oracle.truffle.js.runtime.builtins.wasm.JSWebAssemblyModuleObject");
        getWasmModule = moduleObject.getMethod("getWASMModule");
        getWasmSource = moduleObject.getMethod("getWASMSource");
        createModule = Class.forName("com.oracle.truffle.js.runtime.builtins.wasm.JSWebAssemblyModule").getMethod("create",
                jsContext, realm, Object.class, Class.forName("com.oracle.truffle.api.source.Source"));
    }

    /** Whom the JVM's --add-exports flags must name: this module on the module path, ALL-UNNAMED on the class path. */
    public static final String SELF = GraalInternals.class.getModule().isNamed()
            ? GraalInternals.class.getModule().getName() : "ALL-UNNAMED";
    /**
     * On the module path, GraalVM's modules keep these packages from us unless the JVM opens them (on the class path
     * everything is one unnamed module and no flag is needed). README, "On the module path".
     */
    public static final String MODULE_FLAGS = "--add-opens org.graalvm.polyglot/org.graalvm.polyglot=dev.browserharness"
            + " --add-exports org.graalvm.truffle/com.oracle.truffle.api.nodes=dev.browserharness"
            + " --add-exports org.graalvm.truffle/com.oracle.truffle.api.source=dev.browserharness"
            + " --add-exports org.graalvm.truffle/com.oracle.truffle.api.interop=dev.browserharness"
            + " --add-exports org.graalvm.js/com.oracle.truffle.js.runtime=dev.browserharness"
            + " --add-exports org.graalvm.js/com.oracle.truffle.js.runtime.builtins=dev.browserharness"
            + " --add-opens org.graalvm.js/com.oracle.truffle.js.runtime.builtins.wasm=dev.browserharness"
            + " --add-exports org.graalvm.js/com.oracle.truffle.js.runtime.objects=dev.browserharness"
            + " --add-opens org.graalvm.wasm/org.graalvm.wasm=dev.browserharness"
            + " --add-opens org.graalvm.wasm/org.graalvm.wasm.memory=dev.browserharness";

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

    /** The start-up self-check: throws if the internals are not there; says once if JSPI is off and why. */
    public static void check() {
        Suspension.reportOnce();
        if (PROBLEM != null) {
            if (GraalInternals.class.getModule().isNamed()) {
                throw new IllegalStateException("Browser Harness on the module path needs the JVM flags " + MODULE_FLAGS
                        + " (README, \"On the module path\"); without them: " + PROBLEM);
            }
            throw new IllegalStateException("Browser Harness: sharing memory between agents needs the internals of " + VERSION
                    + ", which this GraalVM does not have (" + PROBLEM + "); see harness/src/dev/browserharness/ext/GraalInternals.java");
        }
    }

    /** The JSRealm of the context entered on this thread. */
    Object realm() throws ReflectiveOperationException {
        return realmGet.invoke(null, (Object) null);
    }

    /**
     * What JSPI ({@link Jspi}) needs: JDK continuations ({@code jdk.internal.vm.Continuation}, exported to us only
     * with {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED}, or {@code =dev.browserharness} on the module path) and GraalJS's private interop call depth
     * ({@code JSAgent.interopCallStackDepth}: GraalJS drains promise jobs only when it returns to 0, and a suspended
     * stack must not keep its share of it). All handles are exact-typed for {@code invokeExact}; {@link #PROBLEM}
     * is null when every one was found.
     */
    static final class Suspension {
        static final String FLAG = "--add-exports java.base/jdk.internal.vm=" + SELF;
        /** (Runnable) → Continuation in one scope. */
        static final MethodHandle NEW_CONTINUATION;
        /** (Continuation) → void: runs until it yields or ends. */
        static final MethodHandle RUN;
        /** () → boolean: yields the innermost continuation (false: pinned). */
        static final MethodHandle YIELD;
        /** (Continuation) → boolean. */
        static final MethodHandle IS_DONE;
        /** () → JSAgent of the context entered on this thread. */
        static final MethodHandle JS_AGENT;
        /** (JSAgent) → int and (JSAgent, int) → void: the interop call depth. */
        static final MethodHandle GET_DEPTH;
        static final MethodHandle SET_DEPTH;
        /** (Object) → boolean: JSWebAssembly.isExportedFunction, a WebAssembly exported function. */
        static final MethodHandle IS_EXPORTED_FUNCTION;
        static final String PROBLEM;

        static {
            MethodHandle[] h = new MethodHandle[8];
            String problem = null;
            try {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                Class<?> cont = Class.forName("jdk.internal.vm.Continuation");
                Class<?> scopeClass = Class.forName("jdk.internal.vm.ContinuationScope");
                if (!cont.getModule().isExported(cont.getPackageName(), Suspension.class.getModule())) {
                    throw new IllegalAccessException("the JVM runs without " + FLAG);
                }
                Object scope = scopeClass.getConstructor(String.class).newInstance("WebAssembly.promising");
                MethodType toObject = MethodType.methodType(Object.class, Runnable.class);
                h[0] = MethodHandles.insertArguments(lookup.findConstructor(cont, MethodType.methodType(void.class, scopeClass, Runnable.class)), 0, scope).asType(toObject);
                h[1] = lookup.findVirtual(cont, "run", MethodType.methodType(void.class)).asType(MethodType.methodType(void.class, Object.class));
                h[2] = MethodHandles.insertArguments(lookup.findStatic(cont, "yield", MethodType.methodType(boolean.class, scopeClass)), 0, scope);
                h[3] = lookup.findVirtual(cont, "isDone", MethodType.methodType(boolean.class)).asType(MethodType.methodType(boolean.class, Object.class));
                Class<?> jsAgent = Class.forName("com.oracle.truffle.js.runtime.JSAgent");
                Class<?> node = Class.forName("com.oracle.truffle.api.nodes.Node");
                h[4] = MethodHandles.insertArguments(lookup.findStatic(jsAgent, "get", MethodType.methodType(jsAgent, node)), 0, (Object) null)
                        .asType(MethodType.methodType(Object.class));
                MethodHandles.Lookup inAgent = MethodHandles.privateLookupIn(jsAgent, lookup);
                h[5] = inAgent.findGetter(jsAgent, "interopCallStackDepth", int.class).asType(MethodType.methodType(int.class, Object.class));
                h[6] = inAgent.findSetter(jsAgent, "interopCallStackDepth", int.class).asType(MethodType.methodType(void.class, Object.class, int.class));
                h[7] = lookup.findStatic(Class.forName("com.oracle.truffle.js.runtime.builtins.wasm.JSWebAssembly"), "isExportedFunction",
                        MethodType.methodType(boolean.class, Object.class));
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                problem = e instanceof IllegalAccessException && e.getMessage().contains(FLAG) ? e.getMessage() : e.toString();
            }
            PROBLEM = problem;
            boolean ok = problem == null;
            NEW_CONTINUATION = ok ? h[0] : null;
            RUN = ok ? h[1] : null;
            YIELD = ok ? h[2] : null;
            IS_DONE = ok ? h[3] : null;
            JS_AGENT = ok ? h[4] : null;
            GET_DEPTH = ok ? h[5] : null;
            SET_DEPTH = ok ? h[6] : null;
            IS_EXPORTED_FUNCTION = ok ? h[7] : null;
        }

        private static boolean reported;

        /** One line on stderr, once per JVM, when JSPI is off. */
        static synchronized void reportOnce() {
            if (PROBLEM == null || reported) return;
            reported = true;
            System.err.println("[harness] JSPI (WebAssembly.Suspending/promising) is off: " + PROBLEM
                    + " (it needs JDK continuations, " + FLAG + ", and the internals of " + VERSION + ")");
        }
    }
}
