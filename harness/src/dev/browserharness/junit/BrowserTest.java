package dev.browserharness.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A JUnit 5 test (class or method) that gets a ready {@code Page}, {@code BrowserContext} or {@code Browser} as a
 * parameter. One browser (and one warm engine) serves the whole test run; each test gets its own context (its own
 * mounts, blob: URLs, per-origin state), closed after the test; tests may run in parallel. When a test fails, the
 * failure message carries each of its pages' console, uncaught errors and what each agent was doing.
 *
 * <pre>{@code
 * @BrowserTest(mounts = "http://app/=src/test/resources/site")
 * class AppTest {
 *     @Test
 *     void computes(Page page) {
 *         page.navigate("http://app/index.html");
 *         assertThat(page).wentIdleWithin(Duration.ofSeconds(10)).printed("ready").hasNoUncaughtErrors();
 *     }
 * }
 * }</pre>
 * A method's annotation replaces its class's.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {
    /**
     * Mounts as {@code URL=FOLDER}: a folder relative to the working directory (Maven: the project),
     * or {@code URL=classpath:/pages} for a class-path folder (src/test/resources/pages, or inside a jar).
     */
    String[] mounts() default {};

    /** Cross-origin isolation (COOP/COEP on mounted responses, so SharedArrayBuffer exists); on by default. */
    boolean isolation() default true;

    /** Lets the page reach real http(s) URLs outside the mounts; off by default. */
    boolean allowNetwork() default false;

    /** Default timeout, in seconds, of the test's blocking calls (evaluate, waits, route answers). */
    int timeoutSeconds() default 30;
}
