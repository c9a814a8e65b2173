package dev.browserharness;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "first run" section of {@code harness bench} (issue 10): each benchmark page run once with
 * {@code bin/harness run --no-daemon} in a fresh process — what a user in CI or a terminal gets, with the C1-only JIT
 * of one-shot runs (bin/harness, oneshot_jit); hello once more with {@code HARNESS_JIT=tiered}, the tiered JIT of
 * long-lived JVMs, to show the difference — printed beside Chromium's figures
 * for a fresh headless Chromium on the same machine kind, and the goals. Numbers only, never a pass/fail.
 * The process's CPU time (all its threads: the JIT compilers too) comes from bash's {@code times}.
 */
final class FirstRunBench {
    /**
     * A page, what it is compared on, and Chromium's figure and the goal for that metric in a fresh process;
     * {@code tiered}: run with HARNESS_JIT=tiered.
     */
    private record Row(String page, boolean tiered, String metric, String chromium, String goal) {
        Row(String page, String metric, String chromium, String goal) {
            this(page, false, metric, chromium, goal);
        }

        String run() {
            return tiered ? page + " (HARNESS_JIT=tiered)" : page;
        }
    }

    private static final List<Row> ROWS = List.of(
            new Row("hello.js", "wall-s", "1.3-1.7", "<= 1.0"),
            new Row("hello.js", "cpu-s", "0.84", ""),
            new Row("hello.js", true, "wall-s", "1.3-1.7", ""),
            new Row("hello.js", true, "cpu-s", "0.84", ""),
            new Row("messages.js", "postmessage-throughput-msg-per-s", "27,900", ">= 27,900"),
            new Row("messages.js", "postmessage-roundtrip-us", "99", "<= 99"),
            new Row("pingpong.js", "atomics-pingpong-roundtrip-us", "22", "<= 22"),
            new Row("spawn.js", "worker-spawn-first-message-ms", "41", "<= 41"),
            // issue 8: "the first run in a fresh process faster than Chromium" (its first round of 500 sync XHRs)
            new Row("sw/xhr.js", "sw-sync-xhr-first-round-us", "5,732", "< 5,732"),
            new Row("messages.js", "postmessage-throughput-first-round-msg-per-s", "", ""),
            new Row("messages.js", "postmessage-roundtrip-first-round-us", "", ""),
            new Row("pingpong.js", "atomics-pingpong-first-round-us", "", ""));

    private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s (\\d+)m([\\d.]+)s");

    private FirstRunBench() {}

    /** Runs each page of {@link #ROWS} in its own {@code bin/harness run}; problems are added to {@code problems}. */
    static void run(Path dir, PrintStream out, List<String> problems) throws IOException, InterruptedException {
        Path launcher = Path.of(System.getProperty("harness.home", "."), "bin", "harness").toAbsolutePath().normalize();
        out.println();
        out.printf("first run: each page once in a fresh process (%s run PAGE), load average %.2f%n", launcher, load());
        if (!Files.isRegularFile(launcher)) {
            problems.add("first run: no launcher at " + launcher + " (run bench through bin/harness)");
            return;
        }
        Map<String, Map<String, String>> byPage = new LinkedHashMap<>();
        for (Row row : ROWS) {
            if (!byPage.containsKey(row.run())) byPage.put(row.run(), runOnce(launcher, dir.resolve(row.page()), row.tiered(), problems));
        }
        out.printf("%-52s %12s %10s %10s%n", "first run: page / metric", "harness", "Chromium", "goal");
        for (Row row : ROWS) {
            String value = byPage.get(row.run()).getOrDefault(row.metric(), "-");
            out.printf("%-52s %12s %10s %10s%n", row.run() + " " + row.metric(), value, row.chromium(), row.goal());
        }
        for (Map.Entry<String, Map<String, String>> e : byPage.entrySet()) {
            out.printf("first run: %s took %s s wall, %s CPU-s%n", e.getKey(), e.getValue().getOrDefault("wall-s", "-"),
                    e.getValue().getOrDefault("cpu-s", "-"));
        }
        out.printf("first run: load average %.2f (the machine's, over the last minute)%n", load());
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** One fresh process: its RESULT lines, its wall time and its CPU time (user + system of the whole JVM). */
    private static Map<String, String> runOnce(Path launcher, Path page, boolean tiered, List<String> problems)
            throws IOException, InterruptedException {
        Map<String, String> results = new LinkedHashMap<>();
        // bash runs the launcher (which execs java) as its child, then prints the children's CPU times
        BenchProcess.Run r = BenchProcess.run(List.of("bash", "-c", "\"$@\"; s=$?; times >&2; exit $s", "bash",
                launcher.toString(), "run", "--no-daemon", "--timeout", "300", page.toAbsolutePath().toString()),
                page.toAbsolutePath().getParent(), Map.of("HARNESS_JIT", tiered ? "tiered" : "quick"), 6);
        if (r.status() == 124 && r.wallMs() == 0) {
            problems.add("first run: " + page.getFileName() + " did not finish in 6 minutes");
            return results;
        }
        results.put("wall-s", String.format("%.2f", r.wallMs() / 1000));
        for (String line : r.out().split("\n")) BenchProcess.result(line, results);
        List<String> err = new ArrayList<>(r.err().lines().toList());
        Matcher m = err.isEmpty() ? null : TIMES.matcher(err.remove(err.size() - 1));
        if (m != null && m.matches()) {
            double cpu = Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2))
                    + Integer.parseInt(m.group(3)) * 60 + Double.parseDouble(m.group(4));
            results.put("cpu-s", String.format("%.2f", cpu));
            if (!err.isEmpty()) err.remove(err.size() - 1); // times's first line: the shell's own
        }
        for (String e : err) if (!e.startsWith("harness: preparing") && !e.startsWith("harness: building")) problems.add("first run: " + page.getFileName() + ": " + e);
        if (r.status() != 0) problems.add("first run: " + page.getFileName() + " exited " + r.status());
        return results;
    }
}
