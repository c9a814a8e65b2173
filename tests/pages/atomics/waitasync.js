// Atomics.waitAsync in the window: resolves "ok" when a worker notifies, "timed-out" after its timeout; the
// synchronous results ("not-equal", "timed-out" for a zero timeout).
// A pending timer keeps headless Chromium's virtual time from running out before the workers answer (capture
// with CAPTURE_BUDGET_MS=100000); cleared when the page is done.
const keepAlive = setInterval(() => {}, 20);
const sab = new SharedArrayBuffer(16);
const i32 = new Int32Array(sab);
const worker = new Worker('waitasync-worker.js');
const show = (r) => 'async ' + r.async + ', value ' + (r.value instanceof Promise ? 'a Promise' : r.value);

console.log('waitAsync(i32, 0, 1) -> ' + show(Atomics.waitAsync(i32, 0, 1)));
console.log('waitAsync(i32, 0, 0, 0) -> ' + show(Atomics.waitAsync(i32, 0, 0, 0)));
const a = Atomics.waitAsync(i32, 0, 0);
console.log('waitAsync(i32, 0, 0) -> ' + show(a));
const b = Atomics.waitAsync(i32, 0, 0, 100000);
const timed = Atomics.waitAsync(i32, 2, 0, 40);
console.log('waitAsync(i32, 2, 0, 40) -> ' + show(timed));
const all = [Atomics.waitAsync(i32, 1, 0), Atomics.waitAsync(i32, 1, 0, Infinity)];

(async () => {
  console.log('timed: ' + (await timed.value));
  worker.postMessage({ i32, what: 'notify-one' });
  console.log('first waiter: ' + (await a.value));
  console.log('value now ' + Atomics.load(i32, 0));
  worker.postMessage({ i32, what: 'notify-all' });
  console.log('index 1 waiters: ' + (await Promise.all(all.map((w) => w.value))).join(','));
  console.log('second waiter still waiting; window notify(i32, 0) -> ' + Atomics.notify(i32, 0));
  console.log('second waiter: ' + (await b.value));
  worker.postMessage({ i32, what: 'notify-none' });
})();
let messages = 0;
worker.onmessage = (e) => {
  console.log(e.data);
  if (++messages === 3) {
    worker.terminate();
    clearInterval(keepAlive);
  }
};
