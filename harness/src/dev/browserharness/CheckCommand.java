package dev.browserharness;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** {@code harness check DIR|PAGE...}: many pages in one JVM (one warm engine), in parallel, with a report for CI. */
final class CheckCommand {
    static final String HELP = """
            usage: harness check [--jobs N] [--timeout SECONDS] [--junit-xml FILE] [--verbose] DIR|PAGE...

            Runs many pages in one JVM (one engine, warmed before the first page), several at a time, and says
            which passed.
            A DIR contributes every .html file under it and every .js file with a NAME.expected beside it.
            Each page's folder is served at http://localhost/ (a first line "// harness: --isolation off"
            turns cross-origin isolation off). A page passes when:
              - it goes idle within the timeout,
              - if NAME.expected sits beside it, its stdout (console.log/info/debug) is exactly those lines,
              - if NAME.expected-stderr sits beside it, its warnings/errors are exactly those lines,
              - it has no uncaught error, unless NAME.expected-stderr lists it (a page that throws on purpose
                declares its "Uncaught ..." lines there),
              - if it loads testharness.js (the W3C test format), every subtest passes (each is reported).

            options:
              --jobs N           pages run at once (default: the number of cores)
              --timeout SECONDS  per page (default 30)
              --junit-xml FILE   also write a JUnit XML report (one testcase per page and per subtest)
              --verbose          print each failing page's console, errors and agents

            output: one line per page (PASS/FAIL, time, why), then a summary line.
            exit status: 0 all passed, 1 some page failed, 2 bad usage.

            examples:
              harness check tests/pages
              harness check --junit-xml target/pages.xml --timeout 60 site/ extra/page.html
            """;

