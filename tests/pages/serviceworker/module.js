// capture: realtime
// Module service workers: register(url, {type: 'module'}) evaluates the script as a module (static imports load,
// importScripts throws a TypeError), the registration remembers its type; a module script registered as classic,
// a module whose import is missing and a module with a syntax error are rejected with Chromium's errors.
const log = (s) => console.log(s.split(location.origin).join('ORIGIN'));
const outcome = (p) => p.then((r) => 'registered, scope ' + r.scope, (e) => e.name + ': ' + e.message);
(async () => {
  const c = navigator.serviceWorker;
  log('module as classic: ' + await outcome(c.register('module-sw.js', { scope: 'classic/' })));
  log('missing import: ' + await outcome(c.register('module-missing-import-sw.js', { type: 'module', scope: 'missing/' })));
  log('syntax error: ' + await outcome(c.register('module-syntax-sw.js', { type: 'module', scope: 'syntax/' })));
  const reg = await c.register('module-sw.js', { type: 'module' });
  await c.ready;
  if (!c.controller) await new Promise((r) => c.addEventListener('controllerchange', r, { once: true }));
  log('module worker: ' + (await (await fetch('virtual/greet')).text()));
  const reply = new Promise((r) => c.addEventListener('message', (e) => r(e.data), { once: true }));
  c.controller.postMessage('report');
  log(await reply);
  log('getRegistration is the same: ' + ((await c.getRegistration()) === reg));
})().catch((e) => log('failed: ' + e.name + ': ' + e.message));
