package dev.browserharness;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fetch against mounts and against a real local HTTP server; the sandbox keeps real network off by default. */
class NetworkTest {
    @TempDir Path dir;
    HttpServer server;
    String base;

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/echo", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            String text = ex.getRequestMethod() + " " + ex.getRequestHeaders().getFirst("X-Test") + " " + new String(body, StandardCharsets.UTF_8);
            byte[] out = text.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/plain");
            ex.getResponseHeaders().add("X-Served-By", "test");
            ex.getResponseHeaders().add("Access-Control-Allow-Origin", "*"); // the page's origin is http://localhost
            ex.getResponseHeaders().add("Access-Control-Expose-Headers", "X-Served-By");
            ex.sendResponseHeaders(201, out.length);
            ex.getResponseBody().write(out);
            ex.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    Harness.Result run(String js, boolean allowNet) throws Exception {
        Files.writeString(dir.resolve("page.js"), js);
        return Harness.run(dir, "page.js", b -> b.allowNetwork(allowNet), Duration.ofSeconds(20));
    }

    @Test
    void fetchesFromTheMountWithStatusHeadersAndBodies() throws Exception {
        Files.writeString(dir.resolve("data.json"), "{\"a\": [1, 2]}");
        Files.write(dir.resolve("bytes.wasm"), new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        Harness.Result r = run("""
                (async () => {
                  const j = await fetch('data.json');
                  console.log(j.status + ' ' + j.ok + ' ' + j.headers.get('content-type') + ' ' + JSON.stringify(await j.json()));
                  const w = await fetch('/bytes.wasm');
                  console.log(w.headers.get('content-type') + ' ' + (await w.arrayBuffer()).byteLength);
                  console.log('coop ' + w.headers.get('cross-origin-opener-policy') + ' coep ' + w.headers.get('cross-origin-embedder-policy'));
                  const missing = await fetch('nope.txt');
                  console.log(missing.status + ' ' + missing.ok + ' ' + missing.statusText);
                  try { await fetch('ftp://example/x'); } catch (e) { console.log(e.name + ': ' + e.message); }
                })();
                """, false);
        assertThat(r.stdout()).containsExactly(
                "200 true application/json; charset=utf-8 {\"a\":[1,2]}",
                "application/wasm 8",
                "coop same-origin coep require-corp",
                "404 false Not Found",
                "TypeError: Failed to fetch");
        assertThat(r.uncaught()).isEmpty();
    }

    @Test
    void realHttpWorksWhenAllowed() throws Exception {
        Harness.Result r = run("""
                (async () => {
                  const res = await fetch('%s/echo', { method: 'POST', headers: { 'X-Test': 'yes' }, body: 'hello' });
                  console.log(res.status + ' ' + res.headers.get('x-served-by') + ' ' + await res.text());
                })();
                """.formatted(base), true);
        assertThat(r.stdout()).containsExactly("201 test POST yes hello");
    }

    @Test
    void realHttpIsBlockedByDefault() throws Exception {
        Harness.Result r = run("""
                fetch('%s/echo').then(() => console.log('reached'), (e) => console.log(e.name + ': ' + e.message));
                """.formatted(base), false);
        assertThat(r.stdout()).containsExactly("TypeError: Failed to fetch");
    }

    @Test
    void mountsDoNotServeFilesOutsideTheirFolder() throws Exception {
        Path inner = Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.writeString(inner.resolve("page.js"), """
                fetch('/../secret.txt').then(r => r.text()).then(t => console.log('got ' + t.includes('secret')));
                fetch('/..%2fsecret.txt').then(r => console.log('encoded ' + r.status));
                """);
        Harness.Result r = Harness.run(inner, "page.js");
        assertThat(r.stdout()).containsExactlyInAnyOrder("got false", "encoded 403");
    }

    /** Runs site/page.js with diagnostics captured; the other options as given. */
    record Confined(Harness.Result result, String diagnostics) {}

    Confined runConfined(Path site, String js, java.util.function.Consumer<Browser.Builder> options) throws Exception {
        Files.writeString(site.resolve("page.js"), js);
        java.io.ByteArrayOutputStream diag = new java.io.ByteArrayOutputStream();
        java.io.PrintStream ps = new java.io.PrintStream(diag, true, StandardCharsets.UTF_8);
        Harness.Result r = Harness.run(site, "page.js", b -> options.accept(b.diagnostics(ps)), Duration.ofMinutes(2)); // a bound for a hang
        return new Confined(r, diag.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSymlinkOutOfTheMountIsRefusedWithAHarnessLineAndOneInsideItIsServed() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.writeString(site.resolve("real.txt"), "inside");
        Files.createSymbolicLink(site.resolve("passwd"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(site.resolve("secret.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(site.resolve("relative.txt"), Path.of("../outside/secret.txt"));
        Files.createSymbolicLink(site.resolve("dir"), outside);
        Files.createSymbolicLink(site.resolve("alias.txt"), Path.of("real.txt"));
        Confined c = runConfined(site, """
                (async () => {
                  for (const u of ['passwd', 'secret.txt', 'relative.txt', 'dir/secret.txt', 'dir/', 'alias.txt', 'real.txt']) {
                    const r = await fetch(u);
                    const t = await r.text();
                    console.log(u + ' ' + r.status + ' ' + (t.includes('root:') || t.includes('secret') ? 'LEAKED' : t));
                  }
                })();
                """, b -> {});
        assertThat(c.result().stdout()).containsExactly(
                "passwd 403 403 Forbidden",
                "secret.txt 403 403 Forbidden",
                "relative.txt 403 403 Forbidden",
                "dir/secret.txt 403 403 Forbidden",
                "dir/ 403 403 Forbidden",
                "alias.txt 200 inside",
                "real.txt 200 inside");
        assertThat(c.diagnostics()).contains(
                "[harness] http://localhost/passwd: 403 Forbidden: it resolves to /etc/passwd, outside the mounted folder " + site.toRealPath(),
                "[harness] http://localhost/dir/secret.txt: 403 Forbidden: it resolves to " + outside.toRealPath().resolve("secret.txt"));
        assertThat(c.diagnostics().lines().filter(l -> l.contains("403 Forbidden"))).hasSize(5);
    }

    @Test
    void aLinkToDevZeroAndOtherNonRegularFilesAreRefusedAtOnce() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.createSymbolicLink(site.resolve("zero"), Path.of("/dev/zero"));
        Files.createDirectories(site.resolve("folder"));
        Process mkfifo = new ProcessBuilder("mkfifo", site.resolve("fifo").toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
        Confined c = runConfined(site, """
                (async () => {
                  for (const u of ['zero', 'fifo', 'folder/', 'dangling']) {
                    const r = await fetch(u);
                    console.log(u + ' ' + r.status + ' ' + (await r.arrayBuffer()).byteLength);
                  }
                })();
                """, b -> {});
        assertThat(c.result().idle()).as(c.result().report()).isTrue();
        assertThat(c.result().stdout()).containsExactly("zero 403 13", "fifo 404 13", "folder/ 404 13", "dangling 404 13");
        assertThat(c.diagnostics()).contains("[harness] http://localhost/zero: 403 Forbidden: it resolves to /dev/zero, outside the mounted folder")
                .contains("[harness] http://localhost/fifo: 404 Not Found: " + site.toRealPath().resolve("fifo") + " is not a regular file");
    }

    @Test
    void aFileOverTheSizeCapIsRefusedAndOneAtTheCapIsServedWhole() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.write(site.resolve("at.bin"), new byte[4096]);
        Files.write(site.resolve("over.bin"), new byte[4097]);
        Confined c = runConfined(site, """
                (async () => {
                  for (const u of ['at.bin', 'over.bin']) {
                    const r = await fetch(u);
                    console.log(u + ' ' + r.status + ' ' + (await r.arrayBuffer()).byteLength);
                  }
                })();
                """, b -> b.maxFileSize(4096));
        assertThat(c.result().stdout()).containsExactly("at.bin 200 4096", "over.bin 403 13");
        assertThat(c.diagnostics()).contains("[harness] http://localhost/over.bin: 403 Forbidden: it is larger than the limit of 4096 bytes"
                + " for a mounted file (Browser.builder().maxFileSize)");
        assertThat(Browser.builder().maxFileSize(256L << 20)).isNotNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Browser.builder().maxFileSize(-1)).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Browser.builder().maxFileSize(1L << 31)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scriptsWorkersAndModulesCannotRunAFileOutsideTheMountThroughALink() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("evil.js"), "console.log('ESCAPED'); postMessage && 0;");
        Files.writeString(outside.resolve("evil.mjs"), "console.log('ESCAPED module'); export const x = 1;");
        Files.createSymbolicLink(site.resolve("evil.js"), outside.resolve("evil.js"));
        Files.createSymbolicLink(site.resolve("evil.mjs"), outside.resolve("evil.mjs"));
        Files.writeString(site.resolve("importer.js"), """
                try { importScripts('evil.js'); postMessage('imported'); } catch (e) { postMessage(e.name + ': ' + e.message); }
                """);
        Files.writeString(site.resolve("static.mjs"), "import './evil.mjs'; console.log('static ran');");
        Files.writeString(site.resolve("good.mjs"), "export const x = 'good';");
        Files.writeString(site.resolve("loader.mjs"), """
                const tries = ['./good.mjs', './evil.mjs', './static.mjs'];
                for (const t of tries) {
                  await import(t).then((m) => postMessage(t + ' ran ' + m.x), () => postMessage(t + ' rejected'));
                }
                postMessage('done');
                """);
        Confined c = runConfined(site, """
                const w = new Worker('importer.js');
                w.onmessage = (e) => {
                  console.log('importScripts: ' + e.data);
                  const direct = new Worker('evil.js');
                  direct.onerror = (ev) => {
                    console.log('worker: ' + ev.type);
                    const m = new Worker('loader.mjs', { type: 'module' });
                    m.onmessage = (e) => { console.log(e.data); if (e.data === 'done') m.terminate(); };
                  };
                };
                """, b -> {});
        assertThat(c.result().idle()).as(c.result().report()).isTrue();
        assertThat(c.result().stdout()).containsExactly(
                "importScripts: NetworkError: Failed to execute 'importScripts' on 'WorkerGlobalScope': The script at 'http://localhost/evil.js' failed to load.",
                "worker: error",
                "./good.mjs ran good",
                "./evil.mjs rejected",
                "./static.mjs rejected",
                "done");
        assertThat(c.diagnostics()).contains("[harness] http://localhost/evil.js: 403 Forbidden: it resolves to")
                .contains("[harness] http://localhost/evil.mjs: 403 Forbidden: it resolves to");
    }

    @Test
    void aMountWhoseFolderIsItselfALinkStillServesItsFiles() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("a.txt"), "a");
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        Confined c = runConfined(link, "fetch('a.txt').then(r => r.text()).then(t => console.log('got ' + t));", b -> {});
        assertThat(c.result().stdout()).containsExactly("got a");
    }
}
