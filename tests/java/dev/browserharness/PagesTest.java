package dev.browserharness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page under tests/pages/&lt;family&gt;/ runs in the harness and must print exactly what Chromium printed
 * for it: its {@code .expected} file holds Chromium's console lines, captured with tests/chromium/capture.sh
 * (for console formatting pages: what DevTools shows, see the comment in each page). The rules are those of
 * {@code harness check} ({@link PageCheck}: the same code): a first line {@code // harness: --isolation off} runs
 * the page without cross-origin isolation; a {@code .expected-stderr} file holds the warning/error lines.
 * One browser (one warm engine) runs them all, as {@code check} does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesTest {
    static final Path PAGES = Path.of("tests/pages");
    Browser browser;

    /** The browser the pages run in (PagesWithSpareRealmsTest: one that keeps realms built ahead). */
    Browser.Builder browserOptions() {
        return Browser.builder();
    }

    @BeforeAll
    void start() {
        browser = browserOptions().build();
        PageCheck.warmUp(browser, Duration.ofMinutes(5));
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    static Stream<String> pages() throws IOException {
        return PageCheck.pagesUnder(PAGES).stream().map(p -> PAGES.relativize(p).toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pagePrintsWhatChromiumPrints(String name) throws Exception {
        PageCheck.Outcome o = PageCheck.run(browser, name, PAGES.resolve(name), Duration.ofSeconds(60));
        assertThat(o.failure()).as("%s\n\n%s", o.failure(), o.description()).isNull();
    }
}
