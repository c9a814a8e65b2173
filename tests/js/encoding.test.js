'use strict';
// node tests/js/encoding.test.js — encoding.js in a bare vm context; Node's TextEncoder/TextDecoder/atob/btoa as
// the oracle, and the browser pages in tests/pages/encoding against what Chromium printed.
const vm = require('vm'), fs = require('fs'), assert = require('node:assert');
const SHIMS = __dirname + '/../../js-shims/';

// Stand-in for the DOMException that events.js (loaded earlier in the real harness) puts on $.
const DOMEXCEPTION_SRC = `(function (g, $) {
  class DOMException extends Error {
    constructor(message, name) { super(message); this._name = name; }
    get name() { return this._name; }
    get code() { return this._name === 'InvalidCharacterError' ? 5 : 0; }
  }
  $.DOMException = DOMException;
  Object.defineProperty(g, 'DOMException', { value: DOMException, writable: true, configurable: true });
})`;

function load(kind, withDOMException) {
  const ctx = vm.createContext({});
  const g = vm.runInContext('globalThis', ctx);
  const $ = { agentKind: kind };
  vm.runInContext(fs.readFileSync(SHIMS + 'webidl.js', 'utf8'), ctx)(g, $);
  if (withDOMException) vm.runInContext(DOMEXCEPTION_SRC, ctx)(g, $);
  vm.runInContext(fs.readFileSync(SHIMS + 'encoding.js', 'utf8'), ctx)(g, $);
  return { ctx, g, $ };
}

let failures = 0, passed = 0;
function check(name, fn) {
  try { fn(); passed++; } catch (e) { failures++; console.log('FAIL', name, '\n   ', String(e.message).split('\n').join('\n    ')); }
}
function throws(fn, Ctor, message, name) {
  let err = null;
  try { fn(); } catch (e) { err = e; }
  assert.ok(err, 'expected an exception');
  if (Ctor) assert.strictEqual(err.constructor, Ctor, 'wrong type: ' + err);
  if (message !== undefined) assert.strictEqual(err.message, message);
  if (name !== undefined) assert.strictEqual(err.name, name);
  return err;
}

const { ctx, g, $ } = load('window', true);
const u8 = (arr) => new g.Uint8Array(arr);

// deterministic PRNG
let seed = 12345;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const INTERESTING = [0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xC3, 0xDF, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0x9F, 0xA0, 0x8F, 0x90, 0xBB, 0xFE];
function randomBytes(len) {
  const a = [];
  for (let i = 0; i < len; i++) a.push(rnd(3) ? INTERESTING[rnd(INTERESTING.length)] : rnd(256));
  return a;
}

