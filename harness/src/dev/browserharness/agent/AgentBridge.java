package dev.browserharness.agent;

import dev.browserharness.ext.BlobData;
import dev.browserharness.ext.BroadcastChannels;
import dev.browserharness.ext.Crypto;
import dev.browserharness.ext.Caches;
import dev.browserharness.ext.Encoding;
import dev.browserharness.ext.GraalInternals;
import dev.browserharness.ext.Jspi;
import dev.browserharness.ext.Message;
import dev.browserharness.ext.MessagePortEndpoint;
import dev.browserharness.ext.Messaging;
import dev.browserharness.ext.SharedBuffers;
import dev.browserharness.ext.SharedMemory;
import dev.browserharness.ext.WasmMemories;
import dev.browserharness.ext.WasmModules;
import dev.browserharness.ext.Workers;
import dev.browserharness.ext.Xhr;
import dev.browserharness.net.NetRequest;
import dev.browserharness.net.NetResponse;
import dev.browserharness.net.Network;
import dev.browserharness.net.NetworkException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * {@code $.host}: the only Java object a guest context can reach, and only from the shims (it lives on the
 * private internals object). Each method is the Java half of one shim family, named after it; the work is
 * done in the family's class under {@code ext/} or by the browser.
 */
public final class AgentBridge {
    static {
        GraalInternals.check(); // start-up self-check of the GraalJS/GraalWasm internals the harness reaches
    }

    /**
     * Set by {@link #bind} before any page code, on the agent's thread (which alone calls the bridge). A realm built
     * ahead (agent/SpareRealms) installs its shims before its agent exists: what they call at start-up needs none.
     */
    private Agent agent;

    AgentBridge() {}

    void bind(Agent agent) {
        this.agent = agent;
    }

    // ---- webidl.js -----------------------------------------------------------------------------------

    /**
     * Whether {@code fn} is a function whose code is a shim's (a source named {@code harness:...}): the browser's
     * built-ins, which {@code Function.prototype.toString} prints as {@code [native code]}. Asked only when a page
     * prints a function, so a realm pays nothing at start-up for it.
     */
    @HostAccess.Export
    public boolean isShimFunction(Value fn) {
        if (fn == null || !fn.canExecute()) return false;
        org.graalvm.polyglot.SourceSection at = fn.getSourceLocation();
        return at != null && at.getSource().getName().startsWith(Shims.SOURCE_PREFIX);
    }

    // ---- console.js / globals.js -------------------------------------------------------------------

    @HostAccess.Export
    public void console(String level, String text) {
        agent.console(level, text);
    }

    /**
     * An uncaught exception the agent's global did not cancel ({@code own}), or one of its worker's that neither
     * the Worker object nor this global canceled. A worker's goes to its Worker object.
     */
    @HostAccess.Export
    public void uncaught(String text, String message, String filename, int lineno, int colno, boolean own) {
        Agent.ErrorLink link = agent.workerLink();
        if (link != null) link.error(text, message, filename, lineno, colno, own);
        else agent.page().uncaught(agent, text);
    }

    @HostAccess.Export
    public void reportToConsole(String text) {
        agent.page().uncaught(agent, text);
    }

    @HostAccess.Export
    public int hardwareConcurrency() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Queues {@code fn} as a task of this agent. */
    @HostAccess.Export
    public void postTask(Value fn) {
        agent.loop().post(() -> fn.executeVoid());
    }

    /** Operations begun through this bridge and not yet ended (owner thread only). */
    private int openOps;

    /** Something asynchronous the page waits for (module loading): the page is not idle until endOp. */
    @HostAccess.Export
    public void beginOp() {
        openOps++;
        agent.loop().beginOp();
    }

    /** Ends one operation begun with {@link #beginOp}; one more call than begun is ignored (never an underflow). */
    @HostAccess.Export
    public void endOp() {
        if (openOps == 0) return;
        openOps--;
        agent.loop().endOp(null);
    }

