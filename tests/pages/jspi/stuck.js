// JspiTest: a wasm stack that waits forever (the page times out, and the report lists the stack).
(async () => {
  const bytes = await (await fetch('jspi.wasm')).arrayBuffer();
  const { instance } = await WebAssembly.instantiate(bytes, {
    env: { suspend: new WebAssembly.Suspending(function neverSettles() { return new Promise(() => {}); }), plain: (x) => x, log: () => {} },
  });
  WebAssembly.promising(instance.exports.twice)(1);
  console.log('suspended');
})();
