// Reports what its global scope has, once timers and a fetch have run.
const lines = [
  'global: ' + Object.prototype.toString.call(self) + ' ' + (self === globalThis),
  'chain: ' + (Object.getPrototypeOf(self) === SharedWorkerGlobalScope.prototype) + ' ' +
    (Object.getPrototypeOf(SharedWorkerGlobalScope.prototype) === WorkerGlobalScope.prototype) + ' ' + (self instanceof EventTarget),
  'name: ' + self.name,
  'typeof postMessage: ' + typeof postMessage + ', Worker: ' + typeof Worker + ', SharedWorker: ' + typeof SharedWorker +
    ', DedicatedWorkerGlobalScope: ' + typeof DedicatedWorkerGlobalScope,
  'typeof close: ' + typeof close + ', importScripts: ' + typeof importScripts + ', onconnect: ' + ('onconnect' in self) + ' ' + onconnect,
  'location: ' + location.href + ' ' + Object.prototype.toString.call(location),
  'navigator: ' + Object.prototype.toString.call(navigator) + ' ' + navigator.onLine,
  'crossOriginIsolated: ' + crossOriginIsolated + ', SharedArrayBuffer: ' + typeof SharedArrayBuffer + ', Atomics: ' + typeof Atomics,
  'origin: ' + self.origin + ', isSecureContext: ' + isSecureContext,
];
importScripts('imported.js');
lines.push('importScripts ran: ' + self.imported);
const ready = new Promise((resolve) => setTimeout(resolve, 20)).then(() => {
  lines.push('setTimeout fired');
  return fetch('imported.js').then((r) => r.text()).then((t) => lines.push('fetch: ' + t.trim()));
});
onconnect = (e) => { ready.then(() => e.ports[0].postMessage(lines)); };