    // ---- encoding.js -------------------------------------------------------------------------------------

    /** The legacy encodings (ibm866, iso-8859-x, windows-125x, CJK...) this JVM decodes, comma-separated. */
    @HostAccess.Export
    public String legacyEncodings() {
        return Encoding.SUPPORTED;
    }

    @HostAccess.Export
    public Encoding.Decoder legacyDecoder(String name) {
        return Encoding.decoder(name);
    }

    // ---- timers.js ---------------------------------------------------------------------------------

    @HostAccess.Export
    public double now() {
        return agent.now();
    }

    @HostAccess.Export
    public double timeOrigin() {
        return agent.timeOrigin();
    }

    @HostAccess.Export
    public void setTimer(double id, double ms, Value fire) {
        agent.loop().addTimer((long) id, ms, () -> fire.execute(id));
    }

    /**
     * A window's animation frame: a timer whose task asks {@code prepare} for the frame's callback handles, then runs
     * each through {@code runOne} in a call of its own from here, so that a microtask checkpoint follows each callback
     * (HTML "run the animation frame callbacks").
     */
    @HostAccess.Export
    public void setFrameTimer(double id, double ms, Value prepare, Value runOne) {
        agent.loop().addTimer((long) id, ms, () -> {
            Value handles = prepare.execute();
            long n = handles.getArraySize();
            for (long i = 0; i < n; i++) runOne.execute(handles.getArrayElement(i));
        });
    }

    @HostAccess.Export
    public void clearTimer(double id) {
        agent.loop().clearTimer((long) id);
    }

    // ---- fetch.js ----------------------------------------------------------------------------------

    /** Starts a request on the browser's I/O pool; settles on this agent's thread. */
    @HostAccess.Export
    public void fetch(String method, String url, Value headers, Value body, Value resolve, Value reject) {
        NetRequest req = request(method, url, headers, body);
        EventLoop loop = agent.loop();
        loop.beginOp();
        agent.page().io(() -> {
            try {
                NetResponse r = agent.page().context().serviceWorkers().fetch(agent, req, "");
                loop.endOp(() -> resolve.execute(toJs(r)));
            } catch (NetworkException e) {
                agent.diagnostic("fetch " + url + " failed: " + e.getMessage());
                loop.endOp(() -> reject.execute(e.getMessage()));
            } catch (RuntimeException e) {
                agent.diagnostic("fetch " + url + " failed: " + e);
                loop.endOp(() -> reject.execute(String.valueOf(e)));
            }
        });
    }

    /** A request from a shim: header pairs as a JS array of [name, value], the body as a Uint8Array or null. */
    private NetRequest request(String method, String url, Value headers, Value body) {
        List<String[]> hs = new ArrayList<>();
        for (long i = 0; headers != null && i < headers.getArraySize(); i++) {
            Value pair = headers.getArrayElement(i);
            hs.add(new String[] {pair.getArrayElement(0).asString(), pair.getArrayElement(1).asString()});
        }
        return new NetRequest(method, url, hs, bytes(body), agent.origin());
    }

    private static Object toJs(NetResponse r) {
        Object[] headers = new Object[r.headers().size()];
        for (int i = 0; i < headers.length; i++) headers[i] = ProxyArray.fromArray((Object[]) r.headers().get(i));
        ByteBuffer body = ByteBuffer.allocateDirect(r.body().length).put(r.body()).flip();
        Map<String, Object> m = new HashMap<>();
        m.put("url", r.url());
        m.put("status", r.status());
        m.put("statusText", r.statusText());
        m.put("headers", ProxyArray.fromArray(headers));
        m.put("body", body);
        return ProxyObject.fromMap(m);
    }

    @HostAccess.Export
    public String registerBlobURL(Value bytes, String type) {
        return agent.network().blobs().register(agent.origin(), agent.page(), bytes(bytes), type);
    }

    @HostAccess.Export
    public void revokeBlobURL(String url) {
        agent.network().blobs().revoke(url);
    }

