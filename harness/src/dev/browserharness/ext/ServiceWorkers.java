package dev.browserharness.ext;

import dev.browserharness.agent.Agent;
import dev.browserharness.agent.ContextRuntime;
import dev.browserharness.net.NetRequest;
import dev.browserharness.net.NetResponse;
import dev.browserharness.net.NetworkException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * The Java backing of serviceworker.js: the service-worker registrations of a browser context (per origin, by scope), their
 * workers' lifecycle (installing → installed → activating → activated), the clients (windows and dedicated workers)
 * and which worker controls each, and the step the network takes before {@code Network.fetch}: a request of a
 * controlled client becomes a {@code fetch} event task on the service worker's loop, and the caller waits for
 * {@code respondWith}'s response on its own thread (an async fetch on the I/O pool, a sync XHR on its agent's
 * thread — which blocks only that agent). Held by the BrowserContext (one profile); registrations live as long as it
 * does.
 */
public final class ServiceWorkers {
    private static final AtomicLong IDS = new AtomicLong();
    /** Chromium's fetch-event timeout is 5 minutes; a browser may set its own. */
    public static final long DEFAULT_FETCH_TIMEOUT_MS = 5 * 60_000;

    private final ContextRuntime context;
    private final Map<String, Registration> byScope = new ConcurrentHashMap<>();
    private final Map<Agent, Client> clients = new ConcurrentHashMap<>();
    private volatile long fetchTimeoutMs = DEFAULT_FETCH_TIMEOUT_MS;

    public ServiceWorkers(ContextRuntime context) {
        this.context = context;
    }

    public void setFetchTimeout(long ms) {
        fetchTimeoutMs = ms;
    }

    // ---- registrations and workers ---------------------------------------------------------------------

    /** One registration: a scope URL and up to three workers. */
    public final class Registration {
        final long id = IDS.incrementAndGet();
        final String scope;
        final String origin;
        volatile Version installing;
        volatile Version waiting;
        volatile Version active;
        volatile boolean uninstalled;

        Registration(String scope) {
            this.scope = scope;
            this.origin = originOf(scope);
        }

        Version newest() {
            Version v = installing;
            if (v == null) v = waiting;
            return v == null ? active : v;
        }

        Map<String, Object> info() {
            Map<String, Object> m = new HashMap<>();
            m.put("id", (double) id);
            m.put("scope", scope);
            m.put("installing", Version.infoOf(installing));
            m.put("waiting", Version.infoOf(waiting));
            m.put("active", Version.infoOf(active));
            return m;
        }
    }

    /** One service worker: its script, state and agent. */
    public final class Version {
        final long id = IDS.incrementAndGet();
        final Registration registration;
        final String scriptURL;
        final byte[] script;
        volatile String state = "parsed";
        volatile Agent agent;
        volatile boolean skipWaiting;
        volatile boolean hasFetchHandler;

        Version(Registration registration, String scriptURL, byte[] script) {
            this.registration = registration;
            this.scriptURL = scriptURL;
            this.script = script;
        }

        static Object infoOf(Version v) {
            if (v == null) return null;
            Map<String, Object> m = new HashMap<>();
            m.put("id", (double) v.id);
            m.put("scriptURL", v.scriptURL);
            m.put("state", v.state);
            m.put("registration", (double) v.registration.id);
            return ProxyObject.fromMap(m);
        }
    }

    /** A window or dedicated worker, as the service worker sees it. */
    final class Client {
        final String id = UUID.randomUUID().toString();
        final Agent agent;
        volatile Version controller;

        Client(Agent agent) {
            this.agent = agent;
        }

        Object info() {
            Map<String, Object> m = new HashMap<>();
            m.put("id", id);
            m.put("url", agent.url());
            m.put("type", agent.kind() == Agent.Kind.WINDOW ? "window" : agent.kind() == Agent.Kind.SHARED_WORKER ? "sharedworker" : "worker");
            m.put("frameType", agent.kind() == Agent.Kind.WINDOW ? "top-level" : "none");
            return ProxyObject.fromMap(m);
        }
    }

    /**
     * A window or dedicated worker starts: it becomes a client, controlled from its start by the active worker of
     * the registration whose scope matches its URL (a blob: worker inherits its parent's controller).
     */
    public void clientStarted(Agent agent) {
        if (agent.kind() == Agent.Kind.SERVICE_WORKER) return;
        Client c = new Client(agent);
        String url = agent.url();
        if (url.startsWith("blob:") && agent.parent() != null) {
            Client p = clients.get(agent.parent());
            c.controller = p == null ? null : p.controller;
        } else {
            Registration r = match(url);
            c.controller = r == null ? null : r.active;
        }
        clients.put(agent, c);
    }

