// capture: realtime
// Deep and many: a wasm recursion 1,000 frames deep suspended at its bottom, and 1,000 stacks suspended at once,
// resumed in reverse order. (10,000 frames deep: JspiTest, which lets GraalWasm compile the recursion first.)
(async () => {
  const log = (...a) => console.log(a.join(' '));
  const bytes = await (await fetch('jspi.wasm')).arrayBuffer();
  let awaited = (x) => Promise.resolve(x);
  const { instance } = await WebAssembly.instantiate(bytes, {
    env: { suspend: new WebAssembly.Suspending((x) => awaited(x)), plain: (x) => x, log: () => {} },
  });
  const deep = WebAssembly.promising(instance.exports.deep);
  let release;
  awaited = () => new Promise((r) => { release = r; });
  const p = deep(1000);
  log('1,000 frames deep: suspended');
  setTimeout(() => release(5), 10);
  log('1,000 frames deep: resumed with 5, returned', await p);

  const resolvers = [];
  awaited = (x) => new Promise((r) => resolvers.push(() => r(x)));
  const once = WebAssembly.promising(instance.exports.once);
  const order = [];
  const all = [];
  for (let i = 0; i < 1000; i++) all.push(once(i).then((v) => order.push(v)));
  log('1,000 stacks suspended:', resolvers.length);
  for (let i = resolvers.length - 1; i >= 0; i--) resolvers[i]();
  await Promise.all(all);
  log('resumed in reverse order:', order.length, order.every((v, i) => v === 999 - i));
  log('done');
})().catch((e) => console.log('page failed: ' + e + ' ' + e.stack));
