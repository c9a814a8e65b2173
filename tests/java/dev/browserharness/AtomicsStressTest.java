package dev.browserharness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SharedArrayBuffer + Atomics under load, across real agent threads: no lost update, no lost wake-up; and a
 * worker parked in Atomics.wait is visible in the timeout report and ends when terminated. Asserts results only.
 */
class AtomicsStressTest {
    private static final Duration LONG = Duration.ofMinutes(5); // a bound for a hang, not a performance claim

    @TempDir Path dir;

    private void write(String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void fourWorkersAddingAQuarterMillionEachEndAtExactlyOneMillion() throws Exception {
        write("adder.js", """
                onmessage = (e) => {
                  const i32 = new Int32Array(e.data);
                  let last = 0;
                  for (let k = 0; k < 250000; k++) last = Atomics.add(i32, 0, 1);
                  postMessage('worker done, its last add saw ' + (last >= 249999 ? 'a plausible value' : last));
                };
                """);
        write("count.js", """
                const sab = new SharedArrayBuffer(8);
                let done = 0;
                for (let w = 0; w < 4; w++) {
                  const worker = new Worker('adder.js');
                  worker.onmessage = (e) => {
                    console.log(e.data);
                    if (++done === 4) console.log('counter ' + Atomics.load(new Int32Array(sab), 0));
                    worker.terminate();
                  };
                  worker.postMessage(sab);
                }
                """);
        Harness.Result r = Harness.run(dir, "count.js", b -> {}, LONG);
        assertThat(r.idle()).as("went idle; agents: %s", r.report()).isTrue();
        assertThat(r.uncaught()).isEmpty();
        assertThat(r.stdout()).containsExactly(
                "worker done, its last add saw a plausible value",
                "worker done, its last add saw a plausible value",
                "worker done, its last add saw a plausible value",
                "worker done, its last add saw a plausible value",
                "counter 1000000");
    }

    @Test
    void fourWorkersGrowingOneSharedArrayBufferAtOnceEachSeeEveryGrowAndNoAddIsLost() throws Exception {
        // Four workers start together (a barrier on a second buffer) and each, 4096 times, grows the buffer to 4 bytes
        // past the length it reads (losing a race to a longer grow throws RangeError), then adds 1 to the last
        // element of its length-tracking view and to the counter at 0. One worker's grows alone reach the maximum,
        // so after the closing barrier every agent must see the maximum length and every add.
        write("grower.js", """
                onmessage = (e) => {
                  const { sab, sync } = e.data;
                  const i32 = new Int32Array(sab), s = new Int32Array(sync);
                  const barrier = (at) => {
                    Atomics.add(s, at, 1);
                    Atomics.notify(s, at);
                    let n;
                    while ((n = Atomics.load(s, at)) < 4) Atomics.wait(s, at, n);
                  };
                  barrier(0);
                  for (let k = 0; k < 4096; k++) {
                    const want = Math.min(sab.byteLength + 4, sab.maxByteLength);
                    try { sab.grow(want); } catch (err) { if (!(err instanceof RangeError)) throw err; }
                    Atomics.add(i32, i32.length - 1, 1);
                    Atomics.add(i32, 0, 1);
                  }
                  barrier(1);
                  postMessage('worker done: length ' + sab.byteLength + ', view ' + i32.length);
                };
                """);
        write("grow.js", """
                const sab = new SharedArrayBuffer(4, { maxByteLength: 4 + 4 * 4096 });
                const sync = new SharedArrayBuffer(8);
                const i32 = new Int32Array(sab);
                let done = 0;
                for (let w = 0; w < 4; w++) {
                  const worker = new Worker('grower.js');
                  worker.onmessage = (e) => {
                    console.log(e.data);
                    worker.terminate();
                    if (++done < 4) return;
                    let sum = 0;
                    for (let k = 1; k < i32.length; k++) sum += Atomics.load(i32, k);
                    console.log('window: length ' + sab.byteLength + ', counter ' + Atomics.load(i32, 0) + ', adds past 0 ' + sum);
                  };
                  worker.postMessage({ sab, sync });
                }
                """);
        Harness.Result r = Harness.run(dir, "grow.js", b -> {}, LONG);
        assertThat(r.idle()).as("went idle; agents: %s", r.report()).isTrue();
        assertThat(r.uncaught()).isEmpty();
        assertThat(r.stdout()).containsExactly(
                "worker done: length 16388, view 4097",
                "worker done: length 16388, view 4097",
                "worker done: length 16388, view 4097",
                "worker done: length 16388, view 4097",
                "window: length 16388, counter 16384, adds past 0 16384");
    }

    @Test
    void twoWorkersAddingOneHundredThousandEachOnOneSharedWasmMemoryEndExact() throws Exception {
        // One worker gets the shared WebAssembly.Memory itself, the other its buffer: both are the same memory.
        write("wasm-adder.js", """
                onmessage = (e) => {
                  const buffer = e.data instanceof WebAssembly.Memory ? e.data.buffer : e.data;
                  const i32 = new Int32Array(buffer);
                  for (let k = 0; k < 100000; k++) Atomics.add(i32, 1, 1);
                  postMessage('worker done');
                };
                """);
        write("wasm-count.js", """
                const mem = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
                let done = 0;
                for (const what of [mem, mem.buffer]) {
                  const worker = new Worker('wasm-adder.js');
                  worker.onmessage = (e) => {
                    console.log(e.data);
                    if (++done === 2) console.log('counter ' + Atomics.load(new Int32Array(mem.buffer), 1));
                    worker.terminate();
                  };
                  worker.postMessage(what);
                }
                """);
        Harness.Result r = Harness.run(dir, "wasm-count.js", b -> {}, LONG);
        assertThat(r.idle()).as("went idle; agents: %s", r.report()).isTrue();
        assertThat(r.uncaught()).isEmpty();
        assertThat(r.stdout()).containsExactly("worker done", "worker done", "counter 200000");
    }

    @Test
    void waitNotifyPingPongOfOneHundredThousandRoundsNeverLosesAWakeUp() throws Exception {
        // i32[0] is whose turn it is (0 or 1), i32[1] counts hand-overs. Each player blocks (no timeout) while it
        // is not its turn; a lost wake-up would leave both parked forever and the page would never go idle.
        write("player.js", """
                onmessage = (e) => {
                  const { sab, me, rounds } = e.data;
                  const i32 = new Int32Array(sab);
                  let waits = 0;
                  for (let r = 0; r < rounds; r++) {
                    let turn;
                    while ((turn = Atomics.load(i32, 0)) !== me) {
                      const result = Atomics.wait(i32, 0, turn);
                      if (result === 'ok') waits++;
                    }
                    Atomics.add(i32, 1, 1);
                    Atomics.store(i32, 0, 1 - me);
                    Atomics.notify(i32, 0);
                  }
                  postMessage({ me, waits });
                };
                """);
        write("pingpong.js", """
                const sab = new SharedArrayBuffer(8);
                const rounds = 100000;
                let done = 0, woken = 0;
                for (const me of [0, 1]) {
                  const worker = new Worker('player.js');
                  worker.onmessage = (e) => {
                    woken += e.data.waits;
                    worker.terminate();
                    if (++done === 2) {
                      const i32 = new Int32Array(sab);
                      console.log('hand-overs ' + Atomics.load(i32, 1) + ', turn ' + Atomics.load(i32, 0));
                      console.log('some waits were woken by notify: ' + (woken > 0));
                    }
                  };
                  worker.postMessage({ sab, me, rounds });
                }
                """);
        Harness.Result r = Harness.run(dir, "pingpong.js", b -> {}, LONG);
        assertThat(r.idle()).as("went idle (a lost wake-up leaves both players parked); agents: %s", r.report()).isTrue();
        assertThat(r.uncaught()).isEmpty();
        assertThat(r.stdout()).containsExactly("hand-overs 200000, turn 0", "some waits were woken by notify: true");
    }

    private static final String BLOCKER = """
            onmessage = (e) => {
              const i32 = new Int32Array(e.data);
              postMessage('blocking');
              Atomics.wait(i32, 0, 0);
              postMessage('woke up: should never happen');
            };
            """;

    /** Waits (up to LONG) until the page has printed {@code line}. */
    private static void awaitLine(Page page, String line) throws InterruptedException {
        long end = System.nanoTime() + LONG.toNanos();
        while (!page.stdout().contains(line) && System.nanoTime() < end) Thread.sleep(20);
        assertThat(page.stdout()).contains(line);
    }

    @Test
    void aWorkerBlockedForeverInAtomicsWaitIsNamedInTheTimeoutReport() throws Exception {
        write("blocker.js", BLOCKER);
        write("stuck.js", """
                const worker = new Worker('blocker.js');
                worker.onmessage = (e) => console.log('worker says ' + e.data);
                worker.postMessage(new SharedArrayBuffer(4));
                """);
        try (Browser browser = Browser.builder().mount("http://localhost/", dir).build()) {
            Page page = browser.newPage().navigate("http://localhost/stuck.js");
            awaitLine(page, "worker says blocking");
            assertThat(page.waitForIdle(Duration.ofSeconds(3))).as("a parked worker is not idle").isFalse();
            String report = browser.report();
            assertThat(report).containsPattern("(?m)^dedicatedworker.*blocker\\.js.*Atomics\\.wait");
            assertThat(page.stdout()).containsExactly("worker says blocking");
        }
    }

    @Test
    void terminatingAWorkerBlockedInAtomicsWaitEndsIt() throws Exception {
        write("blocker.js", BLOCKER);
        write("terminate.js", """
                const worker = new Worker('blocker.js');
                worker.onmessage = (e) => {
                  console.log('worker says ' + e.data);
                  // Give it a moment to park, then end it (the test checks it is gone, not how fast).
                  setTimeout(() => { worker.terminate(); console.log('terminated'); }, 200);
                };
                worker.postMessage(new SharedArrayBuffer(4));
                """);
        try (Browser browser = Browser.builder().mount("http://localhost/", dir).build()) {
            Page page = browser.newPage().navigate("http://localhost/terminate.js");
            awaitLine(page, "worker says blocking");
            assertThat(page.waitForIdle(LONG)).as("idle after terminate; agents: %s", browser.report()).isTrue();
            assertThat(page.stdout()).containsExactly("worker says blocking", "terminated");
            long end = System.nanoTime() + LONG.toNanos();
            while (page.agents().size() > 1 && System.nanoTime() < end) Thread.sleep(20);
            assertThat(page.agents()).as("live agents").hasSize(1);
            assertThat(page.agents().get(0)).isSameAs(page.window());
            assertThat(page.uncaughtErrors()).isEmpty();
        }
    }
}
