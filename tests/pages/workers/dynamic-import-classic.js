// capture: realtime
// import() in a classic script resolves its specifier against that script's own URL: in the window (this folder),
// in a classic dedicated worker whose script lives in w/, and in a script that worker loads with importScripts from
// w/sub/ (against w/sub/, not the worker's URL). (A module that is not there: Chromium rejects with a TypeError,
// the harness with an Error, README "Known gaps".)
const show = (where, p) => p.then((m) => where + ': ' + Object.keys(m).sort().join(','), (e) => where + ': ' + e.name);
(async () => {
  console.log(await show('window ./w/lib-export.js', import('./w/lib-export.js')));
  console.log(await show('window w/mod-a.js', import('./w/mod-a.js')));
  const w = new Worker('w/dynamic-import-worker.js');
  const lines = await new Promise((r) => { w.onmessage = (e) => r(e.data); });
  for (const l of lines) console.log(l);
  w.terminate();
})();
