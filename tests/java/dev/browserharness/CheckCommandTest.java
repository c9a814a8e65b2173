package dev.browserharness;

import static dev.browserharness.CliTest.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** harness check: a folder of pages in one JVM, PASS/FAIL per page, testharness.js subtests, JUnit XML; every command's --help. */
class CheckCommandTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void aFolderOfPagesPassesAndFailsPageByPageWithJUnitXml() throws Exception {
        write("ok.js", "console.log('hello');");
        write("ok.expected", "hello\n");
        write("wrong.js", "console.log('goodbye');");
        write("wrong.expected", "hello\n");
        write("sub/page.html", "<script>setTimeout(() => { throw new TypeError('late'); }, 0);</script>");
        write("helper.js", "this file has no .expected, so it is not a page (");
        // printing the expected lines is not enough: an uncaught error fails the page unless .expected-stderr lists it
        write("throws.js", "console.log('hello'); throw new RangeError('on purpose');");
        write("throws.expected", "hello\n");
        write("declared.js", "console.log('hello'); throw new RangeError('on purpose');");
        write("declared.expected", "hello\n");
        write("declared.expected-stderr", "Uncaught RangeError: on purpose\n    at http://localhost/declared.js:1:29\n");
        // a stand-in with testharness.js's API and its behaviour without a document (its shell environment): done
        // once a microtask has passed and every test so far has finished, unless setup({explicit_done}) waits for done()
        write("t/testharness.js", """
                const results = [], states = [], completions = [], tests = [];
                let loaded = false, explicit = false, finished = false;
                function add_result_callback(f) { results.push(f); }
                function add_completion_callback(f) { completions.push(f); }
                function add_test_state_callback(f) { states.push(f); }
                function setup(p) { explicit = !!(p && p.explicit_done); }
                function complete() { if (!finished) { finished = true; completions.forEach((f) => f(tests, { status: 0 })); } }
                function done() { complete(); }
                function test(fn, name) {
                  if (finished) return;
                  const t = { name, status: 0, message: null };
                  tests.push(t);
                  states.forEach((f) => f(t));
                  try { fn(); } catch (e) { t.status = 1; t.message = String(e); }
                  results.forEach((f) => f(t));
                  if (loaded && !explicit) complete();
                }
                Promise.resolve().then(() => { loaded = true; });
                """);
        write("t/wpt.html", """
                <script src="testharness.js"></script>
                <script>test(() => {}, 'adds');</script>
                <script>test(() => { throw new Error('nope'); }, 'subtracts');</script>
                """);
        write("t/unfinished.html", """
                <script src="testharness.js"></script>
                <script>setup({ explicit_done: true }); test(() => {}, 'waits for a done() that never comes');</script>
                """);
        Path xml = dir.resolve("out/report.xml");
        CliTest.Run r = cli("check", "--jobs", "2", "--junit-xml", xml.toString(), dir.toString());
        assertThat(r.status()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("PASS " + dir.resolve("ok.js"))
                .contains("FAIL " + dir.resolve("wrong.js"))
                .contains("stdout differs from wrong.expected\n      first difference at line 1:\n      - hello\n      + goodbye")
                .contains("FAIL " + dir.resolve("sub/page.html")).contains("1 uncaught error(s): Uncaught TypeError: late")
                .contains("FAIL " + dir.resolve("t/wpt.html")).contains("1 of 2 subtest(s) did not pass")
                .contains("    FAIL subtracts: Error: nope")
                .contains("FAIL " + dir.resolve("throws.js")).contains("1 uncaught error(s): Uncaught RangeError: on purpose")
                .contains("PASS " + dir.resolve("declared.js"))
                .contains("FAIL " + dir.resolve("t/unfinished.html")).contains("testharness.js did not complete (1 subtest(s) reported)")
                .contains("7 page(s): 2 passed, 5 failed")
                .doesNotContain("helper.js");
        String report = Files.readString(xml);
        assertThat(report).contains("<testsuite name=\"harness check\" tests=\"10\" failures=\"6\"")
                .contains("name=\"adds\"/>").contains("name=\"subtracts\">\n    <failure message=\"FAIL: Error: nope\"/>")
                .contains("<failure message=\"stdout differs from wrong.expected\">");

        CliTest.Run one = cli("check", dir.resolve("ok.js").toString());
        assertThat(one.status()).isZero();
        assertThat(one.out()).endsWith("1 page(s): 1 passed, 0 failed" + one.out().substring(one.out().lastIndexOf(" (")));
    }

    @Test
    void badUsageIsExitTwoWithAReason() throws Exception {
        assertThat(cli("check").status()).isEqualTo(2);
        assertThat(cli("check", "--jobs", "0", dir.toString()).err()).contains("--jobs takes a number of at least 1");
        CliTest.Run empty = cli("check", dir.toString());
        assertThat(empty.status()).isEqualTo(2);
        assertThat(empty.err()).contains("no pages in this folder");
        assertThat(cli("check", dir.resolve("missing").toString()).err()).contains("no such file or folder");
    }

    @Test
    void everyCommandHasHelp() throws Exception {
        CliTest.Run main = cli("--help");
        assertThat(main.status()).isZero();
        assertThat(main.out()).contains("commands:").contains("check DIR|PAGE").contains("harness COMMAND --help");
        CliTest.Run run = cli("run", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("--mount URL=DIR").contains("exit status: 0").contains("124 timeout").contains("examples:");
        CliTest.Run check = cli("check", "--help");
        assertThat(check.status()).isZero();
        assertThat(check.out()).contains("--junit-xml FILE").contains("exit status: 0 all passed, 1 some page failed, 2 bad usage");
        CliTest.Run bench = cli("bench", "--help");
        assertThat(bench.status()).isZero();
        assertThat(bench.out()).startsWith("usage: harness bench [DIR]");
        assertThat(bench.err()).isEmpty();
        CliTest.Run noBench = cli("bench", dir.resolve("nope").toString());
        assertThat(noBench.status()).isEqualTo(2);
        assertThat(noBench.out()).isEmpty();
        assertThat(noBench.err()).contains("no benchmark folder");
    }

    @Test
    void aFolderWithoutIndexHtmlSaysSo() throws Exception {
        CliTest.Run r = cli("run", dir.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("a folder without an index.html");
    }
}
