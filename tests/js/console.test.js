// Tests for js-shims/console.js. The expected strings are what Chromium 156's DevTools console shows:
// the object previews were checked against the RemoteObject previews real Chromium produces
// (Runtime.evaluate with generatePreview over --remote-debugging-pipe), rendered with the DevTools
// front-end rules the shim implements.
'use strict';
const vm = require('vm'), fs = require('fs'), path = require('path'), assert = require('node:assert');
const root = path.join(__dirname, '..', '..');

function load() {
  const ctx = vm.createContext({});
  const g = vm.runInContext('globalThis', ctx);
  const $ = {};
  const calls = [];
  let clock = 0;
  $.host = { console: (level, text) => calls.push([level, text]) };
  g.performance = { now: () => clock };
  vm.runInContext(fs.readFileSync(path.join(root, 'js-shims/webidl.js'), 'utf8'), ctx)(g, $);
  vm.runInContext(fs.readFileSync(path.join(root, 'js-shims/console.js'), 'utf8'), ctx)(g, $);
  const run = (src) => vm.runInContext(src, ctx);
  return { g, $, calls, run, tick: (ms) => { clock += ms; } };
}

let failures = 0;
function test(name, fn) {
  try { fn(); } catch (e) { failures++; console.log('FAIL ' + name + '\n' + e.message); }
}

const { g, $, calls, run, tick } = load();
const inspect = (src) => $.inspect(run('(' + src + ')'));
const logged = (src) => { calls.length = 0; run(src); return calls.map(([l, t]) => l + '|' + t); };

test('inspect: primitives', () => {
  assert.strictEqual(inspect("'x'"), "'x'");
  assert.strictEqual(inspect("\"it's\""), '"it\'s"');
  assert.strictEqual(inspect("`it's \"x\"`"), '`it\'s "x"`');
  assert.strictEqual(inspect("'a\\nb\\u0001'"), "'a\\nb\\x01'");
  assert.strictEqual(inspect('-0'), '-0');
  assert.strictEqual(inspect('NaN'), 'NaN');
  assert.strictEqual(inspect('1e21'), '1e+21');
  assert.strictEqual(inspect('10n'), '10n');
  assert.strictEqual(inspect("Symbol('x')"), 'Symbol(x)');
  assert.strictEqual(inspect('Symbol()'), 'Symbol()');
  assert.strictEqual(inspect('null'), 'null');
  assert.strictEqual(inspect('undefined'), 'undefined');
  assert.strictEqual(inspect('true'), 'true');
});

test('inspect: arrays', () => {
  assert.strictEqual(inspect('[1,2,3]'), '(3) [1, 2, 3]');
  assert.strictEqual(inspect('[]'), '[]');
  assert.strictEqual(inspect('[1]'), '[1]');
  assert.strictEqual(inspect('[1,,3]'), '(3) [1, empty, 3]');
  assert.strictEqual(inspect('new Array(5)'), '(5) [empty × 5]');
  assert.strictEqual(inspect("[,'a',,'b',,]"), "(5) [empty, 'a', empty, 'b', empty]");
  assert.strictEqual(inspect('(()=>{const a=[]; a[5]=1; a[200]=2; return a})()'), '(201) [empty × 5, 1, empty × 194, 2]');
  assert.strictEqual(inspect('[[1,2]]'), '[Array(2)]');
  assert.strictEqual(inspect('[[1,2],[3,4]]'), '(2) [Array(2), Array(2)]');
  assert.strictEqual(inspect('[[[]]]'), '[Array(1)]');
  assert.strictEqual(inspect("[1,{},function(){}, 's']"), "(4) [1, {…}, ƒ, 's']");
  assert.strictEqual(inspect("(()=>{const a=[1,2,3]; a.foo='bar'; return a})()"), "(3) [1, 2, 3, foo: 'bar']");
  assert.strictEqual(inspect('new (class MyArr extends Array{})(1,2,3)'), 'MyArr(3) [1, 2, 3]');
  assert.strictEqual(inspect('[undefined,null,-0,1n,Symbol("q")]'), '(5) [undefined, null, -0, 1n, Symbol(q)]');
  assert.strictEqual(inspect('[function(){}, class{}, async()=>{}]'), '(3) [ƒ, ƒ, ƒ]');
  const a150 = inspect('Array.from({length:150},(_, i)=>i)');
  assert.ok(a150.startsWith('(150) [0, 1, 2, ') && a150.endsWith(', 98, 99, …]'), a150);
  assert.strictEqual(inspect('(function(){return arguments})(1,2)'), 'Arguments(2) [1, 2, callee: ƒ, Symbol(Symbol.iterator): ƒ]');
  assert.strictEqual(inspect("(function(){'use strict';return arguments})(1,2)"), 'Arguments(2) [1, 2, callee: (...), Symbol(Symbol.iterator): ƒ]');
});

