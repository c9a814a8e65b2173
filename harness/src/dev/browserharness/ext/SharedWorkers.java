package dev.browserharness.ext;

import dev.browserharness.agent.Agent;
import dev.browserharness.agent.ContextRuntime;
import dev.browserharness.agent.PageRuntime;
import dev.browserharness.net.NetRequest;
import dev.browserharness.net.NetResponse;
import dev.browserharness.net.Network;
import dev.browserharness.net.NetworkException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.proxy.ProxyExecutable;

/**
 * The Java backing of sharedworker.js: the shared workers of one BrowserContext. One worker runs per (script URL,
 * name, constructor origin); {@code new SharedWorker} with the same key connects to the running one: an entangled
 * pair of {@link MessagePortEndpoint}s, one the SharedWorker object's {@code port}, the other the {@code connect}
 * event's port in the worker. Each worker is an agent of its own (own context, thread, loop) on an internal page of
 * its own; it lives while a document that connected to it (its owners) is open, and ends with the last one. The
 * owners' pages show its console and uncaught errors, count its work as theirs (not idle while it is busy) and list
 * it in their reports.
 */
public final class SharedWorkers {
    private final ContextRuntime context;
    private final Map<Key, Instance> running = new LinkedHashMap<>();

    public SharedWorkers(ContextRuntime context) {
        this.context = context;
    }

    record Key(String url, String name, String origin) {}

    /** What a SharedWorker object holds: its port (the one the page sees). */
    public static final class Handle {
        @HostAccess.Export public final MessagePortEndpoint port;

        Handle(MessagePortEndpoint port) {
            this.port = port;
        }
    }

    /** One SharedWorker object's way back to its page, for error events ({@code onEvent(kind, message, filename, lineno, colno)}). */
    private record Link(Agent client, Value onEvent) {
        void fire(String kind, String message, String filename, int lineno, int colno) {
            client.loop().post(() -> onEvent.execute(kind, message, filename, lineno, colno));
        }
    }

    /** One running shared worker. */
    final class Instance implements Agent.ErrorLink {
        final Key key;
        final String type;
        final String credentials;
        final PageRuntime host;
        final Agent agent;
        /** Owner documents (window agents) and their pages; guarded by SharedWorkers.this. */
        final Map<Agent, PageRuntime> owners = new LinkedHashMap<>();
        /** The SharedWorker objects connected before the script ran: they hear of its load failure or exception. */
        final List<Link> starting = new ArrayList<>();
        boolean started;
        boolean ended;
        /** The classic script did not parse (its objects get a plain error event, not an ErrorEvent); worker thread only. */
        boolean syntaxError;

        Instance(Key key, String type, String credentials) {
            this.key = key;
            this.type = type;
            this.credentials = credentials;
            this.host = context.newSharedWorkerHost(this::ownerPages);
            this.agent = new Agent(host, null, Agent.Kind.SHARED_WORKER, key.name, key.url, false);
            agent.setWorkerLink(this);
        }

        List<PageRuntime> ownerPages() {
            synchronized (SharedWorkers.this) {
                List<PageRuntime> out = new ArrayList<>();
                for (PageRuntime p : owners.values()) if (!out.contains(p)) out.add(p);
                return out;
            }
        }

        /** An uncaught error of the worker: its owners' pages show it; while its script runs, its SharedWorker objects get it. */
        @Override
        public void error(String text, String message, String filename, int lineno, int colno, boolean own) {
            if (message.isEmpty()) { // a module script that could not be fetched (workers.js's load-failure signal)
                loadFailed();
                return;
            }
            host.uncaught(agent, text);
            // Chromium: a SyntaxError (the script's own, or one importScripts threw) is a plain error event there
            boolean plain = syntaxError || message.startsWith("Uncaught SyntaxError");
            for (Link l : startingLinks()) l.fire(plain ? "failed" : "error", message, filename, lineno, colno);
        }

        private List<Link> startingLinks() {
            synchronized (SharedWorkers.this) {
                return started ? List.of() : List.copyOf(starting);
            }
        }

        /** The script could not be fetched or run: each SharedWorker object waiting for it gets a plain error event. */
        void loadFailed() {
            for (Link l : startingLinks()) {
                l.client.console("error", "Failed to fetch a worker script.");
                l.fire("failed", "", "", 0, 0);
            }
            end();
        }

        void scriptRan() {
            synchronized (SharedWorkers.this) {
                started = true;
                starting.clear();
            }
        }

        /** The worker ends: forgotten (a later constructor call starts a new one), its owners stop counting its work. */
        void end() {
            List<PageRuntime> pages;
            synchronized (SharedWorkers.this) {
                if (ended) return;
                ended = true;
                if (running.get(key) == this) running.remove(key);
                pages = ownerPages();
                owners.clear();
                starting.clear();
            }
            for (PageRuntime p : pages) host.activity().removeFollower(p.activity());
            agent.terminate();
        }

        /** A document that connected to this worker ended: without owners, the worker ends. */
        void ownerEnded(Agent window) {
            PageRuntime page;
            boolean last;
            boolean pageLeft;
            synchronized (SharedWorkers.this) {
                page = owners.remove(window);
                if (page == null) return;
                pageLeft = !owners.containsValue(page);
                last = owners.isEmpty();
            }
            if (pageLeft) host.activity().removeFollower(page.activity());
            if (last) end();
        }
    }

