// capture: realtime
// Resizable ArrayBuffers and their length-tracking views keep their resizability through postMessage (copied and
// transferred), to a MessagePort in this agent and to a worker and back.
const out = (s) => console.log(s);
const describe = (v) => {
  const b = ArrayBuffer.isView(v) ? v.buffer : v;
  const head = ArrayBuffer.isView(v) ? `${v.constructor.name} len ${v.byteLength} ` : '';
  return `${head}buffer ${b.byteLength}/${b.maxByteLength} resizable ${b.resizable}`;
};
function afterGrow(v) {
  const b = ArrayBuffer.isView(v) ? v.buffer : v;
  b.resize(32);
  return ArrayBuffer.isView(v) ? `after resize(32): view len ${v.byteLength}` : `after resize(32): ${b.byteLength}`;
}
function cases() {
  const a = new ArrayBuffer(16, { maxByteLength: 1024 });
  new Uint8Array(a).set([1, 2, 3]);
  const b = new ArrayBuffer(16, { maxByteLength: 1024 });
  const c = new ArrayBuffer(16, { maxByteLength: 64 });
  const d = new ArrayBuffer(8, { maxByteLength: 64 });
  return [
    ['copied buffer', a, []],
    ['transferred buffer', b, [b]],
    ['length-tracking Uint8Array', new Uint8Array(c), [c]],
    ['fixed Uint16Array on resizable', new Uint16Array(d, 0, 2), []],
  ];
}
const { port1, port2 } = new MessageChannel();
const list = cases();
let i = 0;
port2.onmessage = (e) => {
  const [name, , transfer] = list[i++];
  out(`port: ${name}: ${describe(e.data)}; ${afterGrow(e.data)}`);
  if (i === list.length) toWorker();
};
for (const [name, value, transfer] of list) {
  port1.postMessage(value, transfer);
  if (transfer.length) out(`sender's ${name} after transfer: ${transfer[0].byteLength}/${transfer[0].maxByteLength} detached ${transfer[0].detached}`);
}

function toWorker() {
  const w = new Worker(URL.createObjectURL(new Blob([`
    onmessage = (e) => {
      const v = e.data;
      const b = ArrayBuffer.isView(v) ? v.buffer : v;
      postMessage([b.byteLength, b.maxByteLength, b.resizable, ArrayBuffer.isView(v) ? v.byteLength : -1].join(' '));
      b.resize(40);
      postMessage(v, [b]);
    };`], { type: 'text/javascript' })));
  const wl = cases();
  let n = 0;
  w.onmessage = (e) => {
    if (typeof e.data === 'string') { out(`worker saw ${wl[n][0]}: ${e.data}`); return; }
    out(`back from worker: ${describe(e.data)}`);
    if (++n === wl.length) w.terminate();
  };
  for (const [, value, transfer] of wl) w.postMessage(value, transfer);
}
