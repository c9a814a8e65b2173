// The service worker: answers the worker's synchronous XHRs to rpc/<method> by forwarding each call to the page
// (clients.get(pageId).postMessage) and responding once the page replied.
let pageId = null;
let nextId = 1;
const pending = new Map(); // call id -> resolve

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));

self.addEventListener('message', (e) => {
  if (e.data && e.data.hello) { pageId = e.source.id; return; }
  const resolve = pending.get(e.data.id);
  pending.delete(e.data.id);
  if (resolve) resolve(e.data);
});

self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  const at = url.pathname.indexOf('/rpc/');
  if (at < 0) return; // everything else goes to the network
  const method = url.pathname.slice(at + 5);
  e.respondWith((async () => {
    const args = await e.request.json();
    const page = await self.clients.get(pageId);
    const id = nextId++;
    const reply = new Promise((resolve) => pending.set(id, resolve));
    page.postMessage({ id, method, args });
    return new Response(JSON.stringify(await reply), { headers: { 'content-type': 'application/json' } });
  })());
});