    /**
     * {@code new SharedWorker(url, {name, type, credentials})} in {@code client} (a window): connects to the running
     * worker of (url, name, client's origin), or starts it. {@code onEvent(kind, ...)} runs on the client's thread:
     * "failed" (a plain error event: the script could not be loaded), "error" (an ErrorEvent: the script threw),
     * "mismatch" (a running worker of that key has another type or credentials: a plain error event).
     */
    public Handle connect(Agent client, String url, String name, String type, String credentials, Value onEvent) {
        MessagePortEndpoint[] ports = MessagePortEndpoint.pair(client);
        MessagePortEndpoint outside = ports[0], inside = ports[1];
        Key key = new Key(url, name, client.origin());
        Link link = new Link(client, onEvent);
        Instance fresh = null;
        Instance instance;
        boolean newOwnerPage;
        synchronized (this) {
            instance = running.get(key);
            if (instance != null && instance.agent.loop().isClosed()) { // it called self.close(): a new one starts
                running.remove(key);
                instance = null;
            }
            if (instance != null && !(instance.type.equals(type) && instance.credentials.equals(credentials))) {
                client.loop().post(() -> {
                    client.console("error", "Failed to connect an existing shared worker because the type or credentials given on the "
                            + "SharedWorker constructor doesn't match the existing shared worker's type or credentials.");
                    onEvent.execute("mismatch", "", "", 0, 0);
                });
                return new Handle(outside);
            }
            if (instance == null) {
                instance = fresh = new Instance(key, type, credentials);
                running.put(key, instance);
            }
            newOwnerPage = !instance.owners.containsValue(client.page());
            instance.owners.put(client, client.page());
            if (!instance.started) instance.starting.add(link);
        }
        if (newOwnerPage) instance.host.activity().addFollower(client.page().activity());
        Instance owned = instance;
        client.onEnded(() -> owned.ownerEnded(client));
        inside.adopt(instance.agent);
        if (fresh != null) start(client, fresh);
        Agent worker = instance.agent;
        if (!worker.loop().post(() -> worker.internal("dispatchConnect").execute(inside))) {
            inside.close(); // it ended meanwhile (self.close()): the port leads nowhere, as in Chromium
        }
        return new Handle(outside);
    }

    /** Starts the worker's agent; its first task fetches and runs the script (connect events queue behind it). */
    private void start(Agent client, Instance in) {
        Agent worker = in.agent;
        String url = in.key.url;
        // HTML resolves a blob: URL in the constructor: revoking it right after new SharedWorker() changes nothing
        NetResponse blob = url.startsWith("blob:") ? fetchScript(client, worker, url) : null;
        if (blob != null && blob.ok() && "module".equals(in.type) && Network.isJavaScriptMimeType(blob.header("content-type"))) {
            worker.modules().registerInline(url, blob.text());
        }
        worker.onEnded(in::end); // self.close(), a crash, or its owners gone
        try {
            worker.start(() -> {
                NetResponse script = url.startsWith("blob:") ? blob : fetchScript(worker, worker, url);
                if (script == null || !script.ok()) {
                    in.loadFailed();
                    return;
                }
                worker.internal("startWorkerScope").execute(null, in.type);
                if ("module".equals(in.type)) {
                    // a failed fetch of its graph comes back as error(""); its objects wait for it until it settles
                    worker.internal("runSharedWorkerModule").execute(url, (ProxyExecutable) args -> {
                        in.scriptRan();
                        return null;
                    });
                } else {
                    runClassic(in, url, new String(script.body(), StandardCharsets.UTF_8));
                    in.scriptRan();
                }
            });
        } catch (OutOfMemoryError e) { // no thread for it
            client.diagnostic("new SharedWorker(" + url + "): the JVM could not start a thread for it (" + e.getMessage() + ")");
            in.loadFailed();
        }
    }

    /**
     * Parses, then runs the classic script. A script that does not parse ends the worker (its objects get a plain
     * error event, as in Chromium); an exception while it runs (a SyntaxError thrown by importScripts included) is
     * reported and the worker lives on.
     */
    private static void runClassic(Instance in, String url, String code) {
        Agent worker = in.agent;
        Object previous = worker.state();
        worker.setState("running " + url);
        try {
            Value program;
            try {
                program = worker.context().parse(Source.newBuilder("js", code, url).buildLiteral());
            } catch (PolyglotException e) {
                if (e.isCancelled() || e.isInterrupted() || worker.isTerminated() || !e.isSyntaxError()) throw e;
                in.syntaxError = true;
                worker.reportException(e);
                in.end();
                return;
            }
            program.executeVoid();
        } catch (PolyglotException e) {
            if (e.isCancelled() || e.isInterrupted() || worker.isTerminated()) throw e;
            worker.reportException(e);
        } finally {
            worker.setState(previous);
        }
    }

    /** The script, through the service worker that controls the shared worker's URL if any (destination "sharedworker"). */
    private static NetResponse fetchScript(Agent requester, Agent worker, String url) {
        try {
            return requester.page().context().serviceWorkers().fetch(requester, NetRequest.get(url, requester.origin()), "sharedworker");
        } catch (NetworkException e) {
            worker.diagnostic("shared worker script " + url + ": " + e.getMessage());
            return null;
        }
    }

    /** The shared-worker agents {@code page} is connected to (reports). */
    public synchronized List<Agent> agentsOf(PageRuntime page) {
        List<Agent> out = new ArrayList<>();
        for (Instance in : running.values()) if (in.owners.containsValue(page) && !in.agent.isTerminated()) out.add(in.agent);
        return out;
    }

    /** The context closes: every shared worker ends; returns their pages (to wait for their threads). */
    public List<PageRuntime> closeAll() {
        List<Instance> all;
        synchronized (this) {
            all = List.copyOf(running.values());
        }
        List<PageRuntime> hosts = new ArrayList<>();
        for (Instance in : all) {
            in.end();
            hosts.add(in.host);
        }
        return hosts;
    }
}
