// worker of wasm-wait.js. a: a wasm instance on the posted Memory adds, waits (woken by b's JS notify), then
// notifies b's JS wait from wasm. b: JS Atomics on the posted buffer.
onmessage = (e) => {
  const { role, bytes } = e.data;
  if (role === 'a') {
    const { mem } = e.data;
    const i32 = new Int32Array(mem.buffer);
    const inst = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { mem } }).exports;
    inst.addLoop(64, 100000);
    const r = inst.wait(16, 0, -1n);
    let k;
    while ((k = inst.notify(32, 1)) === 0) Atomics.wait(i32, 100, 0, 2);
    postMessage('a: wasm wait32 woken by a JS notify -> ' + r + '; wasm notify woke ' + k +
      '; wait32 not-equal -> ' + inst.wait(16, 5, -1n) + '; wait32 20 ms -> ' + inst.wait(16, 0, 20000000n));
  } else {
    const i32 = new Int32Array(e.data.buffer);
    for (let j = 0; j < 100000; j++) Atomics.add(i32, 16, 1);
    let k;
    while ((k = Atomics.notify(i32, 4)) === 0) Atomics.wait(i32, 100, 0, 2);
    const r = Atomics.wait(i32, 8, 0);
    postMessage('b: JS notify woke ' + k + '; JS wait woken by a wasm notify -> ' + r);
  }
};
