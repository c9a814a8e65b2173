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
        // a minimal test framework with testharness.js's reporting API, enough to see subtests reported
        write("t/testharness.js", """
                const results = [], done = [];
                function add_result_callback(f) { results.push(f); }
                function add_completion_callback(f) { done.push(f); }
                function test(fn, name) {
                  let status = 0, message = null;
                  try { fn(); } catch (e) { status = 1; message = String(e); }
                  setTimeout(() => results.forEach((f) => f({ name, status, message })), 0);
                }
                """);
        write("t/wpt.html", """
                <script src="testharness.js"></script>
                <script>
                test(() => {}, 'adds');
                test(() => { throw new Error('nope'); }, 'subtracts');
                </script>
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
                .contains("4 page(s): 1 passed, 3 failed")
                .doesNotContain("helper.js");
        String report = Files.readString(xml);
        assertThat(report).contains("<testsuite name=\"harness check\" tests=\"6\" failures=\"4\"")
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
