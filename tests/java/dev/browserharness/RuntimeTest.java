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
}
