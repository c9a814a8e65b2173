// The service worker of navigate.js: it answers the navigation to nav/page.html with a document of its own.
self.addEventListener('install', (e) => e.waitUntil(self.skipWaiting()));
let resulting = null;
self.addEventListener('fetch', (e) => {
  const r = e.request;
  if (!r.url.endsWith('/nav/page.html')) return;
  resulting = e.resultingClientId;
  const seen = `mode ${r.mode}, destination ${r.destination}, method ${r.method}, clientId set: ${e.clientId !== ''}, resultingClientId set: ${e.resultingClientId !== ''}`;
  const html = `<!DOCTYPE html><title>from the service worker</title>
<script>
console.log('this document came from the service worker: ${seen}');
console.log('controlled from its start: ' + (navigator.serviceWorker.controller !== null) + ', at ' + location.pathname.split('/').slice(-2).join('/'));
navigator.serviceWorker.addEventListener('message', (e) => console.log(e.data));
navigator.serviceWorker.controller.postMessage('who am I?');
</script>`;
  e.respondWith(new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
});
self.addEventListener('message', (e) => {
  e.source.postMessage('the service worker: this client is the fetch event\'s resultingClientId: ' + (e.source.id === resulting) +
    ', a ' + e.source.type + ' client at ' + new URL(e.source.url).pathname.split('/').slice(-2).join('/'));
});
