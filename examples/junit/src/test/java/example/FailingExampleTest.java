package example;

import static dev.browserharness.assertj.HarnessAssertions.assertThat;

import dev.browserharness.Page;
import dev.browserharness.junit.BrowserTest;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Fails on purpose, to show what a failure says: the console of every agent, the uncaught error with its stack,
 * and what each agent was doing. Excluded from `mvn test`; the harness's own suite runs it and checks the message.
 */
@Tag("deliberately-failing")
@BrowserTest(mounts = "http://app/=classpath:/site", timeoutSeconds = 120) // generous: a busy CI machine starts the first page slowly
class FailingExampleTest {
    @Test
    void expectsTheWrongSum(Page page) {
        page.navigate("http://app/index.html");
        page.evaluate("setTimeout(() => { console.warn('about to fail'); null.x; }, 0); 1");
        assertThat(page).wentIdleWithin(Duration.ofSeconds(120)).printed("sum 11");
    }
}
