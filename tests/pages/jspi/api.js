// capture: realtime (wasm compiles off the main thread; virtual time would end the page early)
// JSPI's API surface: WebAssembly.Suspending, promising and SuspendError, their argument checks (V8's messages)
// and what a promising function looks like.
(async () => {
  const log = (...a) => console.log(a.join(' '));
  const WA = WebAssembly;
  log('Suspending' in WA, typeof WA.promising, typeof WA.SuspendError);
  for (const [what, f] of [
    ['promising()', () => WA.promising()],
    ['promising(js function)', () => WA.promising(() => 1)],
    ['promising({})', () => WA.promising({})],
    ['promising(Math.max)', () => WA.promising(Math.max)],
    ['new Suspending()', () => new WA.Suspending()],
    ['new Suspending({})', () => new WA.Suspending({})],
    ['Suspending(fn) without new', () => WA.Suspending(() => 1)],
    ['Suspending() without new', () => WA.Suspending()],
  ]) {
    try { const r = f(); log(what, 'returned', typeof r); } catch (e) { log(what, 'threw', e.name + ': ' + e.message); }
  }
  const s = new WA.Suspending(() => 1);
  log('Suspending object:', String(s), typeof s, JSON.stringify(Object.getOwnPropertyNames(s)),
    JSON.stringify(Object.getOwnPropertyNames(WA.Suspending.prototype)), WA.Suspending.length, WA.Suspending.name,
    Object.getPrototypeOf(s) === WA.Suspending.prototype);
  for (const k of ['Suspending', 'promising', 'SuspendError']) {
    const d = Object.getOwnPropertyDescriptor(WA, k);
    log(k, 'writable', d.writable, 'enumerable', d.enumerable, 'configurable', d.configurable);
  }
  log('promising:', WA.promising.length, WA.promising.name);
  const e = new WA.SuspendError('m');
  log('SuspendError:', e.name, e.message, String(e), e instanceof Error, e instanceof WA.SuspendError,
    Object.getPrototypeOf(WA.SuspendError) === Error, Object.getPrototypeOf(WA.SuspendError.prototype) === Error.prototype,
    JSON.stringify(Object.getOwnPropertyNames(WA.SuspendError.prototype)), WA.SuspendError.length, WA.SuspendError.name,
    Object.prototype.toString.call(e));
  const e2 = WA.SuspendError('without new');
  log('SuspendError() without new:', e2 instanceof WA.SuspendError, e2.message);
  const bytes = await (await fetch('jspi.wasm')).arrayBuffer();
  const { instance } = await WA.instantiate(bytes, { env: { suspend: s, plain: (x) => x, log: () => {} } });
  const f = WA.promising(instance.exports.twice);
  log('promising function:', typeof f, f.length, f.name === instance.exports.twice.name, f === WA.promising(instance.exports.twice));
  try { new f(1); log('new promising function: returned'); } catch (err) { log('new promising function threw', err.name); }
  const p = f(1);
  log('returns a Promise:', p instanceof Promise, Object.prototype.toString.call(p));
  log('non-promise results, each awaited:', await p);
  log('Instance:', WA.Instance.prototype.constructor === WA.Instance, instance instanceof WA.Instance,
    new WA.Instance(new WA.Module(bytes), { env: { suspend: s, plain: (x) => x, log: () => {} } }) instanceof WA.Instance);
  const i2 = new WA.Instance(new WA.Module(bytes), { env: { suspend: new WA.Suspending(async (x) => x * 3), plain: (x) => x, log: () => {} } });
  log('new Instance with a Suspending import:', await WA.promising(i2.exports.twice)(1));
  log('a plain import under promising:', await WA.promising(i2.exports.viaPlain)(5));
  const throwing = { get env() { throw new RangeError('import object getter'); } };
  const r = WA.instantiate(new WA.Module(bytes), throwing);
  log('a throwing import getter rejects instantiate:', r instanceof Promise, await r.then(() => 'fulfilled', (e) => e.name + ': ' + e.message));
  try { new WA.Instance(new WA.Module(bytes), throwing); } catch (e) { log('and throws from new Instance:', e.name + ': ' + e.message); }
})().catch((e) => console.log('page failed: ' + e + ' ' + e.stack));
