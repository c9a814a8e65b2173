// JSPI in dedicated workers: a worker's wasm stack waits for a message from the window, then for another agent's
// store to a shared memory (Atomics.waitAsync); a worker terminated while its stack is suspended ends cleanly.
// capture: realtime
const log = (...a) => console.log(a.join(' '));
const memory = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
const words = new Int32Array(memory.buffer);
const w = new Worker('worker-jspi.js');
w.onmessage = (e) => {
  const m = e.data;
  if (m === 'waiting for a message') {
    log('window: worker suspended, replying');
    w.postMessage({ reply: 41 });
  } else if (m === 'waiting for memory') {
    log('window: worker suspended on memory, storing');
    Atomics.store(words, 4, 1234);
    Atomics.notify(words, 4);
  } else if (m.done) {
    log('window: worker says', m.done);
    terminateWhileSuspended();
  } else {
    log('window: worker says', m);
  }
};
w.postMessage({ memory });

function terminateWhileSuspended() {
  const t = new Worker('worker-jspi-forever.js');
  t.onmessage = (e) => {
    log('window: second worker says', e.data);
    t.terminate();
    log('window: second worker terminated');
    setTimeout(() => log('window: done'), 50);
  };
}