    private CheckCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        int jobs = Runtime.getRuntime().availableProcessors();
        double timeout = 30;
        Path xml = null;
        boolean verbose = false;
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (a) {
                case "-h", "--help" -> {
                    out.print(HELP);
                    return 0;
                }
                case "--jobs" -> {
                    try {
                        jobs = Integer.parseInt(String.valueOf(value));
                    } catch (NumberFormatException e) {
                        return usage(err, "--jobs takes a whole number");
                    }
                    if (jobs < 1) return usage(err, "--jobs takes a number of at least 1");
                    i++;
                }
                case "--timeout" -> {
                    try {
                        timeout = Double.parseDouble(String.valueOf(value));
                    } catch (NumberFormatException e) {
                        return usage(err, "--timeout takes a number of seconds");
                    }
                    if (!(timeout > 0) || Double.isInfinite(timeout)) return usage(err, "--timeout takes a positive number of seconds");
                    i++;
                }
                case "--junit-xml" -> {
                    if (value == null) return usage(err, "--junit-xml needs a FILE");
                    xml = Path.of(value);
                    i++;
                }
                case "--verbose" -> verbose = true;
                default -> {
                    if (a.startsWith("--")) return usage(err, "unknown option " + a);
                    targets.add(a);
                }
            }
        }
        if (targets.isEmpty()) return usage(err, "missing DIR or PAGE");
        List<Path> pages = new ArrayList<>();
        for (String t : targets) {
            Path p = Path.of(t);
            if (Files.isDirectory(p)) {
                List<Path> found = PageCheck.pagesUnder(p);
                if (found.isEmpty()) return usage(err, t + ": no pages in this folder (no .html file, no .js file with a .expected beside it)");
                pages.addAll(found);
            } else if (Files.isRegularFile(p)) {
                pages.add(p);
            } else {
                return usage(err, "no such file or folder: " + t);
            }
        }
        Duration limit = Duration.ofMillis((long) (timeout * 1000));
        List<PageCheck.Outcome> outcomes = new ArrayList<>();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try (Browser browser = Browser.builder().build()) {
            PageCheck.warmUp(browser, Duration.ofMinutes(5)); // the engine's start is not the first page's time
            List<Future<PageCheck.Outcome>> running = new ArrayList<>();
            for (Path p : pages) running.add(pool.submit(() -> PageCheck.run(browser, p.toString(), p, limit)));
            for (Future<PageCheck.Outcome> f : running) {
                PageCheck.Outcome o = f.get();
                outcomes.add(o);
                print(out, o, verbose);
            }
        } finally {
            pool.shutdownNow();
        }
        long failed = outcomes.stream().filter(o -> !o.passed()).count();
        out.printf(Locale.ROOT, "%d page(s): %d passed, %d failed (%.1f s)%n", outcomes.size(), outcomes.size() - failed, failed,
                (System.nanoTime() - start) / 1e9);
        if (xml != null) writeJUnitXml(xml, outcomes, (System.nanoTime() - start) / 1e9);
        return failed == 0 ? 0 : 1;
    }

    private static void print(PrintStream out, PageCheck.Outcome o, boolean verbose) {
        out.printf(Locale.ROOT, "%s %s (%.2f s)%n", o.passed() ? "PASS" : "FAIL", o.name(), o.seconds());
        if (o.passed()) return;
        out.println(o.failure().indent(4).stripTrailing());
        for (PageCheck.Subtest t : o.subtests()) {
            if (!t.passed()) out.println("    " + t.status() + " " + t.name() + (t.message().isEmpty() ? "" : ": " + t.message()));
        }
        if (verbose) out.println(o.description().indent(4).stripTrailing());
    }

    private static int usage(PrintStream err, String reason) {
        err.println("harness check: " + reason);
        err.println("usage: harness check [--jobs N] [--timeout SECONDS] [--junit-xml FILE] [--verbose] DIR|PAGE...  (harness check --help)");
        return 2;
    }

    static void writeJUnitXml(Path file, List<PageCheck.Outcome> outcomes, double seconds) throws IOException {
        int tests = 0, failures = 0;
        StringBuilder cases = new StringBuilder();
        for (PageCheck.Outcome o : outcomes) {
            tests++;
            String className = "pages." + o.name().replaceAll("\\.(js|html?)$", "").replaceAll("[^A-Za-z0-9_/-]", "_").replace('/', '.');
            cases.append(String.format(Locale.ROOT, "  <testcase classname=\"%s\" name=\"%s\" time=\"%.3f\"", esc(className), esc(o.name()), o.seconds()));
            if (o.passed()) {
                cases.append("/>\n");
            } else {
                failures++;
                cases.append(">\n    <failure message=\"").append(esc(o.failure().lines().findFirst().orElse(""))).append("\">")
                        .append(esc(o.failure() + "\n\n" + o.description())).append("</failure>\n");
                cases.append("    <system-out>").append(esc(String.join("\n", o.stdout()))).append("</system-out>\n");
                cases.append("    <system-err>").append(esc(String.join("\n", o.stderr()))).append("</system-err>\n  </testcase>\n");
            }
            for (PageCheck.Subtest t : o.subtests()) {
                tests++;
                cases.append(String.format("  <testcase classname=\"%s\" name=\"%s\"", esc(className), esc(t.name())));
                if (t.passed()) {
                    cases.append("/>\n");
                } else {
                    failures++;
                    cases.append(">\n    <failure message=\"").append(esc(t.status() + (t.message().isEmpty() ? "" : ": " + t.message())))
                            .append("\"/>\n  </testcase>\n");
                }
            }
        }
        String doc = String.format(Locale.ROOT, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n<testsuite name=\"harness check\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"0\" time=\"%.3f\">%n%s</testsuite>%n",
                tests, failures, seconds, cases);
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        Files.writeString(file, doc, StandardCharsets.UTF_8);
    }

    /** XML text/attribute escaping; characters XML 1.0 cannot hold become U+FFFD. */
    private static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? '\uFFFD' : c);
            }
        }
        return sb.toString();
    }
}
