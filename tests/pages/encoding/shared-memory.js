// Chromium's TextDecoder.decode and TextEncoder.encodeInto refuse shared memory (they are not [AllowShared]);
// views of ordinary buffers at an offset decode as before.
const t = (f) => { try { return 'ok ' + f(); } catch (e) { return e.name + ': ' + e.message; } };
const sab = new SharedArrayBuffer(4);
console.log(t(() => new TextDecoder().decode(sab)));
console.log(t(() => new TextDecoder().decode(new Uint8Array(sab))));
console.log(t(() => new TextDecoder().decode(new DataView(sab))));
console.log(t(() => new TextEncoder().encodeInto('hi', new Uint8Array(sab)).written));
const ab = new Uint8Array([0, 104, 105, 33]).buffer;
console.log(t(() => new TextDecoder().decode(new Uint8Array(ab, 1, 2))));
console.log(t(() => new TextDecoder().decode(new DataView(ab, 1))));
console.log(t(() => new TextDecoder().decode(ab).length));
console.log(t(() => new TextEncoder().encodeInto('yo', new Uint8Array(ab, 2)).written + ' ' + new Uint8Array(ab).join()));
