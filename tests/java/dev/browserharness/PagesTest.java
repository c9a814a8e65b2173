package dev.browserharness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page under tests/pages/&lt;family&gt;/ runs in the harness and must print exactly what Chromium printed
 * for it: its {@code .expected} file holds Chromium's console lines, captured with tests/chromium/capture.sh
 * (for console formatting pages: what DevTools shows, see the comment in each page). A page whose first line
 * is {@code // harness: --isolation off} runs without cross-origin isolation (and was captured so).
 * A {@code .expected-stderr} file, when present, holds the warning/error lines.
 */
class PagesTest {
    static final Path PAGES = Path.of("tests/pages");

    static Stream<Arguments> pages() throws IOException {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(p -> p.toString().endsWith(".expected"))
                    .map(p -> {
                        String base = p.getFileName().toString().replace(".expected", "");
                        Path dir = p.getParent();
                        String page = Files.exists(dir.resolve(base + ".html")) ? base + ".html" : base + ".js";
                        return Arguments.of(PAGES.relativize(dir).toString() + "/" + page, dir, page, p);
                    })
                    .sorted((a, b) -> ((String) a.get()[0]).compareTo((String) b.get()[0]))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pagePrintsWhatChromiumPrints(String name, Path dir, String page, Path expected) throws Exception {
        String first = Files.readAllLines(dir.resolve(page)).stream().findFirst().orElse("");
        boolean isolationOff = first.contains("harness: --isolation off");
        Harness.Result r = Harness.run(dir, page, b -> b.isolation(!isolationOff), Duration.ofSeconds(60));
        assertThat(r.idle()).as("page went idle; agents: %s", r.report()).isTrue();
        List<String> want = Files.readAllLines(expected);
        assertThat(String.join("\n", r.stdout()).lines().toList())
                .as("stdout of %s (stderr: %s)", name, r.stderr())
                .containsExactlyElementsOf(want);
        Path wantErr = dir.resolve(page.replaceAll("\\.(js|html)$", "") + ".expected-stderr");
        if (Files.exists(wantErr)) {
            assertThat(String.join("\n", r.stderr()).lines().toList()).as("stderr of %s", name)
                    .containsExactlyElementsOf(Files.readAllLines(wantErr));
        }
    }
}
