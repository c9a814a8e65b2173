// capture: realtime
// "sync XHR answered by a service worker": a worker's sequential synchronous XHRs that the service worker answers
// with new Response (µs per request, median of the last three of several rounds; the first round printed too), and
// "fetch intercepted by a service worker": the window's fetch() round trip through the same service worker.
const ROUNDS = 500, REPEAT = 12, FETCHES = 300;
const median3 = (a) => a.slice(-3).sort((x, y) => x - y)[1];
(async () => {
  await navigator.serviceWorker.register('sw.js');
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) {
    await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  }
  const w = new Worker('xhr-worker.js');
  const { times, wrong } = await new Promise((r) => { w.onmessage = (e) => r(e.data); w.postMessage({ rounds: ROUNDS, repeat: REPEAT }); });
  w.terminate();
  if (wrong) console.error('wrong answers: ' + wrong);
  console.log('RESULT sw-sync-xhr-us ' + median3(times).toFixed(1));
  console.log('RESULT sw-sync-xhr-first-round-us ' + times[0].toFixed(1));
  const ftimes = [];
  for (let r = 0; r < REPEAT; r++) {
    const t0 = performance.now();
    for (let i = 0; i < FETCHES; i++) {
      const text = await (await fetch('rpc?' + (10000 + i))).text();
      if (text !== 'ok ' + String(10000 + i).slice(-4)) console.error('wrong fetch answer ' + text);
    }
    ftimes.push((performance.now() - t0) * 1000 / FETCHES);
  }
  console.log('RESULT sw-fetch-roundtrip-us ' + median3(ftimes).toFixed(1));
  console.log('RESULT sw-fetch-first-round-us ' + ftimes[0].toFixed(1));
})();
