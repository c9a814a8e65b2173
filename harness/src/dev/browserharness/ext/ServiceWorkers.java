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
    private final Map<Agent, Version> versionsByAgent = new ConcurrentHashMap<>();
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
        /** The type of its newest script ("classic" or "module"): update() registers it again with it. */
        volatile String type = "classic";

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
            m.put("type", type);
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
        /** The scripts its first evaluation and install event imported (URL -> response), in import order. */
        final Map<String, NetResponse> imported = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());
        /** Extendable events dispatched and not finished yet: they end (false) when the worker's agent ends. */
        final java.util.Set<CompletableFuture<Boolean>> pending = ConcurrentHashMap.newKeySet();

        /** A future for one extendable event's outcome, completed by the shims ({@link Settle}) or by the agent's end. */
        CompletableFuture<Boolean> eventOutcome() {
            CompletableFuture<Boolean> f = new CompletableFuture<>();
            pending.add(f);
            f.whenComplete((ok, t) -> pending.remove(f));
            Agent a = agent;
            if (a == null || a.isTerminated()) f.complete(false);
            return f;
        }

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
        final String id;
        final Agent agent;
        volatile Version controller;

        Client(Agent agent) {
            this(agent, UUID.randomUUID().toString());
        }

        Client(Agent agent, String id) {
            this.agent = agent;
            this.id = id;
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
        if (agent.kind() == Agent.Kind.SERVICE_WORKER || clients.containsKey(agent)) return; // (or reserved: navigate)
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
        Version v = versionsByAgent.remove(agent);
        if (v != null) for (CompletableFuture<Boolean> f : List.copyOf(v.pending)) f.complete(false);
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
                String mime = mimeOf(r);
                if (!isJavaScriptMime(mime)) {
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
                Evaluation evaluation = start(v, r.crossOriginIsolated(), "module".equals(type));
                if (evaluation != Evaluation.OK) {
                    if (reg.newest() == null) byScope.remove(scope, reg);
                    fail(client, done, "TypeError", prefix + (evaluation == Evaluation.NOT_STARTED
                            ? "ServiceWorker cannot be started" : "ServiceWorker script evaluation failed"));
                    return;
                }
                reg.type = "module".equals(type) ? "module" : "classic";
                Version old = reg.installing;
                reg.installing = v;
                if (old != null) setState(old, "redundant");
                setState(v, "installing");
                Runnable release = context.busy(reg.origin); // the install and activate steps keep its pages busy
                try {
                    // the registration as register() resolves with it (installing is the new worker), whatever the install
                    // step has done by the time the client's task runs; the state changes follow as later tasks
                    Object info = ProxyObject.fromMap(reg.info());
                    client.loop().endOp(() -> done.execute(null, info));
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

    /** How a new worker's first evaluation ended. */
    enum Evaluation { OK, THREW, NOT_STARTED }

    /**
     * Starts {@code v}'s agent and evaluates its script there: a classic script as it is, a module script (and its
     * static imports) through the agent's module loader. THREW when evaluation threw (reported in the worker),
     * NOT_STARTED when a module of the graph could not be loaded (Chromium: "ServiceWorker cannot be started").
     */
    private Evaluation start(Version v, boolean isolated, boolean module) {
        Agent a = new Agent(context.serviceWorkerHost(), null, Agent.Kind.SERVICE_WORKER, "", v.scriptURL, isolated);
        v.agent = a;
        versionsByAgent.put(a, v);
        CompletableFuture<Evaluation> evaluated = new CompletableFuture<>();
        a.start(() -> {
            a.internal("startServiceWorker").execute(this.new Bridge(v));
            if (module) {
                a.internal("setModuleWorker").execute();
                a.internal("runServiceWorkerModule").execute(v.scriptURL, new ModuleOutcome(a, v, evaluated));
                return;
            }
            boolean ok = true;
            Object previous = a.state();
            a.setState("running " + v.scriptURL);
            try {
                String code = a.source(new String(v.script, StandardCharsets.UTF_8), false);
                a.context().eval(Source.newBuilder("js", code, v.scriptURL).buildLiteral());
            } catch (PolyglotException e) {
                if (e.isCancelled() || e.isInterrupted()) throw e;
                a.reportException(e);
                ok = false;
            } finally {
                a.setState(previous);
            }
            v.hasFetchHandler = ok && a.internal("hasFetchHandler").execute().asBoolean();
            evaluated.complete(ok ? Evaluation.OK : Evaluation.THREW);
        });
        try {
            Evaluation e = evaluated.get(60, TimeUnit.SECONDS);
            if (e != Evaluation.OK) a.terminate();
            return e;
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            a.terminate();
            return Evaluation.THREW;
        }
    }

    /** The shims' answer for a module service worker's evaluation ("ok", "threw", "not-found"). */
    public static final class ModuleOutcome {
        private final Agent agent;
        private final Version version;
        private final CompletableFuture<Evaluation> evaluated;

        ModuleOutcome(Agent agent, Version version, CompletableFuture<Evaluation> evaluated) {
            this.agent = agent;
            this.version = version;
            this.evaluated = evaluated;
        }

        @HostAccess.Export
        public void done(String outcome) {
            boolean ok = outcome.equals("ok");
            version.hasFetchHandler = ok && agent.internal("hasFetchHandler").execute().asBoolean();
            evaluated.complete(ok ? Evaluation.OK : outcome.equals("not-found") ? Evaluation.NOT_STARTED : Evaluation.THREW);
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
        CompletableFuture<Boolean> f = v.eventOutcome();
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

    // ---- importScripts in a service worker -------------------------------------------------------------------

    /**
     * importScripts in service worker {@code sw}, by Chromium's rules: while the worker is evaluated for the first time
     * or handles its install event, a script comes from the network (never through a service worker), must be a
     * JavaScript resource, and is stored with the worker; afterwards a stored URL gives the stored script again and any
     * other URL fails. Null when the script cannot be imported (the shim throws a NetworkError); Chromium's console
     * line for why, if it prints one, goes to the worker's console.
     */
    public NetResponse importScript(Agent sw, String url) {
        Version v = versionsByAgent.get(sw);
        if (v == null) return null;
        NetResponse stored = v.imported.get(url);
        if (stored != null) return stored;
        if (!v.state.equals("parsed") && !v.state.equals("installing")) return null;
        NetResponse r;
        try {
            r = sw.network().fetch(NetRequest.get(url, sw.origin()));
        } catch (NetworkException e) {
            sw.diagnostic("importScripts " + url + ": " + e.getMessage());
            sw.console("error", "An unknown error occurred when fetching the script.");
            return null;
        }
        if (!r.ok()) {
            sw.console("error", "A bad HTTP response code (" + r.status() + ") was received when fetching the script.");
            return null;
        }
        String mime = mimeOf(r);
        if (!isJavaScriptMime(mime)) {
            sw.console("error", "The script has an unsupported MIME type ('" + mime + "').");
            return null;
        }
        v.imported.put(url, r);
        return r;
    }

    private static String mimeOf(NetResponse r) {
        return String.valueOf(r.header("content-type")).split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isJavaScriptMime(String mime) {
        return mime.equals("text/javascript") || mime.equals("application/javascript") || mime.equals("application/x-javascript");
    }

    // ---- messages -----------------------------------------------------------------------------------------

    /** A client posts to a service worker (ServiceWorker.postMessage). */
    public void postToWorker(Agent from, double versionId, Message m) {
        Version v = version((long) versionId);
        if (v == null) for (Version w : versionsByAgent.values()) if (w.id == (long) versionId) v = w; // still being evaluated
        if (v == null || v.agent == null) return;
        Version fromWorker = versionsByAgent.get(from);
        Object source = fromWorker != null ? Version.infoOf(fromWorker) : client(from).info();
        Agent a = v.agent;
        // the pages of its origin stay busy until the message event (and its waitUntil promises) is done: a page
        // waiting for the service worker's answer is not idle. Nor before the task that dispatches the event has
        // ended, with its microtask checkpoint (GraalJS's, when deliver's call returns): an answer posted from a promise
        // reaction, without waitUntil, is then already queued to the page (it was lost when the page ended first).
        Runnable release = context.busy(v.registration.origin);
        CompletableFuture<Boolean> outcome = v.eventOutcome();
        CompletableFuture<Boolean> taskEnded = v.eventOutcome(); // also completed when the worker ends first
        CompletableFuture.allOf(outcome, taskEnded).whenComplete((ok, t) -> release.run());
        if (!a.loop().post(() -> {
            try {
                deliver(a, "deliverToServiceWorker", source, m, new Settle(outcome));
            } finally {
                taskEnded.complete(true);
                if (!outcome.isDone() && a.isTerminated()) outcome.complete(false);
            }
        })) {
            outcome.complete(false);
            taskEnded.complete(false);
        }
    }

    /** A service worker posts to one of its clients (Client.postMessage). */
    public void postToClient(Agent from, String clientId, Message m) {
        Version v = versionOf(from);
        for (Client c : clients.values()) {
            if (!c.id.equals(clientId)) continue;
            Object source = Version.infoOf(v);
            Agent a = c.agent;
            a.loop().post(() -> deliver(a, "deliverFromServiceWorker", source, m, null));
        }
    }

    private static void deliver(Agent owner, String fn, Object source, Message m, Settle settle) {
        for (Object ref : m.refs()) if (ref instanceof MessagePortEndpoint port) port.adopt(owner);
        Object refs = m.refs().length == 0 ? null : ProxyArray.fromArray(m.refs());
        try {
            owner.internal(fn).execute(source, m.data(), m.kinds(), refs, settle);
        } catch (RuntimeException e) {
            if (settle != null) settle.done(false); // the event was never dispatched: nothing holds the pages busy
            throw e;
        }
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
        // a request that makes a new client (a worker's script) has no client yet: its fetch event has an empty
        // clientId and the new client's id as resultingClientId
        boolean reserved = destination.equals("worker");
        return dispatch(v, req, reserved ? "" : c.id, reserved ? c.id : "", destination, agent.network(), agent);
    }

    /**
     * Posts {@code req} as a fetch event to {@code v}'s agent and waits (on this thread) for its answer: respondWith's
     * response, the network when it did not respond, or a network error. {@code waiter} (may be null) is the agent
     * whose state names the fetch event it waits for and whose console gets the diagnostics.
     */
    private NetResponse dispatch(Version v, NetRequest req, String clientId, String resultingClientId, String destination,
            dev.browserharness.net.Network network, Agent waiter) throws NetworkException {
        FetchEvent e = new FetchEvent(v, req);
        Agent sw = v.agent;
        Object previous = waiter == null ? null : waiter.state();
        boolean blocked = previous instanceof Xhr.Blocked; // a sync XHR: its report names the fetch event it waits for
        if (blocked) waiter.setState(((Xhr.Blocked) previous).waitingFor(e));
        try {
            if (!sw.loop().post(() -> sw.internal("dispatchFetchEvent").execute(e, req.method(), req.url(), headersJs(req.headers()),
                    req.body() == null ? null : ByteBuffer.allocateDirect(req.body().length).put(req.body()).flip(), clientId,
                    resultingClientId, destination))) {
                return network.fetch(req);
            }
            NetResponse r;
            try {
                r = e.result.get(fetchTimeoutMs, TimeUnit.MILLISECONDS);
            } catch (TimeoutException t) {
                (waiter != null ? waiter : sw).diagnostic("the service worker did not answer the fetch event for " + req.method() + " "
                        + req.url() + " within " + fetchTimeoutMs + " ms: a network error");
                throw new NetworkException("service worker fetch event timed out: " + req.url());
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new NetworkException("interrupted: " + req.url(), ie);
            } catch (ExecutionException ee) {
                throw new NetworkException(String.valueOf(ee.getCause().getMessage()), ee.getCause());
            }
            return r == FetchEvent.FALLBACK ? network.fetch(req) : r;
        } finally {
            if (blocked) waiter.setState(previous);
        }
    }

    // ---- navigations --------------------------------------------------------------------------------------

    /** A navigation a service worker controls: the document's response and the client the new window will be. */
    public record Navigation(NetResponse response, String clientId, Version controller) {}

    /**
     * A page navigates to {@code req}'s URL: when a registration's scope has it and its worker is active, the request
     * is that worker's fetch event (destination "document", mode "navigate", clientId the document it replaces (or ""),
     * resultingClientId the new window's id) and the new window is controlled from its start ({@link #adopt}). Null when no worker controls it.
     */
    public Navigation navigate(Agent from, dev.browserharness.net.Network network, NetRequest req) throws NetworkException {
        Registration r = req.url().startsWith("http://") || req.url().startsWith("https://") ? match(req.url()) : null;
        Version v = r == null ? null : r.active;
        if (v == null || v.agent == null || v.agent.isTerminated()) return null;
        String clientId = UUID.randomUUID().toString();
        // (the document being replaced, if any, is the client that navigated: Chromium gives its id as clientId)
        Client initiator = from == null ? null : clients.get(from);
        String initiatorId = initiator == null ? "" : initiator.id;
        NetResponse doc = v.hasFetchHandler ? dispatch(v, req, initiatorId, clientId, "document", network, null) : network.fetch(req);
        return new Navigation(doc, clientId, v);
    }

    /** The window a navigation made is the client it reserved (before the window's agent starts). */
    public void adopt(Agent window, Navigation nav) {
        Client c = new Client(window, nav.clientId());
        c.controller = nav.controller();
        clients.put(window, c);
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

        /**
         * respondWith's Response: status, statusText, [[name, value]], its body as an ArrayBuffer with offset and
         * length (null: no body; the shim reads the view's getters, never Java), URL.
         */
        @HostAccess.Export
        public void respond(int status, String statusText, Value headers, Value buffer, int offset, int length, String url) {
            List<String[]> hs = new ArrayList<>((int) headers.getArraySize());
            for (long i = 0; i < headers.getArraySize(); i++) {
                Value pair = headers.getArrayElement(i);
                hs.add(new String[] {pair.getArrayElement(0).asString(), pair.getArrayElement(1).asString()});
            }
            byte[] bytes = new byte[length];
            if (length > 0 && buffer != null && !buffer.isNull()) buffer.readBuffer(offset, bytes, 0, length);
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

        /** This worker (ServiceWorkerGlobalScope.serviceWorker). */
        @HostAccess.Export
        public Object self() {
            return Version.infoOf(v);
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
