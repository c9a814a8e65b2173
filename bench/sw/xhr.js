// capture: realtime
// "sync XHR answered by a service worker": a worker's sequential synchronous XHRs that the service worker answers
// with new Response (µs per request, median of the last three rounds of 500; the first round and the number of rounds
// printed too), and "fetch intercepted by a service worker": the window's fetch() round trip through the same service
// worker. The request path needs thousands of requests to settle in a JVM (the JIT compiles both agents' shims one
// function at a time), so the XHR rounds go on until the last three agree within 15%: at least 25 rounds (three
// rounds can agree on a plateau half-way through warm-up, as in jspi.js), at most 60 or 60 s (xhr-worker.js).
const PER_ROUND = 500, MIN_ROUNDS = 25, MAX_ROUNDS = 60, MAX_MS = 60000, REPEAT = 12, FETCHES = 300;
const median3 = (a) => a.slice(-3).sort((x, y) => x - y)[1];
(async () => {
  await navigator.serviceWorker.register('sw.js');
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) {
    await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  }
  const w = new Worker('xhr-worker.js');
  const { times, wrong, settled } = await new Promise((r) => {
    w.onmessage = (e) => r(e.data);
    w.postMessage({ perRound: PER_ROUND, minRounds: MIN_ROUNDS, maxRounds: MAX_ROUNDS, maxMs: MAX_MS });
  });
  w.terminate();
  if (wrong) console.error('wrong answers: ' + wrong);
  console.log('RESULT sw-sync-xhr-us ' + median3(times).toFixed(1));
  console.log('RESULT sw-sync-xhr-first-round-us ' + times[0].toFixed(1));
  console.log('RESULT sw-sync-xhr-rounds ' + times.length + (settled ? '' : ' (not settled)'));
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
