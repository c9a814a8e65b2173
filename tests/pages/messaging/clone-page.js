// postMessage's structured clone between the window and a worker: what arrives, both ways.
// describe() comes from w/describe.js, which the worker loads too (importScripts).
const worker = new Worker('w/echo.js');
function roundTrip(value, transfer) {
  return new Promise((resolve) => {
    worker.onmessage = (e) => resolve(e.data);
    worker.postMessage(value, transfer);
  });
}
function mk() {
  const cases = {};
  cases.undefined = undefined;
  cases.null = null;
  cases.booleans = [true, false];
  cases.numbers = [0, -0, NaN, Infinity, -Infinity, 1.5, -(2 ** 53), Number.MAX_VALUE, Number.MIN_VALUE];
  cases.bigints = [0n, 123n, -(2n ** 70n), 2n ** 64n - 1n];
  cases.strings = ['', 'plain', 'ünïcødé ☃ 😀', '\u0000nul', 'lone \ud800 surrogate'];
  cases.nested = { a: 1, b: { c: [1, { d: 'deep' }] }, '': 'empty key', __proto__x: 1 };
  const cyc = { name: 'cyc' }; cyc.self = cyc; cyc.list = [cyc, { back: cyc }];
  cases.cycle = cyc;
  const shared = { s: 1 };
  cases.shared = [shared, shared, { inner: shared }];
  const arr = [1, , 3]; arr[6] = 7; arr.extra = 'prop';
  cases.holes = arr;
  cases.sparse = (() => { const a = []; a[5] = 'five'; a.length = 8; return a; })();
  cases.arrayCycle = (() => { const a = [1]; a.push(a); return a; })();
  cases.dates = [new Date(0), new Date(1700000000123), new Date(NaN)];
  cases.regexps = (() => { const r = /a+b/gi; r.lastIndex = 3; return [r, /x/msuy, /[\p{L}]/v, new RegExp('')]; })();
  cases.map = new Map([[1, 'one'], ['k', { v: 2 }], [{ objKey: true }, [1, 2]], [NaN, 'nan']]);
  cases.set = new Set([1, 'two', { three: 3 }, -0]);
  const key = { shared: 'key' };
  cases.mapSharedKeys = [new Map([[key, key]]), key];
  cases.errors = [new Error('plain'), new TypeError('type'), new RangeError('range'), new SyntaxError('syn'),
    new ReferenceError('ref'), new EvalError('eval'), new URIError('uri'),
    Object.assign(new Error('renamed'), { name: 'TypeError' }), Object.assign(new Error('custom name'), { name: 'MyError' }),
    new Error('with cause', { cause: { why: 42 } }), new Error(), (() => { class MyErr extends RangeError {} return new MyErr('subclass'); })()];
  cases.domexception = new DOMException('dom message', 'NotFoundError');
  cases.boxed = [new Number(3), new String('str'), new Boolean(false), Object(5n), new Number(-0)];
  cases.classInstance = new (class Point { constructor() { this.x = 1; this.y = 2; } get sum() { return 3; } })();
  cases.getter = { get g() { return 'computed'; }, plain: 1 };
  cases.nonEnumerable = Object.defineProperty({ visible: 1 }, 'hidden', { value: 2, enumerable: false });
  cases.nullProto = Object.assign(Object.create(null), { a: 1 });
  cases.symbolKeys = { [Symbol('s')]: 1, str: 2 };
  const buf = new ArrayBuffer(8);
  new Uint8Array(buf).set([1, 2, 3, 4, 5, 6, 7, 8]);
  cases.views = { buf, u8: new Uint8Array(buf, 2, 4), u16: new Uint16Array(buf), dv: new DataView(buf, 1, 3), f64: new Float64Array(buf, 0, 1) };
  cases.typedArrays = [new Int8Array([-1, 2]), new Uint8ClampedArray([300 & 255, 255]), new Int16Array([-300]), new Uint32Array([4e9]),
    new Float32Array([0.5]), new BigInt64Array([-5n]), new BigUint64Array([5n])];
  cases.emptyBuffer = new ArrayBuffer(0);
  cases.blob = new Blob(['blob data'], { type: 'text/plain' });
  cases.file = new File(['file data'], 'name.txt', { type: 'text/x-test', lastModified: 1234 });
  return cases;
}
(async () => {
  const cases = mk();
  for (const [name, value] of Object.entries(cases)) {
    const [there, back] = await roundTrip(value);
    const here = describe(back);
    console.log(name + ': ' + there + (here === there ? '' : '  | back: ' + here));
  }
  // identity inside one message is kept; between messages it is not
  const obj = { o: 1 };
  const [, back] = await roundTrip([obj, obj]);
  console.log('same object twice: ' + (back[0] === back[1]) + ', a copy: ' + (back[0] !== obj));
  const [, blobBack] = await roundTrip(cases.blob);
  console.log('blob content after round trip: ' + await blobBack.text() + ' ' + (blobBack !== cases.blob));
  const [, fileBack] = await roundTrip(cases.file);
  console.log('file after round trip: ' + fileBack.name + ' ' + fileBack.lastModified + ' ' + await fileBack.text());
  // the sender's buffer is copied, not moved
  console.log('sender buffer untouched: ' + cases.views.buf.byteLength);
  worker.terminate();
  console.log('done');
})();
