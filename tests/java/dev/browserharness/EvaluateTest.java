package dev.browserharness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Page.evaluate and friends: typed results, promises, JS↔Java mapping, page errors, timeouts, workers, exposeFunction. */
class EvaluateTest {
    @TempDir
    static Path dir;
    static Browser browser;

    @BeforeAll
    static void site() throws Exception {
        Files.writeString(dir.resolve("lib.js"), """
                function add(a, b) { return a + b; }
                function fails(what) {
                  throw new TypeError('bad ' + what);
                }
                const w = new Worker('w.js', { name: 'helper' });
                """);
        Files.writeString(dir.resolve("w.js"), "self.secret = 42;\n");
        browser = Browser.builder().mount("http://app/", dir).defaultTimeout(Duration.ofSeconds(120)).build();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    private Page open() throws InterruptedException {
        Page page = browser.newPage().navigate("http://app/lib.js");
        assertThat(page.waitForIdle(Duration.ofSeconds(120))).as("idle: %s", page.report()).isTrue();
        return page;
    }

    @Test
    void valuesMapToJavaTypesAndPromisesAreAwaited() throws Exception {
        try (Page page = open()) {
            assertThat(page.evaluate("add(3, 4)")).isEqualTo(7);
            assertThat(page.evaluate("Promise.resolve(7)")).isEqualTo(7);
            assertThat(page.evaluate("new Promise(r => setTimeout(() => r('late'), 20))", String.class)).isEqualTo("late");
            assertThat(page.evaluate("0.5")).isEqualTo(0.5);
            assertThat(page.evaluate("7", long.class)).isEqualTo(7L);
            assertThat(page.evaluate("7", Double.class)).isEqualTo(7.0);
            assertThat(page.evaluate("2n ** 70n")).isEqualTo(BigInteger.TWO.pow(70));
            assertThat(page.evaluate("undefined")).isNull();
            assertThat(page.evaluate("null")).isNull();
            assertThat(page.evaluate("true", Boolean.class)).isTrue();
            assertThat(page.evaluate("[1, 'a', [null]]")).isEqualTo(List.of(1, "a", java.util.Arrays.asList((Object) null)));
            assertThat(page.evaluate("({a: 1, b: {c: 'd'}})")).isEqualTo(Map.of("a", 1, "b", Map.of("c", "d")));
            assertThat(page.evaluate("new Uint8Array([1, 2, 255])", byte[].class)).containsExactly(1, 2, -1);
            assertThat(page.evaluate("new Int32Array([1]).buffer", byte[].class)).containsExactly(1, 0, 0, 0);
            assertThat(page.evaluate("new Date(86400000)")).isEqualTo(Instant.ofEpochSecond(86400));
            assertThat(page.evaluate("new Map([['k', 1]])")).isEqualTo(Map.of("k", 1));
            assertThat(page.evaluate("new RangeError('r')", Map.class)).containsEntry("name", "RangeError").containsEntry("message", "r");
        }
    }

    @Test
    void aFunctionIsCalledWithTheArgumentMappedToJs() throws Exception {
        try (Page page = open()) {
            assertThat(page.evaluate("x => x * 2", 21)).isEqualTo(42);
            assertThat(page.evaluate("async ({a, list}) => a + list.length", Map.of("a", 1, "list", List.of(1, 2)))).isEqualTo(3);
            assertThat(page.evaluate("b => b instanceof Uint8Array && b[1]", new byte[] {5, 6})).isEqualTo(6);
            assertThat(page.evaluate("x => x === null", (Object) null)).isEqualTo(true);
        }
    }

    @Test
    void aPageErrorCarriesNameMessageLocationAndThePagesStack() throws Exception {
        try (Page page = open()) {
            PageError e = catchThrowableOfType(PageError.class, () -> page.evaluate("fails('input')"));
            assertThat(e.name()).isEqualTo("TypeError");
            assertThat(e.jsMessage()).isEqualTo("bad input");
            assertThat(e.url()).isEqualTo("http://app/lib.js");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.stack()).startsWith("TypeError: bad input\n    at fails (http://app/lib.js:3:")
                    .doesNotContain("harness:");
            assertThat(e).hasMessage("TypeError: bad input (at http://app/lib.js:3:" + e.column() + ")");

            PageError rejected = catchThrowableOfType(PageError.class, () -> page.evaluate("async () => { await 0; fails('later'); }"));
            assertThat(rejected.jsMessage()).isEqualTo("bad later");
            assertThat(rejected.url()).isEqualTo("http://app/lib.js");

            PageError missing = catchThrowableOfType(PageError.class, () -> page.evaluate("nope + 1"));
            assertThat(missing.name()).isEqualTo("ReferenceError");
            assertThat(missing.jsMessage()).isEqualTo("nope is not defined");
            assertThat(missing.url()).isEqualTo("about:evaluate");

            PageError syntax = catchThrowableOfType(PageError.class, () -> page.evaluate("1 +* 2"));
            assertThat(syntax.name()).isEqualTo("SyntaxError");
            assertThat(syntax.url()).isEqualTo("about:evaluate");
            assertThat(syntax.line()).isEqualTo(1);
            assertThat(syntax.jsMessage()).doesNotContain("about:evaluate");

            assertThatThrownBy(() -> page.evaluate("() => () => 1")).isInstanceOf(ClassCastException.class)
                    .hasMessageContaining("function");
            assertThatThrownBy(() -> page.evaluate("'seven'", Integer.class)).isInstanceOf(ClassCastException.class)
                    .hasMessage("evaluate: expected Integer but the page returned a string (seven)");
            assertThat(page.uncaughtErrors()).as("evaluate's errors are the caller's, not the page's").isEmpty();
        }
    }

