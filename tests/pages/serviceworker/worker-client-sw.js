// The service worker of worker-client.js: it serves in-scope/worker.js itself and answers in-scope/virtual.
self.addEventListener('install', (e) => e.waitUntil(self.skipWaiting()));
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
const WORKER = `
  const x = new XMLHttpRequest(); x.open('GET', 'virtual', false); x.send();
  fetch('virtual').then((r) => r.text()).then((t) => postMessage([typeof navigator.serviceWorker, typeof ServiceWorkerRegistration,
    typeof ServiceWorker, typeof ServiceWorkerContainer, 'sync XHR: ' + x.responseText, 'fetch: ' + t].join(', ')));
`;
self.addEventListener('fetch', (e) => {
  const path = new URL(e.request.url).pathname;
  if (path.endsWith('/in-scope/worker.js')) {
    e.respondWith(new Response(WORKER, { headers: { 'content-type': 'text/javascript', 'cross-origin-embedder-policy': 'require-corp' } }));
  } else if (path.endsWith('/virtual')) {
    e.respondWith(self.clients.get(e.clientId).then((c) => new Response('from the service worker for a ' + (c ? c.type : 'missing') + ' client')));
  }
});
self.addEventListener('message', (e) => {
  e.waitUntil(self.clients.matchAll({ type: 'all', includeUncontrolled: true }).then((all) => {
    e.source.postMessage('service worker sees: ' + all.map((c) => c.type + (c.type === 'worker' ? ' ' + new URL(c.url).pathname.split('/').pop() : '')).join(', '));
  }));
});
