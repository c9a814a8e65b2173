onmessage = async (e) => {
  const { kind, stream } = e.data;
  if (kind === 'read') {
    const dec = new TextDecoder();
    let s = '';
    for await (const chunk of stream) s += dec.decode(chunk);
    postMessage(s + ' (' + Object.prototype.toString.call(stream) + ')');
  } else if (kind === 'write') {
    const w = stream.getWriter();
    await w.write('w1');
    await w.write('w2');
    await w.close();
    postMessage('wrote 2 chunks to a ' + Object.prototype.toString.call(stream));
  } else if (kind === 'give') {
    const rs = new ReadableStream({ start(c) { c.enqueue('made'); c.enqueue('in'); c.enqueue('worker'); c.close(); } });
    postMessage(rs, [rs]);
  } else if (kind === 'transform') {
    const w = stream.writable.getWriter();
    w.write('round');
    w.write('trip');
    w.close();
    const got = [];
    for await (const x of stream.readable) got.push(x);
    postMessage(Object.prototype.toString.call(stream) + ' ' + got.join(' '));
  }
};
