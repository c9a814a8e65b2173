package dev.browserharness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The runtime itself: the JIT is on, the README's examples run, a page that never ends times out with a report. */
class RuntimeTest {
    @Test
    void truffleCompilesInsteadOfRunningInTheFallbackInterpreter() {
        try (Browser b = Browser.builder().build()) {
            assertThat(b.runtimeName()).isNotEqualTo("Interpreted").contains("GraalVM");
        }
    }

    @Test
    void seedSampleRunsUnmodified() throws Exception {
        Browser.Builder builder = Browser.builder().mount("http://example/", Path.of("examples/seed"));
        try (Browser browser = builder.build()) {
            Page page = browser.newPage().navigate("http://example/index.html");
            assertThat(page.waitForIdle(Duration.ofSeconds(20))).as(browser.report()).isTrue();
            assertThat(page.stdout()).containsExactly("Int32Array(5) [1, 1024, 1024, 1024, 1024]");
            assertThat(page.uncaughtErrors()).isEmpty();
        }
    }

    @Test
    void helloExampleRunsClassicAndModuleScripts() throws Exception {
        Harness.Result r = Harness.run(Path.of("examples/hello"), "index.html");
        assertThat(r.stdout()).containsExactly(
                "hello from the window of http://localhost/index.html",
                "a microtask ran",
                "hello, modules",
                "a timer fired");
    }

    @Test
    void navigatingAwayEndsTheOldDocumentsWorkers() throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("nav");
        java.nio.file.Files.writeString(dir.resolve("w.js"), "postMessage('up'); for (;;) {}");
        java.nio.file.Files.writeString(dir.resolve("a.js"), "new Worker('w.js').onmessage = () => console.log('worker up');");
        java.nio.file.Files.writeString(dir.resolve("b.js"), "console.log('second document');");
        try (Browser browser = Browser.builder().mount("http://localhost/", dir).build()) {
            Page page = browser.newPage().navigate("http://localhost/a.js");
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!page.stdout().contains("worker up") && System.nanoTime() < deadline) Thread.sleep(10);
            page.navigate("http://localhost/b.js");
            assertThat(page.waitForIdle(Duration.ofSeconds(20))).as(browser.report()).isTrue();
            assertThat(page.stdout()).containsExactly("worker up", "second document");
            while (page.agents().size() > 1 && System.nanoTime() < deadline) Thread.sleep(10); // threads unwinding
            assertThat(page.agents()).extracting(a -> a.kind()).containsExactly(dev.browserharness.agent.Agent.Kind.WINDOW);
        }
    }
}
