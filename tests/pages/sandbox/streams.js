// capture: realtime
// Streams made by the shims (Blob.stream(), Response.body, a stream body read whole, a transferred stream) while the
// page has replaced what web-streams-polyfill calls at run time (Function.prototype.apply/call, Array.prototype.push
// and shift, Promise.prototype.then, a `then` getter on Object.prototype). The polyfill hands those hooks its own
// objects and the underlying sources the shims made, which must hold nothing but the page's bytes: no `$`, no
// internal body record, no private MessagePort of a transferred stream.
const originals = {
  apply: Function.prototype.apply, call: Function.prototype.call, push: Array.prototype.push,
  shift: Array.prototype.shift, then: Promise.prototype.then,
};
const R = Reflect.apply;
const seen = [];
const note = (...vs) => {
  for (let i = 0; i < vs.length; i++) {
    const v = vs[i];
    if (v !== null && (typeof v === 'object' || typeof v === 'function')) seen[seen.length] = v;
  }
};
const enc = new TextEncoder();
const dec = new TextDecoder();
function hook() {
  Function.prototype.apply = function (thisArg, args) { note(this, thisArg, args); if (args) for (let i = 0; i < args.length; i++) note(args[i]); return R(this, thisArg, args || []); };
  Function.prototype.call = function (thisArg, ...args) { note(this, thisArg, ...args); return R(this, thisArg, args); };
  Array.prototype.push = function (...xs) { note(this, ...xs); return R(originals.push, this, xs); };
  Array.prototype.shift = function () { note(this); return R(originals.shift, this, []); };
  Promise.prototype.then = function (f, r) { note(this, f, r); return R(originals.then, this, [f, r]); };
  Object.defineProperty(Object.prototype, 'then', { configurable: true, get() { note(this); return undefined; } });
}
function unhook() {
  Function.prototype.apply = originals.apply;
  Function.prototype.call = originals.call;
  Array.prototype.push = originals.push;
  Array.prototype.shift = originals.shift;
  Promise.prototype.then = originals.then;
  delete Object.prototype.then;
}
const INTERNAL = ['host', 'primordials', 'agentKind', 'byteStream', 'streamPorts', 'bytes', 'disturbed', 'abortSignal', 'endpoint'];
function leaks(v) {
  if (v instanceof MessagePort) return true; // only the shims' private ports exist on this page
  let keys;
  try { keys = Reflect.ownKeys(v); } catch (e) { return false; }
  for (const k of keys) {
    if (INTERNAL.includes(k)) return true;
    let d;
    try { d = Object.getOwnPropertyDescriptor(v, k); } catch (e) { continue; }
    const x = d && d.value;
    if (x !== null && typeof x === 'object' && Reflect.ownKeys(x).some((kk) => INTERNAL.includes(kk))) return true;
  }
  return false;
}

(async () => {
  const w = new Worker('streams-worker.js');
  const workerRead = new Promise((resolve) => { w.onmessage = (e) => resolve(e.data); });
  hook();
  const out = [];
  const r = new Blob(['blob bytes']).stream().getReader();
  const c = await r.read();
  out.push(dec.decode(c.value));
  const res = new Response('response bytes');
  const rr = res.body.getReader();
  out.push(dec.decode((await rr.read()).value));
  out.push(await new Response(new ReadableStream({ start(ctl) { ctl.enqueue(enc.encode('stream body')); ctl.close(); } })).text());
  const moving = new ReadableStream({ start(ctl) { ctl.enqueue(enc.encode('to the worker')); ctl.close(); } });
  w.postMessage(moving, [moving]);
  out.push(await workerRead);
  unhook();
  console.log('results: ' + out.join(' | '));
  console.log('leaked: ' + seen.some(leaks));
  // an underlying source the shims made, called by the page with a controller of its own, gives only bytes
  const sources = seen.filter((v) => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === null && typeof v.pull === 'function');
  let handed = [];
  for (const s of sources) {
    try { Reflect.apply(s.pull, s, [{ enqueue(x) { handed.push(Object.prototype.toString.call(x)); }, close() {}, error(x) { handed.push('error'); }, get byobRequest() { return null; } }]); } catch (e) { handed.push(e.name); }
  }
  console.log('pull with a fake controller handed: ' + (handed.every((h) => h === '[object Uint8Array]') ? 'bytes only' : handed.join()));
  w.terminate();
})();
