// capture: realtime
// wasm's memory.atomic.wait32/notify on a shared WebAssembly.Memory posted to workers meet JS Atomics.wait/notify
// across agents, and wasm i32.atomic.rmw.add in one worker plus JS Atomics.add in another add up exactly.
// The module (inline below) is:
//   (module (import "env" "mem" (memory 1 4 shared))
//     (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
//     (func (export "store") (param i32 i32) (i32.store (local.get 0) (local.get 1)))
//     (func (export "add") (param i32 i32) (result i32) (i32.atomic.rmw.add (local.get 0) (local.get 1)))
//     (func (export "addLoop") (param i32 i32) (local i32)   ;; n times i32.atomic.rmw.add 1 at the address
//       (block $b (loop $l (br_if $b (i32.ge_u (local.get 2) (local.get 1)))
//         (drop (i32.atomic.rmw.add (local.get 0) (i32.const 1)))
//         (local.set 2 (i32.add (local.get 2) (i32.const 1))) (br $l))))
//     (func (export "wait") (param i32 i32 i64) (result i32) (memory.atomic.wait32 (local.get 0) (local.get 1) (local.get 2)))
//     (func (export "notify") (param i32 i32) (result i32) (memory.atomic.notify (local.get 0) (local.get 1)))
//     (func (export "size") (result i32) (memory.size))
//     (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
const bytes = Uint8Array.from(atob('AGFzbQEAAAABHAVgAX8Bf2ACf38AYAJ/fwF/YAN/f34Bf2AAAX8CDQEDZW52A21lbQIDAQQDCQgAAQIBAwIEAAc+CARsb2FkAAAFc3RvcmUAAQNhZGQAAgdhZGRMb29wAAMEd2FpdAAEBm5vdGlmeQAFBHNpemUABgRncm93AAcKZggHACAAKAIACwkAIAAgATYCAAsKACAAIAH+HgIACyMBAX8CQANAIAIgAU8NASAAQQH+HgIAGiACQQFqIQIMAAsLCwwAIAAgASAC/gECAAsKACAAIAH+AAIACwQAPwALBgAgAEAACw=='), (c) => c.charCodeAt(0));
const mem = new WebAssembly.Memory({ initial: 1, maximum: 4, shared: true });
const inst = new WebAssembly.Instance(new WebAssembly.Module(bytes), { env: { mem } }).exports;
const out = [];
let n = 0;
for (const role of ['a', 'b']) {
  const w = new Worker('wasm-wait-worker.js');
  w.onmessage = (e) => {
    out.push(e.data);
    w.terminate();
    if (++n < 2) return;
    out.sort();
    for (const l of out) console.log(l);
    console.log('window: wasm load(64) = ' + inst.load(64) + ', Int32Array[16] = ' + new Int32Array(mem.buffer)[16]);
  };
  // worker a gets the Memory, worker b its buffer
  w.postMessage(role === 'a' ? { role, bytes, mem } : { role, bytes, buffer: mem.buffer });
}
