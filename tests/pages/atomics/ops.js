// Every non-blocking Atomics operation on every integer typed array kind, over a SharedArrayBuffer, through views
// with a byteOffset; results, stored values, coercions, and the bytes around the element (untouched).
const show = (v) => (typeof v === 'bigint' ? v + 'n' : Object.is(v, -0) ? '-0' : String(v));
const hex = (u8) => Array.from(u8, (b) => b.toString(16).padStart(2, '0')).join('');
function run(label, f) {
  try {
    console.log(label + ' -> ' + show(f()));
  } catch (e) {
    console.log(label + ' threw ' + e.name + ': ' + e.message);
  }
}

const kinds = [
  [Int8Array, 3, [5, 3.7, -0, 300, -129, '7', NaN, Infinity, -Infinity, 2 ** 40 + 1, true]],
  [Uint8Array, 5, [5, 3.7, -0, 300, -1, '7', NaN, 255.9, -3.5]],
  [Int16Array, 2, [5, 3.7, -0, 40000, -32769, '-7', 65536 + 12]],
  [Uint16Array, 6, [5, 3.7, -0, 70000, -1, 1e20]],
  [Int32Array, 4, [5, 3.7, -0, 2 ** 31, 2 ** 32 + 5, -(2 ** 31) - 1, 1e20, -1.9]],
  [Uint32Array, 8, [5, 3.7, -0, -1, 2 ** 31 + 7, 2 ** 32 + 9, 4294967295.5]],
  [BigInt64Array, 8, [5n, -1n, 2n ** 63n, 2n ** 64n + 3n, -(2n ** 63n) - 1n, '12', true, 5, 3.7]],
  [BigUint64Array, 16, [5n, -1n, 2n ** 64n, 2n ** 63n + 1n, '0x10', false, 1]],
];

for (const [T, offset, values] of kinds) {
  const sab = new SharedArrayBuffer(32);
  const all = new Uint8Array(sab);
  all.fill(0xaa);
  const ta = new T(sab, offset, 2);
  const big = T === BigInt64Array || T === BigUint64Array;
  const n = (x) => (big ? BigInt(x) : x);
  console.log('--- ' + T.name + ' byteOffset ' + ta.byteOffset + ' length ' + ta.length);
  for (const v of values) {
    run('store ' + show(v) + (typeof v === 'string' ? " (string)" : ''), () => Atomics.store(ta, 1, v));
    run('  load', () => Atomics.load(ta, 1));
  }
  Atomics.store(ta, 0, n(10));
  run('add 7', () => Atomics.add(ta, 0, n(7)));
  run('  load', () => Atomics.load(ta, 0));
  run('sub 20', () => Atomics.sub(ta, 0, n(20)));
  run('  load', () => Atomics.load(ta, 0));
  run('and 0x5a', () => Atomics.and(ta, 0, n(0x5a)));
  run('  load', () => Atomics.load(ta, 0));
  run('or 0x81', () => Atomics.or(ta, 0, n(0x81)));
  run('  load', () => Atomics.load(ta, 0));
  run('xor 0xff', () => Atomics.xor(ta, 0, n(0xff)));
  run('  load', () => Atomics.load(ta, 0));
  run('exchange 99', () => Atomics.exchange(ta, 0, n(99)));
  run('  load', () => Atomics.load(ta, 0));
  run('compareExchange 98->1', () => Atomics.compareExchange(ta, 0, n(98), n(1)));
  run('  load', () => Atomics.load(ta, 0));
  run('compareExchange 99->2', () => Atomics.compareExchange(ta, 0, n(99), n(2)));
  run('  load', () => Atomics.load(ta, 0));
  // Wrap-around: add past the maximum, sub below the minimum.
  Atomics.store(ta, 0, big ? (T === BigInt64Array ? 2n ** 63n - 1n : 2n ** 64n - 1n) : -1);
  run('add 2 at max/-1', () => Atomics.add(ta, 0, n(2)));
  run('  load', () => Atomics.load(ta, 0));
  run('sub 5', () => Atomics.sub(ta, 0, n(5)));
  run('  load', () => Atomics.load(ta, 0));
  // compareExchange with an expected value that only matches after conversion to the element type.
  Atomics.store(ta, 0, n(-1));
  run('compareExchange (converted -1)->3', () => Atomics.compareExchange(ta, 0, big ? 2n ** 64n - 1n : 2 ** 32 - 1, n(3)));
  run('  load', () => Atomics.load(ta, 0));
  if (!big) {
    run('add 2.9', () => Atomics.add(ta, 0, 2.9));
    run('add "4"', () => Atomics.add(ta, 0, '4'));
    run('exchange -0', () => Atomics.exchange(ta, 0, -0));
    run('  load', () => Atomics.load(ta, 0));
  }
  run('index "1"', () => Atomics.load(ta, '1'));
  run('index 1.9', () => Atomics.load(ta, 1.9));
  run('index -0', () => Atomics.load(ta, -0));
  run('index undefined', () => Atomics.load(ta, undefined));
  run('plain read [0]', () => ta[0]);
  console.log('bytes ' + hex(all));
}

console.log('--- Uint32 results above 2^31');
{
  const u = new Uint32Array(new SharedArrayBuffer(8));
  run('store 2**31', () => Atomics.store(u, 0, 2 ** 31));
  run('add 2**31 + 5', () => Atomics.add(u, 0, 2 ** 31 + 5));
  run('load', () => Atomics.load(u, 0));
  run('sub 6', () => Atomics.sub(u, 0, 6));
  run('load', () => Atomics.load(u, 0));
  run('or 0xf0000000', () => Atomics.or(u, 0, 0xf0000000));
  run('exchange 0xffffffff', () => Atomics.exchange(u, 0, 0xffffffff));
  run('compareExchange 0xffffffff -> 0x80000000', () => Atomics.compareExchange(u, 0, 0xffffffff, 0x80000000));
  run('load', () => Atomics.load(u, 0));
}

console.log('--- isLockFree');
for (const n of [0, 1, 2, 3, 4, 5, 8, 16, '4', 4.5, -4]) run('isLockFree ' + show(n), () => Atomics.isLockFree(n));

console.log('--- the namespace');
console.log(Object.prototype.toString.call(Atomics));
console.log(Object.getOwnPropertyNames(Atomics).filter((k) => typeof Atomics[k] === 'function').sort().join(','));
for (const k of ['add', 'and', 'compareExchange', 'exchange', 'isLockFree', 'load', 'notify', 'or', 'store', 'sub', 'wait', 'waitAsync', 'xor']) {
  const d = Object.getOwnPropertyDescriptor(Atomics, k);
  console.log(k + ' length ' + Atomics[k].length + ' name ' + Atomics[k].name + ' ' + [d.writable, d.enumerable, d.configurable].join('/'));
}