test('inspect: typed arrays and buffers', () => {
  assert.strictEqual(inspect('new Int32Array([1,1024,1024,1024,1024])'),
    "Int32Array(5) [1, 1024, 1024, 1024, 1024]");
  assert.strictEqual(inspect('new Float64Array(1)'),
    "Float64Array [0]");
  assert.ok(inspect('new Uint8Array(200)').endsWith(', 0, 0, …]'));
  assert.strictEqual(inspect('new ArrayBuffer(8)'), 'ArrayBuffer(8)');
  assert.strictEqual(inspect('new SharedArrayBuffer(8)'), 'SharedArrayBuffer(8)');
  assert.strictEqual(inspect('new DataView(new ArrayBuffer(8))'), 'DataView(8)');
});

test('inspect: objects', () => {
  assert.strictEqual(inspect("({a:1,b:'x'})"), "{a: 1, b: 'x'}");
  assert.strictEqual(inspect('({a:{}})'), '{a: {…}}');
  assert.strictEqual(inspect('({a:{b:{c:{}}}})'), '{a: {…}}');
  assert.strictEqual(inspect('({a:1,b:2,c:3,d:4,e:5,f:6})'), '{a: 1, b: 2, c: 3, d: 4, e: 5, …}');
  assert.strictEqual(inspect("({f(){}, a:1, g:()=>1, b:'q'})"), "{a: 1, b: 'q', f: ƒ, g: ƒ}");
  assert.strictEqual(inspect("({1:'a', 2:'b', x:1})"), "{1: 'a', 2: 'b', x: 1}");
  assert.strictEqual(inspect("({'a\\nb':1, ' sp':2, 'ok':3, '':4})"), '{"a↵b": 1, " sp": 2, ok: 3, "": 4}');
  assert.strictEqual(inspect("({[Symbol.toStringTag]:'Tagged', x:1})"), "Tagged {x: 1, Symbol(Symbol.toStringTag): 'Tagged'}");
  assert.strictEqual(inspect('new (class Foo{constructor(){this.x=1}})'), 'Foo {x: 1}');
  assert.strictEqual(inspect('(()=>{class P{get x(){return 1}}; return new P})()'), 'P {}');
  assert.strictEqual(inspect('({get a(){return 1}, b:2})'), '{b: 2}');
  assert.strictEqual(inspect("(()=>{const o={}; Object.defineProperty(o,'hidden',{value:1,enumerable:false}); o.vis=2; return o})()"), '{vis: 2, hidden: 1}');
  assert.strictEqual(inspect('Object.assign(Object.create({inh:1}),{own:2})'), '{own: 2}');
  assert.strictEqual(inspect('Object.create(null)'), '{}');
  assert.strictEqual(inspect("({s:'x'.repeat(150)})"), "{s: '" + 'x'.repeat(50) + '…' + 'x'.repeat(49) + "'}");
  assert.strictEqual(inspect('({t: new Uint8Array(2), b: new ArrayBuffer(3), r:/x/gi, n:null, u:undefined})'),
    '{t: Uint8Array(2), b: ArrayBuffer(3), r: /x/gi, n: null, u: undefined}');
  assert.strictEqual(inspect("({x: new Number(3), y: new String('s'), z: new Boolean(false)})"), '{x: Number, y: String, z: Boolean}');
  assert.strictEqual(inspect('({d: new Date(NaN)})'), '{d: Invalid Date}');
  assert.strictEqual(inspect('({a:1n, b:Symbol(), c:true})'), '{a: 1n, b: Symbol(), c: true}');
  assert.strictEqual(inspect('(()=>{const o={}; o.o=o; o.a=[o]; return o})()'), '{o: {…}, a: Array(1)}');
});

