// exercise.js — runs the shims' APIs once the traps are set, and prints what they return, so that the page shows
// both that the APIs work as in an untouched realm and (through watch.js) that no trap saw the shims' insides.
// Everything printed to stdout is a string (Chromium's capture only sees strings); console.error/warn calls run
// the console's object inspector and go to stderr, which these pages do not assert.
function inspectEverything() {
  const nested = { a: 1, b: [1, 2, { c: new Map([[1, { d: 2 }]]) }], s: new Set(['x']) };
  nested.self = nested;
  console.error(nested, [1, , 3], function f(a) { return a; }, Symbol('s'), 10n, new Error('e'), Promise.resolve(1),
    new Uint8Array(3), new Date(0), /x/g, new Proxy({}, {}), Object.create(null), new ArrayBuffer(4), new WeakMap(),
    class K {}, new (class Point { constructor() { this.x = 1; } })(), new Headers([['a', 'b']]), new URL('http://u.test/'));
  console.warn('%o %O %d %i %f %s %c', { x: 1 }, [1], '2', 3.5, '4.5', 'five', 'color: red');
  console.error(new Event('e'), new EventTarget(), new AbortController().signal, new TextEncoder(), new Blob(['b']));
  console.assert(false, { why: 'assert' });
}

self.exerciseCommon = async function (label, log, dataURL) {
  // console: objects of every kind through the inspector (stderr); the window only (the worker's inspector is the
  // same code, and walking every trapped prototype twice made the page slow on a loaded machine)
  if (label === 'window') inspectEverything();
  log('console: ok');

  // events
  const t = new EventTarget();
  let got = '';
  t.addEventListener('x', (e) => { got += ' a:' + e.type + ':' + e.detail; }, { once: true });
  t.addEventListener('x', { handleEvent(e) { got += ' b:' + e.eventPhase + ':' + (e.currentTarget === t); } });
  const ac = new AbortController();
  t.addEventListener('x', () => { got += ' c'; }, { signal: ac.signal, capture: true });
  t.dispatchEvent(new CustomEvent('x', { detail: 7, cancelable: true }));
  ac.abort('why');
  t.dispatchEvent(new Event('x'));
  const any = AbortSignal.any([ac.signal, new AbortController().signal]);
  const ee = new ErrorEvent('error', { message: 'm', lineno: 3, error: 1 });
  log('events:' + got + ' | ' + ac.signal.aborted + ' ' + ac.signal.reason + ' ' + any.aborted + ' ' + ee.message + ee.lineno +
    ' ' + new MessageEvent('message', { data: 5 }).data + ' ' + new DOMException('d', 'AbortError').code);

  // timers and microtasks
  let order = '';
  await new Promise((resolve) => {
    let n = 0;
    setTimeout((a, b) => { order += ' t' + a + b; }, 0, 1, 2);
    const iv = setInterval(() => { order += ' i' + (++n); if (n === 2) { clearInterval(iv); resolve(); } }, 5);
    queueMicrotask(() => { order += ' m'; });
  });
  log('timers:' + order + ' ' + (typeof performance.now()) + ' ' + (performance.timeOrigin > 0));

  // URL
  const u = new URL('../a/./b?x=1&y=2&x=3#frag', 'http://user:pw@ex.test:8080/p/q/r');
  u.searchParams.append('z', '\u00e9');
  const sp = new URLSearchParams({ b: '2', a: '1' });
  sp.sort();
  log('url: ' + u.href + ' ' + u.searchParams.getAll('x').join(',') + ' ' + sp.toString() + ' ' +
    URL.canParse('nope') + ' ' + new URL('HTTP://EX.TEST/%7e?q#h').href + ' ' + [...new URLSearchParams('a=1&b=2').keys()].join(''));

  // encoding
  const bytes = new TextEncoder().encode('h\u00e9llo \u20ac');
  const into = new Uint8Array(4);
  const r = new TextEncoder().encodeInto('a\u00f1b', into);
  log('encoding: ' + Array.prototype.join.call(bytes, ',') + ' ' + new TextDecoder().decode(bytes) + ' ' + r.read + '/' + r.written +
    ' ' + new TextDecoder('utf-16le').decode(new Uint8Array([104, 0, 105, 0])) + ' ' + btoa('hi') + ' ' + atob('aGk='));

  // structuredClone
  const src = { m: new Map([['k', [1, 2]]]), s: new Set([1]), d: new Date(5), re: /a/gi, u8: new Uint8Array([1, 2]),
    e: new RangeError('bad'), n: null, u: undefined, big: 3n, neg: -0, nested: { deep: [{}] } };
  src.loop = src;
  const c = structuredClone(src);
  let cloneErr = '';
  try { structuredClone({ f() {} }); } catch (e) { cloneErr = e.name + ': ' + e.message; }
  log('clone: ' + (c.loop === c) + ' ' + c.m.get('k').join('+') + ' ' + c.s.has(1) + ' ' + c.d.getTime() + ' ' + c.re.flags +
    ' ' + c.u8[1] + ' ' + (c.e instanceof RangeError) + c.e.message + ' ' + ('u' in c) + ' ' + c.big + ' ' + Object.is(c.neg, -0) +
    ' ' + cloneErr);

  // Blob, Response, Request, Headers, fetch
  const blob = new Blob(['ab', new Uint8Array([99])], { type: 'text/plain' });
  const h = new Headers({ 'X-B': '2', 'x-a': '1' });
  h.append('x-a', '3');
  const res = new Response('{"j":1}', { status: 201, headers: { 'content-type': 'application/json' } });
  const req = new Request('http://ex.test/r', { method: 'POST', body: 'payload' });
  log('fetch api: ' + (await blob.text()) + ' ' + blob.size + ' ' + [...h].map((p) => p.join('=')).join('&') + ' ' +
    res.status + ' ' + (await res.json()).j + ' ' + req.method + ' ' + (await req.text()));
  const f = await fetch(dataURL);
  log('fetch: ' + f.status + ' ' + f.headers.get('content-type').split(';')[0] + ' ' + (await f.text()).trim());
  const burl = URL.createObjectURL(new Blob(['blob body']));
  log('blob url: ' + (await (await fetch(burl)).text()));
  URL.revokeObjectURL(burl);
  log('data url: ' + (await (await fetch('data:text/plain,hi%20there')).text()));

  // MessageChannel within this realm
  const ch = new MessageChannel();
  const viaPort = await new Promise((resolve) => {
    ch.port2.onmessage = (e) => resolve(e.data.x + ':' + e.data.list.length + ':' + (e.data.buf.byteLength));
    const buf = new ArrayBuffer(8);
    ch.port1.postMessage({ x: 'port', list: [1, 2, 3], buf }, [buf]);
  });
  log('channel: ' + viaPort);
};

