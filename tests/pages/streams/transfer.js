// capture: realtime
// Transferable streams: structuredClone and postMessage with a transfer list, a ReadableStream read in a worker,
// a WritableStream the worker writes into, a TransformStream used across; DataCloneError when not transferred.
const log = (s) => console.log(s);
const msg = (f) => { try { f(); return 'no error'; } catch (e) { return e.name + ': ' + e.message; } };
log(msg(() => structuredClone(new ReadableStream())));
log(msg(() => structuredClone({ nested: [new WritableStream()] })));
log(msg(() => structuredClone(new TransformStream())));
log(msg(() => structuredClone(new ReadableStream().getReader())));
log(msg(() => structuredClone(new ByteLengthQueuingStrategy({ highWaterMark: 1 }))));
const lockedRs = new ReadableStream();
lockedRs.getReader();
log(msg(() => structuredClone(lockedRs, { transfer: [lockedRs] })));
const lockedWs = new WritableStream();
lockedWs.getWriter();
log(msg(() => structuredClone(lockedWs, { transfer: [lockedWs] })));
const w = new Worker('transfer-worker.js');
log(msg(() => w.postMessage(new ReadableStream())));

(async () => {
  // within this realm
  const src = new ReadableStream({ start(c) { c.enqueue('one'); c.enqueue({ two: 2 }); c.close(); } });
  const copy = structuredClone(src, { transfer: [src] });
  log('original locked ' + src.locked + ', copy is a ReadableStream ' + (Object.getPrototypeOf(copy) === ReadableStream.prototype));
  const got = [];
  for await (const x of copy) got.push(JSON.stringify(x));
  log('read from the copy: ' + got.join(' '));
  class MyStream extends ReadableStream {}
  const sub = new MyStream();
  log('subclass arrives as ReadableStream: ' + (Object.getPrototypeOf(structuredClone(sub, { transfer: [sub] })) === ReadableStream.prototype));

  // to a worker and back
  const replies = [];
  const next = () => new Promise((resolve) => { w.onmessage = (e) => resolve(e.data); });
  let reply = next();
  const enc = new TextEncoder();
  const toWorker = new ReadableStream({ start(c) { c.enqueue(enc.encode('bytes ')); c.enqueue(enc.encode('for the worker')); c.close(); } });
  w.postMessage({ kind: 'read', stream: toWorker }, [toWorker]);
  log('posted: locked ' + toWorker.locked);
  log('worker read: ' + await reply);

  reply = next();
  const sink = [];
  const fromWorker = new WritableStream({ write(chunk) { sink.push(chunk); } });
  w.postMessage({ kind: 'write', stream: fromWorker }, [fromWorker]);
  log('worker says: ' + await reply);
  await new Promise((r) => setTimeout(r, 50));
  log('written by the worker: ' + sink.join(','));

  reply = next();
  w.postMessage({ kind: 'give' });
  const given = await reply;
  const parts = [];
  for await (const x of given) parts.push(x);
  log('stream from the worker: ' + Object.prototype.toString.call(given) + ' ' + parts.join(' '));

  reply = next();
  const ts = new TransformStream();
  w.postMessage({ kind: 'transform', stream: ts }, [ts]);
  log('transferred TransformStream: readable locked ' + ts.readable.locked + ', writable locked ' + ts.writable.locked);
  // the worker writes into its copy's writable: through this realm's (identity) transform, back to its readable
  log('worker: ' + await reply);
  w.terminate();
})();
