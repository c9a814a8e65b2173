// Atomics ping-pong between two workers: the round trip of a wait/notify hand-off (µs), median of the last three
// of several rounds (the JIT needs warming).
const ROUNDS = 50000, REPEAT = 6;
const sab = new SharedArrayBuffer(8);
const times = { ping: [], pong: [] };
let pending = 2;
for (const role of ['ping', 'pong']) {
  const w = new Worker('pingpong-worker.js');
  w.onmessage = (e) => {
    times[e.data.role] = e.data.times;
    if (--pending === 0) {
      const last = times.ping.slice(-3).sort((a, b) => a - b)[1];
      console.log('RESULT atomics-pingpong-roundtrip-us ' + (last * 1000 / ROUNDS).toFixed(2));
      console.log('RESULT atomics-pingpong-first-round-us ' + (times.ping[0] * 1000 / ROUNDS).toFixed(2));
    }
  };
  w.postMessage({ sab, role, rounds: ROUNDS, repeat: REPEAT });
}
