package dev.browserharness;

import dev.browserharness.agent.Limits;
import dev.browserharness.net.Network;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One {@code harness run}: its command line, read against the caller's working folder (PAGE and --mount folders
 * are relative to it), and the page run in a context of its own on a given browser, its console echoed to the
 * caller's streams. The in-process CLI ({@link Main}) and the daemon ({@link Daemon}) both run a page through this
 * class, so they print the same lines and return the same exit status: 0 idle without an uncaught error, 1 an
 * uncaught error, 2 bad usage, 124 timeout (with what each agent was doing).
 */
final class PageRun {
    private final PrintStream out;
    private final PrintStream err;
    private final ContextOptions options = new ContextOptions();
    private double timeout = 30;
    private String url;
    /** Set when the command line alone decided the outcome (bad usage: 2, --help: 0). */
    private Integer finished;
    private volatile Page page;
    private volatile Thread runner;
    private volatile boolean cancelled;
    private volatile boolean limitTripped;
    private volatile boolean leaked;

    /** Reads {@code args} (what follows {@code run}); bad usage is printed on {@code err} at once. */
    PageRun(List<String> args, Path cwd, PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        finished = parse(args, cwd);
    }

    /** Whether the command line alone decided the outcome (then {@link #run} starts nothing). */
    boolean finished() {
        return finished != null;
    }

