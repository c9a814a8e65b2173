package dev.browserharness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Realms built ahead (agent/SpareRealms, the daemon's browser): a window or worker that takes one is its own agent
 * as much as one that built its realm itself — its URL, origin, cross-origin isolation, name, time origin and module
 * base are those of the agent, not of whatever the spare was built before — and no spare outlives its browser.
 * (PagesWithSpareRealmsTest runs every page of tests/pages that way.)
 */
class SpareRealmsTest {
    @TempDir
    Path dir;

    private static Set<Thread> threads(String... prefixes) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && java.util.Arrays.stream(prefixes).anyMatch(t.getName()::startsWith))
                .collect(Collectors.toSet());
    }

    private static Set<Thread> spareThreads() {
        return threads("harness-spare-");
    }

    /** Three pages one after the other: two origins, isolated and not, each with a named worker that imports a module. */
    private List<String> runPages(boolean spares) throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("page.js"), """
                const recent = (t) => String(Math.abs(t - Date.now()) < 60000);
                console.log(['window', location.href, origin, crossOriginIsolated, typeof SharedArrayBuffer,
                  recent(performance.timeOrigin), String(navigator.serviceWorker.controller)].join(' '));
                const w = new Worker('sub/w.js', { name: new URL(location.href).searchParams.get('n') });
                w.onmessage = (e) => console.log(e.data);
                """);
        Files.writeString(dir.resolve("sub/w.js"), """
                import('./m.js').then((m) => postMessage(['worker', name, location.href, self.origin, crossOriginIsolated,
                  typeof SharedArrayBuffer, String(Math.abs(performance.timeOrigin - Date.now()) < 60000), m.where].join(' ')));
                """);
        Files.writeString(dir.resolve("sub/m.js"), "export const where = 'module-beside-the-worker-script';");
        List<String> out = new ArrayList<>();
        Browser.Builder b = Browser.builder().spareRealms(spares);
        try (Browser browser = b.build()) {
            String[][] runs = {{"http://a.test/", "on", "1"}, {"http://b.test/", "off", "2"}, {"http://a.test/", "on", "3"}};
            for (String[] run : runs) {
                ContextOptions o = new ContextOptions().mount(run[0], dir).isolation(run[1].equals("on"));
                BrowserContext context = browser.newContext(o);
                Page page = context.newPage().navigate(run[0] + "page.js?n=w" + run[2]);
                assertThat(page.waitForIdle(Duration.ofSeconds(30))).as(browser.report()).isTrue();
                assertThat(page.uncaughtErrors()).isEmpty();
                out.addAll(page.stdout());
                context.close();
            }
            if (spares) assertThat(spareThreads()).as("a spare window and worker kept while the browser is open").isNotEmpty();
        }
        return out;
    }

    @Test
    void anAgentThatTakesASpareRealmIsItsOwnAgent() throws Exception {
        List<String> expected = List.of(
                "window http://a.test/page.js?n=w1 http://a.test true function true null",
                "worker w1 http://a.test/sub/w.js http://a.test true function true module-beside-the-worker-script",
                "window http://b.test/page.js?n=w2 http://b.test false undefined true null",
                "worker w2 http://b.test/sub/w.js http://b.test false undefined true module-beside-the-worker-script",
                "window http://a.test/page.js?n=w3 http://a.test true function true null",
                "worker w3 http://a.test/sub/w.js http://a.test true function true module-beside-the-worker-script");
        assertThat(runPages(true)).containsExactlyElementsOf(expected);
        assertThat(runPages(false)).containsExactlyElementsOf(expected);
    }

    @Test
    void noSpareOutlivesItsBrowser() throws Exception {
        // a spare's thread is renamed for the agent that takes it
        Set<Thread> before = threads("harness-spare-", "window#", "dedicatedworker#");
        Files.writeString(dir.resolve("many.js"), """
                // more workers than the page may have: the ones refused never start (and take no spare realm)
                let n = 0;
                for (let i = 0; i < 4; i++) {
                  const w = new Worker('idle.js');
                  w.onmessage = () => { if (++n === 2) console.log('two up'); };
                  w.onerror = () => console.log('refused');
                }
                """);
        Files.writeString(dir.resolve("idle.js"), "postMessage('up');");
        try (Browser browser = Browser.builder().spareRealms(true).maxWorkers(2).mount("http://localhost/", dir).build()) {
            Page page = browser.newPage().navigate("http://localhost/many.js");
            assertThat(page.waitForIdle(Duration.ofSeconds(30))).as(browser.report()).isTrue();
            assertThat(page.stdout()).containsExactlyInAnyOrder("refused", "refused", "two up");
        }
        Set<Thread> left = threads("harness-spare-", "window#", "dedicatedworker#");
        left.removeAll(before);
        for (Thread t : left) t.join(5000);
        assertThat(left.stream().filter(Thread::isAlive).map(Thread::getName).toList()).as("threads left").isEmpty();
    }
}
