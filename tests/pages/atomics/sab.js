// SharedArrayBuffer basics under cross-origin isolation.
const show = (v) => (typeof v === 'bigint' ? v + 'n' : Object.is(v, -0) ? '-0' : String(v));
function run(label, f) {
  try {
    console.log(label + ' -> ' + show(f()));
  } catch (e) {
    console.log(label + ' threw ' + e.name + ': ' + e.message);
  }
}
run('crossOriginIsolated', () => crossOriginIsolated);
run('typeof SharedArrayBuffer', () => typeof SharedArrayBuffer);
run('SharedArrayBuffer.length', () => SharedArrayBuffer.length);
run('SharedArrayBuffer.name', () => SharedArrayBuffer.name);
const sab = new SharedArrayBuffer(16);
run('byteLength', () => sab.byteLength);
run('toString', () => Object.prototype.toString.call(sab));
run('String(sab)', () => String(sab));
run('instanceof SharedArrayBuffer', () => sab instanceof SharedArrayBuffer);
run('instanceof ArrayBuffer', () => sab instanceof ArrayBuffer);
run('constructor', () => sab.constructor === SharedArrayBuffer);
run('getPrototypeOf', () => Object.getPrototypeOf(sab) === SharedArrayBuffer.prototype);
run('ArrayBuffer.isView(sab)', () => ArrayBuffer.isView(sab));
run('growable', () => sab.growable);
run('maxByteLength', () => sab.maxByteLength);
run('keys of prototype', () => Reflect.ownKeys(SharedArrayBuffer.prototype).map(String).join(','));
run('new SharedArrayBuffer()', () => new SharedArrayBuffer().byteLength);
run('new SharedArrayBuffer(3.9)', () => new SharedArrayBuffer(3.9).byteLength);
run('new SharedArrayBuffer("8")', () => new SharedArrayBuffer('8').byteLength);
run('new SharedArrayBuffer(-1)', () => new SharedArrayBuffer(-1));
run('new SharedArrayBuffer(2**53)', () => new SharedArrayBuffer(2 ** 53));
run('SharedArrayBuffer(8) without new', () => SharedArrayBuffer(8));
const u8 = new Uint8Array(sab);
for (let i = 0; i < 16; i++) u8[i] = i * 3;
const s = sab.slice(4, 10);
run('slice(4, 10) byteLength', () => s.byteLength);
run('slice is SharedArrayBuffer', () => s instanceof SharedArrayBuffer && s !== sab);
run('slice contents', () => Array.from(new Uint8Array(s)).join(','));
u8[5] = 200;
run('slice is a copy', () => new Uint8Array(s)[1]);
run('slice(-3)', () => Array.from(new Uint8Array(sab.slice(-3))).join(','));
run('slice()', () => sab.slice().byteLength);
run('slice(10, 4)', () => sab.slice(10, 4).byteLength);
run('slice("2", 5.5)', () => Array.from(new Uint8Array(sab.slice('2', 5.5))).join(','));
run('slice.call(ArrayBuffer)', () => SharedArrayBuffer.prototype.slice.call(new ArrayBuffer(4)));
run('byteLength getter on ArrayBuffer', () => Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get.call(new ArrayBuffer(4)));
run('ArrayBuffer byteLength getter on sab', () => Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get.call(sab));
run('ArrayBuffer.prototype.slice on sab', () => ArrayBuffer.prototype.slice.call(sab, 0, 4));
const views = [new Int32Array(sab, 4, 2), new DataView(sab, 2, 6), new Float64Array(sab, 8)];
for (const v of views) run(v.constructor.name + ' view buffer', () => v.buffer === sab && v.byteOffset + ':' + v.byteLength);
run('view on sab sees writes', () => { new DataView(sab).setInt16(0, -2); return new Int16Array(sab)[0]; });
run('new Int32Array(sab, 3)', () => new Int32Array(sab, 3));
run('new Int32Array(sab, 0, 5)', () => new Int32Array(sab, 0, 5));
// (growable buffers: growable.js)
console.log('--- options');
run('new SharedArrayBuffer(8, {})', () => new SharedArrayBuffer(8, {}).growable);
run('new SharedArrayBuffer(8, {maxByteLength: undefined})', () => new SharedArrayBuffer(8, { maxByteLength: undefined }).growable);
run('grow on non-growable', () => sab.grow(16));
