package dev.browserharness.assertj;

import dev.browserharness.ConsoleMessage;
import dev.browserharness.Page;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link Page}; every failure message shows the page's console, uncaught errors and what
 * each agent is doing ({@link Page#describe()}). Start with {@link HarnessAssertions#assertThat(Page)}.
 */
public class PageAssert extends AbstractAssert<PageAssert, Page> {
    public PageAssert(Page actual) {
        super(actual, PageAssert.class);
    }

    private PageAssert fail(String what) {
        failWithMessage("%s", what + "\n\n" + actual.describe());
        return this;
    }

    /** Waits until the page has nothing left to do; fails (with the agents' report) when it is still busy after {@code timeout}. */
    public PageAssert wentIdleWithin(Duration timeout) {
        isNotNull();
        boolean idle;
        try {
            idle = actual.waitForIdle(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the page to go idle", e);
        }
        return idle ? this : fail("Expecting the page to go idle within " + timeout.toMillis() + " ms, but it is still busy");
    }

    /** The page's stdout (console.log/info/debug, every agent, in call order) is exactly these lines. */
    public PageAssert printed(String... lines) {
        isNotNull();
        List<String> out = actual.stdout();
        if (!out.equals(Arrays.asList(lines))) {
            fail("Expecting the page to have printed exactly\n  " + Arrays.asList(lines) + "\nbut it printed\n  " + out);
        }
        return this;
    }

    /** The page's stdout holds exactly these lines, in any order (workers race). */
    public PageAssert printedInAnyOrder(String... lines) {
        isNotNull();
        List<String> left = new ArrayList<>(actual.stdout());
        List<String> missing = new ArrayList<>();
        for (String l : lines) if (!left.remove(l)) missing.add(l);
        if (!missing.isEmpty() || !left.isEmpty()) {
            fail("Expecting the page to have printed, in any order,\n  " + Arrays.asList(lines) + "\nbut it printed\n  "
                    + actual.stdout() + (missing.isEmpty() ? "" : "\nmissing: " + missing) + (left.isEmpty() ? "" : "\nunexpected: " + left));
        }
        return this;
    }

    /** Some console line (any type) contains {@code text}. */
    public PageAssert printedLineContaining(String text) {
        isNotNull();
        for (ConsoleMessage m : actual.consoleMessages()) if (m.text().contains(text)) return this;
        return fail("Expecting a console message containing \"" + text + "\"");
    }

    public PageAssert hasNoUncaughtErrors() {
        isNotNull();
        List<String> errors = actual.uncaughtErrors();
        return errors.isEmpty() ? this : fail("Expecting no uncaught errors, but the page had " + errors.size());
    }

    /** An uncaught error (its report: "Uncaught TypeError: ...", with its stack) contains {@code text}. */
    public PageAssert hasUncaughtError(String text) {
        isNotNull();
        for (String e : actual.uncaughtErrors()) if (e.contains(text)) return this;
        return fail("Expecting an uncaught error containing \"" + text + "\"");
    }
}
