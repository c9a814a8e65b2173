// worker of wasm-memory.js: receives the buffer of the shared WebAssembly.Memory, writes, adds and notifies.
onmessage = (e) => {
  const { buffer } = e.data;
  const r = [];
  r.push('got a SharedArrayBuffer ' + (buffer instanceof SharedArrayBuffer) + ', byteLength ' + buffer.byteLength);
  const i32 = new Int32Array(buffer);
  r.push('i32[0] written by the window = ' + i32[0]);
  i32[2] = 7;
  for (let k = 0; k < 1000; k++) Atomics.add(i32, 3, 5);
  // Notify until someone is woken: the waiter worker on i32[1], the window's waitAsync on i32[4].
  for (const index of [1, 4]) {
    let n;
    while ((n = Atomics.notify(i32, index)) === 0) Atomics.wait(i32, 5, 0, 2);
    r.push('notify(i32, ' + index + ') woke ' + n);
  }
  postMessage(r);
};
