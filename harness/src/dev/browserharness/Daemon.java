package dev.browserharness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * The warm JVM behind {@code bin/harness run} (issue 10): one long-lived {@link Browser} (so the engine, its
 * compiled code and loaded classes survive between runs) serving runs sent by a thin client over a Unix-domain
 * socket. Each run is a {@link PageRun} in a context of its own, its console going only to that client's stdout and
 * stderr; runs may be concurrent.
 *
 * <p>Who may talk to it: the socket lives in a folder only its user can open (0700, checked before binding) and is
 * itself 0600; each connection's peer must be that same user ({@code SO_PEERCRED}), and a run must carry the
 * daemon's build key (class path, class files' times, JVM flags: computed by bin/harness), else it is refused and
 * the client starts a daemon of its own build. One daemon per socket path: a lock file beside the socket is held
 * for as long as the daemon accepts runs, so a socket file without a lock holder is stale and is replaced.
 *
 * <p>When it ends: after {@code idle} without a run; on {@code daemon stop}; and, retiring, after a run that hit a
 * limit (a {@code --max-*} refusal, a page ended for want of memory or over its statement limit), that left an
 * agent alive once its context was closed, or after which the heap in use after a collection is over 3/4 of the
 * maximum. Retiring: the socket and lock go at once (the next client starts a fresh daemon), runs in flight finish,
 * then the JVM exits.
 *
 * <p>Wire format: the client sends {@code "BH1\0" kind "\0" key "\0" cwd "\0" argc "\0" (arg "\0")*}, kind one of
 * {@code run}, {@code status}, {@code stop}; the daemon answers with frames {@code type(1) length(4, big-endian)
 * payload}: {@code A} (run accepted), {@code O} stdout bytes, {@code E} stderr bytes, {@code X} exit status (4
 * bytes), or {@code R} refused (a reason; the client then starts its own daemon or runs in-process).
 */
final class Daemon {
    static final String MAGIC = "BH1";
    private static final long DEFAULT_IDLE_SECONDS = 600;

    private final Path socket;
    private final Path lockFile;
    private final String key;
    private final long idleMillis;
    private final long started = System.currentTimeMillis();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong served = new AtomicLong();
    private final AtomicLong lastActivity = new AtomicLong(System.currentTimeMillis());
    private final CompletableFuture<Browser> browser = new CompletableFuture<>();
    private volatile boolean retiring;
    private volatile String retireReason;
    private ServerSocketChannel server;
    private FileChannel lockChannel;
    private FileLock lock;
    private UserPrincipal owner;

    private Daemon(Path socket, String key, long idleMillis) {
        this.socket = socket;
        this.lockFile = socket.resolveSibling(socket.getFileName() + ".lock");
        this.key = key;
        this.idleMillis = idleMillis;
    }

