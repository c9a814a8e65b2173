// capture: realtime (wasm compiles off the main thread; virtual time would end the page early)
// JSPI's error paths: a rejected promise is thrown into wasm and (uncaught there) rejects the promising call;
// traps and throws reject it too; SuspendError without a promising call or with JS frames in between; values that
// are not promises (and thenables) are awaited like promises.
(async () => {
  const log = (...a) => console.log(a.join(' '));
  const bytes = await (await fetch('jspi.wasm')).arrayBuffer();
  let plain = (x) => x;
  const make = async (fn) => (await WebAssembly.instantiate(bytes, {
    env: { suspend: new WebAssembly.Suspending(fn), plain: (x) => plain(x), log: (x) => log('wasm', x) },
  })).instance.exports;
  const outcome = (p) => p.then((v) => 'fulfilled with ' + v, (e) => 'rejected with ' + (e instanceof Error ? e.constructor.name + ': ' + e.message : typeof e + ' ' + e));

  let calls = 0;
  const counted = await make((x) => { calls++; return Promise.resolve(x); });
  try { counted.twice(1); } catch (e) { log('export called directly:', e.name + ': ' + e.message, e instanceof WebAssembly.SuspendError, 'import function called', calls, 'times'); }
  try { counted.indirect(0, 5); } catch (e) { log('call_indirect to the import, directly:', e.name + ': ' + e.message); }

  log('rejected promise:', await outcome(WebAssembly.promising((await make((x) => Promise.reject(new RangeError('no ' + x)))).once)(3)));
  log('rejected with a string:', await outcome(WebAssembly.promising((await make((x) => Promise.reject('just a string'))).once)(4)));
  log('async function that throws:', await outcome(WebAssembly.promising((await make(async (x) => { throw new SyntaxError('async ' + x); })).once)(5)));
  const syncThrow = WebAssembly.promising((await make(() => { throw new TypeError('sync'); })).once);
  const p = syncThrow(6);
  log('function that throws: the call still returns a promise:', p instanceof Promise);
  log('function that throws:', await outcome(p));
  log('second suspension rejected:', await outcome(WebAssembly.promising((await make((x) => (x > 50 ? Promise.reject(new Error('second')) : x))).twice)(1)));
  const ok = await make((x) => Promise.resolve(x));
  log('trap after resuming:', await outcome(WebAssembly.promising(ok.trapAfter)(7)));
  const trap = WebAssembly.promising(ok.trap)(8);
  log('trap before any suspension: returns a promise:', trap instanceof Promise);
  log('trap before any suspension:', await outcome(trap));
  log('no import at all:', await outcome(WebAssembly.promising(ok.add1)(41)));
  log('resolves to a BigInt:', (await outcome(WebAssembly.promising((await make(() => Promise.resolve(1n))).once)(9))).split(':')[0]);
  log('not a promise (a number):', await outcome(WebAssembly.promising((await make((x) => x * 2)).once)(10)));
  log('not a promise (a string):', await outcome(WebAssembly.promising((await make((x) => '12')).once)(11)));
  log('undefined:', await outcome(WebAssembly.promising((await make(() => undefined)).once)(12)));
  log('a thenable:', await outcome(WebAssembly.promising((await make((x) => ({ then(resolve) { log('then called'); resolve(x + 1); } }))).once)(13)));
  log('a thenable that rejects:', await outcome(WebAssembly.promising((await make(() => ({ then(_, reject) { reject(new EvalError('thenable')); } }))).once)(14)));

  // A JS import between the promising call and the Suspending import.
  plain = (x) => ok.once(x);
  log('JS frames in between:', await outcome(WebAssembly.promising(ok.viaPlain)(15)));
  plain = (x) => { try { return ok.once(x); } catch (e) { log('caught in JS:', e.name, e instanceof WebAssembly.SuspendError); return -1; } };
  log('SuspendError caught by the JS import:', await outcome(WebAssembly.promising(ok.viaPlain)(16)));
  // A promising call inside a JS import starts a stack of its own.
  plain = (x) => { WebAssembly.promising(ok.once)(x).then((v) => log('inner stack settled with', v)); return 99; };
  log('promising inside a JS import:', await outcome(WebAssembly.promising(ok.viaPlain)(17)));
  plain = (x) => x + 1;
  log('call_indirect to the Suspending import:', await outcome(WebAssembly.promising(ok.indirect)(0, 18)));
  log('call_indirect to the JS import:', await outcome(WebAssembly.promising(ok.indirect)(1, 19)));
  // The Suspending function itself calls wasm that would suspend: JS frames.
  const nested = await make((x) => (x < 100 ? ok.once(x + 100) : x));
  log('Suspending function calling a suspending export:', await outcome(WebAssembly.promising(nested.once)(20)));
  log('done');
})().catch((e) => console.log('page failed: ' + e + ' ' + e.stack));
