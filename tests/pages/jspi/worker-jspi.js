// The worker of worker.js.
onmessage = async (e) => {
  const { memory } = e.data;
  let reply;
  onmessage = (e) => reply(e.data.reply);
  const bytes = await (await fetch('jspi.wasm')).arrayBuffer();
  const { instance } = await WebAssembly.instantiate(bytes, {
    env: {
      suspend: new WebAssembly.Suspending((x) => new Promise((r) => { reply = r; postMessage('waiting for a message'); })),
      plain: (x) => x,
      log: (x) => postMessage('wasm logged ' + x),
    },
  });
  const fromWindow = await WebAssembly.promising(instance.exports.once)(1);
  postMessage('once(1) got ' + fromWindow + ' from the window');

  const words = new Int32Array(memory.buffer);
  const shared = await WebAssembly.instantiate(await (await fetch('jspi-shared.wasm')).arrayBuffer(), {
    env: {
      memory,
      changed: new WebAssembly.Suspending((addr, seen) => {
        const r = Atomics.waitAsync(words, addr / 4, seen);
        postMessage('waitAsync: ' + (r.async ? 'async' : r.value));
        postMessage('waiting for memory');
        return r.value;
      }),
    },
  });
  const value = await WebAssembly.promising(shared.instance.exports.awaitChange)(16);
  postMessage({ done: 'awaitChange(16) = ' + value });
};
