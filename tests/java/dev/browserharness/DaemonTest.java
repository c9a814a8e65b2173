package dev.browserharness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/harness run} through the daemon (issue 10): the same stdout, stderr and exit status as in-process, the
 * client's working folder, refusals, stale sockets, stop, concurrent runs, retiring. Every case runs the real
 * launcher as a subprocess with a socket folder of its own ({@code HARNESS_DAEMON_DIR}), so it never meets a user's
 * daemon, and stops the daemons it started. A second user cannot be tested here (one user on the machine); the
 * socket folder's and file's modes are asserted instead, and a folder open to others is refused. Daemon start-ups
 * are what costs here (seconds of CPU each): the cases share one daemon ({@link #shared}), and one case walks a
 * second one through its life (stale socket, a run that hits a limit, stop).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DaemonTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    @TempDir static Path dir;
    private final List<Path> daemonDirs = new ArrayList<>();
    private Path shared;

    @BeforeAll
    void startSharedDaemon() throws Exception {
        // the launcher needs a C compiler (for its client) and setsid to use a daemon; without them runs are in-process
        org.junit.jupiter.api.Assumptions.assumeTrue(onPath("setsid") && (onPath("cc") || onPath("gcc")), "no cc/gcc or setsid: no daemon");
        shared = daemonDir("shared");
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) return true;
        }
        return false;
    }

    record Ran(int status, String out, String err) {}

    /** A private socket folder for this test's daemons (0700, as JUnit makes temp folders). */
    private Path daemonDir(String name) throws IOException {
        Path d = Files.createDirectories(dir.resolve(name));
        Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwx------"));
        daemonDirs.add(d);
        return d;
    }

    @AfterAll
    void stopDaemons() throws Exception {
        for (Path d : daemonDirs) harness(d, dir, Map.of(), "daemon", "stop");
    }

    /** Runs bin/harness from {@code cwd}, daemons in {@code daemons}; output captured in files. */
    private Ran harness(Path daemons, Path cwd, Map<String, String> env, String... args) throws Exception {
        Process p = start(daemons, cwd, env, args);
        if (!p.waitFor(4, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("bin/harness " + String.join(" ", args) + " did not finish");
        }
        return new Ran(p.exitValue(), Files.readString(out(p)), Files.readString(err(p)));
    }

    private final Map<Process, Path[]> outputs = new java.util.concurrent.ConcurrentHashMap<>();

    private Process start(Path daemons, Path cwd, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("bin/harness").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().put("HARNESS_SKIP_BUILD", "1"); // Maven has built target/ for this test run
        pb.environment().put("HARNESS_JVM_CACHE", "off"); // the plain launch: the fast one's cache is LauncherTest's
        pb.environment().put("HARNESS_DAEMON_DIR", daemons.toString());
        pb.environment().put("HARNESS_DAEMON_IDLE_TIMEOUT", "120"); // a daemon a failed test left behind ends soon
        pb.environment().putAll(env);
        Path o = Files.createTempFile(dir, "out", ".txt"), e = Files.createTempFile(dir, "err", ".txt");
        Process p = pb.redirectOutput(o.toFile()).redirectError(e.toFile()).start();
        outputs.put(p, new Path[] {o, e});
        return p;
    }

    private Path out(Process p) {
        return outputs.get(p)[0];
    }

    private Path err(Process p) {
        return outputs.get(p)[1];
    }

    /** The same command in this JVM (Main.run: what bin/harness runs in-process), pages named by absolute paths. */
    private static Ran inProcess(String... args) throws Exception {
        CliTest.Run r = CliTest.cli(args);
        return new Ran(r.status(), r.out(), r.err());
    }

    private Path page(String name, String code) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, code);
        return p;
    }

    private long daemonPid(Path daemons) throws Exception {
        Ran s = harness(daemons, dir, Map.of(), "daemon", "status");
        assertThat(s.status()).as(s.out() + s.err()).isZero();
        return Long.parseLong(s.out().lines().filter(l -> l.startsWith("pid ")).findFirst().orElseThrow().substring(4));
    }

    private static Path socketIn(Path daemons) throws IOException {
        try (var files = Files.list(daemons)) {
            return files.filter(f -> f.toString().endsWith(".sock")).findFirst().orElseThrow();
        }
    }

    @Test
    @Order(1)
    void aPageAnUncaughtErrorBadUsageAndATimeoutPrintAndExitAsInProcess() throws Exception {
        Path plain = page("plain.js", "console.log('out 1'); console.warn('careful'); console.info('out 2 \u00e9\u4e16'); console.error('bad');");
        Path boom = page("boom.js", "console.log('before');\nfunction f() { throw new Error('boom'); }\nf();\n");
        Path forever = page("forever.js", "new Worker('w.js'); setInterval(() => {}, 100);");
        page("w.js", "const a = new Int32Array(new SharedArrayBuffer(4)); Atomics.wait(a, 0, 0);");
        String[][] cases = {
            {"run", "--timeout", "120", plain.toString()},   // the first run starts the daemon and is served by it
            {"run", "--timeout", "120", boom.toString()},
            {"run", "--frobnicate", plain.toString()},
            {"run"},
            {"run", dir.resolve("missing.js").toString()},
            {"run", "--timeout", "5", forever.toString()},   // long enough for both agents to start, even loaded
            {"run", "--help"},
        };
        int[] statuses = {0, 1, 2, 2, 2, 124, 0};
        for (int i = 0; i < cases.length; i++) {
            Ran viaDaemon = harness(shared, dir, Map.of(), cases[i]);
            Ran reference = inProcess(cases[i]);
            assertThat(viaDaemon).as(String.join(" ", cases[i])).isEqualTo(reference);
            assertThat(viaDaemon.status()).as(viaDaemon.err()).isEqualTo(statuses[i]);
        }
        Ran status = harness(shared, dir, Map.of(), "daemon", "status");
        assertThat(status.out()).contains("runs served " + cases.length).containsPattern("uptime \\d+h \\d+m \\d+s")
                .containsPattern("build [0-9a-f]{8}");
        // the socket is private: its folder 0700 (checked before use), the socket 0600
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socketIn(shared)))).isEqualTo("rw-------");
    }

    @Test
    @Order(2)
    void relativePageAndMountPathsAreTheClientsFromAnotherFolder() throws Exception {
        Path cwd = Files.createDirectories(dir.resolve("work"));
        Files.createDirectories(cwd.resolve("site/lib"));
        Files.writeString(cwd.resolve("site/lib/data.txt"), "mounted data");
        Files.writeString(cwd.resolve("site/page.js"), """
                console.log(location.href);
                fetch('http://app/lib/data.txt').then(r => r.text()).then(t => console.log(t));
                """);
        Ran viaDaemon = harness(shared, cwd, Map.of(), "run", "--timeout", "120", "--mount", "http://app/=site", "site/page.js");
        assertThat(viaDaemon).isEqualTo(new Ran(0, "http://app/page.js\nmounted data\n", ""));
        assertThat(viaDaemon).isEqualTo(inProcess("run", "--timeout", "120", "--mount", "http://app/=" + cwd.resolve("site"), cwd.resolve("site/page.js").toString()));
        // relative names in messages stay as the client gave them
        Ran missing = harness(shared, cwd, Map.of(), "run", "--mount", "http://app/=nowhere", "site/page.js");
        assertThat(missing).isEqualTo(new Ran(2, "", "harness: --mount: not a directory: nowhere\n" + usage()));
    }

    private static String usage() throws Exception {
        return inProcess("run").err().lines().skip(1).map(l -> l + "\n").reduce("", String::concat);
    }

    @Test
    @Order(3)
    void aRunOfAnotherBuildIsRefused() throws Exception {
        assertThat(harness(shared, dir, Map.of(), "run", "--timeout", "120", page("a.js", "console.log('a')").toString()).out()).isEqualTo("a\n");
        long served = runsServed(shared);
        try (SocketChannel ch = SocketChannel.open(UnixDomainSocketAddress.of(socketIn(shared)))) {
            List<String> fields = List.of("BH1", "run", "some other build", dir.toString(), "1", page("b.js", "console.log('b')").toString());
            ByteArrayOutputStream req = new ByteArrayOutputStream();
            for (String f : fields) req.write((f + "\0").getBytes(StandardCharsets.UTF_8));
            ch.write(ByteBuffer.wrap(req.toByteArray()));
            DataInputStream in = new DataInputStream(Channels.newInputStream(ch));
            int type = in.readUnsignedByte();
            byte[] reason = new byte[in.readInt()];
            in.readFully(reason);
            assertThat((char) type).isEqualTo('R');
            assertThat(new String(reason, StandardCharsets.UTF_8)).startsWith("another build");
            assertThat(in.read()).isEqualTo(-1);
        }
        assertThat(runsServed(shared)).as("the refused page never ran").isEqualTo(served);
    }

    private long runsServed(Path daemons) throws Exception {
        String out = harness(daemons, dir, Map.of(), "daemon", "status").out();
        return Long.parseLong(out.lines().filter(l -> l.startsWith("runs served ")).findFirst().orElseThrow(() -> new AssertionError(out)).substring(12));
    }

    @Test
    @Order(4)
    void concurrentRunsEachGetOnlyTheirOwnOutput() throws Exception {
        List<String> who = List.of("A", "B", "C");
        List<Process> running = new ArrayList<>();
        for (String w : who) {
            Path p = page(w + ".js", """
                    let i = 0;
                    const t = setInterval(() => {
                      console.log('%s ' + i); console.warn('%s warn ' + i);
                      if (++i === 40) clearInterval(t);
                    }, 5);
                    """.formatted(w, w));
            running.add(start(shared, dir, Map.of(), "run", "--timeout", "120", p.toString()));
        }
        for (int k = 0; k < running.size(); k++) {
            Process p = running.get(k);
            assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
            StringBuilder out = new StringBuilder(), err = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                out.append(who.get(k)).append(' ').append(i).append('\n');
                err.append(who.get(k)).append(" warn ").append(i).append('\n');
            }
            assertThat(new Ran(p.exitValue(), Files.readString(out(p)), Files.readString(err(p))))
                    .isEqualTo(new Ran(0, out.toString(), err.toString()));
        }
    }

    @Test
    @Order(5)
    void killingTheClientEndsItsRunInTheDaemon() throws Exception {
        long served = runsServed(shared);
        Process p = start(shared, dir, Map.of(), "run", "--timeout", "600", page("forever2.js", """
                console.log('started');
                setInterval(() => {}, 50);
                """).toString());
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!Files.readString(out(p)).contains("started")) {
            assertThat(System.nanoTime()).as("the page started").isLessThan(deadline);
            Thread.sleep(20);
        }
        assertThat(harness(shared, dir, Map.of(), "daemon", "status").out()).contains("runs in flight 1");
        p.destroy(); // SIGTERM to bin/harness, as a CI timeout would end it (a terminal's Ctrl-C reaches the client too)
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String status = "";
        while (System.nanoTime() < deadline) {
            status = harness(shared, dir, Map.of(), "daemon", "status").out();
            if (status.contains("runs in flight 0")) break;
            Thread.sleep(100);
        }
        assertThat(status).contains("runs in flight 0").contains("runs served " + (served + 1));
        // the daemon keeps a window realm built ahead (agent/SpareRealms) for the next run
        assertThat(status).containsPattern("(?m)^spare realms window \\((ready|building)\\)");
    }

    @Test
    @Order(8)
    void stopLetsTheRunsInFlightFinish() throws Exception {
        Path daemons = daemonDir("stop-in-flight");
        Path slow = page("slow.js", """
                console.log('started');
                setTimeout(() => console.log('finished'), 1500);
                """);
        Process p = start(daemons, dir, Map.of(), "run", "--timeout", "120", slow.toString());
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!Files.readString(out(p)).contains("started")) {
            assertThat(System.nanoTime()).as("the page started").isLessThan(deadline);
            Thread.sleep(20);
        }
        long pid = daemonPid(daemons);
        Ran stop = harness(daemons, dir, Map.of(), "daemon", "stop");
        assertThat(stop).isEqualTo(new Ran(0, "harness daemon: stopping pid " + pid + " after its 1 run(s) in flight\n", ""));
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(new Ran(p.exitValue(), Files.readString(out(p)), Files.readString(err(p)))).isEqualTo(new Ran(0, "started\nfinished\n", ""));
        ProcessHandle.of(pid).ifPresent(h -> h.onExit().orTimeout(60, TimeUnit.SECONDS).join());
    }

    @Test
    @Order(6)
    void aSocketFolderOpenToOthersIsNotUsedAndTheRunStillRuns() throws Exception {
        Path open = daemonDir("open");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        try {
            Ran r = harness(open, dir, Map.of(), "run", "--timeout", "120", page("a.js", "console.log('a')").toString());
            assertThat(r).isEqualTo(new Ran(0, "a\n", ""));
            try (var files = Files.list(open)) {
                assertThat(files).isEmpty();
            }
        } finally {
            Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    @Order(7)
    void aStaleSocketIsReplacedARunThatHitALimitRetiresTheDaemonAndStopEndsIt() throws Exception {
        Path daemons = daemonDir("life");
        Path ok = page("ok.js", "console.log('ok')");
        // a socket file nobody listens on, there before any daemon: the first run still gets one
        Path stale = Path.of(harness(daemons, dir, Map.of(), "daemon", "status").out().replaceAll("(?s).*\\(socket (.*)\\)\\s*", "$1"));
        try (ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            s.bind(UnixDomainSocketAddress.of(stale));
        }
        assertThat(stale).exists();
        assertThat(harness(daemons, dir, Map.of(), "run", "--timeout", "120", ok.toString())).isEqualTo(new Ran(0, "ok\n", ""));
        long first = daemonPid(daemons);

        // a run that hits a limit (--max-workers): as in-process, and the daemon then retires
        page("w.js", "postMessage('up')");
        String[] limited = {"run", "--timeout", "120", "--max-workers", "1", page("two.js", """
                const a = new Worker('w.js'), b = new Worker('w.js');
                b.onerror = () => console.log('second refused');
                a.onmessage = () => a.terminate();
                """).toString()};
        Ran r = harness(daemons, dir, Map.of(), limited);
        assertThat(r).isEqualTo(inProcess(limited));
        assertThat(r.out()).isEqualTo("second refused\n");
        assertThat(r.err()).contains("--max-workers");
        ProcessHandle.of(first).ifPresent(h -> h.onExit().orTimeout(60, TimeUnit.SECONDS).join());
        assertThat(ProcessHandle.of(first).map(ProcessHandle::isAlive).orElse(false)).as("the daemon retired").isFalse();

        // the next run gets a fresh daemon; killed, it leaves its socket behind, and the run after replaces it
        assertThat(harness(daemons, dir, Map.of(), "run", "--timeout", "120", ok.toString())).isEqualTo(new Ran(0, "ok\n", ""));
        long second = daemonPid(daemons);
        assertThat(second).isNotEqualTo(first);
        ProcessHandle.of(second).orElseThrow().destroyForcibly();
        ProcessHandle.of(second).ifPresent(h -> h.onExit().join());
        assertThat(socketIn(daemons)).exists();
        assertThat(harness(daemons, dir, Map.of(), "run", "--timeout", "120", ok.toString())).isEqualTo(new Ran(0, "ok\n", ""));
        long third = daemonPid(daemons);
        assertThat(third).isNotIn(first, second);

        // daemon stop: it says so and ends; status then finds none
        Ran stop = harness(daemons, dir, Map.of(), "daemon", "stop");
        assertThat(stop).isEqualTo(new Ran(0, "harness daemon: stopping pid " + third + "\n", ""));
        ProcessHandle.of(third).ifPresent(h -> h.onExit().orTimeout(60, TimeUnit.SECONDS).join());
        Ran none = harness(daemons, dir, Map.of(), "daemon", "status");
        assertThat(none.status()).isEqualTo(1);
        assertThat(none.out()).startsWith("harness daemon: none running");
        assertThat(harness(daemons, dir, Map.of(), "daemon", "bogus").status()).isEqualTo(2);
    }
}
