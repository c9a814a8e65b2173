// capture: realtime
// A shared WebAssembly.Memory posted to workers is the same memory: one worker gets the Memory object, the other
// its buffer; writes and Atomics.add in one are seen by the window and the other, Atomics.notify from a worker
// wakes Atomics.wait in the other worker and Atomics.waitAsync in the window.
const mem = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
const i32 = new Int32Array(mem.buffer);
console.log('window: buffer is a SharedArrayBuffer ' + (mem.buffer instanceof SharedArrayBuffer) + ', byteLength ' + mem.buffer.byteLength);
i32[0] = 42;
const lines = { waiter: [], writer: [] };
let done = 0;
let windowWait = '';
function finish() {
  if (++done < 3) return;
  for (const l of lines.waiter) console.log('waiter: ' + l);
  for (const l of lines.writer) console.log('writer: ' + l);
  console.log('window: waitAsync -> ' + windowWait);
  console.log('window: i32[2] = ' + i32[2] + ', Atomics.load(i32, 3) = ' + Atomics.load(i32, 3) + ', i32[6] = ' + i32[6]);
  waiter.terminate();
  writer.terminate();
}
const w = Atomics.waitAsync(i32, 4, 0);
w.value.then((v) => { windowWait = v; finish(); });
const waiter = new Worker('wasm-memory-waiter.js');
const writer = new Worker('wasm-memory-writer.js');
waiter.onmessage = (e) => { lines.waiter = e.data; finish(); };
writer.onmessage = (e) => { lines.writer = e.data; finish(); };
waiter.postMessage({ mem });
writer.postMessage({ buffer: mem.buffer });