/** The window's part: the common part, then a worker (with the same traps) for postMessage, workers, Atomics. */
self.exerciseWindow = async function (traps) {
  const log = (s) => console.log('window ' + s);
  console.count('window');
  await self.exerciseCommon('window', log, 'lib/data.txt');
  const w = new Worker('lib/worker.js?traps=' + traps);
  const next = () => new Promise((resolve) => { w.onmessage = (e) => resolve(e.data); });
  log('worker: ' + (await next()));
  // a structured object, a transferred buffer and a port
  const ch = new MessageChannel();
  const buf = new Uint8Array([1, 2, 3]).buffer;
  w.postMessage({ kind: 'echo', obj: { a: [1, { b: 2 }], m: new Map([[1, 2]]) }, buf, port: ch.port2 }, [buf, ch.port2]);
  const portReply = new Promise((resolve) => { ch.port1.onmessage = (e) => resolve(e.data); });
  log('echo: ' + (await next()) + ' | port: ' + (await portReply) + ' | detached: ' + buf.byteLength);
  // Atomics: the worker waits on shared memory, the window wakes it
  const sab = new SharedArrayBuffer(16);
  const i32 = new Int32Array(sab);
  w.postMessage({ kind: 'wait', sab });
  log('atomics: ' + (await next()));
  Atomics.store(i32, 0, 1);
  Atomics.notify(i32, 0);
  log('atomics: ' + (await next()) + ' ' + Atomics.load(i32, 1));
  const wa = Atomics.waitAsync(i32, 2, 0, 10);
  log('waitAsync: ' + wa.async + ' ' + (await wa.value));
  w.postMessage({ kind: 'report' });
  log('worker ' + (await next()));
  w.terminate();
  log(self.leakReport('window'));
};