    /** {@code Daemon SOCKET KEY}: started detached by bin/harness; its stdout/stderr are its log. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Daemon SOCKET BUILD-KEY");
            System.exit(2);
        }
        long idle = DEFAULT_IDLE_SECONDS;
        String env = System.getenv("HARNESS_DAEMON_IDLE_TIMEOUT");
        if (env != null && !env.isBlank()) idle = Long.parseLong(env.trim());
        Daemon d = new Daemon(Path.of(args[0]).toAbsolutePath(), args[1], idle * 1000);
        String refused = d.bind();
        if (refused != null) {
            System.err.println("harness daemon: " + refused);
            System.exit(refused.startsWith("another daemon") ? 0 : 3);
        }
        d.serve();
    }

    /** Takes the lock and binds the socket; null when done, else why not. */
    private String bind() throws IOException {
        Path dir = socket.getParent();
        owner = Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS);
        if (!owner.getName().equals(System.getProperty("user.name"))) return dir + " belongs to " + owner.getName() + ", not to this user";
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS);
        if (!perms.equals(PosixFilePermissions.fromString("rwx------"))) {
            return dir + " is open to others (" + PosixFilePermissions.toString(perms) + "), not rwx------";
        }
        lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        lock = lockChannel.tryLock();
        if (lock == null) return "another daemon holds " + lockFile;
        Files.deleteIfExists(socket); // stale: its daemon died (it no longer holds the lock)
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        return null;
    }

    private void serve() {
        System.err.println("harness daemon: pid " + ProcessHandle.current().pid() + " serving " + socket + " (build " + describe(key) + ")");
        Thread.ofPlatform().name("daemon-browser").start(() -> {
            try {
                // keeps realms built ahead (agent/SpareRealms) unless -Dharness.spareRealms=false
                browser.complete(Browser.builder().spareRealms(Browser.Builder.spareRealmsOr(true)).build());
            } catch (Throwable t) {
                browser.completeExceptionally(t);
                retire("the browser could not start: " + t);
            }
        });
        Thread idle = Thread.ofPlatform().daemon().name("daemon-idle").start(this::watchIdle);
        int n = 0;
        while (!retiring) {
            SocketChannel ch;
            try {
                ch = server.accept();
            } catch (IOException e) {
                if (!retiring) retire("accept failed: " + e);
                break;
            }
            inFlight.incrementAndGet();
            lastActivity.set(System.currentTimeMillis());
            Thread.ofPlatform().daemon().name("daemon-client-" + (++n)).start(() -> {
                try {
                    handle(ch);
                } catch (Throwable t) {
                    System.err.println("harness daemon: a connection failed: " + t);
                    if (t instanceof VirtualMachineError) retire("the JVM failed: " + t);
                } finally {
                    close(ch);
                    lastActivity.set(System.currentTimeMillis());
                    if (inFlight.decrementAndGet() == 0 && retiring) exit();
                }
            });
        }
        idle.interrupt();
        // The connection threads are daemon threads: were this one to return, the JVM would end the runs in flight
        // (and a stop's own answer) mid-way. It waits for them; the last one usually exits first.
        while (inFlight.get() > 0) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                break;
            }
        }
        exit();
    }

    private void watchIdle() {
        try {
            while (!retiring) {
                Thread.sleep(Math.min(idleMillis, 1000));
                if (inFlight.get() == 0 && System.currentTimeMillis() - lastActivity.get() >= idleMillis) {
                    retire("idle for " + idleMillis / 1000 + " s");
                    if (inFlight.get() == 0) exit();
                }
            }
        } catch (InterruptedException e) {
            // retiring
        }
    }

    /** Stops taking runs: the socket and the lock go now (a new daemon may start), runs in flight finish. */
    private synchronized void retire(String why) {
        if (retiring) return;
        retireReason = why;
        retiring = true;
        System.err.println("harness daemon: retiring: " + why);
        try {
            Files.deleteIfExists(socket);
            if (server != null) server.close();
            if (lock != null) lock.release();
            if (lockChannel != null) lockChannel.close();
        } catch (IOException e) {
            System.err.println("harness daemon: " + e);
        }
    }

    private synchronized void exit() {
        System.err.println("harness daemon: exiting after " + served.get() + " run(s)");
        Runtime.getRuntime().halt(0); // nothing left to flush but the log; a stuck agent thread must not keep it up
    }

    private void handle(SocketChannel ch) throws Exception {
        Frames frames = new Frames(ch);
        UnixDomainPrincipal peer = ch.getOption(ExtendedSocketOptions.SO_PEERCRED);
        if (!peer.user().equals(owner)) {
            frames.send('R', "another user (" + peer.user().getName() + ")");
            return;
        }
        InputStream in = new java.io.BufferedInputStream(Channels.newInputStream(ch));
        List<String> fields = readRequest(in);
        if (fields == null) {
            frames.send('R', "not a harness request");
            return;
        }
        String kind = fields.get(0), requestKey = fields.get(1);
        switch (kind) {
            case "status" -> {
                frames.send('O', status());
                frames.exit(0);
            }
            case "stop" -> {
                int others = inFlight.get() - 1;
                retire("daemon stop"); // first: the socket is gone before the client hears back
                frames.send('O', "harness daemon: stopping pid " + ProcessHandle.current().pid()
                        + (others > 0 ? " after its " + others + " run(s) in flight" : "") + "\n");
                frames.exit(0);
            }
            case "run" -> {
                if (!requestKey.equals(key)) {
                    frames.send('R', "another build (daemon " + describe(key) + ", client " + describe(requestKey) + ")");
                } else if (retiring) {
                    frames.send('R', "retiring");
                } else {
                    run(frames, in, Path.of(fields.get(2)), fields.subList(3, fields.size()));
                }
            }
            default -> frames.send('R', "unknown request " + kind);
        }
    }

    private void run(Frames frames, InputStream in, Path cwd, List<String> args) throws Exception {
        Browser b = browser.get();
        frames.send('A', "");
        // the encodings an in-process run would print with (the daemon was started with the client's locale: it is in the key)
        PrintStream out = frames.stream('O', System.getProperty("stdout.encoding")), err = frames.stream('E', System.getProperty("stderr.encoding"));
        PageRun run = new PageRun(args, cwd, out, err);
        // The client sends nothing more: end of input means it went away (Ctrl-C, killed), so the run ends too.
        java.util.concurrent.atomic.AtomicBoolean over = new java.util.concurrent.atomic.AtomicBoolean();
        Thread watcher = Thread.ofVirtual().start(() -> {
            try {
                while (in.read() >= 0) { }
            } catch (IOException e) {
                // closed
            }
            if (over.compareAndSet(false, true)) run.cancel();
        });
        int status;
        long t0 = System.nanoTime();
        try {
            status = run.run(b);
        } catch (InterruptedException e) {
            status = 130; // cancelled: nobody hears it
        }
        Thread.interrupted(); // a cancel that came as the run ended must not break the writes below
        boolean cancelled = !over.compareAndSet(false, true);
        System.err.printf("harness daemon: run %d: exit %d%s in %.0f ms%n", served.incrementAndGet(), status,
                cancelled ? " (cancelled: the client went away)" : "", (System.nanoTime() - t0) / 1e6);
        out.flush();
        err.flush();
        // before the client hears back, so its next run meets a fresh daemon
        if (run.limitTripped()) retire("a run hit a limit");
        else if (run.leaked()) retire("a run left agents alive after its context closed");
        else if (heapOverBound()) retire("heap in use after the last collection is over 3/4 of the maximum");
        if (!cancelled) frames.exit(status);
    }

    /** Whether any heap pool, after its last collection, holds more than 3/4 of its maximum. */
    private static boolean heapOverBound() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP || !pool.isCollectionUsageThresholdSupported()) continue;
            MemoryUsage after = pool.getCollectionUsage();
            if (after != null && after.getMax() > 0 && after.getUsed() > after.getMax() / 4 * 3) return true;
        }
        return false;
    }

    /** A build key in short: its hash, and the build's stamp (its first field). */
    static String describe(String key) {
        int bar = key.indexOf('|');
        return String.format("%08x", key.hashCode()) + (bar > 0 ? " (built " + key.substring(0, bar) + ")" : "");
    }

    private String status() {
        long up = (System.currentTimeMillis() - started) / 1000;
        return "pid " + ProcessHandle.current().pid() + "\n"
                + "build " + describe(key) + "\n"
                + "uptime " + (up / 3600) + "h " + (up / 60 % 60) + "m " + (up % 60) + "s\n"
                + "runs served " + served.get() + "\n"
                + "runs in flight " + (inFlight.get() - 1) + "\n"
                + "idle timeout " + idleMillis / 1000 + " s\n"
                + "socket " + socket + "\n"
                + "spare realms " + (browser.isDone() && !browser.isCompletedExceptionally() ? browser.join().spareRealms() : "none yet") + "\n"
                + (retiring ? "retiring: " + retireReason + "\n" : "");
    }

    /** The request's fields after the magic: kind, key, cwd, then the arguments; null when malformed. */
    static List<String> readRequest(InputStream in) throws IOException {
        if (!MAGIC.equals(field(in))) return null;
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String s = field(in);
            if (s == null) return null;
            fields.add(s);
        }
        int count;
        try {
            count = Integer.parseInt(String.valueOf(field(in)));
        } catch (NumberFormatException e) {
            return null;
        }
        if (count < 0 || count > 100_000) return null;
        for (int i = 0; i < count; i++) {
            String s = field(in);
            if (s == null) return null;
            fields.add(s);
        }
        return fields;
    }

    /** One NUL-terminated field; null at the end of input or past 1 MiB. */
    private static String field(InputStream in) throws IOException {
        ByteArrayOutputStream field = new ByteArrayOutputStream();
        for (int c; (c = in.read()) != 0; ) {
            if (c < 0 || field.size() > 1 << 20) return null;
            field.write(c);
        }
        return field.toString(StandardCharsets.UTF_8);
    }

    private static void close(SocketChannel ch) {
        try {
            ch.close();
        } catch (IOException e) {
            // gone
        }
    }

    /** The answer's frames; stdout and stderr of a run interleave in the order they were written. */
    private static final class Frames {
        private final SocketChannel ch;

        Frames(SocketChannel ch) {
            this.ch = ch;
        }

        synchronized void send(char type, byte[] payload, int off, int len) throws IOException {
            ByteBuffer buf = ByteBuffer.allocate(5 + len);
            buf.put((byte) type).putInt(len).put(payload, off, len).flip();
            while (buf.hasRemaining()) ch.write(buf);
        }

        void send(char type, String text) throws IOException {
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            send(type, b, 0, b.length);
        }

        void exit(int status) throws IOException {
            send('X', ByteBuffer.allocate(4).putInt(status).array(), 0, 4);
        }

        /** A stream whose flushes become frames of {@code type}; a client gone makes writes fail silently. */
        PrintStream stream(char type, String encoding) {
            OutputStream raw = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (len > 0) send(type, b, off, len);
                }
            };
            java.nio.charset.Charset cs = encoding == null ? java.nio.charset.Charset.defaultCharset() : java.nio.charset.Charset.forName(encoding);
            return new PrintStream(new java.io.BufferedOutputStream(raw, 1 << 14), true, cs);
        }
    }
}
