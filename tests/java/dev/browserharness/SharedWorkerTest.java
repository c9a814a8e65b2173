package dev.browserharness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shared workers belong to the BrowserContext: two pages of one context connect to one worker, a page of another
 * context gets its own; the worker lives while a page that connected to it is open and ends with the last one
 * (the next constructor call starts a new one); its owners wait for its work, show its console lines and list it in
 * their reports.
 */
class SharedWorkerTest {
    private static final Duration LONG = Duration.ofMinutes(5); // a bound for a hang on a loaded machine

    @TempDir Path dir;

    private void site() throws Exception {
        Files.writeString(dir.resolve("counter.js"), """
                let connections = 0;
                const id = Math.random();
                onconnect = (e) => {
                  connections++;
                  const p = e.ports[0];
                  p.postMessage({ connections, id });
                  p.onmessage = (m) => setTimeout(() => console.log('worker finished ' + m.data), 300);
                };
                """);
        Files.writeString(dir.resolve("page.js"), """
                const worker = new SharedWorker('counter.js', 'shared');
                worker.port.onmessage = (e) => { self.answer = e.data; };
                """);
    }

    private static Page open(BrowserContext ctx) throws InterruptedException {
        Page page = ctx.newPage();
        page.navigate("http://localhost/page.js");
        assertThat(page.waitForIdle(LONG)).as("went idle; agents: %s", page.report()).isTrue();
        return page;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> answer(Page page) {
        return (Map<String, Object>) page.evaluate("self.answer");
    }

    @Test
    void pagesOfOneContextShareOneWorkerAndAnotherContextHasItsOwn() throws Exception {
        site();
        try (Browser browser = Browser.builder().mount("http://localhost/", dir).build()) {
            BrowserContext ctx = browser.newContext();
            Page a = open(ctx);
            Page b = open(ctx);
            assertThat(answer(a).get("connections")).isEqualTo(1);
            assertThat(answer(b).get("connections")).isEqualTo(2);
            assertThat(answer(b).get("id")).isEqualTo(answer(a).get("id"));
            assertThat(a.sharedWorkers()).hasSize(1);
            assertThat(b.sharedWorkers().get(0).label()).isEqualTo(a.sharedWorkers().get(0).label()).isEqualTo("sharedworker#1(shared)");
            assertThat(a.sharedWorkers().get(0).evaluate("connections")).isEqualTo(2);

            BrowserContext other = browser.newContext();
            Page c = open(other);
            assertThat(answer(c).get("connections")).isEqualTo(1);
            assertThat(answer(c).get("id")).isNotEqualTo(answer(a).get("id"));
            other.close();
            ctx.close();
        }
    }

    @Test
    void theWorkerLivesWhileAConnectedPageIsOpenAndEndsWithTheLast() throws Exception {
        site();
        try (Browser browser = Browser.builder().mount("http://localhost/", dir).build()) {
            BrowserContext ctx = browser.newContext();
            Page a = open(ctx);
            Page b = open(ctx);
            Worker shared = b.sharedWorkers().get(0);
            a.close();
            assertThat(b.sharedWorkers()).extracting(Worker::label).containsExactly(shared.label());
            Page c = open(ctx); // a is gone, b still holds it: c connects to the same worker
            assertThat(answer(c).get("connections")).isEqualTo(3);
            Object firstId = answer(c).get("id");
            b.close();
            c.navigate("about:blank"); // c's document that connected ends too: no owner is left
            long deadline = System.nanoTime() + LONG.toNanos();
            while (!c.sharedWorkers().isEmpty() && System.nanoTime() < deadline) Thread.sleep(10);
            Page d = open(ctx);
            assertThat(answer(d).get("connections")).as("a new worker").isEqualTo(1);
            assertThat(answer(d).get("id")).isNotEqualTo(firstId);
            assertThat(d.sharedWorkers().get(0).label()).isEqualTo("sharedworker#2(shared)");
            ctx.close();
        }
    }

    @Test
    void itsOwnersWaitForItsWorkShowItsConsoleAndReportIt() throws Exception {
        site();
        try (Browser browser = Browser.builder().mount("http://localhost/", dir).build()) {
            BrowserContext ctx = browser.newContext();
            Page a = open(ctx);
            Page b = open(ctx);
            a.evaluate("worker.port.postMessage('job')");
            assertThat(a.waitForIdle(LONG)).isTrue(); // idle only once the worker's 300 ms timer has run
            assertThat(a.consoleMessages()).extracting(ConsoleMessage::text, ConsoleMessage::agent)
                    .contains(org.assertj.core.groups.Tuple.tuple("worker finished job", "sharedworker#1(shared)"));
            assertThat(b.stdout()).contains("worker finished job");
            assertThat(a.report()).contains("sharedworker#1(shared) http://localhost/counter.js");
            ctx.close();
        }
    }
}