// ------------------------------------------------------------------ TextDecoder vs Node
// (Node decodes "windows-1252" as ISO-8859-1 and lacks x-user-defined: those are checked by the Chromium pages.)
for (const label of ['utf-8', 'utf-16le', 'utf-16be']) {
  check('decode random bytes ' + label, () => {
    for (let k = 0; k < 400; k++) {
      const bytes = randomBytes(rnd(12));
      for (const ignoreBOM of [false, true]) {
        const n = new TextDecoder(label, { ignoreBOM }).decode(new Uint8Array(bytes));
        const m = new g.TextDecoder(label, { ignoreBOM }).decode(u8(bytes));
        assert.strictEqual(m, n, `${label} ${JSON.stringify(bytes)}`);
      }
    }
  });
}
for (const label of ['utf-8', 'utf-16le', 'utf-16be']) {
  check('fatal random bytes ' + label, () => {
    for (let k = 0; k < 400; k++) {
      const bytes = randomBytes(rnd(10));
      let n, m;
      try { n = new TextDecoder(label, { fatal: true }).decode(new Uint8Array(bytes)); } catch (e) { n = 'ERROR'; }
      try { m = new g.TextDecoder(label, { fatal: true }).decode(u8(bytes)); } catch (e) {
        assert.strictEqual(e.constructor, g.TypeError);
        assert.strictEqual(e.message, "Failed to execute 'decode' on 'TextDecoder': The encoded data was not valid.");
        m = 'ERROR';
      }
      assert.strictEqual(m, n, `${label} ${JSON.stringify(bytes)}`);
    }
  });
  check('streaming random splits ' + label, () => {
    for (let k = 0; k < 300; k++) {
      const bytes = randomBytes(rnd(16));
      const nd = new TextDecoder(label), md = new g.TextDecoder(label);
      let n = '', m = '';
      for (let i = 0; i < bytes.length;) {
        const j = i + 1 + rnd(4);
        n += nd.decode(new Uint8Array(bytes.slice(i, j)), { stream: true });
        m += md.decode(u8(bytes.slice(i, j)), { stream: true });
        i = j;
      }
      n += nd.decode(); m += md.decode();
      assert.strictEqual(m, n, `${label} ${JSON.stringify(bytes)}`);
      // the streamed result equals the one-shot result
      assert.strictEqual(m, new g.TextDecoder(label).decode(u8(bytes)));
    }
  });
}
check('decode input kinds', () => {
  const d = new g.TextDecoder();
  const buf = new g.Uint8Array([0x61, 0x62, 0x63, 0x64]).buffer;
  assert.strictEqual(d.decode(buf), 'abcd');
  assert.strictEqual(d.decode(new g.DataView(buf, 1, 2)), 'bc');
  assert.strictEqual(d.decode(new g.Uint16Array(buf, 2, 1)), 'cd');
  assert.strictEqual(d.decode(), '');
  // shared memory is refused, as Chromium 150 does (tests/pages/encoding/shared-memory.js)
  const sab = new g.SharedArrayBuffer(3);
  throws(() => d.decode(new g.Uint8Array(sab)), g.TypeError,
    "Failed to execute 'decode' on 'TextDecoder': The provided ArrayBufferView value must not be shared.");
  throws(() => d.decode(sab), g.TypeError, "Failed to execute 'decode' on 'TextDecoder': parameter 1 is not of type 'ArrayBuffer'.");
  throws(() => d.decode(new g.DataView(sab, 0, 3)), g.TypeError,
    "Failed to execute 'decode' on 'TextDecoder': The provided ArrayBufferView value must not be shared.");
  // ArrayBuffers from another realm are accepted too (brand checks, not instanceof)
  assert.strictEqual(d.decode(new Uint8Array([0x68, 0x69])), 'hi');
  assert.strictEqual(d.decode(new Uint8Array([0x68, 0x69]).buffer), 'hi');
  throws(() => d.decode('abc'), g.TypeError, "Failed to execute 'decode' on 'TextDecoder': parameter 1 is not of type 'ArrayBuffer'.");
  throws(() => d.decode(null), g.TypeError);
  const big = new Uint8Array(100000).fill(0x61);
  assert.strictEqual(d.decode(big).length, 100000);
});
check('decoder errors and labels', () => {
  throws(() => new g.TextDecoder('x'), g.RangeError, "Failed to construct 'TextDecoder': The encoding label provided ('x') is invalid.");
  throws(() => new g.TextDecoder('replacement'), g.RangeError);
  throws(() => g.TextDecoder(), g.TypeError);
  assert.strictEqual(new g.TextDecoder(' \tLatin1\n').encoding, 'windows-1252');
  assert.strictEqual(new g.TextDecoder('unicode').encoding, 'utf-16le');
  assert.strictEqual(new g.TextDecoder('utf-16').encoding, 'utf-16le');
  const d = new g.TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  assert.strictEqual(d.fatal, true);
  assert.strictEqual(d.ignoreBOM, true);
  assert.strictEqual(Object.prototype.toString.call(d), '[object TextDecoder]');
});
check('BOM handling vs Node', () => {
  const cases = [[0xEF, 0xBB, 0xBF, 0x41], [0xEF, 0xBB, 0xBF], [0xEF, 0xBB], [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF]];
  for (const b of cases) {
    for (const ignoreBOM of [false, true]) {
      assert.strictEqual(new g.TextDecoder('utf-8', { ignoreBOM }).decode(u8(b)), new TextDecoder('utf-8', { ignoreBOM }).decode(new Uint8Array(b)));
    }
  }
  const d = new g.TextDecoder();
  assert.strictEqual(d.decode(u8([0xEF]), { stream: true }), '');
  assert.strictEqual(d.decode(u8([0xBB]), { stream: true }), '');
  assert.strictEqual(d.decode(u8([0xBF, 0x41])), 'A');
});

// ------------------------------------------------------------------ TextEncoder vs Node
check('encode vs Node', () => {
  const e = new g.TextEncoder(), ne = new TextEncoder();
  const strings = ['', 'abc', '\u00e9\u20ac\ud83d\udca9', '\ud800', '\udc00\ud800', 'a\ud800b', '\uffff\u0000'];
  for (let k = 0; k < 200; k++) {
    let s = '';
    for (let i = rnd(10); i > 0; i--) s += String.fromCharCode([rnd(0x80), rnd(0x800), 0xD800 + rnd(0x800), rnd(0x10000)][rnd(4)]);
    strings.push(s);
  }
  for (const s of strings) {
    assert.deepStrictEqual(Array.from(e.encode(s)), Array.from(ne.encode(s)), JSON.stringify(s));
    for (const n of [0, 1, 2, 3, 4, 5, 7, 12]) {
      const a = new g.Uint8Array(n), b = new Uint8Array(n);
      const r1 = e.encodeInto(s, a), r2 = ne.encodeInto(s, b);
      assert.deepStrictEqual([r1.read, r1.written], [r2.read, r2.written], JSON.stringify(s) + ' into ' + n);
      assert.deepStrictEqual(Array.from(a), Array.from(b));
    }
  }
  assert.strictEqual(e.encoding, 'utf-8');
  assert.strictEqual(e.encode().length, 0);
  const sabView = new g.Uint8Array(new g.SharedArrayBuffer(4));
  throws(() => e.encodeInto('hi', sabView), g.TypeError,
    "Failed to execute 'encodeInto' on 'TextEncoder': The provided Uint8Array value must not be shared.");
  throws(() => e.encodeInto('a', new g.Uint16Array(2)), g.TypeError,
    "Failed to execute 'encodeInto' on 'TextEncoder': parameter 2 is not of type 'Uint8Array'.");
  throws(() => e.encodeInto('a'), g.TypeError, "Failed to execute 'encodeInto' on 'TextEncoder': 2 arguments required, but only 1 present.");
  throws(() => g.TextEncoder.prototype.encode.call({}), g.TypeError, 'Illegal invocation');
});

