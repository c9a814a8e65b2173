// worker of wasm-memory.js: receives the shared WebAssembly.Memory itself and waits on it.
onmessage = (e) => {
  const { mem } = e.data;
  const r = [];
  r.push('got a WebAssembly.Memory ' + (mem instanceof WebAssembly.Memory) + ', buffer shared ' + (mem.buffer instanceof SharedArrayBuffer) + ', byteLength ' + mem.buffer.byteLength);
  const i32 = new Int32Array(mem.buffer);
  r.push('i32[0] written by the window = ' + i32[0]);
  i32[6] = 606; // seen by the window
  r.push('wait(i32, 1, 0) -> ' + Atomics.wait(i32, 1, 0));
  r.push('after the wait: i32[2] = ' + i32[2] + ', Atomics.load(i32, 3) = ' + Atomics.load(i32, 3));
  postMessage(r);
};