    /** Copies a Uint8Array's bytes out of the context (null stays null). */
    static byte[] bytes(Value u8) {
        if (u8 == null || u8.isNull()) return null;
        Value buffer = u8.getMember("buffer");
        int offset = u8.getMember("byteOffset").asInt();
        int length = u8.getMember("byteLength").asInt();
        byte[] out = new byte[length];
        if (length > 0) buffer.readBuffer(offset, out, 0, length);
        return out;
    }

    // ---- xhr.js ------------------------------------------------------------------------------------------

    /**
     * A synchronous XMLHttpRequest: blocks this agent's thread until the response (as {@link #fetch} hands it over),
     * or returns "network" (a network error) or "timeout" ({@code timeoutMs} > 0 passed).
     */
    @HostAccess.Export
    public Object xhrSend(String method, String url, Value headers, Value body, double timeoutMs) {
        try {
            return toJs(Xhr.send(agent, request(method, url, headers, body), (long) timeoutMs));
        } catch (NetworkException e) {
            agent.diagnostic("XMLHttpRequest " + url + " failed: " + e.getMessage());
            return "network";
        } catch (java.util.concurrent.TimeoutException e) {
            agent.diagnostic("XMLHttpRequest " + url + " timed out after " + (long) timeoutMs + " ms");
            return "timeout";
        }
    }

    // ---- serviceworker.js --------------------------------------------------------------------------------

    @HostAccess.Export
    public void swRegister(String scriptURL, String scope, String type, Value done) {
        agent.page().context().serviceWorkers().register(agent, scriptURL, scope, type, done);
    }

    /** The worker that controls this client (info object), or null. */
    @HostAccess.Export
    public Object swController() {
        return agent.page().context().serviceWorkers().controllerInfo(agent);
    }

    /** The registration whose scope matches {@code url}, or null. */
    @HostAccess.Export
    public Object swRegistration(String url) {
        return agent.page().context().serviceWorkers().registrationInfo(url);
    }

    @HostAccess.Export
    public Object swRegistrations() {
        return agent.page().context().serviceWorkers().registrationInfos(agent.origin());
    }

    @HostAccess.Export
    public boolean swUnregister(String scope) {
        return agent.page().context().serviceWorkers().unregister(scope);
    }

    @HostAccess.Export
    public void swPostToWorker(double workerId, String data, String kinds, Value refs) {
        agent.page().context().serviceWorkers().postToWorker(agent, workerId, Messaging.message(data, kinds, refs));
    }

    // ---- cache.js ---------------------------------------------------------------------------------------

    @HostAccess.Export
    public Caches.Store cacheOpen(String name) {
        return agent.page().context().caches().open(agent.origin(), name);
    }

    @HostAccess.Export
    public Caches.Store cacheGet(String name) {
        return agent.page().context().caches().get(agent.origin(), name);
    }

    @HostAccess.Export
    public boolean cacheDelete(String name) {
        return agent.page().context().caches().delete(agent.origin(), name);
    }

    @HostAccess.Export
    public Object cacheNames() {
        return ProxyArray.fromArray((Object[]) agent.page().context().caches().names(agent.origin()));
    }

    @HostAccess.Export
    public Caches.Entry cacheEntry(String method, String url, Value requestHeaders, int status, String statusText, Value responseHeaders,
            Value body, String responseURL, String type) {
        return Caches.entry(method, url, requestHeaders, status, statusText, responseHeaders, body, responseURL, type);

    }

    // ---- evaluate.js (exposeFunction) -----------------------------------------------------------------

    /** A call of an exposed function: the Java function runs on the I/O pool; the promise settles on this thread. */
    @HostAccess.Export
    public void callExposed(String name, Value argsTree, Value resolve, Value reject) {
        PageRuntime.Exposed fn = agent.page().exposed(name);
        @SuppressWarnings("unchecked")
        List<Object> args = (List<Object>) Evaluator.fromTree(argsTree);
        EventLoop loop = agent.loop();
        loop.beginOp();
        agent.page().io(() -> {
            Object result;
            try {
                result = Evaluator.toTree(fn.call(args));
            } catch (Exception e) {
                String message = e.getMessage() == null ? e.toString() : e.getMessage();
                loop.endOp(() -> reject.execute(message));
                return;
            }
            loop.endOp(() -> resolve.execute(result));
        });
    }

