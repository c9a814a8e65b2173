// capture: realtime
// XMLHttpRequest's timeout, with a service worker that answers late: the async timeout events, and a worker's
// synchronous request that times out (TimeoutError) or answers in time.
const log = (s) => console.log(s);
(async () => {
  await navigator.serviceWorker.register('xhr-timeout-sw.js');
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  const x = new XMLHttpRequest();
  const seen = [];
  for (const t of ['readystatechange', 'loadstart', 'progress', 'load', 'loadend', 'error', 'abort', 'timeout']) {
    x.addEventListener(t, (e) => seen.push(t + '(' + x.readyState + ')'));
  }
  x.open('GET', 'slow/2000');
  x.timeout = 200;
  await new Promise((r) => { x.onloadend = r; x.send(); });
  log('async timeout: [' + seen.join(' ') + '] status ' + x.status);
  const y = new XMLHttpRequest();
  y.open('GET', 'slow/2000');
  y.send();
  setTimeout(() => { y.timeout = 100; }, 50);
  await new Promise((r) => { y.ontimeout = () => { log('timeout set after send fired'); r(); }; y.onload = () => { log('loaded?'); r(); }; });
  const w = new Worker('xhr-timeout-worker.js');
  await new Promise((r) => { let n = 0; w.onmessage = (e) => { log(e.data); if (++n === 2) r(); }; });
  log('end');
})();
