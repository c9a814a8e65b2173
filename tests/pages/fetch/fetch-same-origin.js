// fetch() of files next to the page, a missing file (404) and argument errors.
const rel = (u) => u.startsWith(location.origin) ? '<origin>' + u.slice(location.origin.length) : u;
async function attempt(label, f) {
  try { console.log(label + ': ' + await f()); } catch (e) { console.log(label + ' rejected ' + e.name + ': ' + e.message); }
}
(async () => {
  await attempt('text file', async () => {
    const r = await fetch('fetch-data.txt#ignored');
    return [r.status, r.ok, r.type, r.redirected, rel(r.url), JSON.stringify(await r.text()), r.bodyUsed].join(' | ');
  });
  await attempt('json file', async () => JSON.stringify(await (await fetch('./fetch-data.json')).json()));
  await attempt('Request object', async () => {
    const req = new Request('fetch-data.txt', { headers: { 'X-Test': '1' } });
    const r = await fetch(req);
    return (await r.arrayBuffer()).byteLength + ' bytes';
  });
  await attempt('missing file', async () => {
    const r = await fetch('does-not-exist.txt');
    return [r.status, r.ok, r.type].join(' | ');
  });
  await attempt('HEAD', async () => {
    const r = await fetch('fetch-data.txt', { method: 'HEAD' });
    return [r.status, JSON.stringify(await r.text())].join(' | ');
  });
  await attempt('clone both', async () => {
    const r = await fetch('fetch-data.txt');
    const c = r.clone();
    return (await r.text()).length + ' ' + (await c.text()).length;
  });
  await attempt('bad url', () => fetch('http://['));
  await attempt('credentials', () => fetch('http://u:p@localhost/x'));
  await attempt('no args', () => fetch());
  await attempt('GET body', () => fetch('fetch-data.txt', { body: 'x' }));
  await attempt('bad method', () => fetch('fetch-data.txt', { method: 'CONNECT' }));
  await attempt('fetch is enumerable', async () => Object.getOwnPropertyDescriptor(self, 'fetch').enumerable + ' ' + fetch.length);
})();
