// capture: realtime
// memory.atomic.wait32 on a module's own shared memory, before any JS has touched a shared Memory: in a worker it
// blocks (and times out, or finds the value changed); on the window it traps, as Chromium.
const run = async (label, f) => {
  try { console.log(label + ' -> ' + await f()); } catch (e) { console.log(label + ' threw ' + e.name + ': ' + e.message); }
};
(async () => {
  const bytes = await (await fetch('atomics.wasm')).arrayBuffer();
  const { instance } = await WebAssembly.instantiate(bytes);
  await run('window wait', () => instance.exports.wait(0, 0, 1000000n));
  const w = new Worker(URL.createObjectURL(new Blob([`
    onmessage = async (e) => {
      const { instance } = await WebAssembly.instantiate(e.data);
      const out = [];
      out.push('worker wait for 1 ms -> ' + instance.exports.wait(0, 0, 1000000n));
      out.push('worker wait on a changed value -> ' + instance.exports.wait(0, 1, 1000000n));
      postMessage(out.join('\\n'));
    };
  `])));
  w.onmessage = (e) => { console.log(e.data); w.terminate(); };
  w.postMessage(bytes);
})();
