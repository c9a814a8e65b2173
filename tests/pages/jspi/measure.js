// JspiTest: the heap a suspended stack takes. Each "MEASURE" line is where the test reads the heap (after a GC):
// 1,000 stacks suspended in `once`, then one stack 10,000 frames deep (when it fits: GraalWasm must have compiled
// the recursion; the test runs this page again until it does).
(async () => {
  const log = (...a) => console.log(a.join(' '));
  const bytes = await (await fetch('jspi.wasm')).arrayBuffer();
  let awaited = (x) => Promise.resolve(x);
  const { instance } = await WebAssembly.instantiate(bytes, {
    env: { suspend: new WebAssembly.Suspending((x) => awaited(x)), plain: (x) => x, log: () => {} },
  });
  const once = WebAssembly.promising(instance.exports.once);
  const deep = WebAssembly.promising(instance.exports.deep);
  for (let i = 0; i < 2000; i++) await once(i);
  for (let i = 0; i < 20; i++) await deep(1000);
  const resolvers = [];
  awaited = (x) => new Promise((r) => resolvers.push(() => r(x)));
  log('MEASURE baseline');
  const all = [];
  for (let i = 0; i < 1000; i++) all.push(once(i));
  log('MEASURE 1000 suspended');
  resolvers.forEach((r) => r());
  resolvers.length = 0;
  const sum = (await Promise.all(all)).reduce((a, b) => a + b, 0);
  log('1000 resumed, sum', sum);
  log('MEASURE released');
  let result;
  try {
    const p = deep(10000);
    if (resolvers.length === 1) {
      log('MEASURE deep suspended');
      resolvers[0]();
    }
    result = await p;
  } catch (e) {
    result = String(e);
  }
  log('10,000 frames deep:', result);
})();