    public void clientEnded(Agent agent) {
        clients.remove(agent);
    }

    /** The registration whose scope is the longest prefix of {@code url}, or null. */
    Registration match(String url) {
        Registration best = null;
        for (Registration r : byScope.values()) {
            if (r.uninstalled || !url.startsWith(r.scope)) continue;
            if (best == null || r.scope.length() > best.scope.length()) best = r;
        }
        return best;
    }

    private Client client(Agent agent) {
        return clients.computeIfAbsent(agent, Client::new);
    }

    /** The controller of {@code agent} as worker info, or null. */
    public Object controllerInfo(Agent agent) {
        Client c = clients.get(agent);
        return c == null ? null : Version.infoOf(c.controller);
    }

    public String clientId(Agent agent) {
        return client(agent).id;
    }

    public Object registrationInfo(String url) {
        Registration r = match(url);
        return r == null ? null : ProxyObject.fromMap(r.info());
    }

    public Object registrationInfos(String origin) {
        List<Object> out = new ArrayList<>();
        for (Registration r : byScope.values()) if (!r.uninstalled && r.origin.equals(origin)) out.add(ProxyObject.fromMap(r.info()));
        return ProxyArray.fromList(out);
    }

    /**
     * register(): fetch the script (never through a service worker), check it, evaluate it in a new service-worker
     * agent, then resolve with the registration and install/activate it. {@code done(error, info)} runs on the
     * client's thread: error is null or [name, message].
     */
    public void register(Agent client, String scriptURL, String scope, String type, Value done) {
        client.loop().beginOp();
        context.io().execute(() -> {
            String prefix = "Failed to register a ServiceWorker for scope ('" + scope + "') with script ('" + scriptURL + "'): ";
            try {
                NetResponse r;
                try {
                    r = context.network().fetch(NetRequest.get(scriptURL, client.origin()));
                } catch (NetworkException e) {
                    client.diagnostic("service worker script " + scriptURL + ": " + e.getMessage());
                    fail(client, done, "TypeError", prefix + "An unknown error occurred when fetching the script.");
                    return;
                }
                if (!r.ok()) {
                    fail(client, done, "TypeError", prefix + "A bad HTTP response code (" + r.status() + ") was received when fetching the script.");
                    return;
                }
                String mime = String.valueOf(r.header("content-type")).split(";")[0].trim().toLowerCase(Locale.ROOT);
                if (!mime.equals("text/javascript") && !mime.equals("application/javascript") && !mime.equals("application/x-javascript")) {
                    fail(client, done, "SecurityError", prefix + "The script has an unsupported MIME type ('" + mime + "').");
                    return;
                }
                String maxScope = maxScope(scriptURL, r.header("service-worker-allowed"));
                if (!scope.startsWith(maxScope)) {
                    fail(client, done, "SecurityError", prefix + "The path of the provided scope ('" + pathOf(scope) + "') is not under the max scope allowed ('"
                            + pathOf(maxScope) + "'). Adjust the scope, move the Service Worker script, or use the Service-Worker-Allowed HTTP header to allow the scope.");
                    return;
                }
                Registration reg = byScope.get(scope);
                Version newest = reg == null || reg.uninstalled ? null : reg.newest();
                if (newest != null && newest.scriptURL.equals(scriptURL) && Arrays.equals(newest.script, r.body())) {
                    Registration same = reg;
                    client.loop().endOp(() -> done.execute(null, ProxyObject.fromMap(same.info())));
                    return;
                }
                if (reg == null || reg.uninstalled) {
                    reg = new Registration(scope);
                    byScope.put(scope, reg);
                }
                Version v = new Version(reg, scriptURL, r.body());
                if (!start(v, r.crossOriginIsolated(), "module".equals(type))) {
                    if (reg.newest() == null) byScope.remove(scope, reg);
                    fail(client, done, "TypeError", prefix + "ServiceWorker script evaluation failed");
                    return;
                }
                Version old = reg.installing;
                reg.installing = v;
                if (old != null) setState(old, "redundant");
                setState(v, "installing");
                Registration done2 = reg;
                Runnable release = context.busy(reg.origin); // the install and activate steps keep its pages busy
                try {
                    client.loop().endOp(() -> done.execute(null, ProxyObject.fromMap(done2.info())));
                    broadcast(reg, "updatefound", null);
                    install(v);
                } finally {
                    release.run();
                }
            } catch (RuntimeException e) {
                client.diagnostic("service worker registration failed: " + e);
                fail(client, done, "TypeError", prefix + "An unknown error occurred.");
            }
        });
    }

