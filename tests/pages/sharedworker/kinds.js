// capture: realtime
// Module shared workers (static imports; importScripts throws there), a blob: URL revoked right after the
// constructor, a data: URL (an opaque origin), and a module whose import is missing (a plain error Event).
const log = (s) => console.log(s);
const messageOf = (w) => new Promise((resolve) => { w.port.onmessage = (e) => resolve(e.data); });
(async () => {
  log('module: ' + await messageOf(new SharedWorker('w/module.js', { type: 'module', name: 'm' })));
  const url = URL.createObjectURL(new Blob(["onconnect = (e) => e.ports[0].postMessage('blob: name=' + name + ' same origin: ' + (self.origin === '" + location.origin + "'))"], { type: 'text/javascript' }));
  const blob = new SharedWorker(url, 'b');
  URL.revokeObjectURL(url);
  log(await messageOf(blob));
  log(await messageOf(new SharedWorker("data:text/javascript,onconnect = (e) => e.ports[0].postMessage('data: origin=' + self.origin)")));
  const bad = new SharedWorker('w/module-missing-import.js', { type: 'module' });
  log('module with a missing import: ' + await new Promise((resolve) => { bad.onerror = (e) => resolve(e.constructor.name + ' ' + e.type); }));
  log('done');
})();
