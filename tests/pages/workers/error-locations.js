// capture: realtime
// Where a worker's error happened, as the Worker's ErrorEvent reports it: an Error thrown in onmessage, and an
// exception while a module worker evaluates. (A non-Error value thrown in a listener loses its location in the
// harness: README, known gaps.)
const strip = (s) => String(s).split(location.origin).join('ORIGIN');
const show = (label, e) => console.log(label + ': ' + e.message + ' | ' + strip(e.filename) + ':' + e.lineno + ' colno>0=' + (e.colno > 0));
const w = new Worker('w/throw-at-load.js');
let n = 0;
w.onerror = (e) => {
  e.preventDefault();
  if (n++ === 0) { w.postMessage('throw'); return; } // the first one is the load-time error
  show('error thrown in onmessage', e);
  w.terminate();
  const mt = new Worker('w/module-throws.js', { type: 'module' });
  mt.onerror = (ev) => {
    ev.preventDefault();
    show('module evaluation', ev);
    mt.terminate();
  };
};
