package dev.browserharness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/harness's fast launch (a jlinked runtime and an AOT cache, issue 10) is only ever a speed-up: a page runs and
 * prints the same whether the cache is missing (built on the way), broken, stale, or cannot be built at all. Runs the
 * launcher on this build's classes (HARNESS_SKIP_BUILD: no Maven inside Maven) with a cache folder of its own.
 */
class LauncherTest {
    @TempDir Path dir;

    private record Ran(int status, String out, String err) {}

    private Ran harness(Path cache) throws Exception {
        return harness(cache, java.util.Map.of());
    }

    private Ran harness(Path cache, java.util.Map<String, String> env) throws Exception {
        Path page = dir.resolve("hello.js");
        Files.writeString(page, "console.log('hi');\n");
        ProcessBuilder pb = new ProcessBuilder("bash", Path.of("bin/harness").toAbsolutePath().toString(), "run",
                "--timeout", "300", page.toString())   // a loaded machine must not fail this test
                .directory(dir.toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("HARNESS_JVM_CACHE");
        pb.environment().put("HARNESS_SKIP_BUILD", "1");
        pb.environment().put("HARNESS_DAEMON", "0"); // the launcher's own JVM, not a daemon's (which would hold the runtime's files)
        pb.environment().put("HARNESS_JVM_CACHE_DIR", cache.toString());
        pb.environment().remove("HARNESS_JIT");
        pb.environment().putAll(env);
        Path out = dir.resolve("out.txt"), err = dir.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("bin/harness run did not finish: " + Files.readString(err));
        }
        return new Ran(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void ranHello(Ran r) {
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("hi\n");
    }

    @Test
    void aMissingCacheIsBuiltOnTheWayABrokenOneCostsOnlySpeedAStaleOneIsRebuiltAFailedBuildRunsPlain() throws Exception {
        Path cache = dir.resolve("jvm-cache");
        Ran first = harness(cache);
        ranHello(first);
        assertThat(first.err().lines().toList()).as("only the launcher's one line while it prepares the cache")
                .singleElement().asString().startsWith("harness: preparing a faster JVM start");
        assertThat(cache.resolve("harness.aot")).isNotEmptyFile();
        assertThat(cache.resolve("runtime/bin/java")).isExecutable();

        Ran fast = harness(cache);
        ranHello(fast);
        assertThat(fast.err()).isEmpty();

        // a cache the JVM refuses (truncated): the page runs, and the JVM's complaints stay off stderr
        byte[] aot = Files.readAllBytes(cache.resolve("harness.aot"));
        Files.write(cache.resolve("harness.aot"), java.util.Arrays.copyOf(aot, aot.length / 10));
        Ran broken = harness(cache);
        ranHello(broken);
        assertThat(broken.err()).isEmpty();

        // stale (built from other jars or another JDK): rebuilt, and the page runs
        Files.writeString(cache.resolve("key"), "another build\n");
        Ran stale = harness(cache);
        ranHello(stale);
        assertThat(stale.err().lines().toList()).singleElement().asString().startsWith("harness: preparing a faster JVM start");
        assertThat(Files.size(cache.resolve("harness.aot"))).isGreaterThan(aot.length / 2);

        // building fails (here: the runtime's java is broken): one line naming the log, then the plain launch
        Files.writeString(cache.resolve("runtime/bin/java"), "#!/bin/sh\nexit 3\n");
        Files.writeString(cache.resolve("key"), "another build\n");
        Ran failed = harness(cache);
        ranHello(failed);
        List<String> lines = failed.err().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("harness: preparing a faster JVM start");
        assertThat(lines.get(1)).startsWith("harness: the faster JVM start could not be prepared; plain launch (log: ");
        Ran again = harness(cache);   // not retried on every run: plain, silent, until something changes
        ranHello(again);
        assertThat(again.err()).isEmpty();
    }

    @Test
    void aCacheThatCannotBeBuiltLeavesThePlainLaunch() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Ran noFolder = harness(file.resolve("jvm-cache"));   // mkdir fails: no cache, no message
        ranHello(noFolder);
        assertThat(noFolder.err()).isEmpty();

        // another launcher is building it (its lock is fresh): this one runs plain at once
        Path cache = dir.resolve("locked");
        Files.createDirectories(cache.resolve("lock"));
        Ran locked = harness(cache);
        ranHello(locked);
        assertThat(locked.err()).isEmpty();
        assertThat(cache.resolve("harness.aot")).doesNotExist();
    }

    /**
     * A one-shot run compiles with C1 only (bin/harness, oneshot_jit: faster for a cold, short JVM); HARNESS_JIT=tiered
     * keeps the tiered JIT; anything else is refused with exit 2 and one line. The JVM prints its flags
     * (-XX:+PrintCommandLineFlags) before the page's output.
     */
    @Test
    void aOneShotRunCompilesWithC1OnlyUnlessAskedForTheTieredJit() throws Exception {
        Path cache = dir.resolve("jvm-cache");
        java.util.Map<String, String> flags = java.util.Map.of("HARNESS_JVM_CACHE", "off", "JAVA_TOOL_OPTIONS", "-XX:+PrintCommandLineFlags");
        Ran quick = harness(cache, flags);
        assertThat(quick.status()).as(quick.err()).isZero();
        assertThat(quick.out()).contains("-XX:TieredStopAtLevel=1").endsWith("\nhi\n");

        java.util.Map<String, String> tieredEnv = new java.util.HashMap<>(flags);
        tieredEnv.put("HARNESS_JIT", "tiered");
        Ran tiered = harness(cache, tieredEnv);
        assertThat(tiered.status()).as(tiered.err()).isZero();
        assertThat(tiered.out()).doesNotContain("TieredStopAtLevel").endsWith("\nhi\n");

        Ran bad = harness(cache, java.util.Map.of("HARNESS_JVM_CACHE", "off", "HARNESS_JIT", "fast"));
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err()).isEqualTo("harness: HARNESS_JIT is quick (the default) or tiered, not 'fast'\n");
    }
}
