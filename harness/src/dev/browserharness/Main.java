package dev.browserharness;

import dev.browserharness.net.Network;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
            + "                  [--max-workers N] [--max-statements N] PAGE\n"
            + "       harness check [--jobs N] [--timeout SECONDS] [--junit-xml FILE] DIR|PAGE...\n"
            + "       harness bench [DIR]\n"
            + "       harness test\n"
            + "       harness COMMAND --help";

    static final String HELP = """
            Browser Harness: a simulated browser in the JVM (workers, SharedArrayBuffer, Atomics, wasm).

            commands:
              run PAGE         run one page until idle; its console on stdout/stderr
              check DIR|PAGE   run many pages in one JVM, in parallel; PASS/FAIL per page, JUnit XML for CI
              bench [DIR]      benchmark pages; prints numbers beside Chromium's
              test             the project's own test suite (bin/harness only)

            harness COMMAND --help shows a command's options, exit statuses and examples.
            """ + "\n" + "%s\n";

    static final String RUN_HELP = """
            usage: harness run [--mount URL=DIR]... [--isolation on|off] [--timeout SECONDS] [--allow-net]
                               [--max-array-buffer BYTES] [--max-shared-array-buffer BYTES] [--max-memory BYTES]
                               [--max-workers N] [--max-statements N] PAGE

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
            Numbers only: no pass/fail on time.
            exit status: 0 done, 1 a benchmark page failed, 2 bad usage (no such folder).
            """;

    /** The longest --timeout: a day (a larger or non-finite one overflowed the wait's arithmetic). */
    static final double MAX_TIMEOUT_SECONDS = 86_400;

    private Main() {}

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length == 0) return usage(err, "missing command");
        return switch (args[0]) {
            case "run" -> runPage(List.of(args).subList(1, args.length), out, err);
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

    private static int usage(PrintStream err, String reason) {
        err.println("harness: " + reason);
        err.println(USAGE);
        return 2;
    }

    private static int runPage(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Map<String, Path> mounts = new LinkedHashMap<>();
        boolean isolation = true, allowNet = false;
        double timeout = 30;
        List<String> rest = new ArrayList<>();
        List<java.util.function.Consumer<Browser.Builder>> limits = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (a) {
                case "--mount" -> {
                    if (value == null || !value.contains("=")) return usage(err, "--mount needs URL=DIR");
                    String url = value.substring(0, value.indexOf('='));
                    String folder = value.substring(value.indexOf('=') + 1);
                    if (folder.isBlank()) return usage(err, "--mount " + value + ": no folder after '='");
                    Path dir = Path.of(folder);
                    if (!Files.isDirectory(dir)) return usage(err, "--mount: not a directory: " + dir);
                    try {
                        mounts.put(Network.normalizePrefix(url), dir);
                    } catch (IllegalArgumentException e) {
                        return usage(err, "--mount: " + e.getMessage());
                    }
                    i++;
                }
                case "--isolation" -> {
                    if (!"on".equals(value) && !"off".equals(value)) return usage(err, "--isolation takes on or off");
                    isolation = value.equals("on");
                    i++;
                }
                case "--timeout" -> {
                    try {
                        timeout = Double.parseDouble(value);
                    } catch (RuntimeException e) {
                        timeout = Double.NaN;
                    }
                    if (!(timeout > 0 && timeout <= MAX_TIMEOUT_SECONDS)) {
                        return usage(err, "--timeout takes a number of seconds above 0 and at most " + (long) MAX_TIMEOUT_SECONDS + " (one day), not " + value);
                    }
                    i++;
                }
                case "--allow-net" -> allowNet = true;
                case "--max-array-buffer", "--max-shared-array-buffer", "--max-memory", "--max-workers", "--max-statements" -> {
                    String problem = limitOption(a, value, limits);
                    if (problem != null) return usage(err, problem);
                    i++;
                }
                case "-h", "--help" -> {
                    out.print(RUN_HELP);
                    return 0;
                }
                default -> {
                    if (a.startsWith("--")) return usage(err, "unknown option " + a);
                    rest.add(a);
                }
            }
        }
        if (rest.size() != 1) return usage(err, rest.isEmpty() ? "missing PAGE" : "more than one PAGE");
        String page = rest.get(0);
        String url;
        if (page.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            url = page;
        } else {
            Path file = Path.of(page).toAbsolutePath().normalize();
            if (Files.isDirectory(file)) file = file.resolve("index.html");
            if (!Files.isRegularFile(file)) {
                return usage(err, Files.isDirectory(Path.of(page)) ? page + ": a folder without an index.html (name the page to run, or use harness check DIR)" : "no such page: " + page);
            }
            url = urlUnderMount(mounts, file);
            if (url == null) {
                mounts.put("http://localhost/", file.getParent());
                url = "http://localhost/" + file.getFileName();
            }
        }
        try (Browser browser = Browser.builder().isolation(isolation).allowNetwork(allowNet).echo(out, err).diagnostics(err)
                .mounts(mounts).apply(limits).build()) {
            Page p = browser.newPage();
            try {
                p.navigate(url);
            } catch (IllegalArgumentException e) {
                err.println("harness: " + e.getMessage());
                return 2;
            }
            boolean idle = p.waitForIdle(Duration.ofMillis((long) (timeout * 1000)));
            out.flush();
            if (!idle) {
                err.println("harness: timeout after " + timeout + " s; the page never went idle. Agents:");
                err.print(p.report());
                return 124;
            }
            return p.uncaughtErrors().isEmpty() ? 0 : 1;
        }
    }

    /** A per-page limit option: checked now (a bad value is exit 2), applied to the browser's builder later. */
    private static String limitOption(String option, String value, List<java.util.function.Consumer<Browser.Builder>> limits) {
        try {
            if (value == null) throw new IllegalArgumentException("needs a value");
            java.util.function.Consumer<Browser.Builder> set = switch (option) {
                case "--max-array-buffer" -> b -> b.maxArrayBufferBytes(dev.browserharness.agent.Limits.parseBytes(value));
                case "--max-shared-array-buffer" -> b -> b.maxSharedArrayBufferBytes(dev.browserharness.agent.Limits.parseBytes(value));
                case "--max-memory" -> b -> b.maxMemoryBytes(dev.browserharness.agent.Limits.parseBytes(value));
                case "--max-workers" -> b -> b.maxWorkers(Math.toIntExact(dev.browserharness.agent.Limits.parseCount(value)));
                default -> b -> b.maxStatementsPerTask(dev.browserharness.agent.Limits.parseCount(value));
            };
            set.accept(Browser.builder()); // validates now
            limits.add(set);
            return null;
        } catch (ArithmeticException e) {
            return option + ": is too large: " + value;
        } catch (IllegalArgumentException e) {
            return option + ": " + e.getMessage();
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
