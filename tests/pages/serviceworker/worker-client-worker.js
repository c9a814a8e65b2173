// A worker script out of worker-client-sw.js's scope.
fetch('in-scope/virtual').then((r) => String(r.status)).then((t) => postMessage([typeof navigator.serviceWorker,
  typeof ServiceWorkerRegistration, typeof ServiceWorker, 'fetch in scope: ' + t].join(', ')));