    @Test
    void beforeNavigateItRunsInAnEmptyPage() {
        try (Page page = browser.newPage()) {
            assertThat(page.evaluate("location.href")).isEqualTo("about:blank");
            assertThat(page.evaluate("typeof Worker")).isEqualTo("function");
        }
    }

    @Test
    void aBusyPageTimesOutWithAReportAndAClosedPageFailsAtOnce() throws Exception {
        Page page = open();
        try {
            page.evaluate("self.spin = () => setTimeout(() => { for (;;) {} }, 0); 1");
            page.setDefaultTimeout(Duration.ofMillis(300));
            TimeoutError never = catchThrowableOfType(TimeoutError.class, () -> page.evaluate("new Promise(() => {})"));
            assertThat(never).hasMessageContaining("did not finish within 300 ms");
            page.evaluate("spin()");
            TimeoutError t = catchThrowableOfType(TimeoutError.class, () -> page.evaluate("1"));
            assertThat(t).hasMessageContaining("evaluate(1) did not finish within 300 ms").hasMessageContaining("window#1");
        } finally {
            page.close();
        }
        assertThatThrownBy(() -> page.evaluate("1")).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void evaluateInAWorker() throws Exception {
        try (Page page = open()) {
            Worker w = page.waitForWorker(x -> x.name().equals("helper"), Duration.ofSeconds(60));
            assertThat(w.url()).isEqualTo("http://app/w.js");
            assertThat(w.evaluate("self.secret + 1")).isEqualTo(43);
            assertThat(w.evaluate("typeof window")).isEqualTo("undefined");
        }
    }

    @Test
    void exposedFunctionsRunInJavaAndSettleThePagesPromise() throws Exception {
        try (Page page = browser.newPage()) {
            List<String> threads = new CopyOnWriteArrayList<>();
            page.exposeFunction("sum", args -> {
                threads.add(Thread.currentThread().getName());
                return ((Integer) args[0]) + ((Integer) args[1]);
            });
            page.exposeFunction("boom", args -> {
                throw new IllegalArgumentException("no " + args[0]);
            });
            page.navigate("http://app/lib.js");
            assertThat(page.evaluate("sum(2, 3)")).isEqualTo(5);
            assertThat(page.evaluate("boom('way').catch(e => e instanceof Error && e.message)")).isEqualTo("no way");
            assertThat(threads).noneMatch(n -> n.startsWith("window"));
            page.exposeFunction("later", args -> "ok");
            assertThat(page.evaluate("later()")).isEqualTo("ok");
        }
    }

    @Test
    void waitsForConsoleMessagesConditionsAndHearsPageErrors() throws Exception {
        try (Page page = open()) {
            List<PageError> errors = new CopyOnWriteArrayList<>();
            page.onPageError(errors::add);
            page.evaluate("setTimeout(() => { console.log('ready ' + 1); self.done = 'yes'; fails('timer'); }, 50); 0");
            assertThat(page.waitForConsoleMessage(m -> m.text().startsWith("ready"), Duration.ofSeconds(60)).text()).isEqualTo("ready 1");
            assertThat(page.waitForFunction("self.done", Duration.ofSeconds(60))).isEqualTo("yes");
            assertThat(page.waitForIdle(Duration.ofSeconds(60))).isTrue();
            assertThat(errors).singleElement().satisfies(e -> {
                assertThat(e.name()).isEqualTo("TypeError");
                assertThat(e.jsMessage()).isEqualTo("bad timer");
                assertThat(e.url()).isEqualTo("http://app/lib.js");
                assertThat(e.line()).isEqualTo(3);
            });
            assertThat(page.pageErrors()).hasSize(1);
            TimeoutError t = catchThrowableOfType(TimeoutError.class,
                    () -> page.waitForConsoleMessage(m -> m.text().equals("never"), Duration.ofMillis(100)));
            assertThat(t).hasMessageContaining("ready 1");
            assertThatThrownBy(() -> page.waitForFunction("self.never", Duration.ofMillis(100))).isInstanceOf(TimeoutError.class);
        }
    }
}
