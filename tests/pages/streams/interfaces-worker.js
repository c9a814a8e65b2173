self.TransformStream = 7; // before any stream global is read
const names = ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamDefaultController', 'ReadableByteStreamController', 'ReadableStreamBYOBRequest', 'WritableStream',
  'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'TransformStream',
  'TransformStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream'];
const present = names.filter((n) => typeof self[n] === 'function');
const d = Object.getOwnPropertyDescriptor(self, 'TransformStream');
postMessage(present.length + ' of ' + names.length + ', ' + Object.prototype.toString.call(new ReadableStream()) +
  ', TransformStream ' + d.value + ' ' + d.writable + ' ' + d.enumerable);
