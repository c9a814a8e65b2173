// capture: realtime
// importScripts in a service worker, as Chromium does it: what the first evaluation and the install event import is
// stored with the worker; afterwards importing a stored URL runs the stored copy again and a new URL throws a
// NetworkError. The service worker's own imports never go through its fetch handler (its clients' requests do); a
// worker whose top-level import fails to load is not registered.
const log = (s) => console.log(s.split(location.origin).join('ORIGIN'));
(async () => {
  const c = navigator.serviceWorker;
  const bad = await c.register('import-scripts-bad-sw.js', { scope: 'bad/' }).then(() => 'registered', (e) => e.name + ': ' + e.message);
  log('a worker whose import is missing: ' + bad);
  await c.register('import-scripts-sw.js');
  await c.ready;
  if (!c.controller) await new Promise((r) => c.addEventListener('controllerchange', r, { once: true }));
  const reply = new Promise((r) => c.addEventListener('message', (e) => r(e.data), { once: true }));
  c.controller.postMessage('report');
  log(await reply);
  log('the page fetches import-a.js: ' + (await (await fetch('import-a.js')).text()));
})().catch((e) => log('failed: ' + e.name + ': ' + e.message));
