// capture: realtime
// A shared worker is an agent cluster of its own (and, in Chromium 150, not cross-origin isolated): a
// SharedArrayBuffer, a shared WebAssembly.Memory or a WebAssembly.Module posted to it is a messageerror there
// (and one from it to the page); inside, a shared memory of its own works with Atomics, and posting it is a
// DataCloneError.
const log = (s) => console.log(s);
const w = new SharedWorker('w/cluster.js');
const module = new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
w.port.onmessageerror = (e) => log('page: messageerror data=' + e.data + ' ports=' + e.ports.length);
w.port.onmessage = (e) => {
  log('page got: ' + e.data);
  if (e.data === 'ready') {
    w.port.postMessage(new SharedArrayBuffer(8));
    w.port.postMessage(new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true }));
    w.port.postMessage(module);
    w.port.postMessage('send me a module');
  }
  if (e.data === 'sent') setTimeout(() => log('done'), 100);
};
