// Sequential synchronous XHRs, each answered by the service worker: µs per request, per round. Rounds go on until the
// last three agree within 15% (at least minRounds, at most maxRounds or maxMs of rounds).
const median3 = (xs) => xs.slice(-3).sort((a, b) => a - b)[1];
onmessage = (e) => {
  const { perRound, minRounds, maxRounds, maxMs } = e.data;
  const settled = (xs) => {
    if (xs.length < minRounds) return false;
    const last = xs.slice(-3);
    return (Math.max(...last) - Math.min(...last)) / median3(xs) < 0.15;
  };
  const times = [];
  let wrong = 0;
  const start = performance.now();
  while (times.length < maxRounds && performance.now() - start < maxMs && !settled(times)) {
    const t0 = performance.now();
    for (let i = 0; i < perRound; i++) {
      const x = new XMLHttpRequest();
      const id = String(10000 + i);
      x.open('GET', 'rpc?' + id, false);
      x.send();
      if (x.responseText !== 'ok ' + id.slice(-4)) wrong++;
    }
    times.push((performance.now() - t0) * 1000 / perRound);
  }
  postMessage({ times, wrong, settled: settled(times) });
};
