// The classic worker of dynamic-import-classic.js: import() from its own script.
const show = (where, p) => p.then((m) => where + ': ' + Object.keys(m).sort().join(','), (e) => where + ': ' + e.name);
(async () => {
  postMessage([
    await show('worker ./lib-export.js', import('./lib-export.js')),
    await show('worker mod-a.js', import('./mod-a.js')),
  ]);
})();
