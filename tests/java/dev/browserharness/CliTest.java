package dev.browserharness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: stdout/stderr split, exit statuses 0/1/2/124, the timeout report. */
class CliTest {
    @TempDir Path dir;

    record Run(int status, String out, String err) {}

    static Run cli(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Path page(String name, String code) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, code);
        return p;
    }

    @Test
    void seedSampleExitsZeroAndPrintsTheArray() throws Exception {
        Run r = cli("run", "--mount", "http://example/=examples/seed", "http://example/index.html");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Int32Array(5) [1, 1024, 1024, 1024, 1024]\n");
    }

    @Test
    void logGoesToStdoutWarnAndErrorToStderr() throws Exception {
        Run r = cli("run", page("a.js", "console.log('out 1'); console.warn('careful'); console.info('out 2'); console.error('bad'); console.debug('out 3');").toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).isEqualTo("out 1\nout 2\nout 3\n");
        assertThat(r.err()).contains("careful\n").contains("bad\n");
    }

    @Test
    void uncaughtErrorExitsOneWithMessageAndLocation() throws Exception {
        Run r = cli("run", page("boom.js", "console.log('before');\nfunction f() { throw new Error('boom'); }\nf();\n").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("before\n");
        assertThat(r.err()).contains("Uncaught Error: boom").contains("http://localhost/boom.js:2");
    }

    @Test
    void syntaxErrorIsReportedWithItsLocationAndLaterScriptsStillRun() throws Exception {
        page("bad.js", "console.log('never');\nlet x = ;\n");
        Path html = page("syntax.html", "<script src=\"bad.js\"></script><script>console.log('still runs')</script>");
        Run r = cli("run", html.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("still runs\n");
        assertThat(r.err()).containsPattern("Uncaught SyntaxError: .+ \\(at http://localhost/bad.js:2:\\d+\\)");
    }

    @Test
    void unhandledRejectionExitsOne() throws Exception {
        Run r = cli("run", page("rej.js", "Promise.reject(new TypeError('nobody caught me'));").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("Uncaught (in promise) TypeError: nobody caught me");
    }

    @Test
    void pageThatNeverEndsTimesOutWithAReportOfEachAgent() throws Exception {
        Path w = page("spin-worker.js", "const a = new Int32Array(new SharedArrayBuffer(4)); Atomics.wait(a, 0, 0);");
        Run r = cli("run", "--timeout", "2", page("forever.js", "new Worker('spin-worker.js'); setInterval(() => {}, 100);").toString());
        assertThat(w).exists();
        assertThat(r.status()).isEqualTo(124);
        assertThat(r.err()).contains("timeout").contains("window#").contains("1 timer(s)")
                .contains("dedicatedworker#").contains("Atomics.wait");
    }

    @Test
    void badUsageExitsTwoWithOneLineReason() throws Exception {
        assertThat(cli().status()).isEqualTo(2);
        Run noPage = cli("run");
        assertThat(noPage.status()).isEqualTo(2);
        assertThat(noPage.err()).contains("missing PAGE");
        Run missing = cli("run", dir.resolve("nope.html").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("no such page");
        assertThat(cli("run", "--isolation", "maybe", "x.js").err()).contains("--isolation takes on or off");
        assertThat(cli("run", "--frobnicate", "x.js").err()).contains("unknown option --frobnicate");
        assertThat(cli("run", "--mount", "nonsense", "x.js").err()).contains("--mount needs URL=DIR");
        Run notMounted = cli("run", "--mount", "http://example/=" + dir, "http://example/missing.html");
        assertThat(notMounted.status()).isEqualTo(2);
        assertThat(notMounted.err()).contains("404");
    }

    @Test
    void isolationOffRemovesSharedArrayBuffer() throws Exception {
        Path p = page("iso.js", "console.log(crossOriginIsolated + ' ' + typeof SharedArrayBuffer);");
        assertThat(cli("run", p.toString()).out()).isEqualTo("true function\n");
        assertThat(cli("run", "--isolation", "off", p.toString()).out()).isEqualTo("false undefined\n");
    }

    @Test
    void nonFiniteOrAbsurdTimeoutsAndEmptyMountFoldersExitTwoWithOneLine() throws Exception {
        Path p = page("ok.js", "console.log('ran');");
        for (String t : new String[] {"Infinity", "1e10", "86401", "NaN", "-1", "0", "soon"}) {
            Run r = cli("run", "--timeout", t, p.toString());
            assertThat(r.status()).as("--timeout %s: %s", t, r.err()).isEqualTo(2);
            assertThat(r.err().lines().findFirst().orElseThrow())
                    .isEqualTo("harness: --timeout takes a number of seconds above 0 and at most 86400 (one day), not " + t);
            assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(r.out()).isEmpty();
        }
        assertThat(cli("run", "--timeout", "86400", p.toString()).out()).isEqualTo("ran\n");
        Run empty = cli("run", "--mount", "http://example/=", p.toString());
        assertThat(empty.status()).isEqualTo(2);
        assertThat(empty.err().lines().findFirst().orElseThrow()).isEqualTo("harness: --mount http://example/=: no folder after '='");
        assertThat(empty.out()).isEmpty();
    }

    @Test
    void theLongestMatchingMountPrefixServesARequestWhateverTheOrderOfMounts() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Path vendor = Files.createDirectories(dir.resolve("vendor"));
        Files.writeString(site.resolve("lib.txt"), "site");
        Files.createDirectories(site.resolve("lib"));
        Files.writeString(site.resolve("lib/x.txt"), "site/lib");
        Files.writeString(vendor.resolve("x.txt"), "vendor");
        Files.writeString(site.resolve("page.js"), """
                (async () => {
                  for (const u of ['/lib.txt', '/lib/x.txt', '/lib/page.js']) {
                    const r = await fetch(u);
                    console.log(u + ' ' + r.status + ' ' + (r.ok ? (await r.text()).slice(0, 8) : ''));
                  }
                })();
                """);
        Run r = cli("run", "--mount", "http://example/=" + site, "--mount", "http://example/lib/=" + vendor, "http://example/page.js");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("/lib.txt 200 site\n/lib/x.txt 200 vendor\n/lib/page.js 404 \n");
    }

    @Test
    void aPageFileIsOpenedUnderTheMostSpecificMountThatServesIt() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Path vendor = Files.createDirectories(site.resolve("vendor"));
        Path other = Files.createDirectories(dir.resolve("other"));
        Path p = vendor.resolve("where.js");
        Files.writeString(p, "console.log(location.href);");
        // site/vendor is mounted at /lib/ too: the deeper folder's URL wins, whatever the order.
        assertThat(cli("run", "--mount", "http://example/lib/=" + vendor, "--mount", "http://example/=" + site, p.toString()).out())
                .isEqualTo("http://example/lib/where.js\n");
        assertThat(cli("run", "--mount", "http://example/=" + site, "--mount", "http://example/lib/=" + vendor, p.toString()).out())
                .isEqualTo("http://example/lib/where.js\n");
        // http://example/vendor/ is another folder's: site's URL for the file would not serve it.
        assertThat(cli("run", "--mount", "http://example/=" + site, "--mount", "http://example/vendor/=" + other, p.toString()).out())
                .isEqualTo("http://localhost/where.js\n");
    }
}
