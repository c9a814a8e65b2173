// capture: realtime
// A value nested 100,000 or 10,000 deep is too deep to clone: structuredClone and every postMessage
// throw V8's RangeError with the method's prefix (catchable, nothing is posted), and the page goes on; a 500-deep
// one clones.
function nest(depth, make) {
  let v = 0;
  for (let i = 0; i < depth; i++) v = make(v);
  return v;
}
const kinds = {
  array: (v) => [v],
  object: (v) => ({ v }),
  map: (v) => new Map([[0, v]]),
  set: (v) => new Set([v]),
};
const show = (e) => (e instanceof Error ? e.constructor.name + ': ' + e.message : 'not an Error: ' + String(e));
const attempt = (what, f) => {
  try {
    f();
    console.log(what + ': no exception');
  } catch (e) {
    console.log(what + ': ' + show(e));
  }
};
const deep = {}; // the array 100,000 deep (the case), the others 10,000: as far over either limit
for (const [kind, make] of Object.entries(kinds)) {
  deep[kind] = nest(kind === 'array' ? 100000 : 10000, make);
  attempt('structuredClone ' + kind, () => structuredClone(deep[kind]));
}
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('port2 got ' + typeof e.data);
attempt('MessagePort', () => port1.postMessage(deep.array));
const worker = new Worker(URL.createObjectURL(new Blob([`
  const nest = ${nest.toString()};
  onmessage = (e) => {
    if (e.data !== 'go') return postMessage('worker got ' + typeof e.data);
    try {
      postMessage(nest(10000, (v) => ({ v })));
    } catch (e) {
      postMessage('worker: ' + e.constructor.name + ': ' + e.message);
    }
  };
`], { type: 'text/javascript' })));
attempt('Worker', () => worker.postMessage(deep.object));
console.log('500 deep: ' + JSON.stringify(structuredClone(nest(500, kinds.array))).length);
worker.onmessage = (e) => {
  console.log(e.data);
  port1.postMessage('after');
  setTimeout(() => worker.terminate(), 100);
};
worker.postMessage('go');
