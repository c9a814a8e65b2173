package dev.browserharness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.browserharness.agent.ContextRuntime;
import dev.browserharness.agent.Limits;
import dev.browserharness.agent.PageRuntime;
import dev.browserharness.net.Network;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Per-page limits: an allocation over a cap is the browser's catchable RangeError, a worker over the cap fails to
 * start as a failed script load does, a statement limit or an OutOfMemoryError ends the page with a report instead
 * of the JVM or a hang. (The heap running out for real, and the exit time with many workers, are in separate JVMs:
 * LimitsCliTest.)
 */
class LimitsTest {
    @TempDir Path dir;

    private Harness.Result run(String code, java.util.function.Consumer<Browser.Builder> options) throws Exception {
        Files.writeString(dir.resolve("page.js"), code);
        return Harness.run(dir, "page.js", options, Duration.ofSeconds(60));
    }

    @Test
    void anArrayBufferOverTheCapIsACatchableRangeError() throws Exception {
        Harness.Result r = run("""
                const ok = new ArrayBuffer(1024 * 1024);
                console.log('1 MiB: ' + ok.byteLength);
                try { new ArrayBuffer(1024 * 1024 + 1); } catch (e) { console.log('caught ' + e.name + ': ' + e.message); }
                """, b -> b.maxArrayBufferBytes(1 << 20));
        assertThat(r.idle()).as(r.report()).isTrue();
        assertThat(r.stdout()).containsExactly("1 MiB: 1048576", "caught RangeError: Array buffer allocation failed");
        assertThat(r.uncaught()).isEmpty();
    }

    @Test
    void sharedArrayBuffersAreCappedAndChargedToThePageBudgetUntilCollected() throws Exception {
        Harness.Result r = run("""
                try { new SharedArrayBuffer(5 << 20); } catch (e) { console.log('too large: ' + e.name + ': ' + e.message); }
                let keep = [new SharedArrayBuffer(4 << 20), new SharedArrayBuffer(4 << 20)];
                try { new SharedArrayBuffer(4 << 20); } catch (e) { console.log('over budget: ' + e.name + ': ' + e.message); }
                keep = null;
                const again = new SharedArrayBuffer(4 << 20); // the two above are unreachable now: collected, given back
                console.log('after release: ' + again.byteLength);
                """, b -> b.maxSharedArrayBufferBytes(4 << 20).maxMemoryBytes(10 << 20));
        assertThat(r.idle()).as(r.report()).isTrue();
        assertThat(r.stdout()).containsExactly("too large: RangeError: Array buffer allocation failed",
                "over budget: RangeError: Array buffer allocation failed", "after release: 4194304");
        assertThat(r.uncaught()).isEmpty();
    }

    @Test
    void wasmMemoriesAreChargedToThePageBudgetFromConstructionAndGrowthUntilCollected() throws Exception {
        Harness.Result r = run("""
                let keep = [new WebAssembly.Memory({ initial: 64 }), new WebAssembly.Memory({ initial: 32, maximum: 128 })];
                try { new WebAssembly.Memory({ initial: 64 }); } catch (e) { console.log('over budget: ' + e.name + ': ' + e.message); }
                console.log('grow within: ' + keep[1].grow(16) + ' -> ' + keep[1].buffer.byteLength);
                try { keep[1].grow(20); } catch (e) { console.log('grow over: ' + e.name + ': ' + e.message); }
                console.log('still: ' + keep[1].buffer.byteLength);
                try { new WebAssembly.Memory({ initial: 1, maximum: 200, shared: true }); } catch (e) { console.log('shared over: ' + e.name + ': ' + e.message); }
                keep = null;
                const again = new WebAssembly.Memory({ initial: 128 }); // the two above are unreachable now: collected, given back
                console.log('after release: ' + again.buffer.byteLength);
                """, b -> b.maxMemoryBytes(8 << 20)); // 128 pages
        assertThat(r.idle()).as(r.report()).isTrue();
        assertThat(r.stdout()).containsExactly("over budget: RangeError: WebAssembly.Memory(): could not allocate memory",
                "grow within: 32 -> 3145728", "grow over: RangeError: WebAssembly.Memory.grow(): Unable to grow instance memory",
                "still: 3145728", "shared over: RangeError: WebAssembly.Memory(): could not allocate memory", "after release: 8388608");
        assertThat(r.uncaught()).isEmpty();
    }

