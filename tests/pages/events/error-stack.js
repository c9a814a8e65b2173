// capture: realtime
// error.stack as page code reads it, in a classic script of a window and of a dedicated worker: V8's format, frames
// named by the script's URL (not a file path).
const log = (s) => console.log(String(s).split(location.origin).join('ORIGIN'));
function inner() { return new Error('made here').stack; }
function outer() { return inner(); }
log(outer());
const w = new Worker('w/error-stack-worker.js');
w.onmessage = (e) => log(e.data);
