// capture: realtime
// structuredClone() and postMessage of a Proxy and of Blobs: what V8/Blink do.
function attempt(label, f) {
  try { console.log(label + ': ' + f()); } catch (e) { console.log(label + ': ' + e.name + ': ' + e.message); }
}
attempt('structuredClone(proxy)', () => JSON.stringify(structuredClone(new Proxy({ a: 1 }, {}))));
attempt('structuredClone([proxy])', () => JSON.stringify(structuredClone([new Proxy([], {})])));
const blob = new Blob(['x']);
attempt('structuredClone(blob) is a new Blob', () => { const c = structuredClone(blob); return (c !== blob) + ' ' + c.size; });
const file = new File(['y'], 'f.txt', { lastModified: 5 });
attempt('structuredClone(file) is a new File', () => { const c = structuredClone(file); return (c !== file) + ' ' + c.name + ' ' + c.lastModified; });
attempt('postMessage(proxy)', () => { new MessageChannel().port1.postMessage(new Proxy({}, {})); return 'sent'; });