test('inspect: collections and wrappers', () => {
  assert.strictEqual(inspect("new Map([['a',1]])"), "Map(1) {'a' => 1}");
  assert.strictEqual(inspect('new Set([1,2])'), 'Set(2) {1, 2}');
  assert.strictEqual(inspect('new Map()'), 'Map(0) {}');
  assert.strictEqual(inspect('new Set()'), 'Set(0) {}');
  assert.strictEqual(inspect("new Map([[1,{a:1}],[2,[1]],[3,'x'],[4,4],[5,5],[6,6]])"), "Map(6) {1 => {…}, 2 => Array(1), 3 => 'x', 4 => 4, 5 => 5, …}");
  assert.strictEqual(inspect("new Map([[{a:1}, [1,2]], ['k', new Map()]])"), "Map(2) {{…} => Array(2), 'k' => Map(0)}");
  assert.strictEqual(inspect("new Set(['a', {}, [], 1, 2, 3, 4])"), "Set(7) {'a', {…}, Array(0), 1, 2, …}");
  assert.strictEqual(inspect('new Number(5)'), 'Number {5}');
  assert.strictEqual(inspect("new String('ab')"), "String {'ab'}");
  assert.strictEqual(inspect("Object(Symbol('s'))"), "Symbol {Symbol(s), description: 's'}");
  assert.strictEqual(inspect('Object(10n)'), 'BigInt {10n}');
  assert.strictEqual(inspect('new WeakRef({})'), 'WeakRef {{…}}');
  assert.strictEqual(inspect('new WeakMap'), 'WeakMap {}');
  assert.strictEqual(inspect('Promise.resolve(1)'), 'Promise {<pending>}');
});

test('inspect: promise state from $.promiseState', () => {
  const p = run('Promise.resolve(1)');
  $.promiseState = (x) => (x === p ? { state: 'fulfilled', value: 1 } : null);
  assert.strictEqual($.inspect(p), 'Promise {<fulfilled>: 1}');
  $.promiseState = () => ({ state: 'rejected', value: 'no' });
  assert.strictEqual($.inspect(p), "Promise {<rejected>: 'no'}");
  assert.strictEqual(inspect('({p: Promise.resolve()})'), '{p: Promise}');
  delete $.promiseState;
});

test('inspect: functions, dates, regexps, errors', () => {
  assert.strictEqual(inspect('function f(){}'), 'ƒ f(){}');
  assert.strictEqual(inspect('function f (a, b) { return a }'), 'ƒ f (a, b) { return a }');
  assert.strictEqual(inspect('class A{}'), 'class A{}');
  assert.strictEqual(inspect('()=>1'), '()=>1');
  assert.strictEqual(inspect('async function q(){}'), 'async ƒ q(){}');
  assert.strictEqual(inspect('function*gen(){}'), 'ƒ* gen(){}');
  assert.strictEqual(inspect('({m(){}}).m'), 'ƒ m(){}');
  assert.strictEqual(inspect('Math.max'), 'ƒ max() { [native code] }');
  assert.strictEqual(inspect('function g(){/*' + 'x'.repeat(300) + '*/}').length, 2 + 200);
  assert.strictEqual(inspect('new Date(0)'), run('new Date(0).toString()'));
  assert.strictEqual(inspect('new Date(NaN)'), 'Invalid Date');
  assert.strictEqual(inspect('/a/g'), '/a/g');
  assert.strictEqual(inspect('/x/dgimsuy'), '/x/dgimsuy');
  const e = run("(()=>{const e = new Error('boom'); e.stack = 'Error: boom\\n    at f (page.js:1:1)'; return e})()");
  assert.strictEqual($.inspect(e), 'Error: boom\n    at f (page.js:1:1)');
  const c = run("(()=>{const c = new TypeError('inner'); c.stack = 'TypeError: inner\\n    at g (a.js:2:2)'; " +
    "const e = new Error('outer', {cause: c}); e.stack = 'Error: outer\\n    at f (a.js:1:1)'; return e})()");
  assert.strictEqual($.inspect(c), 'Error: outer\n    at f (a.js:1:1)\nCaused by: TypeError: inner\n    at g (a.js:2:2)');
  const s = run("(()=>{const e = new Error('x', {cause: 'why'}); e.stack = 'Error: x'; return e})()");
  assert.strictEqual($.inspect(s), 'Error: x\nCaused by: why');
  const loop = run("(()=>{const e = new Error('x'); e.stack = 'Error: x'; e.cause = e; return e})()");
  assert.strictEqual($.inspect(loop), 'Error: x\nCaused by: Error: x');
  const nested = run("(()=>{const e = new Error('x'); e.stack = 'Error: x\\n    at f (a.js:1:1)'; return {e}})()");
  assert.strictEqual($.inspect(nested), '{e: Error: x\n    at f (a.js:1:1)}');
});

