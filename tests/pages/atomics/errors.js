// Argument errors of Atomics (names and messages as Chromium prints them) and the order in which arguments are
// converted; Atomics.wait on the window's thread.
const show = (v) => (typeof v === 'bigint' ? v + 'n' : Object.is(v, -0) ? '-0' : String(v));
function run(label, f) {
  try {
    const r = f();
    console.log(label + ' -> ' + (r !== null && typeof r === 'object' ? JSON.stringify(r) : show(r)));
  } catch (e) {
    console.log(label + ' threw ' + e.name + ': ' + e.message);
  }
}
const sab = new SharedArrayBuffer(64);
const i32 = new Int32Array(sab, 8, 4);
const i16 = new Int16Array(sab, 8, 4);
const u8 = new Uint8Array(sab);
const b64 = new BigInt64Array(sab, 16, 2);

console.log('--- not an integer typed array');
const notArrays = {
  array: [1, 2, 3],
  object: {},
  number: 1,
  undefined: undefined,
  null: null,
  string: 'abc',
  Float64Array: new Float64Array(new SharedArrayBuffer(16)),
  Float32Array: new Float32Array(new SharedArrayBuffer(16)),
  Uint8ClampedArray: new Uint8ClampedArray(new SharedArrayBuffer(16)),
  DataView: new DataView(new SharedArrayBuffer(16)),
  SharedArrayBuffer: sab,
};
for (const [name, v] of Object.entries(notArrays)) {
  for (const op of ['add', 'load', 'store', 'compareExchange', 'exchange', 'notify', 'wait', 'waitAsync']) {
    run(op + '(' + name + ')', () => Atomics[op](v, 0, 0, 0));
  }
}

console.log('--- index out of range');
for (const index of [4, -1, 1e10, Infinity, -Infinity, '-1', '4', 2 ** 53, -0.5, 3.99, NaN, '', '0x2', null, false, {}, [3]]) {
  run('load(i32, ' + (typeof index === 'string' ? JSON.stringify(index) : Array.isArray(index) ? '[3]' : typeof index === 'object' && index ? '{}' : show(index)) + ')',
    () => Atomics.load(i32, index));
}
run('store(i16, 4, 1)', () => Atomics.store(i16, 4, 1));
run('add(u8, 64, 1)', () => Atomics.add(u8, 64, 1));
run('sub(u8, 63, 1)', () => Atomics.sub(u8, 63, 1));
run('exchange(b64, 2, 1n)', () => Atomics.exchange(b64, 2, 1n));
run('compareExchange(b64, -1, 1n, 2n)', () => Atomics.compareExchange(b64, -1, 1n, 2n));
run('notify(i32, 4)', () => Atomics.notify(i32, 4));
run('waitAsync(i32, 4, 0)', () => Atomics.waitAsync(i32, 4, 0));
run('load(i32, Symbol())', () => Atomics.load(i32, Symbol('s')));
run('store(i32, 0, Symbol())', () => Atomics.store(i32, 0, Symbol('s')));
run('add(i32, 0, 1n)', () => Atomics.add(i32, 0, 1n));
run('add(b64, 0, 1)', () => Atomics.add(b64, 0, 1));
run('add(b64, 0, "x")', () => Atomics.add(b64, 0, 'x'));
run('add(b64, 0, undefined)', () => Atomics.add(b64, 0, undefined));
run('compareExchange(b64, 0, 0n, 1)', () => Atomics.compareExchange(b64, 0, 0n, 1));
run('store(i32, 0, {})', () => Atomics.store(i32, 0, {}));
run('load(i32, 0)', () => Atomics.load(i32, 0));