    @Test
    void theMemoriesAModuleDefinesAreChargedAtInstantiationAndOverTheBudgetItFailsAsInChromium() throws Exception {
        // 64 pages (4 MiB) defined by the module; the budget holds two. Chromium's messages (captured with a 1 GiB
        // memory instantiated until V8 could not reserve another): "WebAssembly.Instance(): Out of memory: Cannot
        // allocate Wasm memory for new instance", and "WebAssembly.instantiate(): ..." for both async forms.
        ByteArrayOutputStream diag = new ByteArrayOutputStream();
        Harness.Result r = run("""
                const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 5, 3, 1, 0, 64]);
                const module = new WebAssembly.Module(bytes);
                let keep = [new WebAssembly.Instance(module), new WebAssembly.Instance(module)];
                try { new WebAssembly.Instance(module); console.log('sync: ok'); } catch (e) { console.log('sync: ' + e); }
                WebAssembly.instantiate(module).then(() => console.log('async: ok'), (e) => console.log('async: ' + e))
                  .then(() => WebAssembly.instantiate(bytes)).then(() => console.log('bytes: ok'), (e) => console.log('bytes: ' + e))
                  .then(() => {
                    keep = null; // unreachable now: collected, given back
                    const again = new WebAssembly.Instance(module);
                    console.log('after release: ' + (again instanceof WebAssembly.Instance));
                    return WebAssembly.instantiate(bytes);
                  }).then((r) => console.log('bytes after release: ' + (r.instance instanceof WebAssembly.Instance)));
                """, b -> b.maxMemoryBytes(8 << 20).diagnostics(new PrintStream(diag, true, StandardCharsets.UTF_8)));
        assertThat(r.idle()).as(r.report()).isTrue();
        assertThat(r.stdout()).containsExactly(
                "sync: RangeError: WebAssembly.Instance(): Out of memory: Cannot allocate Wasm memory for new instance",
                "async: RangeError: WebAssembly.instantiate(): Out of memory: Cannot allocate Wasm memory for new instance",
                "bytes: RangeError: WebAssembly.instantiate(): Out of memory: Cannot allocate Wasm memory for new instance",
                "after release: true", "bytes after release: true");
        assertThat(r.uncaught()).isEmpty();
        assertThat(diag.toString(StandardCharsets.UTF_8)).contains(
                "[harness] window#1: WebAssembly.Instance (64 pages of memory its module defines): the page already holds 8 MiB");
    }

    @Test
    void theMemoryGrowInstructionIsChargedAfterItGrowsAndTheNextAllocationIsRefused() throws Exception {
        // (module (memory (export "mem") 1) (func (export "grow") (param i32) (result i32) local.get 0 memory.grow))
        ByteArrayOutputStream diag = new ByteArrayOutputStream();
        Harness.Result r = run("""
                const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 6, 1, 96, 1, 127, 1, 127, 3, 2, 1, 0, 5, 3, 1, 0, 1,
                  7, 14, 2, 3, 109, 101, 109, 2, 0, 4, 103, 114, 111, 119, 0, 0, 10, 8, 1, 6, 0, 32, 0, 64, 0, 11]);
                const module = new WebAssembly.Module(bytes);
                const a = new WebAssembly.Instance(module);
                console.log('grow by the instruction: ' + a.exports.grow(63) + ' -> ' + a.exports.mem.buffer.byteLength);
                console.log('grow from JS: ' + a.exports.mem.grow(32) + ' -> ' + a.exports.mem.buffer.byteLength);
                try { new WebAssembly.Memory({ initial: 64 }); } catch (e) { console.log('then: ' + e); }
                const b = new WebAssembly.Instance(module);
                console.log('over the budget by the instruction: ' + b.exports.grow(64));
                try { new WebAssembly.Instance(module); } catch (e) { console.log('then: ' + e); }
                """, b -> b.maxMemoryBytes(8 << 20).diagnostics(new PrintStream(diag, true, StandardCharsets.UTF_8))); // 128 pages
        assertThat(r.idle()).as(r.report()).isTrue();
        assertThat(r.stdout()).containsExactly("grow by the instruction: 1 -> 4194304", "grow from JS: 64 -> 6291456",
                "then: RangeError: WebAssembly.Memory(): could not allocate memory", "over the budget by the instruction: 1",
                "then: RangeError: WebAssembly.Instance(): Out of memory: Cannot allocate Wasm memory for new instance");
        assertThat(r.uncaught()).isEmpty();
        assertThat(diag.toString(StandardCharsets.UTF_8)).contains(
                "[harness] window#1: memory.grow: the wasm memory grew to 4160 KiB; the page now holds 10304 KiB of its 8 MiB off-heap budget");
    }

