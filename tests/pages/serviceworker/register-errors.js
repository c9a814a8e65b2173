// capture: realtime
// navigator.serviceWorker.register's checks and errors: bad URLs, other origins, scopes outside the script's
// folder, a 404, a wrong MIME type, a syntax error, a script that throws; and what succeeds.
const log = (s) => console.log(s);
const c = navigator.serviceWorker;
async function attempt(label, f) {
  try { const r = await f(); log(label + ': ok ' + (r && r.scope !== undefined ? r.scope.replace(location.origin, '') : String(r))); } catch (e) { log(label + ': ' + e.name + ': ' + e.message.split(location.origin).join('ORIGIN')); }
}
(async () => {
  await attempt('no args', () => c.register());
  await attempt('bad url', () => c.register('http://[bad'));
  await attempt('other origin', () => c.register('http://127.0.0.1:1/sw.js'));
  await attempt('data: url', () => c.register('data:text/javascript,1'));
  await attempt('bad type', () => c.register('sub/sw.js', { type: 'wasm' }));
  await attempt('scope outside', () => c.register('sub/sw.js', { scope: '/' }));
  await attempt('scope other origin', () => c.register('sub/sw.js', { scope: 'http://127.0.0.1:1/' }));
  await attempt('404', () => c.register('missing-sw.js'));
  await attempt('MIME', () => c.register('text-sw.txt'));
  await attempt('syntax error', () => c.register('syntax-error-sw.js', { scope: 'syntax/' }));
  await attempt('throws', () => c.register('throws-sw.js', { scope: 'throws/' }));
  await attempt('sub scope', () => c.register('sub/sw.js'));
  await attempt('sub scope deeper', () => c.register('sub/sw.js', { scope: 'sub/deeper/' }));
  const regs = await c.getRegistrations();
  log('registrations: ' + regs.map((r) => r.scope.replace(location.origin, '')).sort().join(' '));
  await attempt('getRegistration bad', () => c.getRegistration('http://127.0.0.1:1/'));
  const r = await c.getRegistration('sub/deeper/x');
  log('getRegistration sub/deeper/x: ' + r.scope.replace(location.origin, ''));
  log('unregister: ' + await r.unregister() + ' again ' + await r.unregister());
  log('after: ' + (await c.getRegistrations()).length);
  log('end');
})();
