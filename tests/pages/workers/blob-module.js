// capture: realtime
// A module worker whose script is a blob: URL; it imports a module by absolute URL.
const modUrl = URL.createObjectURL(new Blob([
  `const m = await import(new URL('w/mod-a.js', ${JSON.stringify(location.href)}).href);
   postMessage('blob module: ' + m.greet('blob') + ' ' + location.protocol + ' ' + typeof importScripts);`,
], { type: 'text/javascript' }));
const bm = new Worker(modUrl, { type: 'module' });
bm.onmessage = (e) => { console.log(e.data); bm.terminate(); };
bm.onerror = (e) => console.log('error event ' + e.message);
