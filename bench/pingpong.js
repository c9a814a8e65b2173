// Atomics ping-pong between two workers: the round trip of a wait/notify hand-off (µs).
const ROUNDS = 100000, WARMUP = 20000;
const sab = new SharedArrayBuffer(8);
const results = {};
let pending = 2;
for (const role of ['ping', 'pong']) {
  const w = new Worker('pingpong-worker.js');
  w.onmessage = (e) => {
    results[e.data.role] = e.data;
    if (--pending === 0) {
      console.log('RESULT atomics-pingpong-roundtrip-us ' + (results.ping.ms * 1000 / ROUNDS).toFixed(2));
      console.log('RESULT atomics-pingpong-check ' + (results.ping.rounds === ROUNDS && results.pong.rounds === ROUNDS ? 'ok' : 'LOST'));
    }
  };
  w.postMessage({ sab, role, rounds: ROUNDS, warmup: WARMUP });
}
