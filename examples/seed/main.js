// in the main thread
const worker = new Worker("http://example/worker.js");
worker.onmessage = function (e) {
  if (e.data.sab) {
    const int32 = new Int32Array(e.data.sab);

    const size = 4;

    // update with data
    int32.set(Array(size).fill(1024), 1);

    // set a new value at position 0
    Atomics.store(int32, 0, 1);

    // notify the waiting thread
    Atomics.notify(int32, 0, 1);
  }
};
