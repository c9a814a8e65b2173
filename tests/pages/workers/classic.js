// capture: realtime
// A classic dedicated worker: postMessage both ways, name, location, importScripts, global scope identity.
function ask(worker, msg) {
  return new Promise((resolve) => {
    worker.onmessage = (e) => resolve(e.data);
    worker.postMessage(msg);
  });
}
(async () => {
  const w = new Worker('w/classic-worker.js', { name: 'alpha' });
  console.log('worker: ' + Object.prototype.toString.call(w) + ' ' + (w instanceof EventTarget));
  console.log('first: ' + await new Promise((r) => { w.onmessage = (e) => r(e.data); }));
  for (const q of ['echo', 'name', 'href', 'scope', 'window', 'import-one', 'import-many', 'import-missing',
    'import-bad-url', 'import-none', 'import-throws', 'navigator', 'location-parts']) {
    console.log(q + ': ' + await ask(w, q));
  }
  const data = await ask(w, { nested: [1, 'two', { three: 3 }] });
  console.log('object round trip: ' + JSON.stringify(data));
  const unnamed = new Worker('w/classic-worker.js');
  await new Promise((r) => { unnamed.onmessage = r; });
  console.log('unnamed name: ' + JSON.stringify(await ask(unnamed, 'name')));
  const viaAdd = await new Promise((resolve) => {
    unnamed.onmessage = null;
    unnamed.addEventListener('message', (e) => resolve(e.constructor.name + ' ' + e.data + ' ' + (e.target === unnamed) + ' ' + JSON.stringify(e.origin) + ' ' + e.ports.length));
    unnamed.postMessage('echo');
  });
  console.log('event: ' + viaAdd);
  w.terminate();
  unnamed.terminate();
  console.log('done');
})();
