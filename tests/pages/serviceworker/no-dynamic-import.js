// capture: realtime
// import() in a service worker (classic and module) rejects with a TypeError, whatever the specifier; the page's
// own import() still loads.
const log = (s) => console.log(s.split(location.origin).join('ORIGIN'));
async function ask(reg) {
  const sw = reg.installing || reg.waiting || reg.active;
  if (sw.state !== 'activated') await new Promise((r) => sw.addEventListener('statechange', () => sw.state === 'activated' && r()));
  const reply = new Promise((r) => navigator.serviceWorker.addEventListener('message', (e) => r(e.data), { once: true }));
  sw.postMessage('report');
  return reply;
}
(async () => {
  const m = await import('./module-dep.js');
  log('the page: ' + m.greeting);
  log(await ask(await navigator.serviceWorker.register('no-dynamic-import-sw.js', { scope: 'classic/' })));
  log(await ask(await navigator.serviceWorker.register('no-dynamic-import-module-sw.js', { type: 'module', scope: 'module/' })));
})().catch((e) => log('failed: ' + e.name + ': ' + e.message));
