// The service worker of lifecycle.js: logs its lifecycle to the page, answers /sw/... URLs itself.
const tell = async (s) => { for (const c of await clients.matchAll({ includeUncontrolled: true })) c.postMessage(s); };
const early = [];
early.push('sw global: ' + Object.prototype.toString.call(self) + ' ' + typeof skipWaiting + ' ' + typeof clients + ' ' + (self.registration instanceof ServiceWorkerRegistration) + ' ' + registration.scope.replace(location.origin, ''));
self.addEventListener('install', (e) => {
  early.push('install: ' + e.constructor.name + ' ' + typeof e.waitUntil + ' state ' + registration.installing.state);
  e.waitUntil(new Promise((r) => setTimeout(r, 50)).then(() => early.push('install waitUntil settled')));
});
self.addEventListener('activate', (e) => {
  early.push('activate: state ' + registration.active.state + ' waiting ' + registration.waiting + ' installing ' + registration.installing);
  e.waitUntil(clients.claim().then(() => early.push('claimed')));
});
self.addEventListener('message', async (e) => {
  if (e.data === 'early?') { for (const l of early) e.source.postMessage(l); return; }
  e.source.postMessage('sw got ' + e.data + ' from ' + e.source.constructor.name + ' type ' + e.source.type + ' event ' + e.constructor.name + ' url ' + (e.source.url === e.source.url.split('#')[0]) + ' origin ' + (e.origin === location.origin));
});
self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (url.pathname.endsWith('/hello')) {
    e.respondWith(new Response('hello from the service worker: ' + e.request.method + ' ' + e.request.headers.get('x-test') + ' mode ' + e.request.mode + ' dest ' + JSON.stringify(e.request.destination) + ' client ' + (typeof e.clientId) + ' ' + (e.clientId.length > 0), { headers: { 'content-type': 'text/plain', 'x-from': 'sw' } }));
  } else if (url.pathname.endsWith('/echo')) {
    e.respondWith(e.request.text().then((t) => new Response(e.request.method + ' ' + e.request.headers.get('content-type') + ' [' + t + ']')));
  } else if (url.pathname.endsWith('/later')) {
    e.respondWith(new Promise((r) => setTimeout(() => r(new Response('later')), 20)));
  } else if (url.pathname.endsWith('/status')) {
    e.respondWith(new Response('teapot', { status: 418, statusText: 'I am a teapot' }));
  } else if (url.pathname.endsWith('/network')) {
    e.respondWith(fetch('net.txt'));
  }
  // anything else: no respondWith, the network answers
});
