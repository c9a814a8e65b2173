package dev.browserharness;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code harness bench}'s "daemon second run" section (issue 10): each page run twice through {@code bin/harness run}
 * with the daemon, a fresh daemon of its own (a private socket folder, so a user's daemon is neither used nor
 * disturbed; the first run of hello starts it), and the second run's figures printed beside Chromium's first-run
 * figures and the goal (hello ≤ 0.1 s wall; each perf page at least twice as good as Chromium). Hello's figure is
 * the wall time around the client process; the perf pages' are their own RESULT lines.
 */
final class DaemonBench {
    /** metric → {Chromium's first run, goal}. */
    private static final Map<String, BenchProcess.Reference> REFERENCE = new LinkedHashMap<>();

    static {
        REFERENCE.put("hello-wall-ms", new BenchProcess.Reference("1,300-1,700", "<= 100", "ms"));
        REFERENCE.put("atomics-pingpong-roundtrip-us", new BenchProcess.Reference("22", "<= 11", "µs"));
        REFERENCE.put("postmessage-throughput-msg-per-s", new BenchProcess.Reference("27,900", ">= 55,800", "msg/s"));
        REFERENCE.put("postmessage-roundtrip-us", new BenchProcess.Reference("99", "<= 49.5", "µs"));
        REFERENCE.put("worker-spawn-first-message-ms", new BenchProcess.Reference("41", "<= 20.5", "ms"));
    }

    private DaemonBench() {}

    /** Runs the section; {@code home} holds bin/harness, {@code dir} the pages. False when a run failed. */
    static boolean run(Path home, Path dir, PrintStream out, List<String> problems) throws Exception {
        Path harness = home.resolve("bin/harness");
        out.println();
        out.println("daemon second run (bin/harness run through a fresh daemon, each page twice; the second run's figures):");
        out.println("  load average before: " + BenchProcess.loadAverage());
        if (!Files.isExecutable(harness)) {
            problems.add("daemon second run: no " + harness);
            return false;
        }
        Path sockets = Files.createTempDirectory("harness-bench-daemon", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Map<String, String> results = new LinkedHashMap<>();
        boolean ok = true;
        try {
            for (String page : List.of("hello.js", "pingpong.js", "messages.js", "spawn.js")) {
                BenchProcess.Run second = null;
                for (int i = 0; i < 2; i++) {
                    second = client(harness, sockets, dir, page);
                    if (second.status() != 0) {
                        problems.add("daemon run " + (i + 1) + " of " + page + ": exit " + second.status() + "\n" + second.err());
                        ok = false;
                    }
                }
                if (page.equals("hello.js")) results.put("hello-wall-ms", String.format("%.0f", second.wallMs()));
                for (String line : second.out().split("\n")) BenchProcess.result(line, results);
            }
            BenchProcess.Run status = client(harness, sockets, dir, null);
            out.print(status.out().lines().filter(l -> l.startsWith("pid ") || l.startsWith("runs served")).map(l -> "  daemon " + l + "\n").reduce("", String::concat));
        } finally {
            stop(harness, sockets);
        }
        out.println("  load average after: " + BenchProcess.loadAverage() + " (figures taken under load are not the quiet figures)");
        BenchProcess.table(out, "%-46s %12s %14s %10s%n", new String[] {"metric", "2nd run", "Chromium 1st", "goal"}, results, REFERENCE);
        return ok;
    }

    /** One {@code bin/harness run PAGE} (or {@code daemon status} when page is null) from {@code dir}. */
    private static BenchProcess.Run client(Path harness, Path sockets, Path dir, String page) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(harness.toString()));
        command.addAll(page == null ? List.of("daemon", "status") : List.of("run", "--timeout", "180", page));
        // HARNESS_SKIP_BUILD: this JVM runs the build bin/harness just checked
        return BenchProcess.run(command, dir, Map.of("HARNESS_DAEMON_DIR", sockets.toString(), "HARNESS_DAEMON", "1",
                "HARNESS_SKIP_BUILD", "1"), 5);
    }

    private static void stop(Path harness, Path sockets) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(harness.toString(), "daemon", "stop").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("HARNESS_DAEMON_DIR", sockets.toString());
        pb.environment().put("HARNESS_SKIP_BUILD", "1");
        pb.start().waitFor(1, TimeUnit.MINUTES);
        try (var files = Files.list(sockets)) {
            for (Path f : files.toList()) Files.deleteIfExists(f);
        }
        Files.deleteIfExists(sockets);
    }
}
