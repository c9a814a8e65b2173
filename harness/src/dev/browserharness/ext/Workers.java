package dev.browserharness.ext;

import dev.browserharness.agent.Agent;
import dev.browserharness.net.NetRequest;
import dev.browserharness.net.NetResponse;
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
        Agent worker = new Agent(parent.browser(), parent.page(), parent, Agent.Kind.DEDICATED_WORKER, name, url, parent.crossOriginIsolated());
        MessagePortEndpoint[] ports = MessagePortEndpoint.pair(parent);
        MessagePortEndpoint outside = ports[0], inside = ports[1];
        inside.adopt(worker);
        outside.start();
        WorkerLink link = new WorkerLink(parent, onEvent);
        worker.setWorkerLink(link);
        parent.loop().beginOp(); // the script load; ends when the worker reports it ran (or failed)
        worker.start(() -> {
            Value $ = worker.internals();
            NetResponse script;
            try {
                script = parent.browser().serviceWorkers().fetch(parent, NetRequest.get(url), "worker");
            } catch (NetworkException e) {
                parent.browser().diagnostic(worker, "worker script " + url + ": " + e.getMessage());
                script = null;
            }
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
        Handle handle = new Handle(outside, worker, link);
        if (parent.isTerminated()) handle.terminate(); // the parent ended while this one was being created
        return handle;
    }

    /** The worker's way back to its parent for error events. */
    public static final class WorkerLink {
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
        public void error(String text, String message, String filename, int lineno, int colno, boolean own) {
            if (terminated) return;
            String kind = own ? "error" : "error-from-worker";
            parent.loop().post(() -> {
                if (!terminated) onEvent.execute(kind, message, filename, lineno, colno, text);
            });
        }
    }
}
