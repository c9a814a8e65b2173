// capture: realtime
// A controlled client's requests of every kind go through its service worker: a dedicated worker's script, the
// scripts it imports, its sync XHR and fetch, ES module imports (in the window and in a module worker) and
// WebAssembly.instantiateStreaming(fetch(...)). Nothing under v/ exists on the server.
const log = (s) => console.log(s);
(async () => {
  await navigator.serviceWorker.register('intercept-sw.js');
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  const w = new Worker('v/worker.js');
  await new Promise((resolve) => {
    let n = 0;
    w.onmessage = (e) => { log(e.data); if (++n === 2) resolve(); };
    w.onerror = () => { log('worker failed to load'); resolve(); };
  });
  const m = await import(new URL('v/mod.js', location.href).href); // (a classic script's relative import() does not resolve in the harness)
  log('window import: ' + m.value);
  const mw = new Worker('v/module-worker.js', { type: 'module' });
  await new Promise((resolve) => { mw.onmessage = (e) => { log(e.data); resolve(); }; mw.onerror = () => { log('module worker failed'); resolve(); }; });
  const { instance } = await WebAssembly.instantiateStreaming(fetch('v/add.wasm'));
  log('instantiateStreaming: add(2, 3) = ' + instance.exports.add(2, 3));
  const x = new XMLHttpRequest();
  x.open('GET', 'v/data', false);
  x.send();
  log('window sync XHR (Chromium skips the service worker for it): ' + x.status);
  log('end');
})().catch((e) => log('failed: ' + e.name + ': ' + e.message));