console.log('--- conversion order');
const log = [];
const tracer = (name, v) => ({ valueOf() { log.push(name); return v; }, toString() { log.push(name + '.toString'); return String(v); } });
run('compareExchange(i32, idx, exp, rep)', () => Atomics.compareExchange(i32, tracer('index', 1), tracer('expected', 0), tracer('replacement', 5)));
console.log('  order ' + log.join(','));
log.length = 0;
run('add(i32, idx=9, value)', () => Atomics.add(i32, tracer('index', 9), tracer('value', 1)));
console.log('  order ' + log.join(','));
log.length = 0;
run('add(Float64Array, idx, value)', () => Atomics.add(new Float64Array(4), tracer('index', 0), tracer('value', 1)));
console.log('  order ' + log.join(','));
log.length = 0;
run('notify(i32, idx, count)', () => Atomics.notify(i32, tracer('index', 0), tracer('count', 1)));
console.log('  order ' + log.join(','));
log.length = 0;
run('waitAsync(i32, idx, value, timeout)', () => Atomics.waitAsync(i32, tracer('index', 0), tracer('value', 7), tracer('timeout', 0)));
console.log('  order ' + log.join(','));
log.length = 0;
run('wait(i32, idx, value, timeout) on the window', () => Atomics.wait(i32, tracer('index', 0), tracer('value', 7), tracer('timeout', 0)));
console.log('  order ' + log.join(','));

console.log('--- Atomics.wait on the window');
run('wait(i32, 0, 0)', () => Atomics.wait(i32, 0, 0));
run('wait(i32, 0, 1) (not equal)', () => Atomics.wait(i32, 0, 1));
run('wait(i32, 0, 0, 0)', () => Atomics.wait(i32, 0, 0, 0));
run('wait(b64, 0, 0n, 10)', () => Atomics.wait(b64, 0, 0n, 10));
run('wait(i32, 9, 0)', () => Atomics.wait(i32, 9, 0));
run('wait(i16, 0, 0)', () => Atomics.wait(i16, 0, 0));
run('wait(Uint32Array, 0, 0)', () => Atomics.wait(new Uint32Array(sab), 0, 0));
run('wait(BigUint64Array, 0, 0n)', () => Atomics.wait(new BigUint64Array(sab), 0, 0n));
run('wait(non-shared Int32Array, 0, 0)', () => Atomics.wait(new Int32Array(4), 0, 0));
run('wait(b64, 0, 0)', () => Atomics.wait(b64, 0, 0));
run('notify(i16, 0)', () => Atomics.notify(i16, 0));
run('notify(Uint32Array, 0)', () => Atomics.notify(new Uint32Array(sab), 0));
run('waitAsync(i16, 0, 0)', () => Atomics.waitAsync(i16, 0, 0));
run('waitAsync(non-shared Int32Array, 0, 0)', () => Atomics.waitAsync(new Int32Array(4), 0, 0));
run('waitAsync(b64, 0, 0)', () => Atomics.waitAsync(b64, 0, 0));
run('waitAsync(i32, 0, 0, 0)', () => Atomics.waitAsync(i32, 0, 0, 0));
run('waitAsync(i32, 0, 1)', () => Atomics.waitAsync(i32, 0, 1));
run('waitAsync(i32, 0, 0, -5)', () => Atomics.waitAsync(i32, 0, 0, -5));
run('waitAsync(i32, 0, 0, NaN) sync part', () => { const r = Atomics.waitAsync(i32, 0, 0, NaN); return [r.async, String(r.value)]; });
run('notify(i32, 0)', () => Atomics.notify(i32, 0));
run('waitAsync(i32, 0, 0, Symbol())', () => Atomics.waitAsync(i32, 0, 0, Symbol()));
run('waitAsync(i32, 0, 0, 1n)', () => Atomics.waitAsync(i32, 0, 0, 1n));
run('notify(i32, 0, Symbol())', () => Atomics.notify(i32, 0, Symbol()));

console.log('--- detached (non-shared) buffer');
{
  const ab = new ArrayBuffer(8);
  const ta = new Int32Array(ab);
  ab.transfer();
  for (const op of ['add', 'load', 'store', 'compareExchange', 'exchange', 'notify']) run(op + '(detached)', () => Atomics[op](ta, 0, 0, 0));
  const ab2 = new ArrayBuffer(8);
  const ta2 = new Int32Array(ab2);
  run('store(ta, 0, value that detaches)', () => Atomics.store(ta2, 0, { valueOf() { ab2.transfer(); return 1; } }));
  const ab3 = new ArrayBuffer(8);
  const ta3 = new Int32Array(ab3);
  run('add(ta, 0, value that detaches)', () => Atomics.add(ta3, 0, { valueOf() { ab3.transfer(); return 1; } }));
}
