'use strict';
// node tests/js/structured-clone.test.js
// Loads webidl.js + structured-clone.js into a bare vm context and compares $.serialize/$.deserialize (and the
// global structuredClone) with Node's own structuredClone (V8's ValueSerializer) on a corpus of values; cases
// where Node 20's V8 differs from Chromium 156 are asserted against what Chromium printed.
const vm = require('vm');
const fs = require('fs');
const path = require('path');
const assert = require('node:assert');

const root = path.join(__dirname, '..', '..');
const ctx = vm.createContext({});
const g = vm.runInContext('globalThis', ctx);
const $ = {};
vm.runInContext(fs.readFileSync(path.join(root, 'js-shims/webidl.js'), 'utf8'), ctx)(g, $);
// Node 20's V8 lacks ArrayBuffer.prototype.transfer (GraalJS 25 has it): polyfill it with Node's structuredClone.
if (!vm.runInContext('ArrayBuffer.prototype.transfer', ctx)) {
  vm.runInContext(`(function (detach) {
    Object.defineProperty(ArrayBuffer.prototype, 'transfer', { writable: true, configurable: true, value: function transfer() {
      const len = this.byteLength;
      const copy = this.resizable ? new ArrayBuffer(len, { maxByteLength: this.maxByteLength }) : new ArrayBuffer(len);
      new Uint8Array(copy).set(new Uint8Array(this));
      detach(this);
      return copy;
    } });
  })`, ctx)((b) => structuredClone(b, { transfer: [b] }));
}
// Stand-in for events.js's DOMException.
vm.runInContext(`(function ($) {
  const codes = { DataCloneError: 25, SyntaxError: 12, NotFoundError: 8 };
  class DOMException extends Error {
    #name; #message;
    constructor(message = '', name = 'Error') { super(message); this.#name = String(name); this.#message = String(message); }
    get name() { return this.#name; }
    get message() { return this.#message; }
    get code() { return codes[this.#name] || 0; }
  }
  Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
  $.DOMException = DOMException;
})`, ctx)($);
vm.runInContext(fs.readFileSync(path.join(root, 'js-shims/structured-clone.js'), 'utf8'), ctx)(g, $);

let failures = 0, passed = 0;
function test(name, fn) {
  try { fn(); passed++; } catch (e) { failures++; console.error('FAIL ' + name + '\n  ' + (e && e.stack || e)); }
}

