package dev.browserharness.assertj;

import dev.browserharness.Page;

/**
 * Entry point of the AssertJ assertions: {@code import static dev.browserharness.assertj.HarnessAssertions.assertThat;}
 * (it sits beside AssertJ's own {@code Assertions.assertThat}; Java picks the overload by type).
 */
public final class HarnessAssertions {
    private HarnessAssertions() {}

    public static PageAssert assertThat(Page page) {
        return new PageAssert(page);
    }
}