    // ---- workers.js (importScripts, worker lifecycle) -------------------------------------------------

    /** importScripts: fetches and runs one classic script synchronously; returns false if it failed to load. */
    @HostAccess.Export
    public boolean importScript(String url) {
        NetResponse r;
        if (agent.kind() == Agent.Kind.SERVICE_WORKER) { // stored with the worker, by Chromium's rules
            r = agent.page().context().serviceWorkers().importScript(agent, url);
            if (r == null) return false;
        } else {
            try {
                r = agent.page().context().serviceWorkers().fetch(agent, NetRequest.get(url, agent.origin()), "script");
            } catch (NetworkException e) {
                agent.diagnostic("importScripts " + url + ": " + e.getMessage());
                return false;
            }
        }
        if (!r.ok()) return false;
        // HTML: an imported script served over http(s) must have a JavaScript MIME type (Chromium runs data: and
        // blob: ones whatever their type)
        if (url.startsWith("http") && !Network.isJavaScriptMimeType(r.header("content-type"))) {
            agent.console("error", "Refused to execute script from '" + url + "' because its MIME type ('"
                    + Network.mimeEssence(r.header("content-type")) + "') is not executable.");
            return false;
        }
        Object previous = agent.state();
        agent.setState("running " + url);
        try {
            agent.context().eval(Source.newBuilder("js", agent.source(new String(r.body(), StandardCharsets.UTF_8), false), url).buildLiteral());
        } finally {
            agent.setState(previous);
        }
        return true;
    }

    @HostAccess.Export
    public Workers.Handle createWorker(String url, String type, String name, Value onEvent) {
        return Workers.create(agent, url, type, name, onEvent);
    }

    @HostAccess.Export
    public void terminateWorker(Workers.Handle handle) {
        handle.terminate();
    }

    // ---- sharedworker.js ---------------------------------------------------------------------------------

    @HostAccess.Export
    public dev.browserharness.ext.SharedWorkers.Handle connectSharedWorker(String url, String name, String type, String credentials, Value onEvent) {
        return agent.page().context().sharedWorkers().connect(agent, url, name, type, credentials, onEvent);
    }

    // ---- workers.js (continued) ----------------------------------------------------------------------------

    /** self.close(): the worker's loop stops taking tasks once the current one ends. */
    @HostAccess.Export
    public void closeSelf() {
        agent.loop().close();
    }

    // ---- messaging.js --------------------------------------------------------------------------------

    @HostAccess.Export
    public Object createChannel() {
        return ProxyArray.fromArray((Object[]) MessagePortEndpoint.pair(agent));
    }

    @HostAccess.Export
    public void post(MessagePortEndpoint from, String data, String kinds, Value refs) {
        Message m = Messaging.message(agent, data, kinds, refs);
        from.post(m);
    }

    @HostAccess.Export
    public void startPort(MessagePortEndpoint port) {
        port.start();
    }

    @HostAccess.Export
    public void closePort(MessagePortEndpoint port) {
        port.close();
    }

    /** A new BroadcastChannel of this agent's origin. */
    @HostAccess.Export
    public BroadcastChannels.Subscription broadcastSubscribe(String name) {
        return agent.page().context().broadcastChannels().subscribe(agent, agent.origin(), name);
    }

    @HostAccess.Export
    public void broadcastPost(BroadcastChannels.Subscription from, String data, String kinds, Value refs) {
        agent.page().context().broadcastChannels().post(from, Messaging.message(data, kinds, refs));
    }

