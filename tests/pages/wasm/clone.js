// capture: realtime
// structuredClone and postMessage of WebAssembly objects: a Module is cloned to a new Module object of the same
// compiled code (a worker instantiates it and calls it), a shared Memory to a new Memory on the same memory; an
// Instance, an unshared Memory, a Table and a Global cannot be cloned.
const show = (v) => String(v);
function run(label, f) {
  try {
    console.log(label + ' -> ' + show(f()));
  } catch (e) {
    console.log(label + ' threw ' + e.name + ': ' + e.message);
  }
}
const keepAlive = setInterval(() => {}, 20);
(async () => {
  const bytes = await (await fetch('add.wasm')).arrayBuffer();
  const module = new WebAssembly.Module(bytes);
  run('clone of a Module', () => {
    const c = structuredClone(module);
    return (c === module) + ' ' + (c instanceof WebAssembly.Module) + ' ' + WebAssembly.Module.exports(c).map((e) => e.name + ':' + e.kind).join(',');
  });
  run('clone instantiates', () => {
    const logged = [];
    const i = new WebAssembly.Instance(structuredClone(module), { env: { log: (x) => logged.push(x) } });
    i.exports.callLog(41);
    return i.exports.add(2, 3) + ' ' + logged.join(',');
  });
  run('clone of an array of the Module twice', () => { const [a, b] = structuredClone([module, module]); return (a === b) + ' ' + (a === module); });
  const shared = new WebAssembly.Memory({ initial: 1, maximum: 2, shared: true });
  run('clone of a shared Memory', () => {
    const c = structuredClone(shared);
    new Int32Array(c.buffer)[1] = 99;
    return (c === shared) + ' ' + (c instanceof WebAssembly.Memory) + ' ' + (c.buffer === shared.buffer) + ' ' + new Int32Array(shared.buffer)[1];
  });
  run('clone of a shared Memory grows with it', () => { const c = structuredClone(shared); shared.grow(1); return c.buffer.byteLength; });
  run('clone of a shared Memory buffer', () => { const b = structuredClone(shared.buffer); return (b === shared.buffer) + ' ' + b.byteLength + ' ' + new Int32Array(b)[1]; });
  run('clone of an unshared Memory', () => structuredClone(new WebAssembly.Memory({ initial: 1 })));
  run('clone of an Instance', () => structuredClone(new WebAssembly.Instance(module, { env: { log() {} } })));
  run('clone of a Table', () => structuredClone(new WebAssembly.Table({ initial: 1, element: 'anyfunc' })));
  run('clone of a Global', () => structuredClone(new WebAssembly.Global({ value: 'i32' }, 1)));
  run('Module in a transfer list', () => structuredClone(module, { transfer: [module] }));

  const w = new Worker(URL.createObjectURL(new Blob([`
    onmessage = (e) => {
      const { module, memory } = e.data;
      const logged = [];
      const i = new WebAssembly.Instance(module, { env: { log: (x) => logged.push(x) } });
      i.exports.callLog(6);
      Atomics.store(new Int32Array(memory.buffer), 2, 2024);
      postMessage('worker: ' + (module instanceof WebAssembly.Module) + ' add(20, 22) = ' + i.exports.add(20, 22) + ', log ' + logged.join(',') +
        ', memory pages ' + memory.buffer.byteLength / 65536);
    };
  `], { type: 'text/javascript' })));
  w.onmessage = (e) => {
    console.log(e.data);
    run('window sees the worker store', () => Atomics.load(new Int32Array(shared.buffer), 2));
    w.terminate();
    clearInterval(keepAlive);
  };
  w.postMessage({ module, memory: shared });
})();
