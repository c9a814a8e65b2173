// Atomics on typed arrays over a plain (non-shared) ArrayBuffer: the non-blocking operations work, notify returns
// 0, wait/waitAsync throw; Atomics.pause.
const show = (v) => (typeof v === 'bigint' ? v + 'n' : Object.is(v, -0) ? '-0' : String(v));
function run(label, f) {
  try {
    console.log(label + ' -> ' + show(f()));
  } catch (e) {
    console.log(label + ' threw ' + e.name + ': ' + e.message);
  }
}
for (const T of [Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, BigInt64Array, BigUint64Array]) {
  const big = T === BigInt64Array || T === BigUint64Array;
  const n = (x) => (big ? BigInt(x) : x);
  const ta = new T(new ArrayBuffer(32), 8, 2);
  console.log('--- ' + T.name);
  run('store -3', () => Atomics.store(ta, 1, n(-3)));
  run('load', () => Atomics.load(ta, 1));
  run('add 5', () => Atomics.add(ta, 1, n(5)));
  run('sub 1', () => Atomics.sub(ta, 1, n(1)));
  run('and 6', () => Atomics.and(ta, 1, n(6)));
  run('or 9', () => Atomics.or(ta, 1, n(9)));
  run('xor 3', () => Atomics.xor(ta, 1, n(3)));
  run('exchange 40', () => Atomics.exchange(ta, 1, n(40)));
  run('compareExchange 40->41', () => Atomics.compareExchange(ta, 1, n(40), n(41)));
  run('compareExchange 40->42', () => Atomics.compareExchange(ta, 1, n(40), n(42)));
  run('load', () => Atomics.load(ta, 1));
  run('[1]', () => ta[1]);
  if (!big) run('store 3.7', () => Atomics.store(ta, 0, 3.7));
  run('load 2', () => Atomics.load(ta, 2));
  run('notify', () => Atomics.notify(ta, 0));
  run('notify count 5', () => Atomics.notify(ta, 1, 5));
  run('wait', () => Atomics.wait(ta, 0, n(0), 0));
  run('waitAsync', () => Atomics.waitAsync(ta, 0, n(0), 0));
}
console.log('--- notify on a non-shared Int32Array with bad index / count');
{
  const ta = new Int32Array(4);
  run('notify(ta, 4)', () => Atomics.notify(ta, 4));
  run('notify(ta, 0, -1)', () => Atomics.notify(ta, 0, -1));
  run('notify(ta, 0, Symbol())', () => Atomics.notify(ta, 0, Symbol()));
}
console.log('--- Atomics.pause');
for (const [label, v] of [['()', undefined], ['(0)', 0], ['(10)', 10], ['(-1)', -1], ['(1.5)', 1.5], ['("1")', '1'], ['(NaN)', NaN], ['(Infinity)', Infinity], ['(1n)', 1n], ['(null)', null], ['(-0)', -0], ['(2**53)', 2 ** 53]]) {
  run('pause' + label, () => Atomics.pause(v));
}
run('pause.length', () => Atomics.pause.length);
