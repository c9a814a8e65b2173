let cancel = false;
self.onerror = (m) => { postMessage('global onerror: ' + m + (cancel ? ' (canceled)' : '')); return cancel; };
function start() {
  const inner = new Worker('error-nested-inner.js');
  inner.onerror = (e) => postMessage('Worker onerror in the outer worker: ' + e.message + ' error=' + e.error);
}
start();
onmessage = () => { cancel = true; start(); };
