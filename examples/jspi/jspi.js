// The program with JSPI: the module is used as it was compiled. fetch_data is a Suspending import (its async
// function's promise suspends the wasm stack, main's frames included), main is a promising export (it returns a
// promise of main's result).
(async () => {
  const { instance } = await WebAssembly.instantiateStreaming(fetch('program.wasm'), {
    env: {
      fetch_data: new WebAssembly.Suspending(async (urlPtr, urlLen, bufPtr, cap) => {
        const memory = instance.exports.memory.buffer;
        const url = new TextDecoder().decode(new Uint8Array(memory, urlPtr, urlLen));
        const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
        const n = Math.min(bytes.length, cap);
        new Uint8Array(instance.exports.memory.buffer, bufPtr, n).set(bytes.subarray(0, n));
        return n;
      }),
      print: (ptr, len) => console.log('JSPI:     ' + new TextDecoder().decode(new Uint8Array(instance.exports.memory.buffer, ptr, len))),
    },
  });
  const main = WebAssembly.promising(instance.exports.main);
  const sum = await main();
  console.log('JSPI:     main() resolved to ' + sum);
})();
