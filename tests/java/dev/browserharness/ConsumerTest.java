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

    @Test
    void aPlainClassPathConsumerWithoutFlagsRunsAPageAndIsToldTheFlagsOnce() throws Exception {
        Path site = Files.createDirectory(dir.resolve("site"));
        Files.writeString(site.resolve("index.js"), """
                const w = new Worker('w.js');
                w.onmessage = (e) => console.log('worker says ' + e.data);
                """);
        Files.writeString(site.resolve("w.js"), "postMessage(6 * 7);");
        Path src = Files.createDirectories(dir.resolve("src/consumer"));
        Files.writeString(src.resolve("App.java"), """
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
                """);
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
}
