package example;

import static dev.browserharness.assertj.HarnessAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.browserharness.Page;
import dev.browserharness.PageError;
import dev.browserharness.junit.BrowserTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@BrowserTest(mounts = "http://app/=classpath:/site", timeoutSeconds = 120) // generous: a busy CI machine starts the first page slowly
class AppTest {
    @Test
    void aWorkerSumsSharedMemory(Page page) {
        page.navigate("http://app/index.html");
        assertThat(page).wentIdleWithin(Duration.ofSeconds(120)).printed("sum 10").hasNoUncaughtErrors();
    }

    @Test
    void evaluateCallsPageCodeAgainstARoutedServer(Page page) {
        page.route("**/api/values", route -> route.fulfill(200, "application/json", "{\"values\": [5, 6, 7]}"));
        page.navigate("http://app/index.html");
        assertThat(page.evaluate("total('/api/values')")).isEqualTo(18);
        assertThat(page.evaluate("n => new Int32Array(n).length", 3)).isEqualTo(3);
    }

    @Test
    void thePageCallsJava(Page page) {
        page.exposeFunction("lookup", args -> List.of(args[0], "from Java"));
        page.navigate("http://app/index.html");
        assertThat(page.evaluate("lookup('key')")).isEqualTo(List.of("key", "from Java"));
    }

    @Test
    void pageErrorsArriveAsJavaExceptions(Page page) {
        page.navigate("http://app/index.html");
        try {
            page.evaluate("worker.missing.x");
        } catch (PageError e) {
            assertThat(e.name()).isEqualTo("TypeError");
            return;
        }
        throw new AssertionError("expected a PageError");
    }
}
