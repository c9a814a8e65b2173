// capture: realtime
// Inside a shared worker: SharedWorkerGlobalScope (name, onconnect, close, importScripts; no postMessage, no
// Worker, not cross-origin isolated in Chromium 150 even with COOP/COEP), location, navigator, timers, fetch.
const w = new SharedWorker('w/scope.js', 'scoped');
w.port.onmessage = (e) => {
  for (const line of e.data) console.log(line.split(location.origin).join('ORIGIN'));
  console.log('done');
};
