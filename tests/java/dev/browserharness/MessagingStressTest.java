package dev.browserharness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A MessagePort keeps receiving while it is transferred again and again: every message arrives exactly once and in
 * order (HTML: the port message queue moves with the port). Before the fix, the messages queued at the old owner were
 * dropped (320 and 464 of 20,000 in the runs). Chromium 150 prints the same line for the first page; for the
 * second it does with 10,000 messages (19 moves), and with 100,000 it printed nothing within the 240 s of real time we
 * captured for (not investigated further).
 */
class MessagingStressTest {
    private static final Duration LONG = Duration.ofMinutes(8); // a bound for a hang, not a performance claim

    @TempDir Path dir;

    private void write(String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text);
    }

    /** sender.js posts 0..n-1 on the port it is given, in bursts, so that messages are in flight at every transfer. */
    private void writeSender() throws Exception {
        write("sender.js", """
                onmessage = (e) => {
                  const { port, n, burst } = e.data;
                  let i = 0;
                  const more = () => {
                    const end = Math.min(n, i + burst);
                    for (; i < end; i++) port.postMessage(i);
                    if (i < n) setTimeout(more, 0);
                  };
                  more();
                };
                """);
    }

    /** The page's common part: `hold(port, state, passOn)` counts and checks the order; a watchdog reports a stall. */
    private static final String COUNTING = """
            function take(port, state, who, passOn, done) {
              port.onmessage = (m) => {
                if (m.data !== state.next && state.disorder++ < 3) console.log(who + ': got ' + m.data + ', expected ' + state.next);
                state.next = m.data + 1;
                state.count++;
                if (state.count === state.n) {
                  done(state);
                } else if (state.count % state.every === 0) {
                  port.onmessage = null;
                  state.transfers++;
                  passOn(port, state);
                }
              };
            }
            function report(s) {
              return 'received ' + s.count + ' of ' + s.n + ', ' + (s.next === s.n ? 'the last one last' : 'the last was ' + (s.next - 1)) +
                ', ' + s.disorder + ' out of order, ' + s.transfers + ' transfers';
            }
            """;

    @Test
    void aHundredThousandMessagesArriveInOrderWhileThePortMovesBetweenTheWindowAndTwoWorkers() throws Exception {
        writeSender();
        write("holder.js", COUNTING + """
                onmessage = (e) => {
                  take(e.data.port, e.data.state, self.name, (port, state) => postMessage({ port, state }, [port]),
                    (state) => postMessage({ done: state }));
                };
                """);
        write("stress.js", COUNTING + """
                const N = 100000;
                const a = new Worker('holder.js', { name: 'a' });
                const b = new Worker('holder.js', { name: 'b' });
                const sender = new Worker('sender.js');
                const { port1, port2 } = new MessageChannel();
                let toA = true;
                let latest = { n: N, every: 1000, next: 0, count: 0, disorder: 0, transfers: 0 };
                let lastCount = -1, still = 0;
                const watchdog = setInterval(() => {
                  if (latest.count !== lastCount) { lastCount = latest.count; still = 0; }
                  else if (++still >= 30) finish('stalled: the port came back last at ' + latest.count + ' of ' + N);
                }, 1000);
                function finish(text) {
                  console.log(text);
                  clearInterval(watchdog);
                  a.terminate(); b.terminate(); sender.terminate();
                }
                // window -> a -> window -> b -> window -> a ...
                function hold(port, state) {
                  latest = state;
                  take(port, state, 'window', (p, s) => { (toA ? a : b).postMessage({ port: p, state: s }, [p]); toA = !toA; },
                    (s) => finish(report(s)));
                }
                a.onmessage = b.onmessage = (e) => (e.data.done ? finish(report(e.data.done)) : hold(e.data.port, e.data.state));
                hold(port2, latest);
                sender.postMessage({ port: port1, n: N, burst: 5000 }, [port1]);
                """);
        Harness.Result r = Harness.run(dir, "stress.js", b -> {}, LONG);
        assertThat(r.idle()).as("went idle; agents: %s; stdout: %s; stderr: %s", r.report(), r.stdout(), r.stderr()).isTrue();
        assertThat(r.uncaught()).isEmpty();
        assertThat(r.stdout()).containsExactly("received 100000 of 100000, the last one last, 0 out of order, 99 transfers");
    }

    @Test
    void aHundredThousandMessagesArriveInOrderWhileThePortMovesWithinTheWindow() throws Exception {
        // structuredClone(port, { transfer: [port] }) gives the same port a new object in the same realm: the
        // messages queued for the old object are the new one's.
        writeSender();
        write("move.js", COUNTING + """
                const N = 100000;
                const sender = new Worker('sender.js');
                const { port1, port2 } = new MessageChannel();
                const move = (port, state) => take(structuredClone(port, { transfer: [port] }), state, 'window', move, done);
                const done = (s) => { console.log(report(s)); sender.terminate(); };
                take(port2, { n: N, every: 500, next: 0, count: 0, disorder: 0, transfers: 0 }, 'window', move, done);
                sender.postMessage({ port: port1, n: N, burst: 5000 }, [port1]);
                """);
        Harness.Result r = Harness.run(dir, "move.js", b -> {}, LONG);
        assertThat(r.idle()).as("went idle; agents: %s; stdout: %s; stderr: %s", r.report(), r.stdout(), r.stderr()).isTrue();
        assertThat(r.uncaught()).isEmpty();
        assertThat(r.stdout()).containsExactly("received 100000 of 100000, the last one last, 0 out of order, 199 transfers");
    }
}
