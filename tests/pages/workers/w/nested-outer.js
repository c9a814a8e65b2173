// Starts an inner worker (URL relative to this script) and relays between it and the window.
const inner = new Worker('nested-inner.js', { name: 'inner-of-' + self.name });
let pending = null;
inner.onmessage = (e) => {
  if (pending) { const p = pending; pending = null; p(e.data); } else postMessage('outer got from inner: ' + e.data);
};
function ask(msg) {
  return new Promise((resolve) => { pending = resolve; inner.postMessage(msg); });
}
onmessage = async (e) => {
  switch (e.data) {
    case 'relay': postMessage('relayed: ' + await ask('ping')); break;
    case 'inner-name': postMessage(await ask('name')); break;
    case 'blob-inside': {
      const url = URL.createObjectURL(new Blob(['postMessage("made in a worker: " + location.protocol)'], { type: 'text/javascript' }));
      const w = new Worker(url);
      w.onmessage = (ev) => { postMessage(ev.data); w.terminate(); };
      break;
    }
    case 'depth': postMessage(await ask('depth')); break;
  }
};
