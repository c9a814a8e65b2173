// WritableStream, its writer and backpressure; pipeTo; pipeThrough a TransformStream; abort and error paths.
const log = (s) => console.log(s);
(async () => {
  const written = [];
  let ctl;
  const ws = new WritableStream({
    start(c) { ctl = c; },
    write(chunk) { written.push(chunk); return new Promise((r) => setTimeout(r, 1)); },
    close() { log('sink close'); },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const writer = ws.getWriter();
  log('desiredSize ' + writer.desiredSize + ', locked ' + ws.locked);
  try { ws.getWriter(); } catch (e) { log('second getWriter: ' + e.name); }
  writer.write('one');
  writer.write('two');
  log('desiredSize after 2 writes: ' + writer.desiredSize);
  await writer.ready;
  log('ready again, desiredSize ' + writer.desiredSize);
  await writer.close();
  log('written: ' + written.join(','));
  try { await writer.write('late'); } catch (e) { log('write after close: ' + e.name); }

  // pipeTo
  const sunk = [];
  await new ReadableStream({ start(c) { for (const x of [1, 2, 3]) c.enqueue(x); c.close(); } })
    .pipeTo(new WritableStream({ write(x) { sunk.push(x); } }));
  log('piped: ' + sunk.join(','));

  // pipeThrough a TransformStream
  const upper = new TransformStream({
    transform(chunk, c) { c.enqueue(String(chunk).toUpperCase()); },
    flush(c) { c.enqueue('!'); },
  });
  const out = [];
  const src = new ReadableStream({ start(c) { c.enqueue('ab'); c.enqueue('cd'); c.close(); } });
  const reader = src.pipeThrough(upper).getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) out.push(r.value);
  log('transformed: ' + out.join(''));

  // a TransformStream's writable side, its readable side read separately
  const ts = new TransformStream();
  const w = ts.writable.getWriter();
  w.write('through');
  w.close();
  const r2 = await ts.readable.getReader().read();
  log('identity transform: ' + r2.value);

  // errors travel through a pipe
  const failing = new ReadableStream({ pull(c) { c.error(new TypeError('source failed')); } });
  const dest = new WritableStream({ abort(reason) { log('dest aborted: ' + reason.message); } });
  try { await failing.pipeTo(dest); } catch (e) { log('pipeTo rejected: ' + e.message); }
  const ab = new WritableStream({ abort(reason) { log('abort reason: ' + reason); } });
  await ab.abort('why');
  const ac = new AbortController();
  const slow = new ReadableStream({ pull() { return new Promise(() => {}); } });
  const p = slow.pipeTo(new WritableStream(), { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { log('pipe aborted by signal: ' + e.name); }
  try { await new TransformStream({ transform() { throw new RangeError('bad chunk'); } }).writable.getWriter().write(1); } catch (e) { log('transform threw: ' + e.name); }
})();
