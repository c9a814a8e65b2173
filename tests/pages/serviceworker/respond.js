// capture: realtime
// What a client sees for each way a service worker's respondWith can go: a Response (built, fetched, cached) or a
// network error (a rejected promise, not a Response, Response.error(), a used body), no respondWith (the
// network), and the errors respondWith/waitUntil throw when called twice or too late.
const log = (s) => console.log(s);
const fromSW = [];
navigator.serviceWorker.addEventListener('message', (e) => fromSW.push('sw: ' + e.data));
async function show(what) {
  try {
    const r = await fetch('r/' + what);
    log(what + ': ' + r.status + (r.status === 200 ? ' ' + JSON.stringify(await r.text()) : ''));
  } catch (e) {
    log(what + ': ' + e.name + ': ' + e.message);
  }
}
(async () => {
  await navigator.serviceWorker.register('respond-sw.js');
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  await new Promise((r) => setTimeout(r, 500));
  for (const what of ['plain', 'reject', 'not-a-response', 'error', 'used', 'twice', 'late', 'throw', 'cached', 'wait-until-late', 'props']) await show(what);
  const x = new XMLHttpRequest();
  x.open('GET', 'r/reject');
  x.onerror = () => log('xhr to a rejected respondWith: error event, status ' + x.status);
  x.send();
  await new Promise((r) => setTimeout(r, 500));
  log('page caches: ' + (await caches.keys()).join(',') + ' ' + JSON.stringify(await (await caches.match('net.txt')).text()));
  await new Promise((r) => setTimeout(r, 200));
  for (const l of fromSW) log(l);
  log('end');
})();
