// capture: realtime
// importScripts errors, reported on the worker's global: a syntax error or an exception in the imported script
// points into that script; a failed load points at the importScripts() call.
const w = new Worker('w/import-errors-worker.js');
w.onmessage = (e) => {
  console.log(e.data);
  if (e.data === 'done') {
    w.terminate();
    const top = new Worker('w/import-errors-worker.js', { name: 'top-level' });
    top.onmessage = (ev) => { console.log('top-level script: ' + ev.data); if (ev.data === 'top-level done') top.terminate(); };
  }
};
w.onerror = (e) => { console.log('reached the Worker object: ' + e.message); };
