// Reports what reaches it, and what it can do with shared memory of its own.
onconnect = (e) => {
  const p = e.ports[0];
  p.onmessageerror = (m) => p.postMessage('worker: messageerror data=' + m.data + ' ports=' + m.ports.length);
  p.onmessage = (m) => {
    p.postMessage('worker got: ' + m.data);
    if (m.data === 'send me a module') {
      p.postMessage(new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])));
      p.postMessage('sent');
    }
  };
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
  p.postMessage('own shared memory: ' + Object.prototype.toString.call(memory.buffer) + ', Atomics.wait: ' + Atomics.wait(new Int32Array(memory.buffer), 0, 1, 10));
  try { p.postMessage(memory.buffer); } catch (x) { p.postMessage('posting it: ' + x.name + ': ' + x.message); }
  p.postMessage('ready');
};