    @Test
    void aMemoryItsStartFunctionGrowsIsChargedOnce() throws Exception {
        // (module (memory (export "mem") 1) (func $s i32.const 63 memory.grow drop) (start $s)): 64 pages, 4 MiB
        Harness.Result r = run("""
                const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 5, 3, 1, 0, 1, 7, 7, 1, 3,
                  109, 101, 109, 2, 0, 8, 1, 0, 10, 9, 1, 7, 0, 65, 63, 64, 0, 26, 11]);
                const i = new WebAssembly.Instance(new WebAssembly.Module(bytes));
                console.log('grown by its start: ' + i.exports.mem.buffer.byteLength);
                const m = new WebAssembly.Memory({ initial: 64 }); // the other half of the budget: fits if 4 MiB were charged once
                console.log('then: ' + m.buffer.byteLength);
                try { new WebAssembly.Memory({ initial: 1 }); } catch (e) { console.log('full: ' + e); }
                """, b -> b.maxMemoryBytes(8 << 20));
        assertThat(r.idle()).as(r.report()).isTrue();
        assertThat(r.stdout()).containsExactly("grown by its start: 4194304", "then: 4194304",
                "full: RangeError: WebAssembly.Memory(): could not allocate memory");
        assertThat(r.uncaught()).isEmpty();
    }

    @Test
    void aWorkerOverTheCapGetsAnErrorEventAndDoesNotStart() throws Exception {
        Files.writeString(dir.resolve("w.js"), "postMessage('running ' + self.name);");
        Harness.Result r = run("""
                for (const name of ['a', 'b', 'c']) {
                  const w = new Worker('w.js', { name });
                  w.onmessage = (e) => console.log(e.data);
                  w.onerror = (e) => console.log('error event for ' + name + ' (' + e.constructor.name + ')');
                }
                """, b -> b.maxWorkers(2));
        assertThat(r.idle()).as(r.report()).isTrue();
        assertThat(r.stdout()).containsExactlyInAnyOrder("running a", "running b", "error event for c (Event)");
        assertThat(r.uncaught()).isEmpty();
    }

    @Test
    void workersThatEndedDoNotCountAgainstTheCap() throws Exception {
        Files.writeString(dir.resolve("w.js"), "postMessage('done'); close();");
        Harness.Result r = run("""
                let n = 0;
                function next() {
                  if (n === 6) { console.log('six ran one after another'); return; }
                  n++;
                  const w = new Worker('w.js');
                  w.onmessage = () => { w.terminate(); setTimeout(next, 50); };
                  w.onerror = () => console.log('error for worker ' + n);
                }
                next();
                """, b -> b.maxWorkers(1));
        assertThat(r.idle()).as(r.report()).isTrue();
        assertThat(r.stdout()).containsExactly("six ran one after another");
    }

