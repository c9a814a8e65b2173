// capture: realtime
// Dedicated workers as service-worker clients, as Chromium has them: a worker has no navigator.serviceWorker (only
// ServiceWorkerRegistration is exposed there); a worker whose owner is controlled is controlled too (its script,
// fetch and XHR go through the service worker, which sees it in clients.matchAll({type: 'worker'})); a worker whose
// script URL is in a registration's scope is controlled by it even when its owner is not.
const log = (s) => console.log(s.split(location.origin).join('ORIGIN'));
const run = (url) => new Promise((resolve) => {
  const w = new Worker(url);
  w.onmessage = (e) => resolve(e.data);
  w.onerror = (e) => { e.preventDefault(); resolve('error event'); };
});
(async () => {
  const c = navigator.serviceWorker;
  // scope in-scope/: the page (not in it) is never controlled
  await c.register('worker-client-sw.js', { scope: 'in-scope/' });
  await new Promise((r) => setTimeout(r, 300));
  log('page controlled: ' + !!c.controller);
  log('worker in scope, owner not controlled: ' + await run('in-scope/worker.js'));
  log('worker out of scope, owner not controlled: ' + await run('worker-client-worker.js'));
  const reply = new Promise((r) => c.addEventListener('message', (e) => r(e.data), { once: true }));
  (await c.getRegistration('in-scope/')).active.postMessage('clients');
  log(await reply);
})().catch((e) => log('failed: ' + e.name + ': ' + e.message));
