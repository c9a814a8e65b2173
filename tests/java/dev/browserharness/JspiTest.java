package dev.browserharness;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSPI beyond what a page prints (the pages are in tests/pages/jspi): the timeout report, JSPI's absence on a JVM
 * without the continuation flag, a suspended stack 10,000 frames deep, and the heap a suspended stack takes.
 */
class JspiTest {
    static final Path PAGES = Path.of("tests/pages/jspi");

    @Test
    void timeoutReportListsSuspendedStacksAndWhatTheyWaitFor() throws Exception {
        Harness.Result r = Harness.run(PAGES, "stuck.js", b -> {}, Duration.ofSeconds(5));
        assertThat(r.stdout()).containsExactly("suspended");
        assertThat(r.idle()).as("a suspended stack keeps the page busy").isFalse();
        assertThat(r.report()).contains("wasm stack of WebAssembly.promising(")
                .contains("suspended in import \"env\" \"suspend\" (neverSettles)")
                .contains("waiting for its promise to settle");
    }

    @Test
    void theExampleRunsWithJspiAndWithAsyncify() throws Exception {
        Harness.Result r = Harness.run(Path.of("examples/jspi"), "index.html", b -> {}, Duration.ofSeconds(60));
        assertThat(r.idle()).as(r.report()).isTrue();
        assertThat(r.stdout()).containsExactlyInAnyOrder("JSPI:     read 4 numbers, sum 150", "JSPI:     main() resolved to 150",
                "Asyncify: read 4 numbers, sum 150", "Asyncify: main() returned 150");
    }

    @Test
    void withoutTheContinuationFlagJspiIsAbsentAndOneLineSaysWhy(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("p.js"),
                "console.log(String('Suspending' in WebAssembly), typeof WebAssembly.promising, typeof WebAssembly.SuspendError);");
        String cp = "target/classes" + java.io.File.pathSeparator + Files.readString(Path.of("target/runtime-classpath.txt")).trim();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI",
                "--upgrade-module-path=target/graal-compiler", "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-cp", cp, "dev.browserharness.Main", "run", "--timeout", "110", dir.resolve("p.js").toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        assertThat(p.waitFor(150, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(out).isEqualTo("false undefined undefined\n");
        assertThat(err.lines().filter(l -> l.contains("JSPI")).toList()).containsExactly(
                "[harness] JSPI (WebAssembly.Suspending/promising) is off: the JVM runs without --add-exports java.base/jdk.internal.vm=ALL-UNNAMED"
                        + " (it needs JDK continuations, --add-exports java.base/jdk.internal.vm=ALL-UNNAMED, and the internals of GraalJS/GraalWasm 25.0.2)");
    }

    /**
     * Suspending recursions 2,000-20,000 levels deep (tests/pages/jspi/overflow.js): each either suspends, overflows in
     * wasm, or finds no stack left to freeze its frames; all three are errors the page catches, and it goes on (a
     * freeze that ran out of stack used to end the page with "Uncaught null").
     */
    @Test
    void aStackTooDeepToSuspendIsACatchableErrorAndThePageGoesOn() throws Exception {
        Harness.Result r = Harness.run(PAGES, "overflow.js", b -> {}, Duration.ofSeconds(60));
        assertThat(r.idle()).as(r.report()).isTrue();
        assertThat(r.uncaught()).isEmpty();
        assertThat(r.stdout()).hasSize(6).endsWith("100 -> 100", "after: 5");
        for (String line : r.stdout().subList(0, 4)) {
            String n = line.substring(0, line.indexOf(' '));
            // it fits (once compiled), or the recursion overflows in wasm, or there is no stack left to freeze it
            assertThat(line).isIn(n + " -> " + n, n + " -> RuntimeError: call stack exhausted",
                    n + " -> RangeError: Maximum call stack size exceeded");
        }
    }

    /**
     * 1,000 stacks suspended at once and one 10,000 frames deep; prints the heap each takes. The deep one needs
     * GraalWasm's compiled frames (interpreted ones take ~2 KB each: an 8 MB agent stack holds ~4,000), so the page
     * runs again (the engine, and its compiled code, is shared) until the recursion fits.
     */
    @Test
    void deepAndManySuspendedStacksAndTheirMemory() throws Exception {
        Map<String, Long> heap = new LinkedHashMap<>();
        List<String> lines = List.of();
        for (int attempt = 0; attempt < 15; attempt++) {
            heap.clear();
            try (Browser browser = Browser.builder().mount("http://localhost/", PAGES).build()) {
                browser.onConsoleMessage(m -> {
                    if (m.text().startsWith("MEASURE ")) heap.put(m.text().substring(8), usedHeap());
                });
                Page page = browser.newPage().navigate("http://localhost/measure.js");
                assertThat(page.waitForIdle(Duration.ofSeconds(120))).as(browser.report()).isTrue();
                lines = page.stdout();
            }
            if (lines.contains("10,000 frames deep: 10000")) break;
        }
        assertThat(lines).contains("1000 resumed, sum 499500");
        // Until GraalWasm has compiled the recursion, 10,000 interpreted frames do not fit an 8 MB agent stack (README,
        // known gaps): then the page gets wasm's catchable RuntimeError, never a crash or a hang.
        assertThat(lines).containsAnyOf("10,000 frames deep: 10000", "10,000 frames deep: RuntimeError: call stack exhausted",
                "10,000 frames deep: RangeError: Maximum call stack size exceeded");
        if (!lines.contains("10,000 frames deep: 10000")) System.out.println("JSPI: the 10,000-frame stack did not fit in 15 runs (still interpreted)");
        long perStack = (heap.get("1000 suspended") - heap.get("baseline")) / 1000;
        long deep = heap.containsKey("deep suspended") ? heap.get("deep suspended") - heap.get("released") : -1;
        System.out.printf("JSPI memory: %,d bytes per suspended stack (1,000 at once); %,d bytes for one 10,000 frames deep%n", perStack, deep);
        assertThat(perStack).as("bytes per suspended stack").isPositive();
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
