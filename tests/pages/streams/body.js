// Streams of bodies: Blob.stream(), Response.body read chunk by chunk and bodyUsed, a ReadableStream as a
// Response or Request body, clone() of a stream body, and the TypeErrors for used and locked bodies.
const log = (s) => console.log(s);
const enc = new TextEncoder();
const dec = new TextDecoder();
const streamOf = (...parts) => new ReadableStream({ start(c) { for (const p of parts) c.enqueue(enc.encode(p)); c.close(); } });
(async () => {
  const blob = new Blob(['hello ', 'blob']);
  const bs = blob.stream();
  log('Blob.stream: ' + Object.prototype.toString.call(bs) + ' ' + (bs instanceof ReadableStream));
  const r = bs.getReader();
  let text = '';
  for (let c = await r.read(); !c.done; c = await r.read()) text += dec.decode(c.value) + '|' + c.value.constructor.name + ' ';
  log('blob chunks: ' + text);
  const byob = new Blob(['abcdef']).stream().getReader({ mode: 'byob' });
  const part = await byob.read(new Uint8Array(4));
  log('blob byob read: ' + dec.decode(part.value));
  const big = new Uint8Array(200000).fill(1);
  let total = 0, n = 0;
  for await (const c of new Blob([big]).stream()) { total += c.length; n++; }
  log('big blob: ' + total + ' bytes in ' + (n > 1 ? 'several chunks' : 'one chunk'));

  const res = new Response('some body');
  log('body: ' + Object.prototype.toString.call(res.body) + ' same object: ' + (res.body === res.body) + ' bodyUsed ' + res.bodyUsed);
  const reader = res.body.getReader();
  log('after getReader: bodyUsed ' + res.bodyUsed + ' locked ' + res.body.locked);
  try { await res.text(); } catch (e) { log('text() while locked: ' + e.name + ': ' + e.message); }
  const first = await reader.read();
  log('read: ' + dec.decode(first.value) + ' bodyUsed ' + res.bodyUsed);
  log('then: done ' + (await reader.read()).done);
  reader.releaseLock();
  try { await res.arrayBuffer(); } catch (e) { log('arrayBuffer() after reading: ' + e.name + ': ' + e.message); }
  try { res.clone(); } catch (e) { log('clone() after reading: ' + e.name + ': ' + e.message); }

  const used = new Response('x');
  await used.text();
  log('after text(): bodyUsed ' + used.bodyUsed + ' locked ' + used.body.locked);
  log('null bodies: ' + new Response(null).body + ' ' + new Request('http://localhost/').body + ' ' + typeof new Request('http://localhost/', { method: 'POST', body: 'p' }).body);

  const sr = new Response(streamOf('str', 'eam'), { headers: { 'content-type': 'text/plain' } });
  log('stream response: bodyUsed ' + sr.bodyUsed);
  log('text: ' + await sr.text() + ' bodyUsed ' + sr.bodyUsed);
  const mine = streamOf('own');
  const sr2 = new Response(mine);
  log('Response.body is the given stream: ' + (sr2.body === mine));
  const ab = await new Response(streamOf('a', 'b', 'c')).arrayBuffer();
  log('arrayBuffer: ' + ab.byteLength);
  const js = await new Response(streamOf('{"k":', '[1,2]}')).json();
  log('json: ' + JSON.stringify(js));
  const blobOut = await new Response(streamOf('blobbed')).blob();
  log('blob(): ' + blobOut.size);
  try { await new Response(new ReadableStream({ start(c) { c.enqueue('not bytes'); c.close(); } })).text(); } catch (e) { log('string chunk: ' + e.name + ': ' + e.message); }
  try { await new Response(new ReadableStream({ start(c) { c.error(new Error('source broke')); } })).text(); } catch (e) { log('errored stream: ' + e.message); }
  const locked = streamOf('l');
  locked.getReader();
  try { new Response(locked); } catch (e) { log('locked stream: ' + e.name + ': ' + e.message); }

  const c1 = new Response(streamOf('tee', 'd'));
  const c2 = c1.clone();
  log('clone of a stream body: ' + await c1.text() + ' ' + await c2.text());

  try { new Request('http://localhost/', { method: 'POST', body: streamOf('r') }); } catch (e) { log('no duplex: ' + e.name + ': ' + e.message); }
  const req = new Request('http://localhost/', { method: 'POST', body: streamOf('req', 'uest'), duplex: 'half' });
  log('request stream body: ' + await req.text());
})();
