// A worker sums a shared array while the page waits for its answer; the page reports through the console.
const shared = new Int32Array(new SharedArrayBuffer(4 * 4));
shared.set([1, 2, 3, 4]);
const worker = new Worker('sum-worker.js');
worker.onmessage = (e) => console.log('sum ' + e.data);
worker.postMessage(shared);

async function total(path) {
  const res = await fetch(path);
  const { values } = await res.json();
  return values.reduce((a, b) => a + b, 0);
}