    private void fail(Agent client, Value done, String name, String message) {
        client.loop().endOp(() -> done.execute(ProxyArray.fromArray(name, message), null));
    }

    static String maxScope(String scriptURL, String allowed) {
        if (allowed != null && !allowed.isBlank()) {
            try {
                return java.net.URI.create(scriptURL).resolve(allowed.trim()).toString();
            } catch (IllegalArgumentException e) {
                // fall back to the script's folder
            }
        }
        return scriptURL.substring(0, scriptURL.lastIndexOf('/') + 1);
    }

    static String pathOf(String url) {
        try {
            return java.net.URI.create(url).getRawPath();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    static String originOf(String url) {
        try {
            java.net.URI u = java.net.URI.create(url);
            return u.getScheme() + "://" + u.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return "null";
        }
    }

    /** Starts {@code v}'s agent and evaluates its script there; false when evaluation threw. */
    private boolean start(Version v, boolean isolated, boolean module) {
        Agent a = new Agent(context.serviceWorkerHost(), null, Agent.Kind.SERVICE_WORKER, "", v.scriptURL, isolated);
        v.agent = a;
        CompletableFuture<Boolean> evaluated = new CompletableFuture<>();
        a.start(() -> {
            a.internal("startServiceWorker").execute(this.new Bridge(v));
            boolean ok = true;
            Object previous = a.state();
            a.setState("running " + v.scriptURL);
            try {
                String code = new String(v.script, StandardCharsets.UTF_8);
                a.context().eval(Source.newBuilder("js", code, v.scriptURL).buildLiteral());
            } catch (PolyglotException e) {
                if (e.isCancelled() || e.isInterrupted()) throw e;
                a.reportException(e);
                ok = false;
            } finally {
                a.setState(previous);
            }
            v.hasFetchHandler = ok && a.internal("hasFetchHandler").execute().asBoolean();
            evaluated.complete(ok);
        });
        try {
            boolean ok = evaluated.get(60, TimeUnit.SECONDS);
            if (!ok) a.terminate();
            return ok;
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            a.terminate();
            return false;
        }
    }

    /** The install event, then (if nothing holds it back) activation. Runs on an I/O thread. */
    private void install(Version v) {
        boolean ok = lifecycleEvent(v, "install");
        Registration reg = v.registration;
        if (reg.installing != v) return; // replaced meanwhile
        if (!ok) {
            reg.installing = null;
            setState(v, "redundant");
            v.agent.terminate();
            if (reg.newest() == null) byScope.remove(reg.scope, reg);
            return;
        }
        Version oldWaiting = reg.waiting;
        reg.waiting = v;
        reg.installing = null;
        if (oldWaiting != null) setState(oldWaiting, "redundant");
        setState(v, "installed");
        tryActivate(reg);
    }

    private void tryActivate(Registration reg) {
        Version w = reg.waiting;
        if (w == null) return;
        Version current = reg.active;
        if (current != null && !w.skipWaiting && controls(current)) return; // waits until its clients are gone
        reg.active = w;
        reg.waiting = null;
        if (current != null) {
            setState(current, "redundant");
            for (Client c : clients.values()) if (c.controller == current) setController(c, w);
            current.agent.terminate();
        }
        setState(w, "activating");
        lifecycleEvent(w, "activate");
        setState(w, "activated");
    }

    private boolean controls(Version v) {
        for (Client c : clients.values()) if (c.controller == v && !c.agent.isTerminated()) return true;
        return false;
    }

    /** Dispatches install/activate in the worker and waits for its waitUntil promises; true unless one rejected. */
    private boolean lifecycleEvent(Version v, String type) {
        CompletableFuture<Boolean> f = new CompletableFuture<>();
        Agent a = v.agent;
        if (!a.loop().post(() -> a.internal("dispatchLifecycleEvent").execute(type, new Settle(f)))) return false;
        try {
            return f.get();
        } catch (InterruptedException | ExecutionException e) {
            return false;
        }
    }

    /** A one-shot callback the shims call with the outcome of something they waited for. */
    public static final class Settle {
        private final CompletableFuture<Boolean> f;

        Settle(CompletableFuture<Boolean> f) {
            this.f = f;
        }

        @HostAccess.Export
        public void done(boolean ok) {
            f.complete(ok);
        }
    }

    private void setState(Version v, String state) {
        v.state = state;
        broadcast(v.registration, "state", Version.infoOf(v));
    }

    private void setController(Client c, Version v) {
        c.controller = v;
        Object info = Version.infoOf(v);
        Agent a = c.agent;
        a.loop().post(() -> a.internal("swControllerChange").execute(info));
    }

    /**
     * Tells every client of the registration's origin (and the registration's own workers) that something changed:
     * kind "state" (a worker's new state, with the registration's workers) or "updatefound".
     */
    private void broadcast(Registration reg, String kind, Object worker) {
        Object info = ProxyObject.fromMap(reg.info());
        List<Agent> targets = new ArrayList<>();
        for (Client c : clients.values()) if (originOf(c.agent.url()).equals(reg.origin)) targets.add(c.agent);
        for (Version v : new Version[] {reg.installing, reg.waiting, reg.active}) if (v != null && v.agent != null) targets.add(v.agent);
        for (Agent a : targets) a.loop().post(() -> a.internal("swRegistrationChange").execute(kind, info, worker));
    }

    public boolean unregister(String scope) {
        Registration r = byScope.get(scope);
        if (r == null || r.uninstalled) return false;
        r.uninstalled = true;
        byScope.remove(scope, r);
        if (!controls(r.active)) {
            for (Version v : new Version[] {r.installing, r.waiting, r.active}) {
                if (v == null) continue;
                setState(v, "redundant");
                if (v.agent != null) v.agent.terminate();
            }
        }
        return true;
    }

    // ---- messages -----------------------------------------------------------------------------------------

    /** A client posts to a service worker (ServiceWorker.postMessage). */
    public void postToWorker(Agent from, double versionId, Message m) {
        Version v = version((long) versionId);
        if (v == null || v.agent == null) return;
        Object source = client(from).info();
        Agent a = v.agent;
        a.loop().post(() -> deliver(a, "deliverToServiceWorker", source, m));
    }

    /** A service worker posts to one of its clients (Client.postMessage). */
    public void postToClient(Agent from, String clientId, Message m) {
        Version v = versionOf(from);
        for (Client c : clients.values()) {
            if (!c.id.equals(clientId)) continue;
            Object source = Version.infoOf(v);
            Agent a = c.agent;
            a.loop().post(() -> deliver(a, "deliverFromServiceWorker", source, m));
        }
    }

    private static void deliver(Agent owner, String fn, Object source, Message m) {
        for (Object ref : m.refs()) if (ref instanceof MessagePortEndpoint port) port.adopt(owner);
        Object refs = m.refs().length == 0 ? null : ProxyArray.fromArray(m.refs());
        owner.internal(fn).execute(source, m.data(), m.kinds(), refs);
    }

    private Version version(long id) {
        for (Registration r : byScope.values()) {
            for (Version v : new Version[] {r.installing, r.waiting, r.active}) if (v != null && v.id == id) return v;
        }
        return null;
    }

    private Version versionOf(Agent sw) {
        for (Registration r : byScope.values()) {
            for (Version v : new Version[] {r.installing, r.waiting, r.active}) if (v != null && v.agent == sw) return v;
        }
        return null;
    }

    // ---- fetch interception --------------------------------------------------------------------------------

    /**
     * The network step every client request takes ({@code destination}: "" for fetch/XHR, "worker", "script"...):
     * a controlled client's http(s) request goes to its service worker's fetch event first; without respondWith
     * (or without a fetch handler) it goes to the network. Blocks the calling thread until answered.
     *
     * @throws NetworkException a network error, the service worker's included (respondWith rejected, not a Response,
     *     the fetch-event timeout)
     */
    public NetResponse fetch(Agent agent, NetRequest req, String destination) throws NetworkException {
        Client c = clients.get(agent);
        Version v = c == null ? null : c.controller;
        if (v == null || !v.hasFetchHandler || v.agent == null || v.agent == agent || v.agent.isTerminated()
                || !(req.url().startsWith("http://") || req.url().startsWith("https://"))) {
            return agent.network().fetch(req);
        }
        FetchEvent e = new FetchEvent(v, req);
        Agent sw = v.agent;
        Object previous = agent.state();
        boolean blocked = previous instanceof Xhr.Blocked; // a sync XHR: its report names the fetch event it waits for
        if (blocked) agent.setState(((Xhr.Blocked) previous).waitingFor(e));
        try {
            if (!sw.loop().post(() -> sw.internal("dispatchFetchEvent").execute(e, req.method(), req.url(), headersJs(req.headers()),
                    req.body() == null ? null : ByteBuffer.allocateDirect(req.body().length).put(req.body()).flip(), c.id, destination))) {
                return agent.network().fetch(req);
            }
            NetResponse r;
            try {
                r = e.result.get(fetchTimeoutMs, TimeUnit.MILLISECONDS);
            } catch (TimeoutException t) {
                agent.diagnostic("the service worker did not answer the fetch event for " + req.method() + " " + req.url()
                        + " within " + fetchTimeoutMs + " ms: a network error");
                throw new NetworkException("service worker fetch event timed out: " + req.url());
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new NetworkException("interrupted: " + req.url(), ie);
            } catch (ExecutionException ee) {
                throw new NetworkException(String.valueOf(ee.getCause().getMessage()), ee.getCause());
            }
            return r == FetchEvent.FALLBACK ? agent.network().fetch(req) : r;
        } finally {
            if (blocked) agent.setState(previous);
        }
    }

    private static Object headersJs(List<String[]> headers) {
        Object[] out = new Object[headers.size()];
        for (int i = 0; i < out.length; i++) out[i] = ProxyArray.fromArray((Object[]) headers.get(i));
        return ProxyArray.fromArray(out);
    }

    /** One fetch event in flight: the service worker's shims settle it once. */
    public static final class FetchEvent {
        static final NetResponse FALLBACK = new NetResponse("", 0, "", List.of(), new byte[0]);
        final CompletableFuture<NetResponse> result = new CompletableFuture<>();
        final Version version;
        final NetRequest request;

        FetchEvent(Version version, NetRequest request) {
            this.version = version;
            this.request = request;
        }

        /** respondWith's Response: status, statusText, [[name, value]], body bytes (Uint8Array or null), URL. */
        @HostAccess.Export
        public void respond(int status, String statusText, Value headers, Value body, String url) {
            List<String[]> hs = new ArrayList<>();
            for (long i = 0; i < headers.getArraySize(); i++) {
                Value pair = headers.getArrayElement(i);
                hs.add(new String[] {pair.getArrayElement(0).asString(), pair.getArrayElement(1).asString()});
            }
            byte[] bytes = new byte[0];
            if (body != null && !body.isNull()) {
                int n = body.getMember("byteLength").asInt();
                bytes = new byte[n];
                if (n > 0) body.getMember("buffer").readBuffer(body.getMember("byteOffset").asInt(), bytes, 0, n);
            }
            result.complete(new NetResponse(url == null || url.isEmpty() ? request.url() : url, status, statusText, hs, bytes));
        }

        /** No respondWith: the request goes to the network. */
        @HostAccess.Export
        public void fallback() {
            result.complete(FALLBACK);
        }

        /** respondWith's promise rejected or gave something else than a Response: a network error. */
        @HostAccess.Export
        public void fail(String reason) {
            result.completeExceptionally(new NetworkException(reason));
        }

        @Override
        public String toString() {
            return "the fetch event for " + request.method() + " " + request.url() + " waiting in " + version.agent.label()
                    + (result.isDone() ? "" : " (respondWith not settled)");
        }
    }

    // ---- the service worker's own bridge -------------------------------------------------------------------

    /** What a service worker's shims reach: its registration, clients, skipWaiting. */
    public final class Bridge {
        private final Version v;

        Bridge(Version v) {
            this.v = v;
        }

        @HostAccess.Export
        public Object registration() {
            return ProxyObject.fromMap(v.registration.info());
        }

        @HostAccess.Export
        public void skipWaiting() {
            v.skipWaiting = true;
            if (v.registration.waiting != v) return;
            Runnable release = context.busy(v.registration.origin);
            context.io().execute(() -> {
                try {
                    tryActivate(v.registration);
                } finally {
                    release.run();
                }
            });
        }

        @HostAccess.Export
        public Object clients(boolean includeUncontrolled, String type) {
            List<Object> out = new ArrayList<>();
            List<Client> all = new ArrayList<>(clients.values());
            all.sort((a, b) -> Integer.compare(a.agent.id(), b.agent.id()));
            for (Client c : all) {
                if (c.agent.isTerminated() || !originOf(c.agent.url()).equals(v.registration.origin)) continue;
                if (!includeUncontrolled && c.controller != v) continue;
                String t = c.agent.kind() == Agent.Kind.WINDOW ? "window" : c.agent.kind() == Agent.Kind.SHARED_WORKER ? "sharedworker" : "worker";
                if (!type.equals("all") && !type.equals(t)) continue;
                out.add(c.info());
            }
            return ProxyArray.fromList(out);
        }

        @HostAccess.Export
        public void claim() {
            if (v.registration.active != v) return;
            for (Client c : clients.values()) {
                if (c.agent.isTerminated() || c.controller == v) continue;
                if (match(c.agent.url()) == v.registration) setController(c, v);
            }
        }

        @HostAccess.Export
        public void postToClient(String clientId, String data, String kinds, Value refs) {
            ServiceWorkers.this.postToClient(v.agent, clientId, Messaging.message(data, kinds, refs));
        }
    }
}
