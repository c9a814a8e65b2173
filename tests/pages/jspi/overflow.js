// JspiTest: promising calls whose wasm recursion is too deep to suspend on a cold (interpreted) stack end with a
// catchable error, and the page goes on (before, a freeze that ran out of stack ended the page with "Uncaught null").
(async () => {
  const bytes = await (await fetch('jspi.wasm')).arrayBuffer();
  const { instance } = await WebAssembly.instantiate(bytes, {
    env: { suspend: new WebAssembly.Suspending((x) => Promise.resolve(x)), plain: (x) => x, log: () => {} },
  });
  const deep = WebAssembly.promising(instance.exports.deep);
  for (const n of [2000, 2500, 3000, 20000, 100]) {
    try { console.log(n + ' -> ' + await deep(n)); } catch (e) { console.log(n + ' -> ' + e.name + ': ' + e.message); }
  }
  console.log('after: ' + (await deep(5)));
})();
