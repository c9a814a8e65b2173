package dev.browserharness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** Test helper: runs one page in a fresh browser until idle and returns what a user would see. */
final class Harness {
    record Result(boolean idle, List<String> stdout, List<String> stderr, List<String> uncaught, String report, List<ConsoleMessage> console) {
        String out() {
            return String.join("\n", stdout);
        }
    }

    private Harness() {}

    static Result run(Path dir, String file) throws InterruptedException {
        return run(dir, file, b -> {}, Duration.ofSeconds(30));
    }

    /** Serves {@code dir} at http://localhost/ and opens {@code file} in it. */
    static Result run(Path dir, String file, Consumer<Browser.Builder> options, Duration timeout) throws InterruptedException {
        Browser.Builder b = Browser.builder().mount("http://localhost/", dir);
        options.accept(b);
        try (Browser browser = b.build()) {
            Page page = browser.newPage();
            page.navigate("http://localhost/" + file);
            boolean idle = page.waitForIdle(timeout);
            String report = idle ? "" : browser.report();
            List<ConsoleMessage> console = page.consoleMessages();
            List<String> err = console.stream().filter(m -> !m.isStdout()).map(ConsoleMessage::text).toList();
            return new Result(idle, page.stdout(), err, page.uncaughtErrors(), report, console);
        }
    }
}
