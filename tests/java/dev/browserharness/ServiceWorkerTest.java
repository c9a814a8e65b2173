package dev.browserharness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Service workers answering synchronous XHRs across real agent threads: the Partytown example prints what Chromium
 * printed, four workers' 8,000 sync XHRs through one service worker all get their own answer, a fetch event nobody
 * answers ends as a network error after the fetch-event timeout (with a [harness] line naming the request), and a
 * page that times out first reports the blocked XHR and the fetch event it waits for.
 */
class ServiceWorkerTest {
    private static final Duration LONG = Duration.ofMinutes(10); // a bound for a hang, not a performance claim

    @TempDir Path dir;

    private void write(String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text);
    }

    private static final String CLAIMING_SW_PAGE = """
            (async () => {
              await navigator.serviceWorker.register('sw.js');
              await navigator.serviceWorker.ready;
              if (!navigator.serviceWorker.controller) {
                await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
              }
              start();
            })();
            """;

    @Test
    void thePartytownExamplePrintsWhatChromiumPrints() throws Exception {
        Path example = Path.of("examples/service-worker");
        Harness.Result r = Harness.run(example, "index.html", b -> {}, LONG);
        assertThat(r.idle()).as("went idle; agents: %s", r.report()).isTrue();
        assertThat(r.stdout()).containsExactlyElementsOf(Files.readAllLines(example.resolve("index.expected")));
    }

    @Test
    void fourWorkersTwoThousandSyncXhrsEachThroughOneServiceWorkerEveryAnswerRightNothingLeftBehind() throws Exception {
        write("sw.js", """
                self.addEventListener('install', () => self.skipWaiting());
                self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
                self.addEventListener('fetch', (e) => {
                  const u = new URL(e.request.url);
                  if (!u.pathname.endsWith('/rpc')) return;
                  // answered asynchronously, after a timer, so that requests of the four workers interleave
                  e.respondWith(new Promise((r) => setTimeout(() => r(new Response('answer ' + u.search.slice(1))), 0)));
                });
                """);
        write("worker.js", """
                onmessage = (e) => {
                  const w = e.data;
                  let right = 0;
                  for (let i = 0; i < 2000; i++) {
                    const x = new XMLHttpRequest();
                    x.open('GET', 'rpc?' + w + '-' + i, false);
                    x.send();
                    if (x.status === 200 && x.responseText === 'answer ' + w + '-' + i) right++;
                  }
                  postMessage('worker ' + w + ': ' + right + ' of 2000 right');
                };
                """);
        write("page.js", CLAIMING_SW_PAGE + """
                function start() {
                  const lines = [];
                  for (let w = 0; w < 4; w++) {
                    const worker = new Worker('worker.js');
                    worker.onmessage = (e) => {
                      lines.push(e.data);
                      worker.terminate();
                      if (lines.length === 4) console.log(lines.sort().join('\\n'));
                    };
                    worker.postMessage(w);
                  }
                }
                """);
        int threadsBefore = agentThreads();
        Harness.Result r = Harness.run(dir, "page.js", b -> {}, LONG);
        assertThat(r.idle()).as("went idle; agents: %s", r.report()).isTrue();
        assertThat(r.uncaught()).isEmpty();
        assertThat(String.join("\n", r.stdout()).lines().toList()).containsExactly(
                "worker 0: 2000 of 2000 right", "worker 1: 2000 of 2000 right",
                "worker 2: 2000 of 2000 right", "worker 3: 2000 of 2000 right");
        // Browser.close() ended every agent, the service worker included: no thread is left behind.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (agentThreads() > threadsBefore && System.nanoTime() < deadline) Thread.sleep(50);
        assertThat(agentThreads()).isEqualTo(threadsBefore);
    }

    @Test
    void aNavigationIntoARegisteredScopeIsTheServiceWorkersFetchEventAndItsAnswerIsTheDocument() throws Exception {
        Path pages = Path.of("tests/pages/serviceworker");
        try (Browser browser = Browser.builder().mount("http://localhost/", pages).build()) {
            Page page = browser.newPage();
            page.navigate("http://localhost/navigate.js"); // registers navigate-sw.js for nav/ (nothing there on disk)
            page.waitForConsoleMessage(m -> m.text().startsWith("registered for nav/"), LONG);
            assertThat(page.waitForIdle(LONG)).as("went idle; %s", page.report()).isTrue();
            page.navigate("http://localhost/nav/page.html"); // what location.href = ... did in Chromium
            assertThat(page.waitForIdle(LONG)).as("went idle; %s", page.report()).isTrue();
            assertThat(page.uncaughtErrors()).isEmpty();
            assertThat(page.stdout()).containsExactlyElementsOf(Files.readAllLines(pages.resolve("navigate.navigation-expected")));
        }
    }

    private static int agentThreads() {
        int n = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String name = t.getName();
            if (t.isAlive() && (name.startsWith("window#") || name.startsWith("dedicatedworker#") || name.startsWith("serviceworker#"))) n++;
        }
        return n;
    }

    private void neverAnsweringServiceWorker() throws Exception {
        write("sw.js", """
                self.addEventListener('install', () => self.skipWaiting());
                self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
                self.addEventListener('fetch', (e) => {
                  if (e.request.url.endsWith('/never')) e.respondWith(new Promise(() => {}));
                });
                """);
        write("worker.js", """
                const x = new XMLHttpRequest();
                x.open('GET', 'never', false);
                try { x.send(); postMessage('answered?'); } catch (e) { postMessage(e.name + ': ' + e.message); }
                """);
    }

    @Test
    void aFetchEventNobodyAnswersIsANetworkErrorAfterTheFetchEventTimeoutWithAHarnessLine() throws Exception {
        neverAnsweringServiceWorker();
        write("page.js", CLAIMING_SW_PAGE + """
                function start() {
                  new Worker('worker.js').onmessage = (e) => console.log(e.data);
                }
                """);
        ByteArrayOutputStream diag = new ByteArrayOutputStream();
        Harness.Result r = Harness.run(dir, "page.js",
                b -> b.serviceWorkerFetchTimeout(Duration.ofMillis(500)).diagnostics(new PrintStream(diag, true, StandardCharsets.UTF_8)), LONG);
        assertThat(r.idle()).as("went idle; agents: %s", r.report()).isTrue();
        assertThat(r.stdout()).containsExactly("NetworkError: Failed to execute 'send' on 'XMLHttpRequest': Failed to load 'http://localhost/never'.");
        assertThat(diag.toString(StandardCharsets.UTF_8)).contains(
                "[harness] dedicatedworker#", "the service worker did not answer the fetch event for GET http://localhost/never within 500 ms: a network error");
    }

    @Test
    void aPageThatTimesOutFirstReportsTheBlockedXhrAndTheFetchEventItWaitsFor() throws Exception {
        neverAnsweringServiceWorker();
        write("page.js", CLAIMING_SW_PAGE + """
                function start() {
                  new Worker('worker.js');
                }
                """);
        Harness.Result r = Harness.run(dir, "page.js", b -> {}, Duration.ofSeconds(60));
        assertThat(r.idle()).isFalse();
        List<String> report = r.report().lines().toList();
        assertThat(report).anySatisfy(line -> assertThat(line).startsWith("dedicatedworker#")
                .contains("blocked in a synchronous XMLHttpRequest: GET http://localhost/never, waiting for the fetch event for GET "
                        + "http://localhost/never waiting in serviceworker#", "(respondWith not settled)"));
        assertThat(report).anySatisfy(line -> assertThat(line).startsWith("serviceworker#").contains("http://localhost/sw.js"));
    }
}