// ---- canonical description of a value (same source evaluated in both realms) ---------------------------
const canonSrc = `(function canon(root) {
  const ids = new Map();
  const protoName = (p) => {
    if (p === null) return 'null';
    for (const n of ['Object', 'Array', 'Date', 'RegExp', 'Map', 'Set', 'Error', 'EvalError', 'RangeError',
      'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'ArrayBuffer', 'SharedArrayBuffer', 'DataView',
      'Boolean', 'Number', 'String', 'BigInt', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
      'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']) {
      if (globalThis[n] && globalThis[n].prototype === p) return n;
    }
    return 'other';
  };
  const prim = (v) => {
    if (typeof v === 'number') return Object.is(v, -0) ? 'num:-0' : 'num:' + String(v);
    if (typeof v === 'string') return 'str:' + JSON.stringify(v);
    if (typeof v === 'bigint') return 'big:' + v;
    return typeof v + ':' + String(v);
  };
  function c(v) {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return prim(v);
    if (ids.has(v)) return '#' + ids.get(v);
    const id = ids.size; ids.set(v, id);
    const tag = Object.prototype.toString.call(v);
    let s = '@' + id + ' ' + tag + ' proto=' + protoName(Object.getPrototypeOf(v));
    if (Array.isArray(v)) s += ' length=' + v.length;
    if (tag === '[object Date]') s += ' time=' + prim(v.getTime());
    if (tag === '[object RegExp]') s += ' re=' + v.source + '/' + v.flags + ' lastIndex=' + v.lastIndex;
    if (tag === '[object Map]') s += ' map={' + [...v].map(([k, x]) => c(k) + '=>' + c(x)).join(', ') + '}';
    if (tag === '[object Set]') s += ' set={' + [...v].map(c).join(', ') + '}';
    if (['[object Boolean]', '[object Number]', '[object String]', '[object BigInt]'].includes(tag)) s += ' prim=' + prim(v.valueOf());
    if (tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]') {
      s += ' bytes=' + v.byteLength + ':' + Array.from(new Uint8Array(v)).join(',') + ' resizable=' + (v.resizable || v.growable) + ' max=' + v.maxByteLength;
    }
    if (ArrayBuffer.isView(v)) s += ' view off=' + v.byteOffset + ' len=' + v.byteLength + ' buffer=' + c(v.buffer);
    if (tag === '[object Error]') {
      s += ' name=' + v.name + ' message=' + (Object.hasOwn(v, 'message') ? prim(v.message) : 'none') + ' stackOwn=' + Object.hasOwn(v, 'stack')
        + ' stack=' + (typeof v.stack === 'string' && v.stack.startsWith('custom') ? v.stack : typeof v.stack)
        + ' cause=' + (Object.hasOwn(v, 'cause') ? c(v.cause) : 'none');
      return s;
    }
    const keys = Reflect.ownKeys(v).filter((k) => !(ArrayBuffer.isView(v) || typeof v === 'string') || typeof k !== 'string' || !/^\\d+$/.test(k));
    s += ' {';
    for (const k of keys) {
      if (Array.isArray(v) && k === 'length') continue;
      if (tag === '[object String]' && (k === 'length' || /^\\d+$/.test(k))) continue;
      const d = Object.getOwnPropertyDescriptor(v, k);
      s += ' ' + String(k) + (d.enumerable ? '' : '(hidden)') + (d.writable && d.configurable ? '' : '(ro)') + ':' + ('value' in d ? c(d.value) : 'accessor') + ';';
    }
    return s + ' }';
  }
  return c(root);
})`;
const canonHere = eval(canonSrc);
const canonThere = vm.runInContext(canonSrc, ctx);
const shimClone = (v) => $.deserialize($.serialize(v, [], '').data, []);

