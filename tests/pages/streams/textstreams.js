// TextEncoderStream / TextDecoderStream: chunks encoded and decoded as a stream (a surrogate pair and a UTF-8
// sequence split between chunks), their attributes, a bad label and a chunk that is not a BufferSource.
const log = (s) => console.log(s);
const collect = async (rs) => { const out = []; for await (const c of rs) out.push(c); return out; };
(async () => {
  const es = new TextEncoderStream();
  log('encoder: ' + es.encoding + ' ' + Object.prototype.toString.call(es) + ' ' + Object.prototype.toString.call(es.readable) + ' ' + TextEncoderStream.length);
  const w = es.writable.getWriter();
  w.write('a\uD83D');
  w.write('\uDE00b');
  w.write('\uD800');
  w.close();
  log('encoded: ' + (await collect(es.readable)).map((c) => Array.from(c).join(' ')).join(' | '));

  const ds = new TextDecoderStream('utf-8', { fatal: false, ignoreBOM: true });
  log('decoder: ' + ds.encoding + ' ' + ds.fatal + ' ' + ds.ignoreBOM + ' ' + Object.prototype.toString.call(ds) + ' ' + TextDecoderStream.length);
  const dw = ds.writable.getWriter();
  dw.write(new Uint8Array([0x68, 0xC3]));
  dw.write(new Uint8Array([0xA9, 0xE2, 0x82]));
  dw.write(new Uint8Array([0xAC]).buffer);
  dw.close();
  log('decoded: ' + (await collect(ds.readable)).join('|'));

  const latin = await collect(new Blob([new Uint8Array([0x63, 0x61, 0x66, 0xE9])]).stream().pipeThrough(new TextDecoderStream('latin1')));
  log('pipeThrough latin1: ' + latin.join('|') + ' ' + new TextDecoderStream('latin1').encoding);
  const round = await collect(new Blob(['round trip \u00e9']).stream().pipeThrough(new TextDecoderStream()).pipeThrough(new TextEncoderStream()).pipeThrough(new TextDecoderStream()));
  log('round: ' + round.join(''));
  try { new TextDecoderStream('nope'); } catch (e) { log('bad label: ' + e.name); }
  const bad = new TextDecoderStream();
  const bw = bad.writable.getWriter();
  bw.write('not bytes').catch((e) => log('string chunk: ' + e.name));
  try { Object.getOwnPropertyDescriptor(TextDecoderStream.prototype, 'readable').get.call({}); } catch (e) { log('wrong this: ' + e.name); }
})();
