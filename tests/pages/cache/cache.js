// capture: realtime
// The Cache API in a window: CacheStorage (open/has/delete/keys/match) and Cache (put/match/matchAll/add/addAll/
// delete/keys) with ignoreSearch/ignoreMethod/ignoreVary, and the errors.
const log = (s) => console.log(s);
const rel = (u) => u.replace(location.origin, '');
async function attempt(label, f) {
  try { const v = await f(); log(label + ': ' + (v === undefined ? 'undefined' : v)); } catch (e) { log(label + ': ' + e.name + ': ' + e.message); }
}
const text = async (r) => (r === undefined ? 'undefined' : r.status + ' ' + JSON.stringify(await r.text()));
(async () => {
  log('interfaces: ' + typeof caches + ' ' + Object.prototype.toString.call(caches) + ' ' + typeof Cache + ' ' + typeof CacheStorage);
  for (const n of await caches.keys()) await caches.delete(n);
  const c = await caches.open('v1');
  log('open: ' + Object.prototype.toString.call(c) + ' same object again: ' + (c === await caches.open('v1')));
  await attempt('has v1', () => caches.has('v1'));
  await attempt('has v2', () => caches.has('v2'));
  await c.put('a.txt?x=1', new Response('A1', { headers: { 'content-type': 'text/plain', vary: 'x-lang' } }));
  await c.put(new Request('b.txt'), new Response('B'));
  await attempt('match a.txt?x=1', async () => text(await c.match('a.txt?x=1')));
  await attempt('match a.txt', async () => text(await c.match('a.txt')));
  await attempt('match a.txt ignoreSearch', async () => text(await c.match('a.txt', { ignoreSearch: true })));
  await attempt('match #fragment', async () => text(await c.match('b.txt#frag')));
  await attempt('match POST', async () => text(await c.match(new Request('b.txt', { method: 'POST', body: 'x' }))));
  await attempt('match POST ignoreMethod', async () => text(await c.match(new Request('b.txt', { method: 'POST', body: 'x' }), { ignoreMethod: true })));
  await attempt('match vary differs', async () => text(await c.match(new Request('a.txt?x=1', { headers: { 'x-lang': 'fr' } }))));
  await attempt('match vary ignored', async () => text(await c.match(new Request('a.txt?x=1', { headers: { 'x-lang': 'fr' } }), { ignoreVary: true })));
  await attempt('matched response', async () => { const r = await c.match('a.txt?x=1'); return [r.type, rel(r.url), r.headers.get('content-type'), r.bodyUsed].join(' '); });
  await attempt('two matches, two bodies', async () => (await (await c.match('b.txt')).text()) + (await (await c.match('b.txt')).text()));
  await attempt('matchAll', async () => (await c.matchAll()).length);
  await attempt('matchAll ignoreSearch', async () => (await c.matchAll('a.txt', { ignoreSearch: true })).length);
  await attempt('keys', async () => (await c.keys()).map((r) => r.method + ' ' + rel(r.url)).join(', '));
  await attempt('put replaces', async () => { await c.put('b.txt', new Response('B2')); return text(await c.match('b.txt')); });
  await attempt('add', async () => { await c.add('file.txt'); return text(await c.match('file.txt')); });
  await attempt('addAll', async () => { await c.addAll(['file.txt?1', new Request('file.txt?2')]); return (await c.keys()).length; });
  await attempt('add 404', () => c.add('missing.txt'));
  await attempt('addAll with a 404', () => c.addAll(['file.txt?3', 'missing.txt']));
  await attempt('after failed addAll', async () => String(await c.match('file.txt?3')));
  await attempt('put POST', () => c.put(new Request('p', { method: 'POST', body: 'x' }), new Response('x')));
  await attempt('put data:', () => c.put('data:text/plain,x', new Response('x')));
  await attempt('put 206', () => c.put('r.txt', new Response('x', { status: 206 })));
  await attempt('put vary *', () => c.put('r.txt', new Response('x', { headers: { vary: '*' } })));
  await attempt('put used body', async () => { const r = new Response('x'); await r.text(); return c.put('r.txt', r); });
  await attempt('put no args', () => c.put());
  await attempt('delete b.txt', () => c.delete('b.txt'));
  await attempt('delete again', () => c.delete('b.txt'));
  await attempt('delete ignoreSearch', () => c.delete('file.txt', { ignoreSearch: true }));
  await attempt('keys after', async () => (await c.keys()).map((r) => rel(r.url)).join(', '));
  const c2 = await caches.open('v2');
  await c2.put('a.txt?x=1', new Response('from v2'));
  await attempt('caches.match (first cache wins)', async () => text(await caches.match('a.txt?x=1')));
  await attempt('caches.match cacheName', async () => text(await caches.match('a.txt?x=1', { cacheName: 'v2' })));
  await attempt('caches.match missing', async () => text(await caches.match('nothing')));
  await attempt('caches.keys', async () => (await caches.keys()).join(','));
  await attempt('delete v1', () => caches.delete('v1'));
  await attempt('delete v1 again', () => caches.delete('v1'));
  await attempt('old Cache object still works', async () => text(await c.match('a.txt?x=1')));
  await attempt('caches.keys after', async () => (await caches.keys()).join(','));
  log('end');
})();
