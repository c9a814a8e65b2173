// capture: realtime
// Which scripts a worker runs, by URL kind and MIME type: importScripts needs a JavaScript MIME type; a module
// worker needs one too; a classic worker from a blob URL runs whatever its type; a blob URL revoked right after
// new Worker() still starts the worker; data: URL workers run.
const out = (s) => console.log(s);
const steps = [];
function worker(label, url, options) {
  steps.push(() => new Promise((resolve) => {
    const w = new Worker(url, options);
    const done = (what) => { out(`${label}: ${what}`); w.terminate(); resolve(); };
    w.onmessage = (e) => done(`message ${e.data}`);
    w.onerror = (e) => { e.preventDefault(); done(`error event (${e.constructor.name})`); };
    if (options && options.revoke) URL.revokeObjectURL(url);
  }));
}
const blob = (code, type) => URL.createObjectURL(new Blob([code], { type }));
steps.push(() => new Promise((resolve) => {
  const w = new Worker('w/mime-importer.js');
  w.onmessage = (e) => { for (const l of e.data.split('\n')) out('importScripts ' + l); w.terminate(); resolve(); };
}));
worker('classic worker, blob without type', blob('postMessage("ok")', ''));
worker('classic worker, blob text/plain', blob('postMessage("ok")', 'text/plain'));
worker('classic worker, blob revoked after new Worker', blob('postMessage("ok")', ''), { revoke: true });
worker('classic worker, data: URL', 'data:text/javascript,postMessage("ok")');
worker('module worker, blob text/javascript', blob('postMessage("ok")', 'text/javascript'), { type: 'module' });
worker('module worker, blob without type', blob('postMessage("ok")', ''), { type: 'module' });
worker('module worker, blob text/plain', blob('postMessage("ok")', 'text/plain'), { type: 'module' });
worker('module worker, .txt file', 'w/script.txt', { type: 'module' });
worker('module worker importing a .txt file', blob('import "' + new URL('w/script.txt', location.href) + '"; postMessage("ok")', 'text/javascript'), { type: 'module' });
steps.reduce((p, s) => p.then(s), Promise.resolve());
