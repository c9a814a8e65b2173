// Joins the channel 'news', answers every message with what it saw, and posts one message of its own on start.
const bc = new BroadcastChannel('news');
bc.onmessage = (e) => {
  if (e.data === 'worker: close') { bc.close(); postMessage(`${name} closed its channel`); return; }
  postMessage(`${name} got ${JSON.stringify(e.data)} origin-ok ${e.origin === location.origin} source ${e.source} ports ${e.ports.length}`);
};
bc.postMessage({ from: name, bytes: new Uint8Array([1, 2, 3]) });
postMessage(`${name} ready`);
