// capture: realtime
// Synchronous XMLHttpRequest in a dedicated worker: allowed with any response type and a timeout, no
// deprecation warning; it blocks only the worker (the window keeps running its timers meanwhile).
const w = new Worker('sync-worker-worker.js');
w.onmessage = (e) => console.log(e.data);