// Each corpus entry: an expression (a function body) evaluated in both realms.
const corpus = [
  'undefined', 'null', 'true', 'false', '0', '-0', 'NaN', 'Infinity', '-Infinity', '1.5e300', '-42', '5e-324',
  '""', '"hello"', '"a\\uD800b\\uDFFFc"', '"\\u2028\\u0000\\"\\\\"', '123n', '-123456789012345678901234567890n', '0n',
  '({})', '({a: 1, b: "x", c: [1, 2, 3]})', '({type: "tick", id: 42, payload: "hello", list: [1, 2, 3]})',
  '({u: undefined, n: null, z: -0, nan: NaN, inf: -Infinity, big: 7n})',
  '({2: "two", 1: "one", b: 1, a: 2, [Symbol("s")]: 3})',
  'JSON.parse(\'{"__proto__": {"x": 1}, "y": 2}\')',
  '({"\\uD800": "\\uDC00"})',
  'Object.create(null)', '(() => { const o = Object.create(null); o.a = 1; o.__proto__ = 2; return o; })()',
  '(() => { const o = {a: 1}; Object.defineProperty(o, "h", {value: 2, enumerable: false}); return o; })()',
  '(() => { class Foo { constructor() { this.x = 1; } get y() { return 2; } } return new Foo(); })()',
  '(() => { const o = Object.create({inherited: 1}); o.own = 2; return o; })()',
  '[]', '[1, "a", null, undefined, -0, NaN]', '[1, , 3]', '(() => { const a = [1, 2]; a.length = 5; return a; })()',
  '(() => { const a = [1, 2, 3]; a.x = "y"; a[-1] = 0; return a; })()', '(() => { const a = []; a[100000] = 1; return a; })()',
  'new Array(3)', '[[[[]]]]',
  '(() => { const o = {}; o.self = o; return o; })()',
  '(() => { const a = []; a.push(a, a); return a; })()',
  '(() => { const s = {v: 1}; return [s, s, {s}]; })()',
  '(() => { const o = {}; const m = new Map([[o, o]]); return {m, o, s: new Set([o, m])}; })()',
  'new Date(0)', 'new Date(8.64e15)', 'new Date(NaN)', '(() => { const d = new Date(5); d.x = 1; return d; })()',
  '/a+b/gimsuy', '(() => { const r = /x/g; r.lastIndex = 3; r.p = 1; return r; })()', '/[\\p{L}--\\p{Lu}]/dv', 'new RegExp("")',
  'new Map()', 'new Map([[1, "a"], ["1", "b"], [NaN, -0], [-0, NaN], [{}, []]])', 'new Set([3, 1, 2, "x", undefined])',
  '(() => { const m = new Map(); m.set(m, m); return m; })()', '(() => { const m = new Map([[1, 2]]); m.extra = 1; return m; })()',
  'new Boolean(false)', 'new Number(-0)', 'new Number(NaN)', 'new String("ab\\uD800")', 'Object(5n)',
  '(() => { const s = new String("ab"); s.foo = 1; return s; })()',
  'new Error("m")', 'new EvalError("m")', 'new RangeError()', 'new ReferenceError("r")', 'new SyntaxError("s")',
  'new TypeError("t")', 'new URIError("u")', 'new Error("with cause", {cause: {deep: [1]}})',
  '(() => { const e = new Error("x"); e.name = "TypeError"; return e; })()',
  '(() => { const e = new TypeError("x"); e.name = "Foo"; return e; })()',
  '(() => { class MyErr extends Error { constructor(m) { super(m); this.name = "MyErr"; this.extra = 1; } } return new MyErr("q"); })()',
  '(() => { const e = new Error("x"); e.message = 42; return e; })()',
  '(() => { const e = new Error("x"); e.stack = "custom stack"; return e; })()',
  '(() => { const e = new Error("x"); e.stack = 5; return e; })()',
  '(() => { const e = new Error("x"); Object.defineProperty(e, "message", {get() { return "g"; }}); return e; })()',
  'new AggregateError([1], "agg")', 'Object.create(Error.prototype)',
  'new ArrayBuffer(0)', 'new Uint8Array([1, 2, 3]).buffer', 'new ArrayBuffer(4, {maxByteLength: 16})',
  'new Int8Array([-1, 2])', 'new Uint8ClampedArray([300])', 'new Int16Array([-300])', 'new Uint16Array([65535])',
  'new Int32Array([-5])', 'new Uint32Array([4e9])', 'new Float32Array([1.5, NaN])', 'new Float64Array([-0, 1e300])',
  'new BigInt64Array([1n, -2n])', 'new BigUint64Array([2n ** 64n - 1n])',
  '(() => { const b = new ArrayBuffer(16); for (let i = 0; i < 16; i++) new Uint8Array(b)[i] = i; return [new Uint8Array(b, 2, 3), new Int16Array(b, 4), new DataView(b, 1, 7), b]; })()',
  '(() => { const b = new ArrayBuffer(8); return {x: new Uint8Array(b), y: new Uint8Array(b)}; })()',
  '(() => { const u = new Uint8Array(2); u.foo = 1; return u; })()',
  'new DataView(new ArrayBuffer(4))',
  '(() => { const b = new ArrayBuffer(4, {maxByteLength: 16}); return new Uint8Array(b, 0, 4); })()',
  'Math', 'JSON',
];

