// The .expected file holds what a user of Chromium DevTools sees for these console calls (written from
// the DevTools formatting rules implemented in js-shims/console.js and checked against real Chromium
// previews); it cannot be captured from Chromium stderr, which only shows arguments stringified.
console.log([1, 2, 3], [], [1], [1, , 3], new Array(4));
console.log({ a: 1, b: 'x' }, { a: {} }, [[1, 2]], [[1, 2], [3, 4]]);
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 });
console.log(new Map([['a', 1]]), new Set([1, 2]), new Map(), new WeakMap());
console.log(-0, NaN, 10n, Symbol('x'), null, undefined, true);
console.log(function f() {}, () => 1, class A {});
console.log([function () {}, 'str', { get g() { return 1; }, v: 1 }]);
class Foo { constructor() { this.x = 1; } }
console.log(new Foo(), Object.create(null), /a/g);
console.log(new Int32Array([1, 1024, 1024, 1024, 1024]));
console.log(new ArrayBuffer(8), new DataView(new ArrayBuffer(4)), new Number(5), new String('ab'));
const cyclic = { name: 'c' };
cyclic.self = cyclic;
console.log(cyclic);
const err = new Error('boom');
err.stack = 'Error: boom\n    at f (values.js:1:1)';
console.log('got', err);
console.log({ s: "it's", t: 'a\nb', 'a b': 1 });
