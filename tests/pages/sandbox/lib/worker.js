// worker.js — the worker half of the sandbox pages: the same traps as its window (named in its URL), then the
// common exercise, then messages: echo (structured data, a transferred buffer, a port), Atomics.wait, report.
importScripts('watch.js', 'traps.js', 'exercise.js');
const traps = new URL(location.href).searchParams.get('traps');
if (traps === 'accessors') self.installPrototypeAccessors();
else if (traps === 'methods') self.installMethodWrappers();
else if (traps === 'globals') self.installReplacedGlobals();
const lines = [];
self.exerciseCommon('worker', (s) => { lines[lines.length] = s; }, 'data.txt').then(() => {
  postMessage(lines.length + ' checks, ' + lines.join(' / '));
}, (e) => postMessage('worker exercise failed: ' + e));
onmessage = (e) => {
  const m = e.data;
  if (m.kind === 'echo') {
    m.port.postMessage('hello from the worker over ' + (m.port instanceof MessagePort));
    postMessage(JSON.stringify(m.obj) + ' ' + m.obj.m.get(1) + ' ' + new Uint8Array(m.buf).join(','));
  } else if (m.kind === 'wait') {
    const i32 = new Int32Array(m.sab);
    postMessage('worker waiting');
    const r = Atomics.wait(i32, 0, 0, 5000);
    Atomics.store(i32, 1, 42);
    postMessage('worker woke: ' + (r === 'timed-out' ? r : 'ok or not-equal'));
  } else if (m.kind === 'report') {
    postMessage(self.leakReport('worker'));
  }
};
