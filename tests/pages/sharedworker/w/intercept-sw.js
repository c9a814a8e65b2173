// Claims its clients and answers the request for synth.js with a script of its own.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (e) => {
  if (!e.request.url.endsWith('/synth.js')) return;
  const code = "onconnect = (e) => e.ports[0].postMessage('made by the service worker, destination " + e.request.destination + "')";
  e.respondWith(new Response(code, { headers: { 'content-type': 'text/javascript' } }));
});
