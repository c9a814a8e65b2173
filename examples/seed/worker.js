// in the web worker thread

const size = 4 + 1;

// make sure you set the proper size,
// because the main thread will set data to the same `sab`.
const length = size * 4;
const sab = new SharedArrayBuffer(length);

// the length must be divisible by 4,
// or next line will throw a RangeError.
const int32 = new Int32Array(sab);

self.postMessage({ sab });

// wait on position 0 value
Atomics.wait(int32, 0, 0);

// (not in the article's text: the line the seed README asks for, to show what the worker sees after waking)
console.log(int32);
