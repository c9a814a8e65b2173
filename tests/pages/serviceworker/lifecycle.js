// capture: realtime
// A service worker's life seen from the page: register, the installing/waiting/active workers and their
// statechange events, ready, clients.claim() → controller and controllerchange, messages both ways, and the
// fetch event answering fetch() and XMLHttpRequest (async and sync) — or leaving a request to the network.
const log = (s) => console.log(s);
const c = navigator.serviceWorker;
log('container: ' + Object.prototype.toString.call(c) + ' controller ' + c.controller);
c.addEventListener('controllerchange', () => log('controllerchange: ' + c.controller.state + ' ' + c.controller.scriptURL.replace(location.origin, '')));
c.addEventListener('message', (e) => log('page got: ' + e.data + ' (source ' + Object.prototype.toString.call(e.source) + ')'));
(async () => {
  const reg = await c.register('lifecycle-sw.js');
  log('registered: ' + Object.prototype.toString.call(reg) + ' scope ' + reg.scope.replace(location.origin, '') + ' installing ' + (reg.installing && reg.installing.state) + ' waiting ' + reg.waiting + ' active ' + reg.active);
  const sw = reg.installing;
  log('scriptURL ' + sw.scriptURL.replace(location.origin, ''));
  sw.addEventListener('statechange', () => log('statechange: ' + sw.state));
  const ready = await c.ready;
  log('ready: same registration ' + (ready === reg) + ' active ' + reg.active.state + ' same worker ' + (reg.active === sw));
  await new Promise((r) => setTimeout(r, 300));
  log('controller: ' + (c.controller === sw) + ' ' + c.controller.state);
  c.controller.postMessage('early?');
  await new Promise((r) => setTimeout(r, 200));
  c.controller.postMessage('ping');
  await new Promise((r) => setTimeout(r, 200));

  const r = await fetch('sw/hello', { headers: { 'x-test': 'abc' } });
  log('fetch: ' + r.status + ' ' + r.statusText + ' ' + r.headers.get('x-from') + ' type ' + r.type + ' url ' + r.url.replace(location.origin, '') + ' | ' + await r.text());
  const p = await fetch('sw/echo', { method: 'POST', body: 'posted body' });
  log('POST: ' + await p.text());
  log('later: ' + await (await fetch('sw/later')).text());
  const s = await fetch('sw/status');
  log('status: ' + s.status + ' ' + s.statusText + ' ok ' + s.ok);
  log('sw fetched the network: ' + await (await fetch('sw/network')).text());
  log('fallthrough: ' + await (await fetch('net.txt')).text());

  const x = new XMLHttpRequest();
  x.open('GET', 'sw/hello');
  x.setRequestHeader('X-Test', 'xhr');
  await new Promise((res) => { x.onload = res; x.send(); });
  log('xhr async: ' + x.status + ' ' + x.getResponseHeader('x-from') + ' | ' + x.responseText);
  const y = new XMLHttpRequest();
  y.open('POST', 'sw/echo');
  await new Promise((res) => { y.onload = res; y.send(new URLSearchParams('a=1&b=2')); });
  log('xhr POST: ' + y.responseText);
  log('registrations: ' + (await c.getRegistrations()).length + ' getRegistration ' + ((await c.getRegistration()) === reg) + ' elsewhere ' + (await c.getRegistration('/elsewhere/')));
  log('end');
})().catch((e) => log('failed: ' + e.name + ': ' + e.message));
