package dev.browserharness;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** What the bench sections that start {@code bin/harness} processes share: one timed run, and the RESULT lines. */
final class BenchProcess {
    /** A finished process: exit status (124 when it was killed at its limit), stdout, stderr, wall time. */
    record Run(int status, String out, String err, double wallMs) {}

    /** A metric's reference: Chromium's figure, the goal, and the unit printed after the harness's figure. */
    record Reference(String chromium, String goal, String unit) {}

    private BenchProcess() {}

    /** The section's table: each result beside its reference (blank cells for a metric without one). */
    static void table(PrintStream out, String format, String[] header, Map<String, String> results, Map<String, Reference> refs) {
        out.printf(format, (Object[]) header);
        for (Map.Entry<String, String> r : results.entrySet()) {
            Reference ref = refs.get(r.getKey());
            out.printf(format, r.getKey(), r.getValue() + (ref == null ? "" : " " + ref.unit()),
                    ref == null ? "" : ref.chromium(), ref == null ? "" : ref.goal());
        }
    }

    /** Runs {@code command} in {@code dir} with {@code env} added, killed after {@code minutes}. */
    static Run run(List<String> command, Path dir, Map<String, String> env, long minutes) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().putAll(env);
        Path o = Files.createTempFile("harness-bench", ".out"), e = Files.createTempFile("harness-bench", ".err");
        try {
            long t0 = System.nanoTime();
            Process p = pb.redirectOutput(o.toFile()).redirectError(e.toFile()).start();
            if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return new Run(124, "", "did not finish in " + minutes + " minutes", 0);
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            return new Run(p.exitValue(), Files.readString(o, StandardCharsets.UTF_8), Files.readString(e, StandardCharsets.UTF_8), ms);
        } finally {
            Files.deleteIfExists(o);
            Files.deleteIfExists(e);
        }
    }

    /** A benchmark page's {@code RESULT metric value} line into {@code results}; false for any other line. */
    static boolean result(String line, Map<String, String> results) {
        if (!line.startsWith("RESULT ")) return false;
        String[] kv = line.substring(7).split(" ", 2);
        results.put(kv[0], kv.length > 1 ? kv[1] : "");
        return true;
    }

    /** /proc/loadavg's 1, 5 and 15 minute figures ("?" elsewhere). */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
