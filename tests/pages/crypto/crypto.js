// crypto.getRandomValues / randomUUID / subtle.digest: results, types and Chromium's errors.
const out = (s) => console.log(s);
const hex = (buf) => Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');
function attempt(label, f) {
  try { out(label + ': ' + f()); } catch (e) { out(label + ': ' + e.name + ': ' + e.message); }
}
out(`${Object.prototype.toString.call(crypto)} ${typeof Crypto} ${crypto instanceof Crypto} ${Object.prototype.toString.call(crypto.subtle)} ${crypto.subtle instanceof SubtleCrypto} same subtle ${crypto.subtle === crypto.subtle}`);
const u8 = new Uint8Array(32);
attempt('getRandomValues returns its argument', () => crypto.getRandomValues(u8) === u8);
attempt('not all zero', () => u8.some((b) => b !== 0));
for (const T of [Int8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, BigInt64Array, BigUint64Array]) {
  attempt(T.name, () => { const a = crypto.getRandomValues(new T(4)); return a.length + ' ' + (a instanceof T); });
}
attempt('Float32Array', () => crypto.getRandomValues(new Float32Array(4)));
attempt('Float64Array', () => crypto.getRandomValues(new Float64Array(4)));
attempt('DataView', () => crypto.getRandomValues(new DataView(new ArrayBuffer(4))));
attempt('65536 bytes', () => crypto.getRandomValues(new Uint8Array(65536)).length);
attempt('65537 bytes', () => crypto.getRandomValues(new Uint8Array(65537)));
attempt('16385 Uint32', () => crypto.getRandomValues(new Uint32Array(16385)));
attempt('no argument', () => crypto.getRandomValues());
attempt('a number', () => crypto.getRandomValues(5));
attempt('an ArrayBuffer', () => crypto.getRandomValues(new ArrayBuffer(4)));
attempt('empty', () => crypto.getRandomValues(new Uint8Array(0)).length);
attempt('on a SharedArrayBuffer', () => crypto.getRandomValues(new Uint8Array(new SharedArrayBuffer(8))).length);
attempt('unbound', () => { const f = crypto.getRandomValues; return f(new Uint8Array(1)); });
attempt('new Crypto', () => new Crypto());
const uuids = new Set();
let shapeOk = true;
for (let i = 0; i < 100; i++) {
  const u = crypto.randomUUID();
  uuids.add(u);
  shapeOk = shapeOk && /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u);
}
out(`randomUUID: ${typeof crypto.randomUUID()} version-4 shape ${shapeOk} distinct ${uuids.size}`);

const enc = new TextEncoder();
(async () => {
  for (const alg of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', 'sha-256', { name: 'SHA-256' }]) {
    const d = await crypto.subtle.digest(alg, enc.encode('abc'));
    out(`digest ${typeof alg === 'string' ? alg : JSON.stringify(alg)} abc: ${d.constructor.name} ${d.byteLength} ${hex(d)}`);
  }
  out('digest of empty: ' + hex(await crypto.subtle.digest('SHA-256', new ArrayBuffer(0))));
  const big = new Uint8Array(100000).map((_, i) => i & 0xff);
  out('digest of a DataView over part of a buffer: ' + hex(await crypto.subtle.digest('SHA-1', new DataView(big.buffer, 10, 1000))));
  const p = crypto.subtle.digest('SHA-256', enc.encode('x'));
  out('digest returns a Promise: ' + (p instanceof Promise));
  for (const [label, f] of [
    ['MD5', () => crypto.subtle.digest('MD5', enc.encode('a'))],
    ['unknown name', () => crypto.subtle.digest({ name: 'nope' }, enc.encode('a'))],
    ['object without name', () => crypto.subtle.digest({}, enc.encode('a'))],
    ['data not a buffer', () => crypto.subtle.digest('SHA-256', 'abc')],
    ['no arguments', () => crypto.subtle.digest()],
  ]) {
    try {
      const r = f();
      await r.then((v) => out(`${label}: resolved ${v}`), (e) => out(`${label}: rejected ${e.name}: ${e.message}`));
    } catch (e) {
      out(`${label}: threw ${e.name}: ${e.message}`);
    }
  }
})();
