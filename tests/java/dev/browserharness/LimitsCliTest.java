package dev.browserharness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only a whole JVM shows, so each case runs {@code harness run} in a JVM of its own (this JVM's flags, a small
 * heap): the heap really running out ends the page with a report and exit 1, quickly; and a page with a thousand
 * workers still gets its timeout report listing every agent, and the process exits. Times are printed, not asserted.
 */
class LimitsCliTest {
    @TempDir Path dir;

    private record Ran(int status, String out, String err, double secondsFromTimeoutReportToExit) {}

    private Ran cli(String heap, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!a.startsWith("-Xmx") && !a.startsWith("-XX:MaxRAM") && !a.startsWith("-javaagent")) command.add(a);
        }
        command.add("-Xmx" + heap);
        command.add("-cp");
        command.add(Path.of("target/classes").toAbsolutePath() + java.io.File.pathSeparator
                + Files.readString(Path.of("target/runtime-classpath.txt")).trim());
        command.add("dev.browserharness.Main");
        command.add("run");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Path out = dir.resolve("out.txt");
        Process p = pb.redirectOutput(out.toFile()).start();
        StringBuilder err = new StringBuilder();
        long reportAt = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (reportAt == 0 && line.startsWith("harness: timeout after")) reportAt = System.nanoTime();
                err.append(line).append('\n');
            }
        }
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("harness run did not finish: " + err);
        }
        double seconds = reportAt == 0 ? -1 : (System.nanoTime() - reportAt) / 1e9;
        return new Ran(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), err.toString(), seconds);
    }

    @Test
    void theHeapRunningOutEndsThePageWithAReportAndExitOneNotAHang() throws Exception {
        // 32 MiB buffers (under the default cap of a quarter of the 256 MiB heap) until the heap is full.
        Files.writeString(dir.resolve("oom.js"), """
                const keep = [];
                try {
                  for (;;) keep.push(new ArrayBuffer(32 << 20));
                } catch (e) {
                  console.log('caught ' + e);
                }
                """);
        long start = System.nanoTime();
        Ran r = cli("256m", "--timeout", "240", dir.resolve("oom.js").toString());
        System.out.printf("heap OOM page ended after %.1f s (whole JVM run)%n", (System.nanoTime() - start) / 1e9);
        assertThat(r.status()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("Uncaught Error: Out of memory (Java heap space)")
                .contains("[harness] window#1: Error: Out of memory (Java heap space); the page was ended. Agents:")
                .doesNotContain("timeout").doesNotContain("\tat ");
    }

    @Test
    void aBigSingleArrayBufferIsARangeErrorThePageCatches() throws Exception {
        // 1 GiB is over the default cap on a 256 MiB heap: the browser's error, caught by the page.
        Files.writeString(dir.resolve("big.js"), """
                try { new ArrayBuffer(1 << 30); } catch (e) { console.log('caught ' + e); }
                """);
        Ran r = cli("256m", "--timeout", "240", dir.resolve("big.js").toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("caught RangeError: Array buffer allocation failed\n");
    }

    @Test
    void aThousandWorkersEndAndTheProcessExitsAfterTheTimeoutReport() throws Exception {
        // 1,000 workers: 4 in endless loops (their contexts must be cancelled), the rest blocked in Atomics.wait (an
        // interrupt ends them). The page says when it has made them all; the timeout report must then list each.
        Files.writeString(dir.resolve("wait.js"), "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);");
        Files.writeString(dir.resolve("busy.js"), "for (;;) {}");
        Files.writeString(dir.resolve("many.js"), """
                let n = 0;
                (function spawn() {
                  for (let i = 0; i < 50; i++, n++) new Worker(n < 4 ? 'busy.js' : 'wait.js');
                  if (n < 1000) setTimeout(spawn, 0); else console.log('made ' + n + ' workers');
                })();
                """);
        // How fast workers start depends on the machine's load: a longer timeout when the page had not made them all.
        Ran r = null;
        for (int timeout : new int[] {60, 240}) {
            r = cli("1500m", "--max-workers", "5000", "--timeout", Integer.toString(timeout), dir.resolve("many.js").toString());
            if (r.out().contains("made 1000 workers")) break;
        }
        List<String> workers = r.err().lines().filter(l -> l.startsWith("dedicatedworker#")).toList();
        System.out.printf("%d workers in the report (%d blocked in Atomics.wait, %d in an endless loop); exit %.2f s after the timeout report%n",
                workers.size(), workers.stream().filter(l -> l.contains("Atomics.wait")).count(),
                workers.stream().filter(l -> l.contains("busy.js: running")).count(), r.secondsFromTimeoutReportToExit());
        assertThat(r.out()).as(r.err()).isEqualTo("made 1000 workers\n");
        assertThat(r.status()).as(r.err()).isEqualTo(124);
        assertThat(r.secondsFromTimeoutReportToExit()).as("the timeout report came").isPositive();
        // every agent is in the report: the window and workers #2..#1001, each once
        assertThat(r.err()).contains("\nwindow#1 ");
        assertThat(workers).hasSize(1000);
        for (int i = 0; i < 1000; i++) assertThat(workers.get(i)).startsWith("dedicatedworker#" + (i + 2) + " (started by window#1) http://localhost/");
        assertThat(r.err()).doesNotContain("WARNING").doesNotContain("Exception");
    }
}
