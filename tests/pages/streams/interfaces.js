// The stream interfaces as WebIDL globals: present before first use, data properties once touched, their names,
// lengths, toString and brand strings; the same list in a dedicated worker.
const names = ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamDefaultController', 'ReadableByteStreamController', 'ReadableStreamBYOBRequest', 'WritableStream',
  'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'TransformStream',
  'TransformStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream'];
console.log('in self before use: ' + names.every((n) => n in self));
console.log('enumerable: ' + names.filter((n) => Object.keys(self).includes(n)).length);
for (const n of names) {
  const C = self[n];
  const d = Object.getOwnPropertyDescriptor(self, n);
  console.log(`${n} ${C.name} ${C.length} ${'value' in d} ${d.writable} ${d.enumerable} ${d.configurable} ${String(C) === `function ${n}() { [native code] }`}`);
}
const tag = (v) => Object.prototype.toString.call(v);
const rs = new ReadableStream();
console.log(tag(rs) + ' ' + tag(rs.getReader()) + ' ' + tag(new WritableStream()) + ' ' + tag(new TransformStream()) + ' ' +
  tag(new CountQueuingStrategy({ highWaterMark: 2 })) + ' ' + tag(new ByteLengthQueuingStrategy({ highWaterMark: 2 })));
console.log('getReader: ' + String(ReadableStream.prototype.getReader));
console.log('locked getter: ' + String(Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'locked').get));
console.log('methods: ' + ['cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee'].map((m) => typeof ReadableStream.prototype[m]).join());
console.log('async iterable: ' + (typeof ReadableStream.prototype[Symbol.asyncIterator]) + ' ' + typeof ReadableStream.from);
for (const n of ['ReadableStreamDefaultController', 'ReadableByteStreamController', 'WritableStreamDefaultController', 'TransformStreamDefaultController']) {
  try { new self[n](); } catch (e) { console.log(n + ': ' + e.name); }
}
self.WritableStream = 1;
console.log('assigned: ' + self.WritableStream);
delete self.TransformStream;
console.log('deleted: ' + ('TransformStream' in self));
const w = new Worker('interfaces-worker.js');
w.onmessage = (e) => console.log('worker: ' + e.data);
