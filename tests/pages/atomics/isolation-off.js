// harness: --isolation off
// Without cross-origin isolation: no SharedArrayBuffer in the page or its workers, and a shared
// WebAssembly.Memory's buffer cannot be posted.
console.log('crossOriginIsolated ' + crossOriginIsolated);
console.log('typeof SharedArrayBuffer ' + typeof SharedArrayBuffer);
console.log('typeof Atomics ' + typeof Atomics);
const mem = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
const buf = mem.buffer;
console.log('shared memory buffer ' + Object.prototype.toString.call(buf) + ' ' + buf.byteLength);
const i32 = new Int32Array(buf);
console.log('Atomics.add on it ' + Atomics.add(i32, 0, 5) + ' then ' + Atomics.load(i32, 0));
console.log('waitAsync on it ' + Atomics.waitAsync(i32, 0, 1).value);
const worker = new Worker('isolation-off-worker.js');
for (const [label, f] of [
  ['postMessage(buffer)', () => worker.postMessage(buf)],
  ['postMessage({i32})', () => worker.postMessage({ i32 })],
  ['structuredClone(buffer)', () => structuredClone(buf)],
]) {
  try {
    f();
    console.log(label + ' did not throw');
  } catch (e) {
    console.log(label + ' threw ' + e.name + ': ' + e.message + ' (' + (e instanceof DOMException) + ', code ' + e.code + ')');
  }
}
worker.onmessage = (e) => {
  console.log(e.data);
  worker.terminate();
};
worker.postMessage('hello');
