// capture: realtime
// structuredClone() of Blobs and Files: new objects, as in V8/Blink. (Proxies, which Chromium refuses to clone,
// cannot be told apart from plain objects in the harness: README, known gaps.)
function attempt(label, f) {
  try { console.log(label + ': ' + f()); } catch (e) { console.log(label + ': ' + e.name + ': ' + e.message); }
}
const blob = new Blob(['x']);
attempt('structuredClone(blob) is a new Blob', () => { const c = structuredClone(blob); return (c !== blob) + ' ' + c.size; });
const file = new File(['y'], 'f.txt', { lastModified: 5 });
attempt('structuredClone(file) is a new File', () => { const c = structuredClone(file); return (c !== file) + ' ' + c.name + ' ' + c.lastModified; });
