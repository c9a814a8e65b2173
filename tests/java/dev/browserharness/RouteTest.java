package dev.browserharness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Routes answer a page's requests from Java (fetch, worker scripts, importScripts, modules, wasm); class-path mounts. */
class RouteTest {
    @TempDir
    static Path dir;
    static Browser browser;

    @BeforeAll
    static void site() throws Exception {
        Files.writeString(dir.resolve("index.js"), "console.log('mounted');\n");
        browser = Browser.builder().mount("http://app/", dir).defaultTimeout(Duration.ofSeconds(120)).build();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    private static void idle(Page page) throws InterruptedException {
        assertThat(page.waitForIdle(Duration.ofSeconds(120))).as("idle: %s", page.report()).isTrue();
    }

    @Test
    void fetchIsFulfilledResumedOrAbortedFromJava() throws Exception {
        try (BrowserContext ctx = browser.newContext(); Page page = ctx.newPage()) {
            List<Request> seen = new CopyOnWriteArrayList<>();
            ctx.route("**/api/*", route -> {
                seen.add(route.request());
                route.fulfill(201, "application/json", "{\"echo\":" + route.request().bodyText() + "}");
            });
            page.route("http://app/index.js", Route::resume);
            page.route("http://nowhere/**", Route::abort);
            page.navigate("http://app/index.js");
            idle(page);
            assertThat(page.stdout()).containsExactly("mounted");
            Object r = page.evaluate("""
                    async () => {
                      const res = await fetch('/api/users', { method: 'POST', body: '[1,2]', headers: { 'x-test': 'yes' } });
                      return [res.status, await res.json()];
                    }""");
            assertThat(r).isEqualTo(List.of(201, Map.of("echo", List.of(1, 2))));
            assertThat(seen).singleElement().satisfies(req -> {
                assertThat(req.method()).isEqualTo("POST");
                assertThat(req.url()).isEqualTo("http://app/api/users");
                assertThat(req.header("X-Test")).isEqualTo("yes");
                assertThat(req.origin()).isEqualTo("http://app");
            });
            assertThat(page.evaluate("fetch('http://nowhere/x').then(() => 'ok', e => e.name + ': ' + e.message)"))
                    .isEqualTo("TypeError: Failed to fetch");
        }
    }

    @Test
    void aHandlerMayAnswerLaterFromAnotherThreadAndAnUnansweredRequestTimesOut() throws Exception {
        try (BrowserContext ctx = browser.newContext(); Page page = ctx.newPage()) {
            ctx.route("http://app/slow", route -> CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
                route.fulfill(200, "text/plain", "later");
            }));
            ctx.route("http://app/never", route -> {});
            page.navigate("http://app/index.js");
            assertThat(page.evaluate("fetch('http://app/slow').then(r => r.text())")).isEqualTo("later");
            page.setDefaultTimeout(Duration.ofMillis(300));
            assertThat(page.evaluate("fetch('http://app/never').then(() => 'ok', e => e.name)", Page.NO_ARG, String.class, Duration.ofSeconds(60)))
                    .isEqualTo("TypeError");
        }
    }

    @Test
    void workerScriptsImportScriptsModulesAndWasmGoThroughRoutes() throws Exception {
        byte[] wasm = {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 127, 3, 2, 1, 0, 7, 7, 1, 3, 's', 'i', 'x', 0, 0, 10, 6, 1, 4, 0, 65, 6, 11};
        Map<String, String> js = Map.of(
                "http://virtual/page.js", """
                        const w = new Worker('/worker.js');
                        w.onmessage = (e) => console.log('worker: ' + e.data);
                        import('http://virtual/mod.mjs').then((m) => console.log('module: ' + m.answer));
                        WebAssembly.instantiateStreaming(fetch('/six.wasm')).then(({instance}) => console.log('wasm: ' + instance.exports.six()));
                        """,
                "http://virtual/worker.js", "importScripts('/lib.js'); postMessage(lib());",
                "http://virtual/lib.js", "function lib() { return 'from lib'; }",
                "http://virtual/mod.mjs", "export const answer = 42;");
        try (BrowserContext ctx = browser.newContext(); Page page = ctx.newPage()) {
            List<String> urls = new CopyOnWriteArrayList<>();
            ctx.route("http://virtual/**", route -> {
                String url = route.request().url();
                urls.add(url);
                if (url.endsWith(".wasm")) route.fulfill("application/wasm", wasm);
                else if (js.containsKey(url)) route.fulfill(200, "text/javascript", js.get(url));
                else route.fulfill(404, "text/plain", "no");
            });
            page.navigate("http://virtual/page.js");
            idle(page);
            assertThat(page.uncaughtErrors()).isEmpty();
            assertThat(page.stdout()).containsExactlyInAnyOrder("worker: from lib", "module: 42", "wasm: 6");
            assertThat(urls).contains("http://virtual/worker.js", "http://virtual/lib.js", "http://virtual/mod.mjs", "http://virtual/six.wasm");
            assertThat(page.evaluate("crossOriginIsolated")).as("routed responses get COOP/COEP as mounts do").isEqualTo(true);
        }
    }

    @Test
    void pageRoutesComeFirstAndUnrouteRemoves() throws Exception {
        try (BrowserContext ctx = browser.newContext(); Page page = ctx.newPage()) {
            ctx.route("**/who", r -> r.fulfill(200, "text/plain", "context"));
            java.util.function.Consumer<Route> mine = r -> r.fulfill(200, "text/plain", "page");
            page.route("**/who", mine);
            page.navigate("http://app/index.js");
            String who = "fetch('/who').then(r => r.text())";
            assertThat(page.evaluate(who)).isEqualTo("page");
            page.unroute(mine);
            assertThat(page.evaluate(who)).isEqualTo("context");
            try (Page other = ctx.newPage()) {
                other.navigate("http://app/index.js");
                assertThat(other.evaluate(who)).isEqualTo("context");
            }
        }
    }

    @Test
    void classPathFoldersMountFromDirectoriesAndJarsAndAreCheckedWhenBuilt() throws Exception {
        Path jar = dir.resolve("site.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("web/"));
            out.putNextEntry(new JarEntry("web/hello.js"));
            out.write("console.log('from the jar');".getBytes(StandardCharsets.UTF_8));
        }
        Path classes = Files.createDirectories(dir.resolve("classes/pages"));
        Files.writeString(classes.resolve("a.js"), "console.log('from a class-path folder');");
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL(), dir.resolve("classes").toUri().toURL()}, null)) {
            ContextOptions o = new ContextOptions().mountResources("http://jar/", "/web", loader).mountResources("http://cp/", "pages", loader);
            try (BrowserContext ctx = browser.newContext(o); Page a = ctx.newPage(); Page b = ctx.newPage()) {
                a.navigate("http://jar/hello.js");
                b.navigate("http://cp/a.js");
                idle(a);
                idle(b);
                assertThat(a.stdout()).containsExactly("from the jar");
                assertThat(b.stdout()).containsExactly("from a class-path folder");
            }
            assertThatThrownBy(() -> new ContextOptions().mountResources("http://x/", "/missing", loader))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("mountResources http://x/: no folder /missing on the class path");
        }
        assertThatThrownBy(() -> new ContextOptions().mount("http://x/", dir.resolve("nope")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a folder");
    }

    @Test
    void globs() {
        assertThat(dev.browserharness.net.Routes.glob("**/api/*").test("http://app/api/users")).isTrue();
        assertThat(dev.browserharness.net.Routes.glob("**/api/*").test("http://app/api/users/1")).isFalse();
        assertThat(dev.browserharness.net.Routes.glob("http://app/**/*.{js,mjs}").test("http://app/a.mjs")).isTrue();
        assertThat(dev.browserharness.net.Routes.glob("http://app/**/*.{js,mjs}").test("http://app/x/y/a.js")).isTrue();
        assertThat(dev.browserharness.net.Routes.glob("http://app/a.js?x").test("http://app/a.js?x")).isTrue();
    }
}
