package dev.browserharness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Browser → BrowserContext → Page: each page owns its console, errors, idle and agent labels; contexts share no
 * blob: URLs; a blob: URL belongs to its origin and dies with its page. Used from many threads at once.
 */
class ModelTest {
    @TempDir
    Path dir;

    /** page.js?N logs its own number from the window and from a worker; odd pages also throw. */
    private void writeSite() throws Exception {
        Files.writeString(dir.resolve("page.js"), """
                const n = location.search.slice(1);
                console.log('window of page ' + n);
                const w = new Worker('worker.js');
                w.onmessage = (e) => {
                  console.log(e.data);
                  if (n % 2) setTimeout(() => { throw new Error('page ' + n + ' failed'); }, 5);
                };
                w.postMessage(n);
                """);
        Files.writeString(dir.resolve("worker.js"), "onmessage = (e) => postMessage('worker of page ' + e.data);");
    }

    private static void assertOwnState(Page page, int n) throws InterruptedException {
        assertThat(page.waitForIdle(Duration.ofSeconds(120))).as("page %d idle: %s", n, page.report()).isTrue();
        assertThat(page.stdout()).as("page %d stdout", n).containsExactly("window of page " + n, "worker of page " + n);
        if (n % 2 == 1) {
            assertThat(page.uncaughtErrors()).as("page %d errors", n).singleElement().asString()
                    .startsWith("Uncaught Error: page " + n + " failed\n    at http://localhost/page.js?" + n + ":");
        }
        else assertThat(page.uncaughtErrors()).as("page %d errors", n).isEmpty();
        assertThat(page.consoleMessages()).extracting(ConsoleMessage::agent).as("labels count from 1 per page")
                .allMatch(a -> a.equals("window#1") || a.equals("dedicatedworker#2"));
    }

    private void runConcurrently(Browser browser, boolean contextPerPage) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        int n = thread * 50 + i;
                        BrowserContext ctx = contextPerPage ? browser.newContext() : null;
                        try (Page page = (ctx == null ? browser.newPage() : ctx.newPage())) {
                            page.navigate("http://localhost/page.js?" + n);
                            assertOwnState(page, n);
                        } finally {
                            if (ctx != null) ctx.close();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eightThreadsTimesFiftyPagesOnOneBrowserEachSeeOnlyTheirOwnConsoleErrorsAndIdle() throws Exception {
        writeSite();
        try (Browser browser = Browser.builder().mount("http://localhost/", dir).build()) {
            runConcurrently(browser, false);
        }
    }

    @Test
    void eightThreadsTimesFiftyPagesInSeparateContexts() throws Exception {
        writeSite();
        try (Browser browser = Browser.builder().mount("http://localhost/", dir).build()) {
            runConcurrently(browser, true);
            assertThat(browser.contexts()).as("closed contexts are gone").isEmpty();
        }
    }

    private static Page run(BrowserContext ctx, String url) throws InterruptedException {
        Page p = ctx.newPage().navigate(url);
        assertThat(p.waitForIdle(Duration.ofSeconds(20))).as(p.report()).isTrue();
        return p;
    }

    @Test
    void blobUrlsBelongToTheirOriginContextAndPage() throws Exception {
        Path a = Files.createDirectory(dir.resolve("a")), b = Files.createDirectory(dir.resolve("b"));
        Files.writeString(a.resolve("make.js"), "console.log(URL.createObjectURL(new Blob(['secret of a'])));");
        try (Browser browser = Browser.builder().build()) {
            ContextOptions opts = new ContextOptions().mount("http://a.test/", a).mount("http://b.test/", b);
            BrowserContext ctx = browser.newContext(opts), other = browser.newContext(opts);
            Page maker = run(ctx, "http://a.test/make.js");
            String url = maker.stdout().get(0);
            assertThat(url).startsWith("blob:http://a.test/");
            String reader = "fetch('" + url + "').then(r => r.text()).then(t => console.log('read: ' + t), e => console.log(e.name + ': ' + e.message));";
            Files.writeString(a.resolve("read.js"), reader);
            Files.writeString(b.resolve("read.js"), reader);
            assertThat(run(ctx, "http://a.test/read.js").stdout()).as("same origin, same context").containsExactly("read: secret of a");
            assertThat(run(ctx, "http://b.test/read.js").stdout()).as("another origin").containsExactly("TypeError: Failed to fetch");
            assertThat(run(other, "http://a.test/read.js").stdout()).as("another context").containsExactly("TypeError: Failed to fetch");
            maker.close();
            assertThat(run(ctx, "http://a.test/read.js").stdout()).as("its page closed").containsExactly("TypeError: Failed to fetch");
        }
    }

    @Test
    void closingAContextEndsItsPagesAndLeavesOthersRunning() throws Exception {
        Files.writeString(dir.resolve("spin.js"), "new Worker('w.js').onmessage = (e) => console.log(e.data); setInterval(() => {}, 1000);");
        Files.writeString(dir.resolve("w.js"), "postMessage('spinning'); for (;;) {}");
        Files.writeString(dir.resolve("hi.js"), "console.log('hi');");
        try (Browser browser = Browser.builder().mount("http://localhost/", dir).build()) {
            BrowserContext doomed = browser.newContext(), kept = browser.newContext();
            Page spinning = doomed.newPage().navigate("http://localhost/spin.js");
            Page other = kept.newPage().navigate("http://localhost/spin.js");
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (!(spinning.stdout().contains("spinning") && other.stdout().contains("spinning")) && System.nanoTime() < deadline) Thread.sleep(10);
            assertThat(spinning.stdout()).as("%s", spinning.report()).containsExactly("spinning");
            assertThat(other.stdout()).as("%s", other.report()).containsExactly("spinning");
            assertThat(spinning.waitForIdle(Duration.ofMillis(100))).isFalse();
            doomed.close();
            assertThat(spinning.isClosed()).isTrue();
            assertThat(spinning.agents()).as("agents of a closed context").isEmpty();
            assertThat(spinning.waitForIdle(Duration.ofSeconds(1))).isTrue();
            assertThat(other.isClosed()).isFalse();
            assertThat(other.agents()).hasSize(2);
            assertThat(run(kept, "http://localhost/hi.js").stdout()).containsExactly("hi");
        }
    }
}
