// URL.createObjectURL / revokeObjectURL and fetching blob: URLs.
async function attempt(label, f) {
  try { console.log(label + ': ' + await f()); } catch (e) { console.log(label + ' rejected ' + e.name + ': ' + e.message); }
}
(async () => {
  const url = URL.createObjectURL(new Blob(['blob \u00e9 body'], { type: 'Text/Plain' }));
  console.log('prefix ok: ' + url.startsWith('blob:' + location.origin + '/'));
  console.log('distinct: ' + (url !== URL.createObjectURL(new Blob([]))));
  await attempt('fetch', async () => {
    const r = await fetch(url);
    return [r.status, r.statusText, r.ok, r.type, r.headers.get('content-type'), r.headers.get('content-length'), JSON.stringify(await r.text()), r.url === url].join(' | ');
  });
  await attempt('fetch again', async () => (await (await fetch(url)).blob()).type);
  await attempt('file url', async () => {
    const u = URL.createObjectURL(new File(['file!'], 'f.txt', { type: 'text/x-test' }));
    const r = await fetch(u);
    return r.headers.get('content-type') + ' ' + await r.text();
  });
  await attempt('POST', () => fetch(url, { method: 'POST', body: 'x' }));
  URL.revokeObjectURL(url);
  await attempt('revoked', () => fetch(url));
  await attempt('revoke twice', async () => String(URL.revokeObjectURL(url)));
  await attempt('not a blob', async () => URL.createObjectURL('text'));
  await attempt('no args', async () => URL.createObjectURL());
  await attempt('revoke no args', async () => URL.revokeObjectURL());
})();
