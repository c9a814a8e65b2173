package dev.browserharness.ext;

import dev.browserharness.agent.Agent;
import dev.browserharness.net.NetRequest;
import dev.browserharness.net.NetResponse;
import dev.browserharness.net.Network;
import dev.browserharness.net.NetworkException;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;

/**
 * The Java backing of workers.js: a dedicated worker is a new {@link Agent} (own context, thread, event loop),
 * connected to its {@code Worker} object by an entangled pair of {@link MessagePortEndpoint}s. Errors travel to
 * the parent as tasks on the parent's loop.
 */
public final class Workers {
    private Workers() {}

    /** What the parent's Worker object holds: its port and the worker agent. */
    public static final class Handle {
        @HostAccess.Export public final MessagePortEndpoint port;
        final Agent worker;
        private final WorkerLink link;

        Handle(MessagePortEndpoint port, Agent worker, WorkerLink link) {
            this.port = port;
            this.worker = worker;
            this.link = link;
        }

        /**
         * worker.terminate(): the agent stops at once, even inside an endless loop; its ports close. A script
         * load still in progress no longer keeps the parent busy, and the worker's errors queued on the parent
         * but not yet dispatched are dropped (HTML: terminating a worker discards its pending tasks).
         */
        public void terminate() {
            link.terminated();
            port.close();
            worker.terminate(); // and, as any agent that ends, the workers it started
        }

        /** The worker agent (tests and reports). */
        public Agent agent() {
            return worker;
        }
    }

    /**
     * Starts a worker agent for {@code url}. {@code onEvent(kind, a, b, c, d)} is called on the parent's thread
     * for 'error' (message, filename, lineno, colno) events the worker reports.
     */
    public static Handle create(Agent parent, String url, String type, String name, Value onEvent) {
        boolean counted = parent.page().tryAddWorker();
        Agent worker = new Agent(parent.page(), parent, Agent.Kind.DEDICATED_WORKER, name, url, parent.crossOriginIsolated(), counted);
        if (counted) worker.holdsWorkerSlot(); // given back when it is terminated or its thread ends
        MessagePortEndpoint[] ports = MessagePortEndpoint.pair(parent);
        MessagePortEndpoint outside = ports[0], inside = ports[1];
        inside.adopt(worker);
        outside.start();
        WorkerLink link = new WorkerLink(parent, onEvent);
        worker.setWorkerLink(link);
        parent.loop().beginOp(); // the script load; ends when the worker reports it ran (or failed)
        if (!counted) {
            parent.diagnostic("new Worker(" + url + "): the page already has " + parent.page().limits().maxWorkers()
                    + " live workers, its limit (ContextOptions.maxWorkers, --max-workers); this one does not start");
            return failedToStart(worker, outside, link);
        }
        try {
            startAgent(parent, worker, url, type, inside, link);
        } catch (OutOfMemoryError e) { // no thread for it ("unable to create native thread")
            parent.diagnostic("new Worker(" + url + "): the JVM could not start a thread for it (" + e.getMessage() + ")");
            return failedToStart(worker, outside, link);
        }
        Handle handle = new Handle(outside, worker, link);
        if (parent.isTerminated()) handle.terminate(); // the parent ended while this one was being created
        return handle;
    }

    /** A worker that cannot start: its Worker object gets the error event of a failed script load. */
    private static Handle failedToStart(Agent worker, MessagePortEndpoint outside, WorkerLink link) {
        link.loadFailed();
        worker.discard();
        return new Handle(outside, worker, link);
    }

    private static void startAgent(Agent parent, Agent worker, String url, String type, MessagePortEndpoint inside, WorkerLink link) {
        // HTML resolves a blob: URL when it is parsed, in the constructor: revoking it right after new Worker()
        // does not stop the worker (its modules see the same bytes).
        NetResponse blob = url.startsWith("blob:") ? fetchScript(parent, worker, url) : null;
        if (blob != null && blob.ok() && "module".equals(type) && Network.isJavaScriptMimeType(blob.header("content-type"))) {
            worker.modules().registerInline(url, blob.text());
        }
        worker.start(() -> {
            Value $ = worker.internals();
            NetResponse script = blob != null || url.startsWith("blob:") ? blob : fetchScript(parent, worker, url);
            if (script == null || !script.ok()) {
                link.loadFailed();
                worker.terminate();
                return;
            }
            link.loaded();
            $.getMember("startWorkerScope").execute(inside, type);
            if ("module".equals(type)) {
                $.getMember("runWorkerModule").execute(url);
            } else {
                worker.runClassicScript(url, new String(script.body(), StandardCharsets.UTF_8), 0);
            }
            inside.start();
        });
    }

    private static NetResponse fetchScript(Agent parent, Agent worker, String url) {
        try {
            // a worker's script is the request that makes a new client (as a navigation does): the service worker of
            // the registration whose scope has the worker's URL answers it, whoever its owner's controller is (as
            // Chromium); a blob: worker inherits its owner's (its script never reaches a service worker)
            Agent client = url.startsWith("blob:") ? parent : worker;
            return parent.page().context().serviceWorkers().fetch(client, NetRequest.get(url, parent.origin()), "worker");
        } catch (NetworkException e) {
            worker.diagnostic("worker script " + url + ": " + e.getMessage());
            return null;
        }
    }

    /** The worker's way back to its parent for error events. */
    public static final class WorkerLink implements Agent.ErrorLink {
        private final Agent parent;
        private final Value onEvent;
        private boolean loadReported;
        private volatile boolean terminated;

        WorkerLink(Agent parent, Value onEvent) {
            this.parent = parent;
            this.onEvent = onEvent;
        }

        void loaded() {
            finishLoad(null);
        }

        void loadFailed() {
            finishLoad(() -> {
                if (!terminated) onEvent.execute("error", "", "", 0, 0, "");
            });
        }

        void terminated() {
            terminated = true;
            finishLoad(null);
        }

        private synchronized void finishLoad(dev.browserharness.agent.EventLoop.Task task) {
            if (loadReported) return;
            loadReported = true;
            parent.loop().endOp(task);
        }

        /**
         * An uncaught error in the worker that its own global did not cancel: its own ({@code own}), or one of its
         * worker's that it did not cancel either (kind "error" or "error-from-worker" for the Worker object).
         */
        @Override
        public void error(String text, String message, String filename, int lineno, int colno, boolean own) {
            if (terminated) return;
            String kind = own ? "error" : "error-from-worker";
            parent.loop().post(() -> {
                if (!terminated) onEvent.execute(kind, message, filename, lineno, colno, text);
            });
        }
    }
}
