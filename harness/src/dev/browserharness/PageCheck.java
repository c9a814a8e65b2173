package dev.browserharness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Runs one page file the way {@code harness check} does and says whether it passed: its folder is served at
 * {@code http://localhost/}; it must go idle within the timeout; if {@code NAME.expected} sits beside it, its stdout
 * must be exactly those lines, and if {@code NAME.expected-stderr} does, its warnings/errors exactly those (uncaught
 * errors included). An uncaught error fails the page unless its {@code .expected-stderr} lists it (pages that test
 * error reporting throw on purpose and declare their {@code Uncaught ...} lines there). A first line
 * {@code // harness: --isolation off} turns cross-origin isolation off. A page that loads {@code testharness.js}
 * (the W3C test format) reports each subtest, and fails when one does not pass.
 */
final class PageCheck { // the check command's engine (CheckCommand, PagesTest), not API
    /** One testharness.js subtest: its name, PASS/FAIL/TIMEOUT/NOTRUN/PRECONDITION_FAILED, and message. */
    public record Subtest(String name, String status, String message) {
        public boolean passed() {
            return status.equals("PASS");
        }
    }

    /** What happened to one page. {@code failure} is null when it passed. */
    public record Outcome(String name, Path page, String failure, List<String> stdout, List<String> stderr,
                          List<Subtest> subtests, String description, double seconds) {
        public boolean passed() {
            return failure == null;
        }
    }

    private static final String[] STATUS = {"PASS", "FAIL", "TIMEOUT", "NOTRUN", "PRECONDITION_FAILED"};
    /**
     * Appended to testharness.js as it is served: every result and the harness's end reach Java. Without a
     * {@code document}, testharness.js runs its shell environment, which completes as soon as the tests it has seen
     * are done (after the first script's synchronous tests); in a window the hook holds it open until the page's
     * {@code load} event, as its window environment does (through {@code explicit_done}, unless the page asked for
     * that itself and calls {@code done()}), and until a first test exists (a page whose tests all come from
     * {@code fetch_tests_from_worker} has none of its own at load).
     */
    private static final String TESTHARNESS_HOOK = """

            ;(function () {
              const report = globalThis.__harness_subtest;
              delete globalThis.__harness_subtest;
              if (typeof add_result_callback !== 'function' || typeof report !== 'function') return;
              let completed = false;
              add_result_callback((t) => report(String(t.name), t.status, t.message == null ? '' : String(t.message)));
              add_completion_callback((tests, status) => {
                completed = true;
                if (status && status.status !== 0) report('(harness status)', 1, String(status.message || 'harness error ' + status.status));
              });
              globalThis.__harness_completed = () => completed;
              if (typeof document !== 'undefined' || typeof window === 'undefined' || self !== window) return;
              if (typeof setup !== 'function' || typeof done !== 'function' || typeof add_test_state_callback !== 'function') return;
              const pageSetup = setup;
              let pageDone = false, loaded = false, any = false, called = false;
              const maybeDone = () => {
                if (!pageDone && loaded && any && !called) {
                  called = true;
                  done();
                }
              };
              setup({ explicit_done: true });
              globalThis.setup = function (fnOrProps, props) {
                const p = typeof fnOrProps === 'object' && fnOrProps !== null ? fnOrProps : props;
                if (p && p.explicit_done) pageDone = true;
                return pageSetup.apply(this, arguments);
              };
              add_test_state_callback(() => {
                any = true;
                maybeDone();
              });
              addEventListener('load', () => {
                loaded = true;
                maybeDone();
              });
            })();
            """;

    private PageCheck() {}

    /** The page files under {@code dir}: every .html file, and every .js file with a .expected beside it (and no .html of its name). */
    public static List<Path> pagesUnder(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                if (n.endsWith(".html") || n.endsWith(".htm")) return true;
                String base = n.endsWith(".js") ? n.substring(0, n.length() - 3) : null;
                return base != null && Files.exists(p.resolveSibling(base + ".expected")) && !Files.exists(p.resolveSibling(base + ".html"));
            }).sorted().toList();
        }
    }

    /** Builds one page's realm and evaluates in it, so the first page checked does not pay the engine's start-up. */
    public static void warmUp(Browser browser, Duration timeout) {
        try (BrowserContext ctx = browser.newContext(new ContextOptions().defaultTimeout(timeout)); Page p = ctx.newPage()) {
            p.evaluate("1");
        }
    }

    public static Outcome run(Browser browser, String name, Path page, Duration timeout) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Path dir = page.toAbsolutePath().normalize().getParent();
        String file = page.getFileName().toString();
        String base = file.replaceAll("\\.(js|html?)$", "");
        String first = Files.readAllLines(page, StandardCharsets.UTF_8).stream().findFirst().orElse("");
        ContextOptions options = new ContextOptions().mount("http://localhost/", dir)
                .isolation(!first.contains("harness: --isolation off")).defaultTimeout(timeout);
        ConcurrentLinkedQueue<Subtest> subtests = new ConcurrentLinkedQueue<>();
        try (BrowserContext ctx = browser.newContext(options); Page p = ctx.newPage()) {
            boolean testharness = Files.readString(page, StandardCharsets.UTF_8).contains("testharness.js");
            if (testharness) p.route(url -> url.startsWith("http://localhost/") && url.replaceAll("[?#].*$", "").endsWith("/testharness.js"), route -> {
                Path js = dir.resolve(route.request().url().substring("http://localhost/".length()).replaceAll("[?#].*$", "")).normalize();
                if (!js.startsWith(dir) || !Files.isRegularFile(js)) {
                    route.resume();
                    return;
                }
                try {
                    route.fulfill(200, "text/javascript; charset=utf-8", Files.readString(js) + TESTHARNESS_HOOK);
                } catch (IOException e) {
                    route.abort();
                }
            });
            if (testharness) p.exposeFunction("__harness_subtest", args -> {
                int s = ((Number) args[1]).intValue();
                subtests.add(new Subtest((String) args[0], s >= 0 && s < STATUS.length ? STATUS[s] : "status " + s, (String) args[2]));
                return null;
            });
            p.navigate("http://localhost/" + file);
            boolean idle = p.waitForIdle(timeout);
            List<String> out = p.stdout();
            // what a terminal shows: the messages one after the other, a message with newlines on several lines
            // (an empty line where a message ends in a newline, as Chromium's log has it)
            List<String> err = String.join("\n", p.consoleMessages().stream().filter(m -> !m.isStdout()).map(ConsoleMessage::text).toList())
                    .lines().toList();
            List<String> outLines = String.join("\n", out).lines().toList();
            List<String> failures = new ArrayList<>();
            if (!idle) failures.add("did not go idle within " + Page.seconds(timeout));
            Path expected = dir.resolve(base + ".expected");
            if (Files.exists(expected)) {
                List<String> want = Files.readAllLines(expected, StandardCharsets.UTF_8);
                if (!outLines.equals(want)) failures.add("stdout differs from " + expected.getFileName() + "\n" + diff(want, outLines));
            }
            Path expectedErr = dir.resolve(base + ".expected-stderr");
            if (Files.exists(expectedErr)) {
                List<String> want = Files.readAllLines(expectedErr, StandardCharsets.UTF_8);
                if (!err.equals(want)) failures.add("stderr differs from " + expectedErr.getFileName() + "\n" + diff(want, err));
            } else if (!p.uncaughtErrors().isEmpty()) {
                failures.add(p.uncaughtErrors().size() + " uncaught error(s): " + p.uncaughtErrors().get(0).lines().findFirst().orElse(""));
            }
            List<Subtest> tests = List.copyOf(subtests);
            if (testharness && idle && !Boolean.TRUE.equals(p.evaluate("typeof __harness_completed !== 'function' || __harness_completed()", Boolean.class))) {
                failures.add("testharness.js did not complete (" + tests.size() + " subtest(s) reported)");
            }
            long failed = tests.stream().filter(t -> !t.passed()).count();
            if (failed > 0) failures.add(failed + " of " + tests.size() + " subtest(s) did not pass");
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Outcome(name, page, failures.isEmpty() ? null : String.join("\n", failures), out, err, tests, p.describe(), seconds);
        }
    }

    /** A line diff: "-" wanted but missing, "+" printed but not wanted, at the first difference and a few after. */
    static String diff(List<String> want, List<String> got) {
        int i = 0;
        while (i < want.size() && i < got.size() && want.get(i).equals(got.get(i))) i++;
        StringBuilder sb = new StringBuilder("  first difference at line " + (i + 1) + ":\n");
        for (int k = i; k < Math.min(want.size(), i + 5); k++) sb.append("  - ").append(want.get(k)).append('\n');
        for (int k = i; k < Math.min(got.size(), i + 5); k++) sb.append("  + ").append(got.get(k)).append('\n');
        if (want.size() != got.size()) sb.append("  (expected ").append(want.size()).append(" lines, got ").append(got.size()).append(")\n");
        return sb.toString().stripTrailing();
    }
}
