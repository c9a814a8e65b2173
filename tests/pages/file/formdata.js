// FormData: entries (strings and Files), their order, iteration, conversion of values, errors, and a FormData
// body in fetch's Request/Response round trip.
const out = (s) => console.log(s);
function attempt(label, f) {
  try { out(label + ': ' + f()); } catch (e) { out(label + ': ' + e.name + ': ' + e.message); }
}
const show = (v) => (v instanceof File ? `File(${v.name}, ${v.type || 'no type'}, ${v.size}, lastModified>0 ${v.lastModified > 0})` : JSON.stringify(v));
const fd = new FormData();
fd.append('a', '1');
fd.append('b', new Blob(['xyz'], { type: 'text/plain' }));
fd.append('a', 2);
fd.append('c', new Blob(['q']), 'named.bin');
fd.append('d', new File(['f'], 'orig.txt', { type: 'text/x', lastModified: 7 }), 'renamed.txt');
fd.append('e\u00e9', 'lone \ud800 surrogate');
attempt('entries', () => Array.from(fd, ([k, v]) => `${k}=${show(v)}`).join(' | '));
attempt('get a', () => fd.get('a'));
attempt('getAll a', () => JSON.stringify(fd.getAll('a')));
attempt('get missing', () => fd.get('zz'));
attempt('getAll missing', () => JSON.stringify(fd.getAll('zz')));
attempt('has b / zz', () => `${fd.has('b')} ${fd.has('zz')}`);
attempt('same File object each get', () => fd.get('b') === fd.get('b'));
attempt('renamed File keeps lastModified', () => fd.get('d').lastModified);
fd.set('a', 'only');
attempt('after set a', () => Array.from(fd.keys()).join(','));
fd.set('new', 'x');
fd.delete('b');
attempt('after set new and delete b', () => Array.from(fd.keys()).join(','));
attempt('values', () => Array.from(fd.values(), show).join(' | '));
const seen = [];
fd.forEach(function (v, k, o) { seen.push(`${k}:${o === fd}:${this}`); }, 'T');
attempt('forEach', () => seen.join(' '));
attempt('iterator tag', () => Object.prototype.toString.call(fd.entries()) + ' ' + Object.prototype.toString.call(fd));
attempt('iterating while deleting', () => { const f = new FormData(); f.append('1', 'a'); f.append('2', 'b'); f.append('3', 'c'); const r = []; for (const [k] of f) { r.push(k); if (k === '1') f.delete('2'); } return r.join(','); });
attempt('append without value', () => fd.append('x'));
attempt('append with filename and a string', () => fd.append('x', 'y', 'name'));
attempt('new FormData(5)', () => new FormData(5));
attempt('new FormData(undefined)', () => Array.from(new FormData(undefined)).length);
attempt('FormData()', () => FormData());
attempt('structuredClone', () => structuredClone(fd));
attempt('FormData.length', () => FormData.length);
(async () => {
  const body = new FormData();
  body.append('field', 'value');
  body.append('upload', new Blob(['contents'], { type: 'text/plain' }), 'u.txt');
  const req = new Request('http://localhost/x', { method: 'POST', body });
  out('content-type starts multipart: ' + req.headers.get('content-type').startsWith('multipart/form-data; boundary='));
  const back = await req.formData();
  out('round trip: ' + Array.from(back, ([k, v]) => `${k}=${show(v)}`).join(' | '));
  const text = await new Response(new URLSearchParams('p=1&q=2')).formData();
  out('urlencoded: ' + Array.from(text, ([k, v]) => `${k}=${v}`).join(' | '));
})();
