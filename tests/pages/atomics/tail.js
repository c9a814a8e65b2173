// Atomics on 8- and 16-bit elements in the last, partial 32-bit word of a SharedArrayBuffer whose length is not a
// multiple of 4 (one we made, and one GraalJS made itself through the intrinsic constructor).
const s = new SharedArrayBuffer(5);
const i8 = new Int8Array(s);
try { console.log('add at 4 -> ' + Atomics.add(i8, 4, 3) + ' now ' + Atomics.load(i8, 4) + ' cx ' + Atomics.compareExchange(i8, 4, 3, 7) + ' ' + i8[4]); } catch (e) { console.log('threw ' + e); }
const s2 = new SharedArrayBuffer(6); const i16 = new Int16Array(s2);
try { console.log('i16 add at 2 -> ' + Atomics.add(i16, 2, 3) + ' now ' + Atomics.load(i16, 2) + ' xchg ' + Atomics.exchange(i16, 2, -1) + ' ' + i16[2]); } catch (e) { console.log('threw ' + e); }
const p = new SharedArrayBuffer(5); p.constructor = undefined; const q = p.slice(0); const q8 = new Int8Array(q);
try { console.log('adopted add at 4 -> ' + Atomics.add(q8, 4, 3) + ' now ' + Atomics.load(q8, 4)); } catch (e) { console.log('threw ' + e); }