    @HostAccess.Export
    public void broadcastClose(BroadcastChannels.Subscription channel) {
        agent.page().context().broadcastChannels().close(channel);
    }

    @HostAccess.Export
    public ByteBuffer allocate(int n) {
        return Messaging.allocate(n);
    }

    /** structured-clone.js: null when {@code value} is not a Proxy, else its target's class ("null": revoked). */
    @HostAccess.Export
    public String proxyClass(Value value) {
        return Messaging.proxyClass(value);
    }

    @HostAccess.Export
    public Object proxyTarget(Value value) {
        return Messaging.proxyTarget(value);
    }

    /** structured-clone.js: whether {@code e} (an exception caught in JS) is the host's StackOverflowError. */
    @HostAccess.Export
    public boolean isStackOverflow(Value e) {
        return Messaging.isStackOverflow(e);
    }

    @HostAccess.Export
    public BlobData blobData(ByteBuffer bytes, String type) {
        return new BlobData(bytes, type);
    }

    // ---- crypto.js -------------------------------------------------------------------------------------

    @HostAccess.Export
    public ByteBuffer randomBytes(int n) {
        return Crypto.randomBytes(n);
    }

    @HostAccess.Export
    public String randomUUID() {
        return Crypto.randomUUID();
    }

    /** SubtleCrypto.digest: hashed on the I/O pool; {@code resolve(digest)} runs as a task of this agent. */
    @HostAccess.Export
    public void digest(String algorithm, ByteBuffer data, Value resolve) {
        EventLoop loop = agent.loop();
        loop.beginOp();
        agent.page().io(() -> {
            ByteBuffer d = Crypto.digest(algorithm, data);
            loop.endOp(() -> resolve.execute(d));
        });
    }

    // ---- atomics.js ------------------------------------------------------------------------------------

    /** New memory for {@code new SharedArrayBuffer(byteLength, {maxByteLength})} (-1: not growable). */
    @HostAccess.Export
    public SharedMemory sharedMemory(int byteLength, int maxByteLength) {
        return SharedMemory.allocateFor(agent, byteLength, maxByteLength);
    }

    /** This agent's SharedArrayBuffer object on {@code memory} (a new one, or one posted here). */
    @HostAccess.Export
    public Object sharedArrayBuffer(SharedMemory memory) {
        return SharedBuffers.create(memory);
    }

    /** The SharedMemory of a SharedArrayBuffer GraalJS allocated itself, or null for anything else. */
    @HostAccess.Export
    public SharedMemory adoptSharedArrayBuffer(Value buffer) {
        return SharedBuffers.adopt(buffer);
    }

    @HostAccess.Export
    public String atomicsWait(SharedMemory memory, boolean is64, int index, String expected, double timeout) {
        return memory.await(agent, is64, index, Long.parseLong(expected), timeout);
    }

    /** Atomics.wait on an Int32Array (the hot path: no string conversion of the expected value). */
    @HostAccess.Export
    public String atomicsWait32(SharedMemory memory, int index, int expected, double timeout) {
        return memory.await(agent, false, index, expected, timeout);
    }

    @HostAccess.Export
    public String atomicsWaitAsync(SharedMemory memory, boolean is64, int index, String expected, double timeout, Value resolve, double timerId) {
        return memory.awaitAsync(agent, is64, index, Long.parseLong(expected), timeout, resolve, (long) timerId);
    }

    /** The SharedMemory behind a shared WebAssembly.Memory's buffers (JS Atomics on them), or null if not shared. */
    @HostAccess.Export
    public SharedMemory wasmSharedMemory(Value memory) {
        return WasmMemories.sharedMemoryOf(memory);
    }

    /** What postMessage carries for a shared WebAssembly.Memory, or null if {@code memory} is not one. */
    @HostAccess.Export
    public WasmMemories.Handle wasmMemoryHandle(Value memory) {
        return WasmMemories.handleOf(memory);
    }

