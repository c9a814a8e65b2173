package dev.browserharness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * examples/junit, a consumer Maven project, builds and runs against the harness installed in the local Maven
 * repository (this build's classes, jarred and installed with this pom): its tests use @BrowserTest, the
 * assertions, evaluate, route and exposeFunction, and pass; its deliberately failing test fails with a message that
 * shows the page's console, the uncaught error and what each agent was doing. Offline (-o): everything it needs is
 * in the local repository once the harness itself has built.
 */
class ExamplesTest {
    @TempDir
    Path tmp;

    private static Path javaHome() {
        return Path.of(ProcessHandle.current().info().command().orElseThrow()).getParent().getParent();
    }

    private static Path localRepo() {
        return Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    private int mvn(Path dir, Path log, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("mvn", "-B", "-q")); // online: a fresh CI machine may lack the install plugin
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("JAVA_HOME", javaHome().toString());
        pb.environment().put("MAVEN_OPTS", "--sun-misc-unsafe-memory-access=allow");
        Process p = pb.start();
        if (!p.waitFor(20, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("mvn " + cmd + " did not finish; log:\n" + Files.readString(log));
        }
        return p.exitValue();
    }

    /** This build's classes as the artifact's jar. */
    private Path jar() throws IOException {
        Path jar = tmp.resolve("browser-harness.jar");
        Path classes = Path.of("target/classes");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.sorted()::iterator) {
                if (f.equals(classes)) continue;
                String name = classes.relativize(f).toString().replace('\\', '/') + (Files.isDirectory(f) ? "/" : "");
                out.putNextEntry(new JarEntry(name));
                if (Files.isRegularFile(f)) Files.copy(f, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void theJUnitExampleProjectPassesAndItsFailingTestShowsThePage() throws Exception {
        Path project = Path.of("examples/junit").toAbsolutePath();
        Path copy = tmp.resolve("junit");
        try (Stream<Path> files = Files.walk(project)) {
            for (Path f : (Iterable<Path>) files.filter(f -> !f.toString().contains("/target"))::iterator) {
                Path to = copy.resolve(project.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to);
            }
        }
        Path lockFile = localRepo().resolve("dev/browserharness/.examples-test.lock");
        Files.createDirectories(lockFile.getParent());
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = ch.lock()) {
            Path installLog = tmp.resolve("install.log");
            int installed = mvn(copy, installLog, "org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file", "-Dfile=" + jar(), "-DpomFile=" + Path.of("pom.xml").toAbsolutePath());
            assertThat(installed).as("install: %s", Files.readString(installLog)).isZero();
            Path log = tmp.resolve("test.log");
            int status = mvn(copy, log, "test", "-Dexcluded.groups=none", "-Dmaven.test.failure.ignore=true");
            String out = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(status).as("mvn test: %s", out).isZero();
        }
        Path reports = copy.resolve("target/surefire-reports");
        String passing = Files.readString(reports.resolve("TEST-example.AppTest.xml"));
        assertThat(passing).as(passing).contains("tests=\"4\"").contains("failures=\"0\"").contains("errors=\"0\"");
        String failing = Files.readString(reports.resolve("example.FailingExampleTest.txt"));
        assertThat(failing).as(failing)
                .contains("Tests run: 1, Failures: 1")
                .contains("BrowserTestFailure")
                .contains("Expecting the page to have printed exactly")
                .contains("[sum 11]")
                .contains("[sum 10]")
                .contains("[window#1 warn] about to fail")
                .contains("uncaught errors: 1")
                .contains("Uncaught TypeError: Cannot read property 'x' of null")
                .contains("agents:");
    }
}
