// capture: realtime
// Growable SharedArrayBuffers: new SharedArrayBuffer(n, {maxByteLength}), grow() seen by every agent that holds
// the buffer, length-tracking views, Atomics in the grown part across agents, and the errors.
const show = (v) => (typeof v === 'bigint' ? v + 'n' : Object.is(v, -0) ? '-0' : String(v));
function run(label, f) {
  try {
    console.log(label + ' -> ' + show(f()));
  } catch (e) {
    console.log(label + ' threw ' + e.name + ': ' + e.message);
  }
}
const sab = new SharedArrayBuffer(8, { maxByteLength: 64 });
run('growable', () => sab.growable);
run('byteLength', () => sab.byteLength);
run('maxByteLength', () => sab.maxByteLength);
run('toString', () => Object.prototype.toString.call(sab));
const tracking = new Int32Array(sab);
const fixed = new Int32Array(sab, 0, 2);
run('tracking length', () => tracking.length);
run('grow(4) (shrink)', () => sab.grow(4));
run('grow(65)', () => sab.grow(65));
run('grow(-1)', () => sab.grow(-1));
run('grow(8) (same)', () => sab.grow(8));
run('grow(16)', () => sab.grow(16));
run('byteLength after grow', () => sab.byteLength);
run('tracking length after grow', () => tracking.length);
run('fixed length after grow', () => fixed.length);
run('new bytes are zero', () => Array.from(new Uint8Array(sab, 8)).join(','));
run('Atomics.store in grown part', () => Atomics.store(tracking, 3, 42));
run('Atomics.load past the end', () => Atomics.load(tracking, 4));
run('grow("24")', () => sab.grow('24'));
run('byteLength', () => sab.byteLength);
run('slice of growable', () => { const s = sab.slice(4); return s.growable + ' ' + s.byteLength + ' ' + s.maxByteLength; });
run('new SharedArrayBuffer(8, {maxByteLength: 4})', () => new SharedArrayBuffer(8, { maxByteLength: 4 }));
run('new SharedArrayBuffer(0, {maxByteLength: 0}).growable', () => new SharedArrayBuffer(0, { maxByteLength: 0 }).growable);
run('new SharedArrayBuffer(8, {maxByteLength: -1})', () => new SharedArrayBuffer(8, { maxByteLength: -1 }));
run('new SharedArrayBuffer(8, {maxByteLength: 2**53})', () => new SharedArrayBuffer(8, { maxByteLength: 2 ** 53 }));
run('new SharedArrayBuffer(8, {maxByteLength: "16"}).maxByteLength', () => new SharedArrayBuffer(8, { maxByteLength: '16' }).maxByteLength);
run('grow on ArrayBuffer', () => SharedArrayBuffer.prototype.grow.call(new ArrayBuffer(8), 8));
run('growable getter on ArrayBuffer', () => Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'growable').get.call(new ArrayBuffer(8)));
run('structuredClone keeps growable', () => { const c = structuredClone(sab); return (c === sab) + ' ' + c.growable + ' ' + c.byteLength + ' ' + c.maxByteLength; });
run('structuredClone shares memory', () => { const c = structuredClone(sab); new Int32Array(c)[0] = 7; return tracking[0]; });

console.log('--- a SharedArrayBuffer made by the intrinsic constructor (slice with constructor undefined)');
const plain = new SharedArrayBuffer(8);
new Int32Array(plain)[0] = 5;
plain.constructor = undefined;
const intrinsic = plain.slice(0);
run('slice via intrinsic', () => (intrinsic instanceof SharedArrayBuffer) + ' ' + intrinsic.byteLength + ' ' + intrinsic.growable);
run('Atomics.add on it', () => Atomics.add(new Int32Array(intrinsic), 0, 2) + ' then ' + Atomics.load(new Int32Array(intrinsic), 0));
run('its clone shares memory', () => { const c = structuredClone(intrinsic); Atomics.store(new Int32Array(c), 1, 9); return (c !== intrinsic) + ' ' + new Int32Array(intrinsic)[1]; });

console.log('--- across agents');
const keepAlive = setInterval(() => {}, 20);
const w = new Worker(URL.createObjectURL(new Blob([`
  onmessage = (e) => {
    const { sab, intrinsic } = e.data;
    Atomics.add(new Int32Array(intrinsic), 0, 100);
    const i32 = new Int32Array(sab);
    const before = sab.byteLength + ' ' + sab.growable + ' ' + sab.maxByteLength + ' ' + i32.length + ' ' + i32[3];
    sab.grow(48);
    Atomics.store(i32, 10, 1234);
    Atomics.store(i32, 0, 1);
    Atomics.notify(i32, 0);
    postMessage('worker saw ' + before + ', grew to ' + sab.byteLength + ', length ' + i32.length);
  };
`], { type: 'text/javascript' })));
w.onmessage = (e) => {
  console.log(e.data);
  run('window byteLength', () => sab.byteLength);
  run('window tracking length', () => tracking.length);
  run('window reads what the worker stored', () => Atomics.load(tracking, 10));
  run('window sees flag', () => Atomics.load(tracking, 0));
  run('window sees the worker add to the intrinsic one', () => Atomics.load(new Int32Array(intrinsic), 0));
  w.terminate();
  clearInterval(keepAlive);
};
tracking[0] = 0;
w.postMessage({ sab, intrinsic });
