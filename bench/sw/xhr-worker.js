// Sequential synchronous XHRs, each answered by the service worker: µs per request, per round.
onmessage = (e) => {
  const { rounds, repeat } = e.data;
  const times = [];
  let wrong = 0;
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    for (let i = 0; i < rounds; i++) {
      const x = new XMLHttpRequest();
      const id = String(10000 + i);
      x.open('GET', 'rpc?' + id, false);
      x.send();
      if (x.responseText !== 'ok ' + id.slice(-4)) wrong++;
    }
    times.push((performance.now() - t0) * 1000 / rounds);
  }
  postMessage({ times, wrong });
};
