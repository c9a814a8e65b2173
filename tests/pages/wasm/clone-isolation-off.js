// harness: --isolation off
// capture: realtime
// Without cross-origin isolation a WebAssembly.Module still clones and posts (it is not shared memory); a shared
// WebAssembly.Memory does not.
(async () => {
  const bytes = await (await fetch('add.wasm')).arrayBuffer();
  const module = new WebAssembly.Module(bytes);
  console.log('crossOriginIsolated ' + crossOriginIsolated);
  try { const c = structuredClone(module); console.log('clone ok ' + (c !== module)); } catch (e) { console.log('clone threw ' + e.name + ': ' + e.message); }
  const mem = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
  try { structuredClone(mem); console.log('memory clone ok'); } catch (e) { console.log('memory clone threw ' + e.name + ': ' + e.message); }
  const w = new Worker(URL.createObjectURL(new Blob(['onmessage = (e) => { const i = new WebAssembly.Instance(e.data, { env: { log() {} } }); postMessage("worker add " + i.exports.add(1, 2)); };'])));
  w.onmessage = (e) => { console.log(e.data); w.terminate(); };
  w.postMessage(module);
})();
