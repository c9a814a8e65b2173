// WebAssembly in the harness: compile/instantiate from fetch, imports, exports, memory, errors, a shared memory.
(async () => { try {
  const logged = [];
  const { instance, module } = await WebAssembly.instantiateStreaming(fetch('add.wasm'), { env: { log: (x) => logged.push(x) } });
  console.log('module: ' + (module instanceof WebAssembly.Module) + ' exports: ' + WebAssembly.Module.exports(module).map((e) => e.name + ':' + e.kind).join(','));
  console.log('add(2, 40) = ' + instance.exports.add(2, 40));
  instance.exports.callLog(41);
  console.log('import called with ' + logged.join(','));
  const bytes = new Uint8Array(instance.exports.memory.buffer, 16, 12);
  console.log('data: ' + new TextDecoder().decode(bytes) + ' memory bytes: ' + instance.exports.memory.buffer.byteLength);
  console.log('validate(garbage): ' + WebAssembly.validate(new Uint8Array([1, 2, 3])));
  try { await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 2, 0, 0, 0])); } catch (e) { console.log('bad version: ' + e.name); }
  try { await WebAssembly.instantiate(await (await fetch('add.wasm')).arrayBuffer(), {}); } catch (e) { console.log('missing import: ' + e.name); }
  try { await WebAssembly.instantiateStreaming(fetch('basics.js'), {}); } catch (e) { console.log('wrong MIME type: ' + e.name + ': ' + e.message); }
  try { await WebAssembly.compileStreaming(fetch('missing.wasm')); } catch (e) { console.log('404: ' + e.name + ': ' + e.message); }
  try { await WebAssembly.compileStreaming(42); } catch (e) { console.log('not a Response: ' + e.name + ': ' + e.message); }
  const shared = await WebAssembly.instantiate(await (await fetch('atomics.wasm')).arrayBuffer());
  const mem = shared.instance.exports.memory;
  console.log('shared buffer: ' + Object.prototype.toString.call(mem.buffer) + ' ' + (mem.buffer instanceof SharedArrayBuffer));
  shared.instance.exports.atomicAdd(0, 5);
  const view = new Int32Array(mem.buffer);
  console.log('wasm atomic add seen by JS: ' + Atomics.load(view, 0) + ', JS add seen by wasm: ' + (Atomics.add(view, 0, 2), shared.instance.exports.atomicLoad(0)));
} catch (e) { console.log('failed: ' + e.name + ': ' + e.message); } })();
