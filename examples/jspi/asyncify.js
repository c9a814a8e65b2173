// The same program after Binaryen's Asyncify pass (build.sh). JS cannot pause wasm here, so the module unwinds
// itself: when fetch_data is called the first time, the import starts the fetch and asks wasm to unwind
// (asyncify_start_unwind), every frame up to main saves its locals to the Asyncify stack and returns; once the
// fetch is done, JS asks wasm to rewind (asyncify_start_rewind) and calls main again, which rebuilds its frames
// from the saved state and calls fetch_data a second time, which now returns the result.
(async () => {
  const DATA = 16; // Asyncify's header: [current stack pointer, stack end], then the stack at 1024..2048
  const STACK = 1024, STACK_END = 2048;
  let pending = null; // the fetch being waited for, while unwound
  let result = 0; // what fetch_data returns when rewound
  const { instance } = await WebAssembly.instantiateStreaming(fetch('program.asyncify.wasm'), {
    env: {
      fetch_data(urlPtr, urlLen, bufPtr, cap) {
        const e = instance.exports;
        if (e.asyncify_get_state() === 2) { // rewinding: this is the second call, the fetch is done
          e.asyncify_stop_rewind();
          return result;
        }
        const url = new TextDecoder().decode(new Uint8Array(e.memory.buffer, urlPtr, urlLen));
        pending = fetch(url).then((r) => r.arrayBuffer()).then((buffer) => {
          const bytes = new Uint8Array(buffer);
          result = Math.min(bytes.length, cap);
          new Uint8Array(e.memory.buffer, bufPtr, result).set(bytes.subarray(0, result));
        });
        new Int32Array(e.memory.buffer, DATA, 2).set([STACK, STACK_END]);
        e.asyncify_start_unwind(DATA);
        return 0; // ignored: the frames are unwinding
      },
      print: (ptr, len) => console.log('Asyncify: ' + new TextDecoder().decode(new Uint8Array(instance.exports.memory.buffer, ptr, len))),
    },
  });
  const e = instance.exports;
  let sum = e.main();
  while (e.asyncify_get_state() === 1) { // unwound: wait, then rewind and call main again
    e.asyncify_stop_unwind();
    await pending;
    e.asyncify_start_rewind(DATA);
    sum = e.main();
  }
  console.log('Asyncify: main() returned ' + sum);
})();
