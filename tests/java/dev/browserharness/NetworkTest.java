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
}
