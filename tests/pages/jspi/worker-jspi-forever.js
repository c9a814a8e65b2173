// A worker whose wasm stack waits for a promise that never settles (worker.js terminates it).
(async () => {
  const bytes = await (await fetch('jspi.wasm')).arrayBuffer();
  const { instance } = await WebAssembly.instantiate(bytes, {
    env: { suspend: new WebAssembly.Suspending(() => new Promise(() => {})), plain: (x) => x, log: () => {} },
  });
  WebAssembly.promising(instance.exports.deep)(100).then(() => postMessage('never'));
  postMessage('a stack 100 frames deep is suspended');
})();
