package dev.browserharness;

import dev.browserharness.net.Network;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The command line: {@code harness run [--mount URL=DIR]... [--isolation on|off] [--timeout SECONDS]
 * [--allow-net] PAGE} and {@code harness bench}. Exit codes: 0 idle without uncaught error, 1 uncaught error,
 * 2 bad usage, 124 timeout (with a report of what each agent was doing).
 */
public final class Main {
    private static final String USAGE = "usage: harness run [--mount URL=DIR]... [--isolation on|off] [--timeout SECONDS] [--allow-net]\n"
            + "                  [--max-array-buffer BYTES] [--max-shared-array-buffer BYTES] [--max-memory BYTES]\n"
            + "                  [--max-workers N] [--max-statements N] [--no-daemon] PAGE\n"
            + "       harness check [--jobs N] [--timeout SECONDS] [--junit-xml FILE] DIR|PAGE...\n"
            + "       harness bench [DIR]\n"
            + "       harness test\n"
            + "       harness daemon status|stop\n"
            + "       harness COMMAND --help";

    static final String HELP = """
            Browser Harness: a simulated browser in the JVM (workers, SharedArrayBuffer, Atomics, wasm).

            commands:
              run PAGE         run one page until idle; its console on stdout/stderr
              check DIR|PAGE   run many pages in one JVM, in parallel; PASS/FAIL per page, JUnit XML for CI
              bench [DIR]      benchmark pages; prints numbers beside Chromium's
              test             the project's own test suite (bin/harness only)
              daemon status|stop   the warm JVM that run reuses (bin/harness only; README, "The daemon")

            harness COMMAND --help shows a command's options, exit statuses and examples.
            """ + "\n" + "%s\n";

    static final String RUN_HELP = """
            usage: harness run [--mount URL=DIR]... [--isolation on|off] [--timeout SECONDS] [--allow-net]
                               [--max-array-buffer BYTES] [--max-shared-array-buffer BYTES] [--max-memory BYTES]
                               [--max-workers N] [--max-statements N] [--no-daemon] PAGE

            Runs one page until it goes idle (no task, timer or pending load left in any agent).
            PAGE is an .html file (its scripts run in document order), a .js file (a classic script in an empty
            page), a folder (its index.html) or a URL under a mount. Without a mount covering PAGE, its folder is
            served at http://localhost/.

            options:
              --mount URL=DIR      serve folder DIR at URL (an origin or a path under one); repeatable
              --isolation on|off   COOP/COEP on mounted responses (default on: crossOriginIsolated, SharedArrayBuffer)
              --timeout SECONDS    give up after this long (default 30) and print what each agent was doing
              --allow-net          let fetch reach real http(s) URLs outside the mounts
              --max-array-buffer BYTES, --max-shared-array-buffer BYTES, --max-memory BYTES, --max-workers N,
              --max-statements N   per-page limits (README, "Limits"); over one, the page gets the browser's error
              --no-daemon          run in a JVM of its own (bin/harness otherwise reuses a warm one: the daemon;
                                   HARNESS_DAEMON=0 does the same), compiled with C1 only for a quicker cold run
                                   (HARNESS_JIT=tiered: the tiered JIT, for a long run)

            output: console.log/info/debug of every agent on stdout, one line per call; warn/error, uncaught
            errors and [harness] diagnostics on stderr.
            exit status: 0 idle without an uncaught error, 1 an uncaught error, 2 bad usage, 124 timeout.

            examples:
              harness run --mount http://example/=examples/seed http://example/index.html
              harness run --timeout 5 tests/pages/workers/basic.js
            """;

    static final String BENCH_HELP = """
            usage: harness bench [DIR]

            Runs the benchmark pages (pingpong.js, messages.js, spawn.js) of DIR (default: the harness's bench/
            folder) several rounds in one JVM and prints each figure beside Chromium's on the same machine kind.
            Without DIR, a "daemon second run" section follows: hello.js and those pages each run twice through
            bin/harness run with a fresh daemon of its own, the second run's figures beside Chromium's first run.
            Numbers only: no pass/fail on time.
            exit status: 0 done, 1 a benchmark page failed, 2 bad usage (no such folder).
            """;

    /** The longest --timeout: a day (a larger or non-finite one overflowed the wait's arithmetic). */
    static final double MAX_TIMEOUT_SECONDS = 86_400;

    private Main() {}

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out, System.err, true));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        return run(args, out, err, false);
    }

    /** {@code exitsAfter}: this JVM exits when the command returns (a run then does not wait for its agents). */
    private static int run(String[] args, PrintStream out, PrintStream err, boolean exitsAfter) throws Exception {
        if (args.length == 0) return usage(err, "missing command");
        return switch (args[0]) {
            case "run" -> runPage(List.of(args).subList(1, args.length), out, err, exitsAfter);
            case "check" -> CheckCommand.run(List.of(args).subList(1, args.length), out, err);
            case "bench" -> {
                List<String> rest = List.of(args).subList(1, args.length);
                if (rest.contains("-h") || rest.contains("--help")) {
                    out.print(BENCH_HELP);
                    yield 0;
                }
                yield Bench.run(rest, out, err);
            }
            case "-h", "--help", "help" -> {
                out.printf(HELP, USAGE);
                yield 0;
            }
            default -> usage(err, "unknown command '" + args[0] + "'");
        };
    }

    static int usage(PrintStream err, String reason) {
        err.println("harness: " + reason);
        err.println(USAGE);
        return 2;
    }

    /** {@code run} in this JVM: the page in a browser of its own, closed before returning. */
    private static int runPage(List<String> args, PrintStream out, PrintStream err, boolean exitsAfter) throws Exception {
        PageRun run = new PageRun(args, Path.of("").toAbsolutePath(), out, err);
        if (run.finished()) return run.run(null);
        try (Browser browser = Browser.builder().build()) {
            return run.run(browser, exitsAfter);
        }
    }

    /**
     * The URL that serves {@code file}: under the most specific mount folder holding it whose URL the network
     * maps back to that same mount (a longer mount prefix can shadow part of a folder), or null.
     */
    static String urlUnderMount(Map<String, Path> mounts, Path file) {
        String best = null;
        int bestDepth = -1;
        for (Map.Entry<String, Path> m : mounts.entrySet()) {
            Path dir = m.getValue().toAbsolutePath().normalize();
            if (!file.startsWith(dir) || dir.getNameCount() <= bestDepth) continue;
            String url = m.getKey() + dir.relativize(file).toString().replace('\\', '/');
            Map.Entry<String, Path> serving = Network.longestMount(mounts, url);
            if (serving != null && serving.getKey().equals(m.getKey())) {
                best = url;
                bestDepth = dir.getNameCount();
            }
        }
        return best;
    }
}
