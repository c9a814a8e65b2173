// capture: realtime
// A module worker ({type: 'module'}): static and dynamic import, importScripts refused, module scope.
function next(worker) {
  return new Promise((resolve) => { worker.onmessage = (e) => resolve(e.data); });
}
(async () => {
  const w = new Worker('w/module-worker.js', { type: 'module', name: 'mod' });
  console.log('loaded: ' + await next(w));
  for (const q of ['static', 'dynamic', 'importScripts', 'this', 'name', 'scope']) {
    w.postMessage(q);
    console.log(q + ': ' + await next(w));
  }
  w.terminate();
  try {
    new Worker('w/module-worker.js', { type: 'shared' });
  } catch (e) {
    console.log('bad type: ' + e.name + ': ' + e.message);
  }
})();
