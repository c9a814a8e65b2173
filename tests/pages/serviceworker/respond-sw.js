// The service worker of respond.js: each /r/<case> URL exercises one way respondWith can go.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim().then(() => caches.open('sw')).then((c) => c.addAll(['net.txt']))));
const report = async (s) => { for (const c of await clients.matchAll()) c.postMessage(s); };
self.addEventListener('fetch', (e) => {
  const what = new URL(e.request.url).pathname.split('/r/')[1];
  if (what === undefined) return;
  switch (what) {
    case 'reject': e.respondWith(Promise.reject(new Error('no'))); break;
    case 'not-a-response': e.respondWith({ status: 200 }); break;
    case 'error': e.respondWith(Response.error()); break;
    case 'used': { const r = new Response('x'); r.text(); e.respondWith(r); break; }
    case 'twice':
      e.respondWith(new Response('first'));
      try { e.respondWith(new Response('second')); } catch (err) { report('twice: ' + err.name + ': ' + err.message); }
      break;
    case 'late':
      setTimeout(() => { try { e.respondWith(new Response('late')); } catch (err) { report('late: ' + err.name + ': ' + err.message); } }, 0);
      break;
    case 'throw': throw new Error('thrown in the fetch handler');
    case 'cached': e.respondWith(caches.match('net.txt').then((r) => r || new Response('not cached'))); break;
    case 'wait-until-late':
      e.respondWith(new Response('ok'));
      setTimeout(() => { try { e.waitUntil(Promise.resolve()); report('late waitUntil ok'); } catch (err) { report('late waitUntil: ' + err.name + ': ' + err.message); } }, 0);
      break;
    case 'props':
      e.respondWith(e.preloadResponse.then((p) => new Response([typeof e.clientId, e.resultingClientId === '', String(p), e.request.destination === '', e.handled instanceof Promise, e instanceof ExtendableEvent].join(' '))));
      break;
    default: e.respondWith(new Response('default ' + what));
  }
});
