package dev.browserharness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.browserharness.agent.Agent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dedicated workers seen from the outside, where a page cannot look: terminated workers leave no agent or
 * thread behind, and a worker's uncaught exceptions are reported without harming the harness. (What a page
 * can see is covered by tests/pages/workers/ and tests/pages/messaging/.)
 */
class WorkersTest {
    @TempDir
    Path dir;

    private static Set<Thread> workerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("dedicatedworker#") && t.isAlive())
                .collect(Collectors.toSet());
    }

    /** Polls until the browser's only live agent is the page's window (or the deadline passes). */
    private static List<Agent> liveAgentsAfterSettling(Browser browser, Page page, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        List<Agent> agents = page.agents();
        while (!(agents.size() == 1 && agents.get(0) == page.window()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            agents = page.agents();
        }
        return agents;
    }

    @Test
    void twoHundredWorkersCreatedAndTerminatedLeaveNoAgentOrThreadBehind() throws Exception {
        Files.writeString(dir.resolve("idle.js"), "postMessage('up'); onmessage = (e) => postMessage(e.data);");
        Files.writeString(dir.resolve("spin.js"), "postMessage('up'); for (;;) {}");
        Files.writeString(dir.resolve("nests.js"), "const inner = new Worker('spin.js'); inner.onmessage = () => postMessage('up');");
        Files.writeString(dir.resolve("page.js"), """
                (async () => {
                  for (let i = 0; i < 200; i++) {
                    const script = i % 3 === 0 ? 'idle.js' : i % 3 === 1 ? 'spin.js' : 'nests.js';
                    const w = new Worker(script, { name: 'w' + i });
                    // every fifth one first gets running (a spinning one is then stuck in its loop)
                    if (i % 5 === 0) await new Promise((resolve) => { w.onmessage = resolve; });
                    w.terminate();
                  }
                  setTimeout(() => console.log('created and terminated 200 workers; timers still fire'), 10);
                })();
                """);
        Set<Thread> before = workerThreads();
        try (Browser browser = Browser.builder().mount("http://localhost/", dir).build()) {
            Page page = browser.newPage().navigate("http://localhost/page.js");
            assertThat(page.waitForIdle(Duration.ofSeconds(60))).as(browser.report()).isTrue();
            assertThat(page.stdout()).containsExactly("created and terminated 200 workers; timers still fire");
            assertThat(page.uncaughtErrors()).isEmpty();

            List<Agent> agents = liveAgentsAfterSettling(browser, page, Duration.ofSeconds(30));
            assertThat(agents).as("live agents").containsExactly(page.window());

            Set<Thread> left = workerThreads();
            left.removeAll(before);
            for (Thread t : left) t.join(5000);
            assertThat(left.stream().filter(Thread::isAlive).map(Thread::getName).toList())
                    .as("worker threads still alive").isEmpty();

            // the window is still fully usable
            assertThat(page.evaluate("1 + 1")).isEqualTo(2);
        }
    }

    @Test
    void uncaughtExceptionsInWorkersAreReportedAndTheHarnessCarriesOn() throws Exception {
        Files.writeString(dir.resolve("load.js"), "throw new Error('boom at load');");
        Files.writeString(dir.resolve("onmessage.js"), "onmessage = () => { throw new TypeError('in onmessage'); };");
        Files.writeString(dir.resolve("odd.js"), """
                onmessage = (e) => {
                  if (e.data === 'null') throw null;
                  if (e.data === 'symbol') throw Symbol('thrown symbol');
                  if (e.data === 'hostile') throw { get message() { throw new Error('getter'); }, toString() { throw new Error('toString'); } };
                  if (e.data === 'overflow') { const f = () => f() + 1; f(); }
                  if (e.data === 'timer') setTimeout(() => { throw new RangeError('from a timer'); }, 0);
                  if (e.data === 'rejection') Promise.reject(new Error('unhandled rejection in a worker'));
                };
                """);
        Files.writeString(dir.resolve("outer.js"), "new Worker('load.js');");
        Files.writeString(dir.resolve("page.js"), """
                const a = new Worker('load.js');
                const b = new Worker('onmessage.js');
                b.postMessage('go');
                const c = new Worker('odd.js');
                for (const m of ['null', 'symbol', 'hostile', 'overflow', 'timer', 'rejection']) c.postMessage(m);
                const d = new Worker('outer.js');
                setTimeout(() => console.log('window still running'), 500);
                """);
        try (Browser browser = Browser.builder().mount("http://localhost/", dir).build()) {
            Page page = browser.newPage().navigate("http://localhost/page.js");
            assertThat(page.waitForIdle(Duration.ofSeconds(60))).as(browser.report()).isTrue();
            assertThat(page.stdout()).containsExactly("window still running");
            List<String> errors = page.uncaughtErrors();
            assertThat(errors).as("uncaught errors").noneMatch(e -> e.contains("Internal harness error"));
            assertThat(errors).anyMatch(e -> e.startsWith("Uncaught Error: boom at load"));
            assertThat(errors).anyMatch(e -> e.startsWith("Uncaught TypeError: in onmessage"));
            assertThat(errors).anyMatch(e -> e.startsWith("Uncaught RangeError: from a timer"));
            assertThat(errors).anyMatch(e -> e.contains("Maximum call stack size exceeded"));
            // the load error of the nested worker (d's child) is reported too, at each level nobody canceled it
            assertThat(errors.stream().filter(e -> e.startsWith("Uncaught Error: boom at load")).count()).isGreaterThanOrEqualTo(2);
            assertThat(page.consoleMessages()).anyMatch(m -> m.text().startsWith("Uncaught (in promise) Error: unhandled rejection in a worker"));
            assertThat(page.evaluate("typeof Worker")).isEqualTo("function");
        }
    }

    /** Messages posted while the worker is still starting arrive in order, and none is lost (a flush race, fixed). */
    @Test
    void messagesPostedBeforeTheWorkerStartsArriveInOrder() throws Exception {
        Files.writeString(dir.resolve("order-worker.js"), """
                let next = 0, bad = 0;
                onmessage = (e) => {
                  if (e.data !== next) bad++;
                  next = e.data + 1;
                  if (e.data === 19999) postMessage(bad + ' out of order, last ' + e.data);
                };
                """);
        Files.writeString(dir.resolve("order.js"), """
                const w = new Worker('order-worker.js');
                w.onmessage = (e) => { console.log(e.data); w.terminate(); };
                for (let i = 0; i < 20000; i++) w.postMessage(i);
                """);
        for (int run = 0; run < 5; run++) {
            Harness.Result r = Harness.run(dir, "order.js", b -> {}, Duration.ofSeconds(120)); // 20,000 messages cold
            assertThat(r.stdout()).as("run %d: %s", run, r.report()).containsExactly("0 out of order, last 19999");
        }
    }
}
