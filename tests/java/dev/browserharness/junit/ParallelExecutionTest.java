package dev.browserharness.junit;

import static dev.browserharness.assertj.HarnessAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.browserharness.ConsoleMessage;
import dev.browserharness.Page;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The extension under JUnit's parallel execution, switched on as a user does (configuration parameters): four
 * tests of one class run at the same time (they meet at a barrier, which only concurrent tests can pass), each
 * sees only its own page's console, and the failing one's message shows its own page, not another's.
 */
class ParallelExecutionTest {
    @Test
    void testsRunConcurrentlyEachWithItsOwnPage() {
        Concurrent.seen.clear();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(Concurrent.class))
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        assertThat(summary.getTestsStartedCount()).isEqualTo(4);
        assertThat(summary.getTestsSucceededCount()).as(failures(summary)).isEqualTo(3);
        assertThat(summary.getFailures()).hasSize(1);
        Throwable failure = summary.getFailures().get(0).getException();
        assertThat(failure).isInstanceOf(BrowserTestFailure.class);
        assertThat(failure.getMessage()).contains("test 3 says hello").contains("Uncaught Error: test 3 fails")
                .doesNotContain("test 0 says").doesNotContain("test 1 says").doesNotContain("test 2 says");
        assertThat(Concurrent.seen).hasSize(4);
        Concurrent.seen.forEach((n, lines) -> assertThat(lines).as("test %d's page", n)
                .containsExactly("test " + n + " says hello", "test " + n + " done"));
    }

    private static String failures(TestExecutionSummary s) {
        StringBuilder sb = new StringBuilder();
        s.getFailures().forEach(f -> sb.append(f.getTestIdentifier().getDisplayName()).append(": ").append(f.getException()).append('\n'));
        return sb.toString();
    }

    /** Run only through the launcher above (surefire skips nested classes). */
    @BrowserTest(timeoutSeconds = 120)
    static class Concurrent {
        static final CyclicBarrier together = new CyclicBarrier(4);
        static final Map<Integer, List<String>> seen = new ConcurrentHashMap<>();

        private static void run(Page page, int n) throws Exception {
            together.await(60, TimeUnit.SECONDS); // all four are running now
            page.evaluate("n => { console.log('test ' + n + ' says hello'); setTimeout(() => console.log('test ' + n + ' done'), 20); }", n);
            assertThat(page).wentIdleWithin(Duration.ofSeconds(60));
            seen.put(n, page.consoleMessages().stream().map(ConsoleMessage::text).toList());
            if (n == 3) {
                page.evaluate("setTimeout(() => { throw new Error('test 3 fails'); }, 0); 1");
                assertThat(page).wentIdleWithin(Duration.ofSeconds(60)).hasNoUncaughtErrors();
            }
        }

        @Test
        void zero(Page page) throws Exception {
            run(page, 0);
        }

        @Test
        void one(Page page) throws Exception {
            run(page, 1);
        }

        @Test
        void two(Page page) throws Exception {
            run(page, 2);
        }

        @Test
        void three(Page page) throws Exception {
            run(page, 3);
        }
    }
}
