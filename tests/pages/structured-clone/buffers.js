// structuredClone of ArrayBuffer, resizable ArrayBuffer, typed arrays and DataView; transfer
function bytes(b) { return Array.from(new Uint8Array(b)).join(','); }
const b = new ArrayBuffer(8);
new Uint8Array(b).set([1, 2, 3, 4, 5, 6, 7, 8]);
b.extra = 1;
const cb = structuredClone(b);
console.log('buffer ' + Object.prototype.toString.call(cb) + ' ' + bytes(cb) + ' distinct=' + (cb !== b) + ' extra=' + cb.extra + ' resizable=' + cb.resizable);
const views = [new Uint8Array(b, 2, 3), new Int16Array(b, 4), new DataView(b, 1, 6), b];
const cv = structuredClone(views);
console.log('views share buffer ' + (cv[0].buffer === cv[1].buffer) + ' ' + (cv[2].buffer === cv[3]) + ' ' + (cv[0].buffer === cv[3]));
console.log('uint8 ' + cv[0].byteOffset + ' ' + cv[0].length + ' ' + Array.from(cv[0]).join(','));
console.log('int16 ' + cv[1].byteOffset + ' ' + cv[1].length + ' ' + Array.from(cv[1]).join(','));
console.log('dataview ' + cv[2].byteOffset + ' ' + cv[2].byteLength + ' ' + cv[2].getUint8(0));
const all = [new Int8Array([-1, 2]), new Uint8Array([255]), new Uint8ClampedArray([300, -5]), new Int16Array([-300]),
  new Uint16Array([65535]), new Int32Array([-5]), new Uint32Array([4e9]), new Float32Array([1.5, NaN]),
  new Float64Array([-0, 1e300]), new BigInt64Array([1n, -2n]), new BigUint64Array([2n ** 64n - 1n])];
for (const ta of all) {
  const c = structuredClone(ta);
  console.log(Object.prototype.toString.call(c) + ' ' + Array.from(c, (x) => Object.is(x, -0) ? '-0' : String(x)).join(',')
    + ' ' + c.byteOffset + '/' + c.byteLength);
}
const u = new Uint8Array(2);
u.extra = 1;
console.log('typed array extra ' + structuredClone(u).extra);
const rab = new ArrayBuffer(4, { maxByteLength: 16 });
const crab = structuredClone(rab);
console.log('resizable ' + crab.resizable + ' ' + crab.maxByteLength + ' ' + crab.byteLength);
const tracking = structuredClone(new Uint8Array(rab));
tracking.buffer.resize(8);
const fixed = structuredClone(new Uint8Array(rab, 0, 4));
fixed.buffer.resize(8);
const dvTracking = structuredClone(new DataView(rab, 1));
dvTracking.buffer.resize(8);
console.log('length tracking ' + tracking.length + ' fixed ' + fixed.length + ' dataview ' + dvTracking.byteLength + '/' + dvTracking.byteOffset);
const full = new ArrayBuffer(8, { maxByteLength: 8 });
new Uint8Array(full).set([1, 2, 3, 4, 5, 6, 7, 8]);
const ft = structuredClone(new Uint16Array(full, 2));
ft.buffer.resize(4);
const ff = structuredClone(new Uint16Array(full, 2, 3));
ff.buffer.resize(4);
console.log('at max length: tracking ' + ft.length + ' fixed ' + ff.length + ' source ' + bytes(full) + ' ' + full.byteLength);

const t = new ArrayBuffer(4, { maxByteLength: 8 });
new Uint8Array(t).set([9, 8, 7, 6]);
const view = new Uint8Array(t, 1, 2);
const out = structuredClone({ t, view }, { transfer: [t] });
console.log('transferred: source ' + t.byteLength + ' detached=' + t.detached + ' view ' + view.length
  + ' clone ' + bytes(out.t) + ' resizable=' + out.t.resizable + ' max=' + out.t.maxByteLength
  + ' view ' + Array.from(out.view).join(',') + ' shares=' + (out.view.buffer === out.t));
const onlyListed = new ArrayBuffer(3);
console.log('transfer without reference: ' + structuredClone('v', { transfer: [onlyListed] }) + ' ' + onlyListed.byteLength);
const viaSet = new ArrayBuffer(2);
structuredClone(1, { transfer: new Set([viaSet]) });
console.log('transfer iterable ' + viaSet.byteLength);
const kept = new ArrayBuffer(4);
try { structuredClone(() => 1, { transfer: [kept] }); } catch (e) { console.log('failed clone: ' + e.name); }
console.log('failed clone detaches nothing ' + kept.byteLength);
const copied = new ArrayBuffer(2);
const cc = structuredClone(copied);
console.log('copy not detached ' + copied.byteLength + ' ' + cc.byteLength);
