// JSPI suspend + resume (µs per suspension): a promising export calling a Suspending import that returns an
// capture: realtime
// already-resolved promise, 20,000 calls awaited one after another; and the same 20,000 suspensions inside one
// promising call (a wasm loop), which leaves out the promising call's own cost. Median of the last three of
// several rounds (the JIT needs warming); the first round is printed too.
const N = 20000, REPEAT = 10;
const median3 = (xs) => xs.slice(-3).sort((a, b) => a - b)[1];
(async () => {
  const bytes = await (await fetch('jspi.wasm')).arrayBuffer();
  const { instance } = await WebAssembly.instantiate(bytes, {
    env: { suspend: new WebAssembly.Suspending((x) => Promise.resolve(x)), plain: (x) => x, log: () => {} },
  });
  const one = WebAssembly.promising(instance.exports.one);
  const loop = WebAssembly.promising(instance.exports.loop);
  const calls = [], inOne = [];
  for (let r = 0; r < REPEAT; r++) {
    let t0 = performance.now();
    let sum = 0;
    for (let i = 0; i < N; i++) sum += await one(i);
    calls.push(performance.now() - t0);
    t0 = performance.now();
    const s2 = await loop(N);
    inOne.push(performance.now() - t0);
    if (sum !== s2) throw new Error('wrong sum ' + sum + ' ' + s2);
  }
  console.log('RESULT jspi-suspend-resume-us ' + (median3(calls) * 1000 / N).toFixed(2));
  console.log('RESULT jspi-suspend-resume-first-round-us ' + (calls[0] * 1000 / N).toFixed(2));
  console.log('RESULT jspi-suspend-resume-one-stack-us ' + (median3(inOne) * 1000 / N).toFixed(2));
})().catch((e) => console.error('jspi bench failed: ' + e));