    /** This agent's WebAssembly.Memory on a posted shared memory (GraalJS's one wrapper per agent). */
    @HostAccess.Export
    public Object wasmMemoryFor(WasmMemories.Handle handle) {
        return WasmMemories.memoryFor(handle);
    }

    /** A further WebAssembly.Memory of this agent on a posted shared memory (atomics.js renews its buffer after a grow). */
    @HostAccess.Export
    public Object anotherWasmMemoryFor(WasmMemories.Handle handle) {
        return WasmMemories.anotherMemoryFor(handle);
    }

    @HostAccess.Export
    public void resetWasmMemoryBuffer(Value memory) {
        WasmMemories.resetBuffer(memory);
    }

    // ---- wasm.js ---------------------------------------------------------------------------------------

    /** Bytes reserved in the page's off-heap budget for a new WebAssembly.Memory (0: nothing to charge, -1: refused). */
    @HostAccess.Export
    public double wasmMemoryReserveNew(double initial, double maximum, boolean shared) {
        return WasmMemories.reserveNew(agent, initial, maximum, shared);
    }

    /** The same for growing {@code memory} by {@code delta} pages. */
    @HostAccess.Export
    public double wasmMemoryReserveGrow(Value memory, double delta) {
        return WasmMemories.reserveGrow(agent, memory, delta);
    }

    @HostAccess.Export
    public boolean isWasmMemory(Value value) {
        return WasmMemories.isMemory(value);
    }

    @HostAccess.Export
    public void wasmMemoryRelease(double bytes) {
        WasmMemories.release(agent, (long) bytes);
    }

    @HostAccess.Export
    public void wasmMemoryCharge(Value memory, double bytes) {
        WasmMemories.charge(agent, memory, (long) bytes);
    }

    /** Gives back what {@link #wasmMemoryReserveGrow} reserved for a grow the engine refused. */
    @HostAccess.Export
    public void wasmMemoryReleaseGrow(Value memory, double bytes) {
        WasmMemories.releaseGrow(agent, memory, (long) bytes);
    }

    /** Bytes reserved for the memories instantiating {@code module} allocates (0: none, -1: refused). */
    @HostAccess.Export
    public double wasmInstanceReserve(Value module) {
        return WasmMemories.reserveInstance(agent, module);
    }

    /** Ties what {@link #wasmInstanceReserve} reserved to the memories of {@code instance}. */
    @HostAccess.Export
    public void wasmInstanceCharge(Value instance, double bytes) {
        WasmMemories.chargeInstance(agent, instance, (long) bytes);
    }

    /** What postMessage carries for a WebAssembly.Module, or null if {@code module} is not one. */
    @HostAccess.Export
    public WasmModules.Handle wasmModuleHandle(Value module) {
        return WasmModules.handleOf(module);
    }

    /** This agent's new WebAssembly.Module on a posted module. */
    @HostAccess.Export
    public Object wasmModuleFor(WasmModules.Handle handle) {
        return WasmModules.moduleFor(handle);
    }

    // ---- jspi.js ---------------------------------------------------------------------------------------

    /** Null when JSPI works here; else why not (WebAssembly then has no Suspending/promising). */
    @HostAccess.Export
    public String jspiProblem() {
        return Jspi.problem();
    }

    @HostAccess.Export
    public boolean jspiIsExportedFunction(Value f) {
        return Jspi.isExportedFunction(f);
    }

    /** Runs {@code body(call)} as a new wasm stack; the stack if it suspended, null if it finished. */
    @HostAccess.Export
    public Jspi.Stack jspiStart(Value body, Value call, String export) {
        return agent.jspi().start(body, call, export);
    }

    /** Resumes a suspended stack; true if it suspended again. */
    @HostAccess.Export
    public boolean jspiResume(Jspi.Stack stack) {
        return agent.jspi().resume(stack);
    }

    /** Suspends the innermost promising call's stack; returns null once resumed, or why it could not suspend it. */
    @HostAccess.Export
    public String jspiSuspend(String awaiting) {
        return agent.jspi().suspend(awaiting);
    }
}
