package dev.browserharness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness as a plain dependency: a tiny consumer program, compiled and run on a plain class path with none of
 * our JVM flags, opens a page through the public API. It runs (Truffle's fallback runtime), prints the page's
 * output, and says once on stderr which flags would make it JIT-compile — never an exception.
 */
class ConsumerTest {
    @TempDir
    Path dir;

    private static Path javaHome() {
        return Path.of(ProcessHandle.current().info().command().orElseThrow()).getParent().getParent();
    }

    private static String classPath() throws Exception {
        return Path.of("target/classes").toAbsolutePath() + java.io.File.pathSeparator
                + Files.readString(Path.of("target/runtime-classpath.txt")).trim();
    }

    private record Ran(int status, String out, String err) {}

    private Ran exec(List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("JDK_JAVA_OPTIONS");
        Path out = dir.resolve("out.txt"), err = dir.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("consumer did not finish: " + command);
        }
        return new Ran(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    /** A page whose window starts a worker and prints what the worker posts. */
    private Path writeSite() throws Exception {
        Path site = Files.createDirectory(dir.resolve("site"));
        Files.writeString(site.resolve("index.js"), """
                const w = new Worker('w.js');
                w.onmessage = (e) => console.log('worker says ' + e.data);
                """);
        Files.writeString(site.resolve("w.js"), "postMessage(6 * 7);");
        return site;
    }

    /** The consumer: the public API only (a Browser, a context with a mount, two pages in turn). */
    private static final String APP = """
                package consumer;

                import dev.browserharness.Browser;
                import dev.browserharness.BrowserContext;
                import dev.browserharness.ContextOptions;
                import dev.browserharness.Page;
                import java.nio.file.Path;
                import java.time.Duration;

                public class App {
                    public static void main(String[] args) throws Exception {
                        try (Browser browser = Browser.builder().build()) {
                            BrowserContext ctx = browser.newContext(new ContextOptions().mount("http://app/", Path.of(args[0])));
                            for (int i = 0; i < 2; i++) {
                                try (Page page = ctx.newPage()) {
                                    page.navigate("http://app/index.js");
                                    if (!page.waitForIdle(Duration.ofSeconds(120))) throw new AssertionError(page.report());
                                    System.out.println(page.stdout() + " " + page.uncaughtErrors());
                                }
                            }
                        }
                    }
                }
                """;

    @Test
    void aPlainClassPathConsumerWithoutFlagsRunsAPageAndIsToldTheFlagsOnce() throws Exception {
        Path site = writeSite();
        Path src = Files.createDirectories(dir.resolve("src/consumer"));
        Files.writeString(src.resolve("App.java"), APP);
        String cp = classPath();
        Path classes = dir.resolve("classes");
        Ran javac = exec(List.of(javaHome().resolve("bin/javac").toString(), "-d", classes.toString(), "-cp", cp,
                src.resolve("App.java").toString()));
        assertThat(javac.status()).as(javac.err()).isZero();
        List<String> run = new ArrayList<>(List.of(javaHome().resolve("bin/java").toString(), "-cp",
                classes + java.io.File.pathSeparator + cp, "consumer.App", site.toString()));
        Ran app = exec(run);
        assertThat(app.status()).as("exit status; stderr: %s", app.err()).isZero();
        assertThat(app.out()).isEqualTo("[worker says 42] []\n[worker says 42] []\n");
        List<String> harnessLines = app.err().lines().filter(l -> l.startsWith("[harness]")).toList();
        assertThat(harnessLines).as("stderr: %s", app.err()).filteredOn(l -> l.contains("fallback runtime")).singleElement().asString()
                .contains("-XX:+EnableJVMCI").contains("--upgrade-module-path").contains("--add-exports").contains("README");
        assertThat(harnessLines).as("JSPI is off without its flag, in one line").filteredOn(l -> l.startsWith("[harness] JSPI")).singleElement().asString()
                .contains("--add-exports java.base/jdk.internal.vm=ALL-UNNAMED");
        assertThat(harnessLines).hasSize(2);
        assertThat(app.err()).doesNotContain("Exception");
    }

    private static String modulePath() throws Exception {
        StringBuilder mp = new StringBuilder(Path.of("target/classes").toAbsolutePath().toString());
        for (String entry : Files.readString(Path.of("target/runtime-classpath.txt")).trim().split(java.io.File.pathSeparator)) {
            if (entry.endsWith(".jar")) mp.append(java.io.File.pathSeparator).append(entry);
        }
        return mp.toString();
    }

    /** Compiles module {@code name} (module-info.java requiring the harness, and {@code app} as consumer/App.java). */
    private Ran compileModule(String name, String app, Path out) throws Exception {
        Path src = Files.createDirectories(dir.resolve("msrc/" + name + "/consumer"));
        Files.writeString(src.getParent().resolve("module-info.java"), "module " + name + " { requires dev.browserharness; }\n");
        Files.writeString(src.resolve("App.java"), app);
        return exec(List.of(javaHome().resolve("bin/javac").toString(), "-d", out.toString(), "--module-path", modulePath(),
                "--module-source-path", dir.resolve("msrc").toString(), "-m", name));
    }

    @Test
    void onTheModulePathOnlyThePublicApiIsVisibleAndItRuns() throws Exception {
        // An internal class, from each unexported package, does not compile: javac says the package is not visible.
        Ran intruder = compileModule("intruder", """
                package consumer;

                public class App {
                    dev.browserharness.agent.AgentBridge bridge;
                    dev.browserharness.ext.SharedMemory memory;
                    dev.browserharness.net.Network network;
                }
                """, dir.resolve("intruder-out"));
        assertThat(intruder.status()).as(intruder.err()).isNotZero();
        for (String pkg : List.of("agent", "ext", "net")) {
            assertThat(intruder.err()).contains("package dev.browserharness." + pkg + " is not visible");
        }
        assertThat(intruder.err()).contains("(package dev.browserharness.agent is declared in module dev.browserharness, which does not export it)");

        // The public API compiles, and runs with the flags README gives for the module path.
        Path site = writeSite();
        Path out = dir.resolve("consumer-out");
        Ran javac = compileModule("consumer", APP, out);
        assertThat(javac.status()).as(javac.err()).isZero();
        String mp = out + java.io.File.pathSeparator + modulePath();
        List<String> run = new ArrayList<>(List.of(javaHome().resolve("bin/java").toString()));
        run.addAll(List.of(dev.browserharness.ext.GraalInternals.MODULE_FLAGS.split(" ")));
        run.addAll(List.of("--enable-native-access=org.graalvm.truffle", "--module-path", mp, "-m", "consumer/consumer.App", site.toString()));
        Ran app = exec(run);
        assertThat(app.status()).as("exit status; stderr: %s", app.err()).isZero();
        assertThat(app.out()).isEqualTo("[worker says 42] []\n[worker says 42] []\n");
        assertThat(app.err()).contains("--add-exports java.base/jdk.internal.vm=dev.browserharness").doesNotContain("Exception");

        // Without those flags: one clear error at Browser.build() naming them, not a failure inside every page.
        Ran bare = exec(List.of(javaHome().resolve("bin/java").toString(), "--module-path", mp, "-m", "consumer/consumer.App", site.toString()));
        assertThat(bare.status()).isNotZero();
        assertThat(bare.err()).contains("IllegalStateException: Browser Harness on the module path needs the JVM flags "
                + dev.browserharness.ext.GraalInternals.MODULE_FLAGS).contains("at dev.browserharness@");
        assertThat(bare.out()).isEmpty();
    }
}
