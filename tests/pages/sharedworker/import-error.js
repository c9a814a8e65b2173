// capture: realtime
// A SyntaxError thrown by importScripts while a shared worker's script first runs is an exception of that run,
// not a script that failed to parse: it is logged, its SharedWorker object gets a plain error Event (as for a
// script that does not parse), and the worker lives on. (The logged line is the harness's stderr:
// import-error.expected-stderr.)
const w = new SharedWorker('w/imports-syntax-error.js');
w.onerror = (e) => console.log('error event: ' + e.constructor.name + ' ' + e.message);
w.port.onmessage = (e) => { console.log('worker: ' + e.data); console.log('done'); };
