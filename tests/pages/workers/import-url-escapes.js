// capture: realtime
// Module specifiers with spaces, quotes and braces in their query load the resource a browser fetches.
const w = new Worker('w/escapes-worker.js', { type: 'module' });
w.onmessage = (e) => console.log(e.data);
w.onerror = (e) => console.log('error: ' + e.message);
