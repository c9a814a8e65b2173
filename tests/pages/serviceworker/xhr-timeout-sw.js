// The service worker of xhr-timeout.js: answers slow/<ms> after that many milliseconds.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (e) => {
  const m = /\/slow\/(\d+)$/.exec(new URL(e.request.url).pathname);
  if (m) e.respondWith(new Promise((r) => setTimeout(() => r(new Response('slow ' + m[1])), +m[1])));
});
