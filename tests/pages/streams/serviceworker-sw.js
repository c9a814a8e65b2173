self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('message', (e) => {
  const names = ['ReadableStream', 'WritableStream', 'TransformStream', 'ByteLengthQueuingStrategy', 'TextDecoderStream'];
  e.source.postMessage(names.filter((n) => typeof self[n] === 'function').join(',') + ' ' + Object.prototype.toString.call(new Response('x').body));
});
self.addEventListener('fetch', (e) => {
  const what = new URL(e.request.url).pathname.split('/s/')[1];
  if (what === undefined) return;
  const enc = new TextEncoder();
  if (what === 'streamed') {
    let n = 0;
    const body = new ReadableStream({
      pull(c) {
        if (n === 3) { c.close(); return; }
        c.enqueue(enc.encode('part' + (n++) + ' '));
        return new Promise((r) => setTimeout(r, 5));
      },
    });
    e.respondWith(new Response(body, { headers: { 'content-type': 'text/x-stream' } }));
  }
});