test('format specifiers (V8 Formatter + DevTools ConsoleFormat)', () => {
  assert.deepStrictEqual(logged("console.log('%s is %d years', 'Bob', 42)"), ['log|Bob is 42 years']);
  assert.deepStrictEqual(logged("console.log('%d', 'abc')"), ['log|NaN']);
  assert.deepStrictEqual(logged("console.log('%d', '12px')"), ['log|12']);
  assert.deepStrictEqual(logged("console.log('%i', 4.9)"), ['log|4']);
  assert.deepStrictEqual(logged("console.log('%d', -4.9)"), ['log|-4']);
  assert.deepStrictEqual(logged("console.log('%f', '1.5e3x')"), ['log|1500']);
  assert.deepStrictEqual(logged("console.log('%d', 1n)"), ['log|1']);
  assert.deepStrictEqual(logged("console.log('%d', Symbol())"), ['log|NaN']);
  assert.deepStrictEqual(logged("console.log('%f', Infinity)"), ['log|Infinity']);
  assert.deepStrictEqual(logged("console.log('%s', {a: 1})"), ['log|[object Object]']);
  assert.deepStrictEqual(logged("console.log('%s', [1, 2])"), ['log|1,2']);
  assert.deepStrictEqual(logged("console.log('%s', 1n)"), ['log|1']);
  assert.deepStrictEqual(logged("console.log('%s', Symbol('q'))"), ['log|Symbol(q)']);
  assert.deepStrictEqual(logged("console.log('%s', '%d', '7')"), ['log|7']);
  assert.deepStrictEqual(logged("console.log('%c styled %c', 'color: red', 'x', 'rest')"), ['log| styled  rest']);
  assert.deepStrictEqual(logged("console.log('%o', 'str')"), ["log|'str'"]);
  assert.deepStrictEqual(logged("console.log('%o and %O', {a: 1}, {a: 1})"), ['log|{a: 1} and Object']);
  assert.deepStrictEqual(logged("console.log('%O', [1, 2])"), ['log|Array(2)']);
  assert.deepStrictEqual(logged("console.log('%O', function f(a, b) { return 1 })"), ['log|ƒ f(a, b)']);
  assert.deepStrictEqual(logged("console.log('%_%s', 1, 2)"), ['log|2']);
  assert.deepStrictEqual(logged("console.log('100%%', 1)"), ['log|100% 1']);
  assert.deepStrictEqual(logged("console.log('100%%')"), ['log|100%']);
  assert.deepStrictEqual(logged("console.log('%s and %s', 'a')"), ['log|a and %s']);
  assert.deepStrictEqual(logged("console.log('%x %', 1)"), ['log|%x % 1']);
  assert.deepStrictEqual(logged("console.log('a', 'b', 1, {x: 'y'}, [1])"), ["log|a b 1 {x: 'y'} [1]"]);
  assert.deepStrictEqual(logged("console.log(1, 'a', -0)"), ["log|1 'a' -0"]);
  assert.deepStrictEqual(logged("console.log('\\x1b[31mred\\x1b[0m')"), ['log|red']);
  assert.deepStrictEqual(logged('console.log()'), ['log|']);
  assert.deepStrictEqual(logged("console.info('i'); console.debug('d'); console.warn('w'); console.error('e')"),
    ['info|i', 'debug|d', 'warn|w', 'error|e']);
  assert.throws(() => run("console.log('%s', {toString() { throw new RangeError('no') }})"), /no/);
});

test('assert, count, time', () => {
  assert.deepStrictEqual(logged("console.assert(true, 'x'); console.assert(1)"), []);
  assert.deepStrictEqual(logged('console.assert(false)'), ['error|Assertion failed: console.assert']);
  assert.deepStrictEqual(logged("console.assert(0, 'x is %d', '5')"), ['error|Assertion failed: x is 5']);
  assert.deepStrictEqual(logged("console.assert(null, {a: 1}, 'b')"), ["error|Assertion failed: {a: 1} 'b'"]);
  assert.deepStrictEqual(logged("console.count(); console.count(); console.count('x'); console.countReset(); console.count(); console.countReset('nope')"),
    ['log|default: 1', 'log|default: 2', 'log|x: 1', 'log|default: 1', "warn|Count for 'nope' does not exist"]);
  assert.deepStrictEqual(logged('console.count(undefined); console.count(null)'), ['log|default: 2', 'log|null: 1']);
  assert.throws(() => run('console.count(Symbol())'), g.TypeError);
  calls.length = 0;
  run("console.time('t'); console.time('t')");
  tick(1.25);
  run("console.timeLog('t', 'extra', 2); console.timeEnd('t'); console.timeEnd('t'); console.timeLog('u')");
  assert.deepStrictEqual(calls.map(([l, t]) => l + '|' + t), ["warn|Timer 't' already exists", 'log|t: 1.25 ms extra 2',
    'log|t: 1.25 ms', "warn|Timer 't' does not exist", "warn|Timer 'u' does not exist"]);
  calls.length = 0;
  run('console.time(); console.timeEnd()');
  assert.deepStrictEqual(calls, [['log', 'default: 0 ms']]);
});

