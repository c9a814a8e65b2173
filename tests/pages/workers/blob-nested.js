// capture: realtime
// A worker from a blob: URL, and nested workers (a worker that starts a worker and relays its messages).
function next(worker) {
  return new Promise((resolve) => { worker.onmessage = (e) => resolve(e.data); });
}
(async () => {
  const src = `
    postMessage('blob worker up: ' + location.protocol + ' ' + location.href.startsWith('blob:' + self.origin + '/') + ' ' + self.origin.startsWith('http'));
    onmessage = (e) => postMessage('blob echo ' + e.data * 2);
  `;
  const url = URL.createObjectURL(new Blob([src], { type: 'text/javascript' }));
  const b = new Worker(url);
  console.log(await next(b));
  b.postMessage(21);
  console.log(await next(b));
  b.terminate();

  // a worker made from a blob URL created inside a worker
  const maker = new Worker('w/nested-outer.js', { name: 'outer' });
  console.log(await next(maker));
  for (const q of ['relay', 'relay', 'inner-name', 'blob-inside', 'depth']) {
    maker.postMessage(q);
    console.log(q + ': ' + await next(maker));
  }
  maker.terminate();
  console.log('done');
})();