// ------------------------------------------------------------------ atob / btoa vs Node
check('atob vs Node (forgiving-base64)', () => {
  const alphabet = 'AZaz09+/= \t\n\f\r-_.\u00ff\u000b';
  for (let k = 0; k < 3000; k++) {
    let s = '';
    for (let i = rnd(9); i > 0; i--) s += rnd(4) ? 'ABCDwxyz0189+/'[rnd(14)] : alphabet[rnd(alphabet.length)];
    let n, m;
    try { n = atob(s); } catch (e) { n = 'ERROR'; }
    try { m = g.atob(s); } catch (e) {
      assert.strictEqual(e.name, 'InvalidCharacterError');
      assert.ok(e instanceof g.DOMException);
      assert.strictEqual(e.message, "Failed to execute 'atob' on 'Window': The string to be decoded is not correctly encoded.");
      m = 'ERROR';
    }
    assert.strictEqual(m, n, JSON.stringify(s));
  }
});
check('btoa vs Node', () => {
  for (let k = 0; k < 500; k++) {
    let s = '';
    for (let i = rnd(10); i > 0; i--) s += String.fromCharCode(rnd(256));
    assert.strictEqual(g.btoa(s), btoa(s));
    assert.strictEqual(g.atob(g.btoa(s)), s);
  }
  const e = throws(() => g.btoa('\u0100'), null,
    "Failed to execute 'btoa' on 'Window': The string to be encoded contains characters outside of the Latin1 range.", 'InvalidCharacterError');
  assert.strictEqual(e.code, 5);
  throws(() => g.atob(), g.TypeError, "Failed to execute 'atob' on 'Window': 1 argument required, but only 0 present.");
  const big = 'x'.repeat(30000);
  assert.strictEqual(g.atob(g.btoa(big)), big);
});
check('worker interface name and DOMException fallback', () => {
  const w = load('dedicatedworker', false);
  throws(() => w.g.atob('*'), null,
    "Failed to execute 'atob' on 'WorkerGlobalScope': The string to be decoded is not correctly encoded.", 'InvalidCharacterError');
  throws(() => w.g.btoa('\u0100'), null,
    "Failed to execute 'btoa' on 'WorkerGlobalScope': The string to be encoded contains characters outside of the Latin1 range.", 'InvalidCharacterError');
  throws(() => w.g.btoa(), w.g.TypeError, "Failed to execute 'btoa' on 'WorkerGlobalScope': 1 argument required, but only 0 present.");
});
check('no leaked globals', () => {
  const fresh = vm.runInContext('Object.getOwnPropertyNames(globalThis)', vm.createContext({}));
  const extra = Object.getOwnPropertyNames(load('window', false).g).filter((k) => !fresh.includes(k)).sort();
  assert.deepStrictEqual(extra, ['TextDecoder', 'TextEncoder', 'atob', 'btoa']);
});

// ------------------------------------------------------------------ browser pages vs Chromium's output
const PAGES = __dirname + '/../pages/encoding/';
// legacy.js needs the JDK's charsets (the Java host): PagesTest runs it in the harness.
for (const file of fs.readdirSync(PAGES).filter((f) => f.endsWith('.js') && f !== 'legacy.js').sort()) {
  const p = load('window', true);
  const lines = [];
  p.g.console = { log: (s) => lines.push(String(s)) };
  vm.runInContext(fs.readFileSync(PAGES + file, 'utf8'), p.ctx, { filename: file });
  const expected = fs.readFileSync(PAGES + file.replace(/\.js$/, '.expected'), 'utf8').split('\n');
  if (expected[expected.length - 1] === '') expected.pop();
  check('page ' + file + ' line count', () => assert.strictEqual(lines.length, expected.length));
  for (let i = 0; i < expected.length; i++) check(`page ${file}:${i + 1}`, () => assert.strictEqual(lines[i], expected[i]));
}

console.log(`${passed} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
