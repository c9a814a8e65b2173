// One SharedArrayBuffer posted to three workers is one memory: each sees the others' writes, and the window sees
// all of them.
// A pending timer keeps headless Chromium's virtual time from running out before the workers answer (capture
// with CAPTURE_BUDGET_MS=100000); cleared when the page is done.
const keepAlive = setInterval(() => {}, 20);
const sab = new SharedArrayBuffer(64);
const i32 = new Int32Array(sab);
const workers = [0, 1, 2].map(() => new Worker('three-worker.js'));
const got = [];
workers.forEach((w, id) => {
  w.onmessage = (e) => {
    got[id] = e.data;
    if (got.filter(Boolean).length === 3) {
      for (const line of got) console.log(line);
      console.log('window sees markers ' + [4, 5, 6].map((k) => i32[k]).join(',') + ', counter ' + Atomics.load(i32, 1));
      workers.forEach((x) => x.terminate());
      clearInterval(keepAlive);
    }
  };
  w.postMessage({ sab, id });
});
