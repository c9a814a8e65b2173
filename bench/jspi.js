// JSPI suspend + resume (µs per suspension): a promising export calling a Suspending import that returns an
// capture: realtime
// already-resolved promise, 20,000 calls awaited one after another; and the same 20,000 suspensions inside one
// promising call (a wasm loop), which leaves out the promising call's own cost. The JIT needs many rounds here
// (Truffle compiles the shim's drive/runCall, the wasm adapters and the promise jobs one by one, and a round after a
// deoptimization is slow again): rounds go on until the last three agree within 15% (at least 25: three rounds can
// agree on a plateau half-way through warm-up; at most 60, or 60 s), and the figure is the median of those three.
// The first round and the number of rounds are printed too.
const N = 20000, MIN_ROUNDS = 25, MAX_ROUNDS = 60, MAX_MS = 60000;
const median3 = (xs) => xs.slice(-3).sort((a, b) => a - b)[1];
const settled = (xs) => {
  if (xs.length < MIN_ROUNDS) return false;
  const last = xs.slice(-3), m = median3(xs);
  return (Math.max(...last) - Math.min(...last)) / m < 0.15;
};
(async () => {
  const bytes = await (await fetch('jspi.wasm')).arrayBuffer();
  const { instance } = await WebAssembly.instantiate(bytes, {
    env: { suspend: new WebAssembly.Suspending((x) => Promise.resolve(x)), plain: (x) => x, log: () => {} },
  });
  const one = WebAssembly.promising(instance.exports.one);
  const loop = WebAssembly.promising(instance.exports.loop);
  const calls = [], inOne = [];
  const start = performance.now();
  while (calls.length < MAX_ROUNDS && performance.now() - start < MAX_MS && !(settled(calls) && settled(inOne))) {
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
  console.log('RESULT jspi-rounds ' + calls.length + (settled(calls) && settled(inOne) ? '' : ' (not settled)'));
})().catch((e) => console.error('jspi bench failed: ' + e));
