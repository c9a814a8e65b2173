// postMessage between the window and a worker: one-way throughput of a small structured object (messages/s)
// and the round trip of an echo (µs). The JIT needs warming on 2 cores: each figure is the median of the last
// three of several rounds.
const N = 50000, ROUNDS = 10000, REPEAT = 8;
const msg = (i) => ({ type: 'tick', id: i, payload: 'hello', list: [1, 2, 3] });
const w = new Worker('messages-worker.js');
const median3 = (xs) => xs.slice(-3).sort((a, b) => a - b)[1];

function throughput(n, done) {
  w.onmessage = () => done(performance.now() - t0);
  w.postMessage({ count: n });
  const t0 = performance.now();
  for (let i = 0; i < n; i++) w.postMessage(msg(i));
}

function roundTrip(n, done) {
  let rounds = 0;
  w.onmessage = () => {
    if (++rounds === n) done(performance.now() - t0);
    else w.postMessage(msg(rounds));
  };
  w.postMessage({ echo: true });
  const t0 = performance.now();
  w.postMessage(msg(0));
}

function repeat(times, run, n, results, done) {
  if (times === 0) return done(results);
  run(n, (ms) => { results.push(ms); repeat(times - 1, run, n, results, done); });
}

repeat(REPEAT, throughput, N, [], (tp) => {
  console.log('RESULT postmessage-throughput-msg-per-s ' + Math.round(N / (median3(tp) / 1000)));
  console.log('RESULT postmessage-throughput-first-round-msg-per-s ' + Math.round(N / (tp[0] / 1000)));
  repeat(REPEAT, roundTrip, ROUNDS, [], (rt) => {
    console.log('RESULT postmessage-roundtrip-us ' + (median3(rt) * 1000 / ROUNDS).toFixed(2));
    console.log('RESULT postmessage-roundtrip-first-round-us ' + (rt[0] * 1000 / ROUNDS).toFixed(2));
    w.terminate();
  });
});
