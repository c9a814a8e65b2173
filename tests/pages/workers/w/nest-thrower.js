// worker of uncaught.js: starts a worker that throws, and does not cancel its error
const inner = new Worker('throw-in-onmessage.js');
inner.postMessage('nested');
