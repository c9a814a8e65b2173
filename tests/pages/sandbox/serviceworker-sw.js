// The service worker of serviceworker.html: it sets the same traps first, then answers what its clients ask.
importScripts('lib/sw-traps.js');
installSwTraps();
const pause = (ms) => new Promise((r) => setTimeout(r, ms));
self.addEventListener('install', (e) => { e.waitUntil(pause(5)); e.waitUntil(self.skipWaiting()); });
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (e) => {
  const url = e.request.url;
  if (url.indexOf('/virtual/') < 0) return;
  e.waitUntil(pause(5));
  e.respondWith(new Promise((resolve) => {
    setTimeout(async () => {
      const body = e.request.method === 'POST' ? ' ' + (await e.request.text()) : '';
      resolve(new Response(e.request.method + ' ' + url.slice(url.indexOf('/virtual/')) + body + ' from a client: ' + (e.clientId !== '')));
    }, 5);
  }));
});
self.addEventListener('message', (e) => {
  e.waitUntil((async () => {
    const all = await self.clients.matchAll();
    const r = self.registration;
    e.source.postMessage(all.length + ' window client(s), registration active ' + r.active.state + ' and the same object: ' +
      (r.active === self.serviceWorker) + ', ' + swTrapReport('service worker'));
  })());
});
