// Request: URL resolution, method normalisation, init validation, bodies, clone.
function show(label, f) {
  try { console.log(label + ': ' + String(f())); } catch (e) { console.log(label + ' threw ' + e.name + ': ' + e.message); }
}
const rel = (u) => u.startsWith(location.origin) ? '<origin>' + u.slice(location.origin.length) : u;
show('url', () => rel(new Request('a b/c?x=1#frag').url));
show('defaults', () => { const r = new Request('x'); return [r.method, r.mode, r.credentials, r.cache, r.redirect, r.referrer, JSON.stringify(r.referrerPolicy), JSON.stringify(r.integrity), r.keepalive, JSON.stringify(r.destination), r.isHistoryNavigation, r.duplex, r.bodyUsed, r.body].join(','); });
show('signal', () => Object.prototype.toString.call(new Request('x').signal));
show('methods', () => ['get', 'post', 'Delete', 'options', 'put', 'head', 'patch', 'CUSTOM'].map((m) => new Request('x', { method: m }).method).join(','));
show('bad method', () => new Request('x', { method: 'a b' }));
show('forbidden method', () => new Request('x', { method: 'track' }));
show('bad url', () => new Request('http://['));
show('credentials in url', () => new Request('http://user:pw@example.com/'));
show('get with body', () => new Request('x', { body: 'b' }));
show('navigate', () => new Request('x', { mode: 'navigate' }));
show('bad enum', () => new Request('x', { cache: 'sometimes' }));
show('only-if-cached', () => new Request('x', { cache: 'only-if-cached' }));
show('no-cors put', () => new Request('x', { mode: 'no-cors', method: 'PUT' }));
show('bad signal', () => new Request('x', { signal: {} }));
show('bad referrer', () => new Request('x', { referrer: 'http://[' }));
show('referrers', () => [new Request('x', { referrer: '' }).referrer, rel(new Request('x', { referrer: '/r' }).referrer), new Request('x', { referrer: 'https://elsewhere.example/' }).referrer].join(','));
show('content types', () => [
  new Request('x', { method: 'POST', body: 'a' }).headers.get('content-type'),
  new Request('x', { method: 'POST', body: new URLSearchParams('a=1&b=2') }).headers.get('content-type'),
  new Request('x', { method: 'POST', body: new Blob([], { type: 'Image/PNG' }) }).headers.get('content-type'),
  new Request('x', { method: 'POST', body: new ArrayBuffer(1) }).headers.get('content-type'),
  new Request('x', { method: 'POST', body: 'a', headers: { 'Content-Type': 'x/y' } }).headers.get('content-type'),
].join(' | '));
show('from request', () => { const a = new Request('x', { method: 'POST', body: 'abc', headers: { 'X-A': '1' } }); const b = new Request(a); return [a.bodyUsed, b.bodyUsed, b.method, b.headers.get('x-a')].join(','); });
show('from used request', () => { const a = new Request('x', { method: 'POST', body: 'a' }); a.text(); return new Request(a); });
show('clone used', () => { const a = new Request('x', { method: 'POST', body: 'a' }); a.text(); return a.clone(); });
show('signal follows', () => { const c = new AbortController(); const r = new Request('x', { signal: c.signal }); const k = r.clone(); c.abort('stop'); return [r.signal === c.signal, r.signal.aborted, r.signal.reason, k.signal.aborted].join(','); });
show('no args', () => new Request());
show('illegal', () => Object.getOwnPropertyDescriptor(Request.prototype, 'url').get.call({}));
(async () => {
  const r = new Request('x', { method: 'POST', body: '{"v":42}' });
  const c = r.clone();
  console.log('json: ' + (await r.json()).v + ' bodyUsed ' + r.bodyUsed);
  console.log('clone text: ' + await c.text());
  try { await r.text(); } catch (e) { console.log('reread: ' + e.name + ': ' + e.message); }
  const u = new Request('x', { method: 'PUT', body: new URLSearchParams({ q: 'a b', r: '\u00e9' }) });
  console.log('urlsearchparams body: ' + await u.text());
  const b = await new Request('x', { method: 'POST', body: 'zz', headers: { 'content-type': 'Text/Plain;A=B' } }).blob();
  console.log('blob: ' + b.size + ' ' + b.type);
})();
