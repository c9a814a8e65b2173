// capture: realtime
// import() in a classic script resolves its specifier against that script's URL: in the window (this folder) and in
// a classic dedicated worker whose script lives in w/. (Not covered, README "Known gaps": in a script loaded by
// importScripts from another folder the harness resolves against the worker's script, Chromium against that script;
// a module that is not there: Chromium rejects with a TypeError, the harness with an Error.)
const show = (where, p) => p.then((m) => where + ': ' + Object.keys(m).sort().join(','), (e) => where + ': ' + e.name);
(async () => {
  console.log(await show('window ./w/lib-export.js', import('./w/lib-export.js')));
  console.log(await show('window w/mod-a.js', import('./w/mod-a.js')));
  const w = new Worker('w/dynamic-import-worker.js');
  const lines = await new Promise((r) => { w.onmessage = (e) => r(e.data); });
  for (const l of lines) console.log(l);
  w.terminate();
})();
