// postMessage between the window and a worker: one-way throughput of a small structured object (messages/s)
// and the round trip of an echo (µs).
const N = 100000, ROUNDS = 20000;
const msg = (i) => ({ type: 'tick', id: i, payload: 'hello', list: [1, 2, 3] });
const w = new Worker('messages-worker.js');
let phase = 0;
let t0 = 0;
let rounds = 0;

function throughput(n, done) {
  w.onmessage = () => done();
  w.postMessage({ count: n });
  t0 = performance.now();
  for (let i = 0; i < n; i++) w.postMessage(msg(i));
}

function roundTrip(n, done) {
  rounds = 0;
  w.onmessage = () => {
    if (++rounds === n) done();
    else w.postMessage(msg(rounds));
  };
  w.postMessage({ echo: true });
  t0 = performance.now();
  w.postMessage(msg(0));
}

throughput(20000, () => throughput(N, () => {
  const ms = performance.now() - t0;
  console.log('RESULT postmessage-throughput-msg-per-s ' + Math.round(N / (ms / 1000)));
  roundTrip(2000, () => roundTrip(ROUNDS, () => {
    console.log('RESULT postmessage-roundtrip-us ' + ((performance.now() - t0) * 1000 / ROUNDS).toFixed(2));
    w.terminate();
  }));
}));
