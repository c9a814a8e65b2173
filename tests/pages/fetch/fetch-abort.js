// fetch() with AbortSignal.
async function attempt(label, f) {
  try { console.log(label + ': ' + await f()); } catch (e) {
    console.log(label + ' rejected ' + (e instanceof DOMException ? 'DOMException ' : '') + (e && e.name) + ': ' + (e && e.message !== undefined ? e.message : String(e)));
  }
}
(async () => {
  await attempt('already aborted', () => { const c = new AbortController(); c.abort(); return fetch('fetch-data.txt', { signal: c.signal }); });
  await attempt('custom reason', () => { const c = new AbortController(); c.abort('my reason'); return fetch('fetch-data.txt', { signal: c.signal }).catch((e) => 'caught ' + e); });
  await attempt('abort in flight', () => { const c = new AbortController(); const p = fetch('fetch-data.txt', { signal: c.signal }); c.abort(); return p; });
  await attempt('abort after response', async () => {
    const c = new AbortController();
    const r = await fetch('fetch-data.txt', { signal: c.signal });
    c.abort();
    return r.text();
  });
  await attempt('abort after body read', async () => {
    const c = new AbortController();
    const r = await fetch('fetch-data.txt', { signal: c.signal });
    const t = await r.text();
    c.abort();
    return JSON.stringify(t.slice(0, 5));
  });
  await attempt('signal via Request', () => { const c = new AbortController(); const req = new Request('fetch-data.txt', { signal: c.signal }); c.abort(); return fetch(req); });
  await attempt('timeout signal ok', async () => (await fetch('fetch-data.txt', { signal: AbortSignal.timeout(10000) })).status);
})();
