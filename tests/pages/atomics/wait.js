// Atomics.wait in a worker against notify from the window: "not-equal", "timed-out", "ok" (also on a
// BigInt64Array); notify's count of woken agents; the typed array view posted keeps its byteOffset.
// A pending timer keeps headless Chromium's virtual time from running out before the workers answer (capture
// with CAPTURE_BUDGET_MS=100000); cleared when the page is done.
const keepAlive = setInterval(() => {}, 20);
const sab = new SharedArrayBuffer(64);
const i32 = new Int32Array(sab, 8, 4);
const b64 = new BigInt64Array(sab, 32, 2);
b64[1] = -5n;
const worker = new Worker('wait-worker.js');
function pokeUntilWoken(ta, index, label, then) {
  const n = Atomics.notify(ta, index);
  if (n === 0) setTimeout(pokeUntilWoken, 5, ta, index, label, then);
  else {
    console.log('window: notify(' + label + ') woke ' + n);
    then();
  }
}
worker.onmessage = (e) => {
  const { step, lines } = e.data;
  for (const l of lines || []) console.log('worker: ' + l);
  if (step === 'sync') pokeUntilWoken(i32, 0, 'i32, 0', () => {});
  if (step === 'wait64') pokeUntilWoken(b64, 1, 'b64, 1', () => {});
  if (step === 'registered') {
    console.log('window: notify(i32, 2, 2) -> ' + Atomics.notify(i32, 2, 2));
    console.log('window: notify(i32, 2, 0) -> ' + Atomics.notify(i32, 2, 0));
    console.log('window: notify(i32, 2) -> ' + Atomics.notify(i32, 2));
    console.log('window: notify(i32, 2) again -> ' + Atomics.notify(i32, 2));
  }
  if (step === 'async-done') {
    console.log('window: done');
    worker.terminate();
    clearInterval(keepAlive);
  }
};
worker.postMessage({ i32, b64 });