    private Integer parse(List<String> args, Path cwd) {
        Map<String, Path> mounts = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>();
        List<Consumer<ContextOptions>> limits = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (a) {
                case "--mount" -> {
                    if (value == null || !value.contains("=")) return Main.usage(err, "--mount needs URL=DIR");
                    String prefix = value.substring(0, value.indexOf('='));
                    String folder = value.substring(value.indexOf('=') + 1);
                    if (folder.isBlank()) return Main.usage(err, "--mount " + value + ": no folder after '='");
                    Path dir = cwd.resolve(folder);
                    if (!Files.isDirectory(dir)) return Main.usage(err, "--mount: not a directory: " + Path.of(folder));
                    try {
                        mounts.put(Network.normalizePrefix(prefix), dir);
                    } catch (IllegalArgumentException e) {
                        return Main.usage(err, "--mount: " + e.getMessage());
                    }
                    i++;
                }
                case "--isolation" -> {
                    if (!"on".equals(value) && !"off".equals(value)) return Main.usage(err, "--isolation takes on or off");
                    options.isolation(value.equals("on"));
                    i++;
                }
                case "--timeout" -> {
                    try {
                        timeout = Double.parseDouble(value);
                    } catch (RuntimeException e) {
                        timeout = Double.NaN;
                    }
                    if (!(timeout > 0 && timeout <= Main.MAX_TIMEOUT_SECONDS)) {
                        return Main.usage(err, "--timeout takes a number of seconds above 0 and at most " + (long) Main.MAX_TIMEOUT_SECONDS + " (one day), not " + value);
                    }
                    i++;
                }
                case "--allow-net" -> options.allowNetwork(true);
                case "--no-daemon" -> { } // bin/harness's switch: this run is in-process already
                case "--max-array-buffer", "--max-shared-array-buffer", "--max-memory", "--max-workers", "--max-statements" -> {
                    String problem = limitOption(a, value, limits);
                    if (problem != null) return Main.usage(err, problem);
                    i++;
                }
                case "-h", "--help" -> {
                    out.print(Main.RUN_HELP);
                    return 0;
                }
                default -> {
                    if (a.startsWith("--")) return Main.usage(err, "unknown option " + a);
                    rest.add(a);
                }
            }
        }
        if (rest.size() != 1) return Main.usage(err, rest.isEmpty() ? "missing PAGE" : "more than one PAGE");
        String page = rest.get(0);
        if (page.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            url = page;
        } else {
            Path file = cwd.resolve(page).normalize();
            if (Files.isDirectory(file)) file = file.resolve("index.html");
            if (!Files.isRegularFile(file)) {
                return Main.usage(err, Files.isDirectory(cwd.resolve(page)) ? page + ": a folder without an index.html (name the page to run, or use harness check DIR)" : "no such page: " + page);
            }
            url = Main.urlUnderMount(mounts, file);
            if (url == null) {
                mounts.put("http://localhost/", file.getParent());
                url = "http://localhost/" + file.getFileName();
            }
        }
        options.mounts(mounts);
        for (Consumer<ContextOptions> set : limits) set.accept(options);
        return null;
    }

    /** A per-page limit option: checked now (a bad value is exit 2), applied to the context's options. */
    private static String limitOption(String option, String value, List<Consumer<ContextOptions>> limits) {
        try {
            if (value == null) throw new IllegalArgumentException("needs a value");
            Consumer<ContextOptions> set = switch (option) {
                case "--max-array-buffer" -> o -> o.maxArrayBufferBytes(Limits.parseBytes(value));
                case "--max-shared-array-buffer" -> o -> o.maxSharedArrayBufferBytes(Limits.parseBytes(value));
                case "--max-memory" -> o -> o.maxMemoryBytes(Limits.parseBytes(value));
                case "--max-workers" -> o -> o.maxWorkers(Math.toIntExact(Limits.parseCount(value)));
                default -> o -> o.maxStatementsPerTask(Limits.parseCount(value));
            };
            set.accept(new ContextOptions()); // validates now
            limits.add(set);
            return null;
        } catch (ArithmeticException e) {
            return option + ": is too large: " + value;
        } catch (IllegalArgumentException e) {
            return option + ": " + e.getMessage();
        }
    }

    /**
     * Runs the page in a new context of {@code browser} until idle or the timeout, then closes that context;
     * returns the exit status. Every console line and {@code [harness]} line goes to this run's streams only.
     */
    int run(Browser browser) throws InterruptedException {
        return run(browser, false);
    }

    /**
     * As {@link #run(Browser)}; {@code exitNext}: the JVM exits after this run, so the context's close does not wait
     * for the page's agents to end (with thousands of workers that took seconds after the timeout report).
     */
    int run(Browser browser, boolean exitNext) throws InterruptedException {
        if (finished != null) return finished;
        runner = Thread.currentThread();
        // [harness] lines pass through here: one that names a limit option, or says a page was ended (out of
        // memory, statement limit), marks the run as having hit a limit (the daemon then retires).
        PrintStream diagnostics = new PrintStream(err, true, err.charset()) {
            @Override
            public void println(String line) {
                if (line != null && (line.contains("(ContextOptions.max") || line.contains("; the page was ended."))) limitTripped = true;
                super.println(line);
            }
        };
        BrowserContext ctx = browser.newContext(options, diagnostics);
        try {
            if (cancelled) return 1;
            ctx.onConsoleMessage(m -> (m.isStdout() ? out : err).println(m.text()));
            Page p = ctx.newPage();
            page = p;
            try {
                p.navigate(url);
            } catch (IllegalArgumentException e) {
                err.println("harness: " + e.getMessage());
                return 2;
            }
            boolean idle = p.waitForIdle(Duration.ofMillis((long) (timeout * 1000)));
            out.flush();
            if (!idle) {
                err.println("harness: timeout after " + timeout + " s; the page never went idle. Agents:");
                err.print(p.report());
                return 124;
            }
            return p.uncaughtErrors().isEmpty() ? 0 : 1;
        } finally {
            if (exitNext) {
                ctx.closeBeforeExit();
            } else {
                ctx.close();
                Page p = page;
                if (p != null && p.liveAgents() > 0) leaked = true;
            }
            out.flush();
            err.flush();
        }
    }

    /**
     * Ends the run now (its caller went away): the thread in {@link #run} stops waiting and closes the page's
     * context, which ends every agent of the page (and waits for them, so a leak is still seen).
     */
    void cancel() {
        cancelled = true;
        Thread t = runner;
        if (t != null) t.interrupt();
    }

    /** Whether the run hit a limit (an option's refusal, a page ended for want of memory or over its statements). */
    boolean limitTripped() {
        return limitTripped;
    }

    /** Whether an agent of the page was still alive after its context was closed. */
    boolean leaked() {
        return leaked;
    }
}
