// Response: init validation, statics, body mixin.
function show(label, f) {
  try { console.log(label + ': ' + String(f())); } catch (e) { console.log(label + ' threw ' + e.name + ': ' + e.message); }
}
show('defaults', () => { const r = new Response(); return [r.type, JSON.stringify(r.url), r.redirected, r.status, r.ok, JSON.stringify(r.statusText), r.body, r.bodyUsed, [...r.headers].length].join(','); });
show('init', () => { const r = new Response('x', { status: 404, statusText: 'Nope', headers: { 'X-A': 'b' } }); return [r.status, r.ok, r.statusText, [...r.headers].join(' | ')].join(','); });
show('status too low', () => new Response('', { status: 199 }));
show('status too high', () => new Response('', { status: 600 }));
show('status NaN', () => new Response('', { status: 'x' }));
show('bad statusText', () => new Response('', { statusText: 'a\rb' }));
show('null body status', () => new Response('body', { status: 205 }));
show('null body ok', () => new Response(null, { status: 304 }).status);
show('error', () => { const r = Response.error(); return [r.type, r.status, JSON.stringify(r.statusText), r.ok, r.body].join(','); });
show('redirect', () => { const r = Response.redirect('https://example.com/a b', 307); return [r.status, r.headers.get('Location'), r.type, r.body].join(','); });
show('redirect bad status', () => Response.redirect('/x', 200));
show('redirect bad url', () => Response.redirect('http://['));
show('json', () => { const r = Response.json({ a: [1] }, { status: 202, headers: { 'X-B': '1' } }); return [r.status, [...r.headers].join(' | ')].join(','); });
show('json undefined', () => Response.json(undefined));
show('json symbol', () => Response.json(Symbol('s')));
show('no new', () => Response());
(async () => {
  const r = new Response('{"x": [1, 2]}');
  const c = r.clone();
  console.log('json: ' + JSON.stringify(await r.json()) + ' used ' + r.bodyUsed + ' clone used ' + c.bodyUsed);
  try { await r.text(); } catch (e) { console.log('reread: ' + e.name + ': ' + e.message); }
  try { r.clone(); } catch (e) { console.log('clone used: ' + e.name + ': ' + e.message); }
  console.log('clone bytes: ' + (await c.bytes()).length);
  const b = await new Response(new Uint8Array([0xef, 0xbb, 0xbf, 104, 105, 0xc3])).text();
  console.log('bom text: ' + JSON.stringify(b));
  const blob = await new Response('abc', { headers: { 'Content-Type': 'Text/Plain; Charset=UTF-8' } }).blob();
  console.log('blob: ' + blob.size + ' ' + blob.type);
  try { await new Response('{oops').json(); } catch (e) { console.log('bad json: ' + e.name); }
  const ab = await new Response(new Uint16Array([1, 2])).arrayBuffer();
  console.log('arrayBuffer: ' + ab.byteLength);
})();