test('group, dir, dirxml, clear', () => {
  assert.deepStrictEqual(logged("console.group(); console.log('a\\nb'); console.groupCollapsed('g%d', 2); console.log({x: 1}); console.groupEnd(); console.groupEnd(); console.groupEnd(); console.log('c')"),
    ['log|console.group', 'log|  a\n  b', 'log|  g2', 'log|    {x: 1}', 'log|c']);
  assert.deepStrictEqual(logged("console.dir({a: 1}); console.dir('s'); console.dir([1]); console.dir(function f(x) {})"),
    ['log|Object', 'log|s', 'log|Array(1)', 'log|ƒ f(x)']);
  assert.deepStrictEqual(logged("console.dirxml('%d', '3x', {a: 1})"), ['log|NaN {a: 1}']);
  assert.deepStrictEqual(logged('console.clear()'), []);
});

test('table', () => {
  assert.deepStrictEqual(logged("console.table([{a: 1, b: 'x'}, {a: 2, c: true}, 3])"), ['log|' + [
    '┌─────────┬───┬─────┬──────┬───────┐',
    '│ (index) │ a │ b   │ c    │ Value │',
    '├─────────┼───┼─────┼──────┼───────┤',
    "│ 0       │ 1 │ 'x' │      │       │",
    '│ 1       │ 2 │     │ true │       │',
    '│ 2       │   │     │      │ 3     │',
    '└─────────┴───┴─────┴──────┴───────┘',
    'Array(3)'].join('\n')]);
  assert.deepStrictEqual(logged("console.table({r1: {a: [1], b: {}}, r2: {b: 'q', a: null}}, ['b'])"), ['log|' + [
    '┌─────────┬─────┐',
    '│ (index) │ b   │',
    '├─────────┼─────┤',
    '│ r1      │ {…} │',
    "│ r2      │ 'q' │",
    '└─────────┴─────┘',
    'Object'].join('\n')]);
  assert.deepStrictEqual(logged("console.table('text', 1)"), ["log|text 1"]);
  assert.deepStrictEqual(logged('console.table([])'), ['log|']);
});

test('trace', () => {
  const out = logged("function outer() { console.trace('here %d', 1) }\nouter()");
  assert.strictEqual(out.length, 1);
  const lines = out[0].split('\n');
  assert.strictEqual(lines[0], 'log|here 1');
  assert.match(lines[1], /^ {4}outer @ evalmachine\.<anonymous>:1$/);
  assert.match(lines[2], /^ {4}\(anonymous\) @ evalmachine\.<anonymous>:2$/);
  assert.strictEqual(logged('console.trace()')[0].split('\n')[0], 'log|console.trace');
});

test('namespace shape', () => {
  const d = Object.getOwnPropertyDescriptor(g, 'console');
  assert.ok(d.writable && d.configurable && !d.enumerable);
  assert.strictEqual(run('Object.prototype.toString.call(console)'), '[object console]');
  const m = Object.getOwnPropertyDescriptor(g.console, 'log');
  assert.ok(m.writable && m.enumerable && m.configurable);
  assert.strictEqual(g.console.log.name, 'log');
  assert.strictEqual(g.console.log.length, 0);
  assert.throws(() => run('new console.log()'), g.TypeError);
  assert.strictEqual(run('const l = console.log; l("detached"); 1'), 1);
  const fresh = load();
  assert.deepStrictEqual(Object.getOwnPropertyNames(fresh.g).filter((k) => k === 'console' || !(k in globalThis) && k !== 'performance'), ['console']);
});

if (failures) { console.log(failures + ' test group(s) failed'); process.exit(1); }
console.log('console.test.js: all passed');