    @Test
    void aTaskOverTheStatementLimitEndsThePageWithAReport() throws Exception {
        ByteArrayOutputStream diag = new ByteArrayOutputStream();
        Files.writeString(dir.resolve("page.js"), """
                console.log('before');
                setTimeout(() => { console.log('timer'); for (;;) {} }, 0);
                """);
        try (Browser browser = Browser.builder().mount("http://localhost/", dir).maxStatementsPerTask(100_000)
                .diagnostics(new PrintStream(diag, true, StandardCharsets.UTF_8)).build()) {
            Page page = browser.newPage().navigate("http://localhost/page.js");
            assertThat(page.waitForIdle(Duration.ofSeconds(60))).as(browser.report()).isTrue();
            assertThat(page.stdout()).containsExactly("before", "timer");
            assertThat(page.uncaughtErrors()).containsExactly(
                    "Uncaught Error: the task ran more than 100000 statements (ContextOptions.maxStatementsPerTask, --max-statements)");
            assertThat(diag.toString(StandardCharsets.UTF_8)).contains("[harness] window#1: Error: the task ran more than 100000 statements")
                    .contains("the page was ended. Agents:");
        }
    }

    @Test
    void anOutOfMemoryErrorOnAnIoThreadEndsThePageInsteadOfHangingIt() throws Exception {
        ByteArrayOutputStream diag = new ByteArrayOutputStream();
        ContextRuntime context = new ContextRuntime(new Network(Map.of(), true, false, Network.DEFAULT_MAX_FILE_SIZE, line -> {}), Limits.DEFAULTS, null,
                new PrintStream(diag, true, StandardCharsets.UTF_8), new dev.browserharness.agent.SpareRealms(false));
        try {
            PageRuntime page = context.newPage();
            page.io(() -> {
                throw new OutOfMemoryError("Java heap space");
            });
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (page.uncaughtErrors().isEmpty() && System.nanoTime() < deadline) Thread.sleep(10);
            assertThat(page.crashed()).isTrue();
            assertThat(page.uncaughtErrors()).containsExactly("Uncaught Error: Out of memory (Java heap space)");
            assertThat(diag.toString(StandardCharsets.UTF_8)).contains("[harness] harness-io: Error: Out of memory (Java heap space); the page was ended");
        } finally {
            context.close();
        }
    }

    @Test
    void theCommandLineSetsTheLimitsAndRejectsBadValues() throws Exception {
        Files.writeString(dir.resolve("w.js"), "");
        Path page = dir.resolve("cli.js");
        Files.writeString(page, """
                try { new ArrayBuffer(2 << 20); } catch (e) { console.log('caught ' + e); }
                new Worker('w.js').onerror = () => console.log('worker error');
                """);
        CliTest.Run r = CliTest.cli("run", "--max-array-buffer", "1M", "--max-workers", "0", "--max-memory", "64M",
                "--max-shared-array-buffer", "1k", "--max-statements", "1000000", page.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("caught RangeError: Array buffer allocation failed\nworker error\n");
        assertThat(r.err()).contains("[harness] window#1: new Worker(http://localhost/w.js): the page already has 0 live workers, its limit");
        CliTest.Run bad = CliTest.cli("run", "--max-workers", "lots", page.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).startsWith("harness: --max-workers: takes a whole number");
        CliTest.Run tooBig = CliTest.cli("run", "--max-array-buffer", "3G", page.toString());
        assertThat(tooBig.status()).isEqualTo(2);
        assertThat(tooBig.err()).startsWith("harness: --max-array-buffer: maxArrayBufferBytes must be between 0 and 2147483639");
    }

    @Test
    void limitOptionsRejectBadValues() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ContextOptions().maxArrayBufferBytes(1L << 31))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxArrayBufferBytes");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ContextOptions().maxWorkers(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Limits.parseBytes("64M")).isEqualTo(64L << 20);
        assertThat(Limits.parseBytes("2G")).isEqualTo(2L << 30);
        assertThat(Limits.parseBytes("4096")).isEqualTo(4096);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Limits.parseBytes("1.5G")).isInstanceOf(IllegalArgumentException.class);
    }
}