test('corpus matches V8 (Node structuredClone)', () => {
  for (const src of corpus) {
    const here = eval(src);
    const there = vm.runInContext(src, ctx);
    let expected, actual;
    try { expected = canonHere(structuredClone(here)); } catch (e) { expected = 'throws ' + e.name; }
    try { actual = canonThere(g.structuredClone(there)); } catch (e) { actual = 'throws ' + e.name + ' ' + e.message; }
    assert.strictEqual(actual, expected, 'value: ' + src);
    if (!/Buffer|Array\(|View/.test(src)) {  // no refs to materialize: $.serialize/$.deserialize directly
      assert.strictEqual(canonThere(shimClone(there)), expected, '$.serialize: ' + src);
    }
  }
});

test('data is a string, refs hold no encoded JS object', () => {
  const r = $.serialize({a: [1, 2, {b: new Date(3)}]}, [], '');
  assert.strictEqual(typeof r.data, 'string');
  assert.strictEqual(r.refs.length, 0);
  const b = new g.ArrayBuffer(2);
  const r2 = $.serialize([b, b, new g.Uint8Array(b)], [], '');
  assert.strictEqual(r2.refs.length, 1);
  assert.strictEqual(r2.refs[0].kind, 'ArrayBuffer');
  assert.strictEqual(r2.refs[0].buffer, b);
  assert.strictEqual(r2.refs[0].transfer, false);
});

test('Chromium-only behaviour: error cause cycles, length-tracking views', () => {
  const r = vm.runInContext(`(() => {
    const e = new Error('x'); e.cause = e; const c = structuredClone(e);
    const o = {}; const e2 = new Error('y', {cause: o}); o.e = e2; const c2 = structuredClone(o);
    const b = new ArrayBuffer(4, {maxByteLength: 16});
    const t = structuredClone(new Uint8Array(b)); t.buffer.resize(8);
    const f = structuredClone(new Uint8Array(b, 0, 4)); f.buffer.resize(8);
    const dv = structuredClone(new DataView(b, 1)); dv.buffer.resize(8);
    const z = new ArrayBuffer(8, {maxByteLength: 9}); const zt = structuredClone(new Float64Array(z, 8)); zt.buffer.resize(9);
    const w = new ArrayBuffer(8, {maxByteLength: 8}); const wt = structuredClone(new Uint16Array(w, 2)); wt.buffer.resize(4);
    const wsrc = new Uint16Array(w, 2); new Uint8Array(w).set([1,2,3,4,5,6,7,8]);
    const wf = structuredClone(new Uint16Array(w, 2, 3)); wf.buffer.resize(4);
    return [c.cause === c, c2.e.cause === c2, t.length, f.length, dv.byteLength + '/' + dv.byteOffset, zt.length,
      wt.length, wf.length, Array.from(new Uint8Array(w)).join(''), w.byteLength, b.byteLength].join(' ');
  })()`, ctx);
  // wt: tracking view on a full buffer (probe shrinks and restores the buffer), wf: fixed (OOB after shrink)
  assert.strictEqual(r, 'true true 8 4 7/1 0 1 0 12345678 8 4');
});

test('getters: invoked once, in order; deleted keys skipped; added keys ignored', () => {
  const r = vm.runInContext(`(() => {
    const log = [];
    const o = {get a() { log.push('a'); delete this.b; return 1; }, b: 2, get c() { log.push('c'); this.d = 4; return 3; }};
    const c = structuredClone(o);
    const a = [1, 2, 3, 4]; Object.defineProperty(a, 0, {get() { log.push('i0'); a.pop(); return 'g'; }, enumerable: true});
    const ca = structuredClone(a);
    const e = new Error('x', {cause: 1});
    Object.defineProperty(e, 'stack', {get() { log.push('stack'); return 'st'; }});
    Object.defineProperty(e, 'name', {get() { log.push('name'); return 'RangeError'; }});
    Object.defineProperty(e, 'message', {value: {toString() { log.push('msg'); return 'mm'; }}});
    Object.defineProperty(e, 'cause', {value: {get a() { log.push('cause.a'); return 1; }}});
    const ce = structuredClone(e);
    return log.join(',') + ' ' + JSON.stringify(c) + ' ' + ca.length + ' ' + JSON.stringify(ca) + ' ' + (3 in ca)
      + ' ' + Object.prototype.toString.call(ce) + ' ' + (ce instanceof RangeError) + ' ' + ce.message + ' ' + ce.stack;
  })()`, ctx);
  assert.strictEqual(r, 'a,c,i0,name,msg,stack,cause.a {"a":1,"c":3} 4 ["g",2,3,null] false [object Error] true mm st');
});

test('DataCloneError messages (as printed by Chromium)', () => {
  const P = "Failed to execute 'postMessage' on 'Worker': ";
  const cases = [
    ['function () {}', 'function () {} could not be cloned.'],
    ['() => 1', '() => 1 could not be cloned.'],
    ['class A {}', 'class A {} could not be cloned.'],
    ['Array.prototype.push', 'function push() { [native code] } could not be cloned.'],
    ['(function f() {}).bind(null)', 'function () { [native code] } could not be cloned.'],
    ['Symbol("foo")', 'Symbol(foo) could not be cloned.'],
    ['Symbol()', 'Symbol() could not be cloned.'],
    ['({a: Symbol.iterator})', 'Symbol(Symbol.iterator) could not be cloned.'],
    ['Object(Symbol("x"))', '[object Symbol] could not be cloned.'],
    ['new WeakMap()', '#<WeakMap> could not be cloned.'],
    ['new WeakSet()', '#<WeakSet> could not be cloned.'],
    ['new WeakRef({})', '#<WeakRef> could not be cloned.'],
    ['new FinalizationRegistry(() => {})', '#<FinalizationRegistry> could not be cloned.'],
    ['Promise.resolve(1)', '#<Promise> could not be cloned.'],
    ['{a: [1, {b: function foo() { return 1; }}]}', 'function foo() { return 1; } could not be cloned.'],
    ['(function () { return arguments; })(1, 2)', '#<Object> could not be cloned.'],
    ['(function*() {})()', '[object Generator] could not be cloned.'],
    ['new Intl.Collator()', '#<Collator> could not be cloned.'],
    ['(() => { class W extends WeakMap {} return new W(); })()', '#<W> could not be cloned.'],
    ['(() => { const w = new WeakMap(); w.toString = () => "X"; return w; })()', '[object WeakMap] could not be cloned.'],
    ['(() => { const f = function () {}; f.toString = () => "X"; return f; })()', 'function () {} could not be cloned.'],
    ['new Error("x", {cause: Object(Symbol("q"))})', '[object Symbol] could not be cloned.'],
    ['function aVeryLongFunctionName(a, b, c) { return a + b + c + 1234567890 + \'some string that is long enough to be truncated maybe\' + \'more and more text to see whether V8 truncates the message in any way at all\'; }',
      "function aVeryLongFunctionName(a, b, c) { return a + b + c + 1234567890 + 'some string that is long enough to b...<omitted>... } could not be cloned."],
    ['(() => { const b = new ArrayBuffer(8); b.transfer(); return {b}; })()', 'An ArrayBuffer is detached and could not be cloned.'],
    ['(() => { const b = new ArrayBuffer(8); const u = new Uint8Array(b); b.transfer(); return u; })()', 'An ArrayBuffer is detached and could not be cloned.'],
    ['(() => { const b = new ArrayBuffer(8, {maxByteLength: 16}); const u = new Uint8Array(b, 4, 4); b.resize(2); return u; })()', '[object Object] could not be cloned.'],
    ['(() => { const b = new ArrayBuffer(8, {maxByteLength: 16}); const u = new DataView(b, 4, 4); b.resize(2); return u; })()', '#<DataView> could not be cloned.'],
  ];
  for (const [src, msg] of cases) {
    const v = vm.runInContext('(' + src + ')', ctx);
    assert.throws(() => $.serialize(v, [], P), (e) => {
      assert.ok(e instanceof $.DOMException, src + ': ' + e);
      assert.strictEqual(e.name, 'DataCloneError');
      assert.strictEqual(e.message, P + msg, src);
      return true;
    }, src);
  }
  // the global object
  assert.throws(() => $.serialize(g, [], P), (e) => e.name === 'DataCloneError' && /could not be cloned\.$/.test(e.message));
});

test('transfer list: validation, refs, detaching by structuredClone', () => {
  const P = "Failed to execute 'structuredClone' on 'Window': ";
  const msg = (src) => { try { vm.runInContext(src, ctx); return 'no error'; } catch (e) { return e.name + ': ' + e.message; } };
  assert.strictEqual(msg('const ab1 = new ArrayBuffer(1); structuredClone(1, {transfer: [ab1, ab1]})'),
    'DataCloneError: ' + P + 'ArrayBuffer at index 1 is a duplicate of an earlier ArrayBuffer.');
  assert.strictEqual(msg('structuredClone(1, {transfer: [{}]})'),
    'DataCloneError: ' + P + 'Value at index 0 does not have a transferable type.');
  assert.strictEqual(msg('structuredClone(1, {transfer: [new SharedArrayBuffer(1)]})'),
    'DataCloneError: ' + P + 'SharedArrayBuffer can not be in transfer list.');
  assert.strictEqual(msg('const ab2 = new ArrayBuffer(1); structuredClone(1, {transfer: [ab2, ab2, {}]})'),
    'DataCloneError: ' + P + 'ArrayBuffer at index 1 is a duplicate of an earlier ArrayBuffer.');
  assert.strictEqual(msg('const ab3 = new ArrayBuffer(1); ab3.transfer(); structuredClone(() => 1, {transfer: [ab3]})'),
    'DataCloneError: ' + P + '() => 1 could not be cloned.');
  assert.strictEqual(msg('const ab4 = new ArrayBuffer(1); ab4.transfer(); structuredClone(ab4, {transfer: [ab4]})'),
    'DataCloneError: ' + P + 'ArrayBuffer at index 0 is already detached.');
  assert.strictEqual(msg('structuredClone()'), 'TypeError: ' + P + '1 argument required, but only 0 present.');
  assert.strictEqual(msg('structuredClone(1, 5)'), 'TypeError: ' + P + "The provided value is not of type 'StructuredSerializeOptions'.");
  const T = "TypeError: " + P + "Failed to read the 'transfer' property from 'StructuredSerializeOptions': ";
  assert.strictEqual(msg('structuredClone(1, {transfer: 5})'), T + 'The provided value cannot be converted to a sequence.');
  assert.strictEqual(msg('structuredClone(1, {transfer: null})'), T + 'The provided value cannot be converted to a sequence.');
  assert.strictEqual(msg('structuredClone(1, {transfer: {}})'), T + 'The object must have a callable @@iterator property.');
  assert.strictEqual(msg('structuredClone(1, {transfer: [1]})'), T + "Failed to convert value to 'object'.");
  assert.strictEqual(msg('structuredClone(1, null)'), 'no error');
  assert.strictEqual(msg('new structuredClone(1)'), 'TypeError: structuredClone is not a constructor');
  assert.strictEqual(msg('structuredClone.call({}, 1)'), 'TypeError: Illegal invocation');
  assert.strictEqual(vm.runInContext('structuredClone.length + structuredClone.name', ctx), '1structuredClone');

  // transfer detaches, keeps contents and resizability; not-transferred buffers are copied
  const r = vm.runInContext(`(() => {
    const b = new ArrayBuffer(4, {maxByteLength: 8}); new Uint8Array(b).set([1, 2, 3, 4]);
    const c = new ArrayBuffer(2); new Uint8Array(c).set([9, 8]);
    const out = structuredClone({b, v: new Uint8Array(b, 1, 2), c}, {transfer: [b]});
    const s = new Set([new ArrayBuffer(1)]);
    const fromSet = structuredClone(1, {transfer: s});
    return [b.byteLength, out.b.byteLength, out.b.resizable, out.b.maxByteLength, Array.from(out.v).join(''),
      out.v.buffer === out.b, out.c !== c, Array.from(new Uint8Array(out.c)).join(''), c.byteLength, [...s][0].byteLength].join(' ');
  })()`, ctx);
  assert.strictEqual(r, '0 4 true 8 23 true true 98 2 0');

  // a failed clone detaches nothing
  assert.strictEqual(vm.runInContext('const bx = new ArrayBuffer(4); try { structuredClone(() => 1, {transfer: [bx]}); } catch (e) {} bx.byteLength', ctx), 4);
});

test('host objects through $.hostKind: MessagePort, Blob, File, SharedArrayBuffer, platform objects', () => {
  const saved = $.hostKind, savedPlatform = $.isPlatformObject;
  try {
    const P = "Failed to execute 'postMessage' on 'Worker': ";
    vm.runInContext('globalThis.MP = class MessagePort {}; globalThis.BB = class Blob {}; globalThis.FF = class File extends BB {}; globalThis.ET = class EventTarget {}; Object.defineProperty(ET.prototype, Symbol.toStringTag, {value: "EventTarget"});', ctx);
    $.hostKind = (v) => v instanceof g.MP ? 'MessagePort' : v instanceof g.FF ? 'File' : v instanceof g.BB ? 'Blob' : saved(v);
    $.isPlatformObject = (v) => v instanceof g.ET;
    const p1 = new g.MP(), p2 = new g.MP(), blob = new g.BB(), file = new g.FF(), sab = new g.SharedArrayBuffer(4);
    const ab = new g.ArrayBuffer(2);
    const value = {p1, again: p1, blob, file, sab, view: new g.Int32Array(sab), ab, list: [blob]};
    const { data, refs } = $.serialize(value, [p2, ab, p1], P);
    assert.strictEqual(typeof data, 'string');
    assert.strictEqual(Array.prototype.map.call(refs, (r) => r.kind).join(), 'MessagePort,ArrayBuffer,MessagePort,Blob,Blob,Shared');
    assert.strictEqual(refs[0].port, p2);
    assert.strictEqual(refs[1].buffer, ab);
    assert.strictEqual(refs[1].transfer, true);
    assert.strictEqual(refs[2].port, p1);
    assert.strictEqual(refs[3].blob, blob);
    assert.strictEqual(refs[3].file, false);
    assert.strictEqual(refs[4].blob, file);
    assert.strictEqual(refs[4].file, true);
    assert.strictEqual(refs[5].value, sab);
    const mats = ['P2', new g.ArrayBuffer(2), 'P1', 'BLOB', 'FILE', new g.SharedArrayBuffer(4)];
    const out = $.deserialize(data, mats);
    assert.strictEqual(out.p1, 'P1');
    assert.strictEqual(out.again, 'P1');
    assert.strictEqual(out.blob, 'BLOB');
    assert.strictEqual(out.list[0], 'BLOB');
    assert.strictEqual(out.file, 'FILE');
    assert.strictEqual(out.sab, mats[5]);
    assert.strictEqual(out.view.buffer, mats[5]);
    assert.strictEqual(out.ab, mats[1]);
    const err = (fn) => { try { fn(); return 'no error'; } catch (e) { return e.name + ': ' + e.message; } };
    assert.strictEqual(err(() => $.serialize({p1}, [], P)), 'DataCloneError: ' + P + 'A MessagePort could not be cloned because it was not transferred.');
    assert.strictEqual(err(() => $.serialize(1, [p1, p1], P)), 'DataCloneError: ' + P + 'Message port at index 1 is a duplicate of an earlier port.');
    assert.strictEqual(err(() => $.serialize(1, [blob], P)), 'DataCloneError: ' + P + 'Value at index 0 does not have a transferable type.');
    assert.strictEqual(err(() => $.serialize(new g.ET(), [], P)), 'DataCloneError: ' + P + 'EventTarget object could not be cloned.');
    g.crossOriginIsolated = false;
    assert.strictEqual(err(() => $.serialize(sab, [], P)), 'DataCloneError: ' + P + 'SharedArrayBuffer transfer requires self.crossOriginIsolated.');
    delete g.crossOriginIsolated;
    // DOMException is serializable
    const de = $.deserialize($.serialize(new $.DOMException('m', 'SyntaxError'), [], P).data, []);
    assert.ok(de instanceof $.DOMException);
    assert.strictEqual(de.name + ' ' + de.message + ' ' + de.code, 'SyntaxError m 12');
  } finally {
    $.hostKind = saved;
    $.isPlatformObject = savedPlatform;
  }
});

test('robust against patched built-ins', () => {
  const r = vm.runInContext(`(() => {
    const saved = [Array.prototype.toJSON, Map.prototype.set, Map.prototype.get, Set.prototype.add];
    const value = {a: [1, undefined, {evil: 2}], m: new Map([[1, 2]]), s: new Set([3])};
    Array.prototype.toJSON = function () { return 'patched'; };
    Object.prototype.toJSON = function () { return 'patched'; };
    Map.prototype.set = Map.prototype.get = Set.prototype.add = function () { throw new Error('patched'); };
    Object.defineProperty(Object.prototype, 'evil', {set(v) { throw new Error('setter'); }, configurable: true});
    let c;
    try {
      c = structuredClone(value);
    } finally {
      delete Array.prototype.toJSON; delete Object.prototype.toJSON; delete Object.prototype.evil;
      Map.prototype.set = saved[1]; Map.prototype.get = saved[2]; Set.prototype.add = saved[3];
    }
    return JSON.stringify(Object.getOwnPropertyDescriptor(c.a[2], 'evil')) + ' ' + c.a.length + ' ' + c.m.size + ' ' + c.s.size;
  })()`, ctx);
  assert.strictEqual(r, '{"value":2,"writable":true,"enumerable":true,"configurable":true} 3 1 1');
});

test('no helper names leak onto the global', () => {
  const names = vm.runInContext('Object.getOwnPropertyNames(globalThis)', ctx);
  const extra = names.filter((n) => !Object.getOwnPropertyNames(vm.runInContext('globalThis', vm.createContext({}))).includes(n));
  assert.strictEqual(extra.sort().join(), 'BB,ET,FF,MP,structuredClone');
  assert.strictEqual(Object.getOwnPropertyDescriptor(g, 'structuredClone').enumerable, true);
});

// ---- micro benchmark (no timing assertion) ----------------------------------------------------------
(function bench() {
  const roundTrip = vm.runInContext('(function (ser, de) { return function (v) { const r = ser(v, undefined, ""); return de(r.data, r.refs); }; })', ctx)($.serialize, $.deserialize);
  const msg = vm.runInContext("({type: 'tick', id: 42, payload: 'hello', list: [1, 2, 3]})", ctx);
  for (let i = 0; i < 200000; i++) roundTrip(msg);
  const n = 500000;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) roundTrip(msg);
  const ns = Number(process.hrtime.bigint() - t0);
  console.log('bench: serialize+deserialize of a small message: ' + Math.round(n / (ns / 1e9)) + ' ops/s (' + (ns / n / 1000).toFixed(2) + ' us/op)');
  const t1 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) structuredClone(msg);
  const ns2 = Number(process.hrtime.bigint() - t1);
  console.log('bench: node structuredClone of the same: ' + Math.round(n / (ns2 / 1e9)) + ' ops/s');
})();

console.log(passed + ' passed, ' + failures + ' failed');
if (failures) process.exit(1);
