package dev.browserharness.junit;

import static dev.browserharness.assertj.HarnessAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.browserharness.Browser;
import dev.browserharness.BrowserContext;
import dev.browserharness.Page;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** The extension gives each test its own context on one shared browser; the assertions' failures show the page. */
@BrowserTest(mounts = "http://app/=examples/hello", timeoutSeconds = 120)
@Execution(ExecutionMode.CONCURRENT)
class BrowserTestTest {
    static final Set<Browser> browsers = ConcurrentHashMap.newKeySet();
    static final Set<BrowserContext> contexts = ConcurrentHashMap.newKeySet();

    @Test
    void aPageOfTheTestsOwnContext(Page page, BrowserContext ctx, Browser browser) {
        browsers.add(browser);
        assertThat(contexts.add(ctx)).as("a context of its own").isTrue();
        assertThat(page.context()).isSameAs(ctx);
        assertThat(ctx.browser()).isSameAs(browser);
        assertThat(ctx.defaultTimeout()).isEqualTo(Duration.ofSeconds(120));
        page.evaluate("globalThis.mark = 'first'");
        assertThat(page.evaluate("typeof fetch")).isEqualTo("function");
    }

    @Test
    void anotherTestAnotherContextSameBrowser(Page page, BrowserContext ctx, Browser browser) {
        browsers.add(browser);
        assertThat(contexts.add(ctx)).as("a context of its own").isTrue();
        assertThat(page.evaluate("typeof globalThis.mark")).isEqualTo("undefined");
        assertThat(browsers).as("one browser (one warm engine) for the whole run").hasSize(1);
    }

    @Test
    @BrowserTest(mounts = "http://other/=examples/hello", isolation = false)
    void aMethodsAnnotationReplacesTheClasss(Page page) {
        page.navigate("http://other/index.html");
        assertThat(page).wentIdleWithin(Duration.ofSeconds(120)).hasNoUncaughtErrors();
        assertThat(page.evaluate("crossOriginIsolated")).isEqualTo(false);
    }

    @Test
    void assertionsDescribeThePageWhenTheyFail(Page page) {
        page.evaluate("console.log('one'); console.warn('careful'); setTimeout(() => { throw new TypeError('boom'); }, 0); 1");
        assertThat(page).wentIdleWithin(Duration.ofSeconds(120)).printed("one").hasUncaughtError("TypeError: boom");
        assertThatThrownBy(() -> assertThat(page).printed("two"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting the page to have printed exactly\n  [two]\nbut it printed\n  [one]")
                .hasMessageContaining("[window#1 warn] careful")
                .hasMessageContaining("uncaught errors: 1\n  Uncaught TypeError: boom");
        assertThatThrownBy(() -> assertThat(page).hasNoUncaughtErrors()).hasMessageContaining("Uncaught TypeError: boom");
        assertThat(page).printedInAnyOrder("one").printedLineContaining("careful");
        page.evaluate("setTimeout(function spin() { for (;;) {} }, 0); 1");
        assertThatThrownBy(() -> assertThat(page).wentIdleWithin(Duration.ofMillis(200)))
                .hasMessageContaining("still busy").hasMessageContaining("window#1 about:blank: running a task");
        page.close();
    }
}
