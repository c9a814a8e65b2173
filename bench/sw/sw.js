// The service worker of the sw/ benchmarks: answers every rpc request itself, with new Response.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (e) => {
  if (e.request.url.includes('/rpc')) e.respondWith(new Response('ok ' + e.request.url.slice(-4)));
});
