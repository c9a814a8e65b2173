// ReadableStream: a default reader chunk by chunk, desiredSize and backpressure, locking errors, cancel, tee,
// async iteration, an errored stream and a byte stream read with a BYOB reader.
const log = (s) => console.log(s);
const err = (e) => e.name;
(async () => {
  let controller;
  let pulls = 0;
  const rs = new ReadableStream({
    start(c) { controller = c; c.enqueue('a'); c.enqueue('b'); },
    pull() { pulls++; },
  }, new CountQueuingStrategy({ highWaterMark: 3 }));
  log('desiredSize after 2 enqueues: ' + controller.desiredSize);
  controller.enqueue('c');
  log('desiredSize after 3: ' + controller.desiredSize + ', locked ' + rs.locked);
  const reader = rs.getReader();
  log('locked ' + rs.locked);
  try { rs.getReader(); } catch (e) { log('second getReader: ' + err(e)); }
  try { rs.pipeTo(new WritableStream()).catch((e) => log('pipeTo locked rejects: ' + err(e))); } catch (e) { log('pipeTo threw ' + e); }
  for (const expect of ['a', 'b', 'c']) {
    const r = await reader.read();
    log('read ' + r.value + ' done=' + r.done + ' (expected ' + expect + ')');
  }
  await Promise.resolve();
  log('desiredSize after reads: ' + controller.desiredSize + ', pulled: ' + (pulls > 0));
  controller.close();
  const end = await reader.read();
  log('after close: done=' + end.done + ' value=' + end.value);
  await reader.closed;
  log('closed resolved');
  reader.releaseLock();
  log('released: locked ' + rs.locked);

  // errors
  const bad = new ReadableStream({ start(c) { c.error(new RangeError('boom')); } });
  try { await bad.getReader().read(); } catch (e) { log('errored read: ' + e.name + ' ' + e.message); }
  try { new ReadableStream({}, { highWaterMark: -1 }); } catch (e) { log('bad highWaterMark: ' + err(e)); }
  try { ReadableStream.prototype.getReader.call({}); } catch (e) { log('wrong this: ' + err(e)); }

  // cancel reaches the source
  const cancelled = new ReadableStream({ cancel(reason) { log('source cancel: ' + reason); } });
  await cancelled.cancel('stop');
  log('cancel resolved');

  // tee
  const [t1, t2] = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } }).tee();
  const all = async (s) => { const out = []; for await (const x of s) out.push(x); return out.join(','); };
  log('tee: ' + await all(t1) + ' / ' + await all(t2));

  // async iteration, breaking out cancels
  const it = new ReadableStream({ start(c) { c.enqueue('x'); c.enqueue('y'); }, cancel() { log('iteration break cancelled the source'); } });
  for await (const v of it) { log('iterated ' + v); break; }

  // a byte stream and a BYOB reader
  const bytes = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      if (req) { new Uint8Array(req.view.buffer, req.view.byteOffset, 2).set([7, 8]); req.respond(2); }
      c.close();
    },
  });
  const byob = bytes.getReader({ mode: 'byob' });
  const got = await byob.read(new Uint8Array(4));
  log('byob: ' + Array.from(got.value).join(',') + ' ' + got.value.constructor.name + ' length ' + got.value.length);
  log('byob done: ' + (await byob.read(new Uint8Array(1))).done);
})();
