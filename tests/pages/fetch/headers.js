// Headers: validation, combination, iteration order, guards.
function show(label, f) {
  try { console.log(label + ': ' + String(f())); } catch (e) { console.log(label + ' threw ' + e.name + ': ' + e.message); }
}
const h = new Headers([['B', '1'], ['a', '2'], ['b', ' 3 '], ['Set-Cookie', 'x=1'], ['set-cookie', 'y=2']]);
show('entries', () => [...h].map((p) => p.join('=')).join(' | '));
show('get combined', () => h.get('B'));
show('get set-cookie', () => h.get('set-cookie'));
show('getSetCookie', () => h.getSetCookie().join(' ; '));
show('has', () => h.has('A') + ' ' + h.has('c'));
show('get missing', () => h.get('c'));
h.set('b', 'only');
h.delete('A');
show('after set/delete', () => [...h.keys()].join(',') + ' ' + [...h.values()].join(','));
show('record init', () => [...new Headers({ 'X-Z': 'z', 'x-a': '  a\t' })].join(' | '));
show('forEach', () => { const out = []; new Headers({ b: '2', a: '1' }).forEach((v, k) => out.push(k + ':' + v)); return out.join(','); });
show('live iteration', () => { const x = new Headers([['a', '1'], ['c', '3']]); const out = []; for (const [k] of x) { out.push(k); if (k === 'a') x.append('b', '2'); } return out.join(','); });
show('bad name', () => new Headers().append('a b', 'x'));
show('bad value', () => new Headers().append('a', 'x\ny'));
show('bad set', () => new Headers().set('', 'x'));
show('bad get', () => new Headers().get('a:b'));
show('non latin1', () => new Headers().append('a', '\u0100'));
show('bad init', () => new Headers(5));
show('bad pair', () => new Headers([['a', 'b', 'c']]));
show('bad item', () => new Headers([1]));
show('forEach non-function', () => new Headers().forEach(null));
show('immutable', () => Response.error().headers.append('a', 'b'));
show('request guard', () => [...new Request('/x', { headers: { Cookie: 'a', 'X-Ok': 'b', 'Sec-Foo': 'c', Host: 'h', 'Proxy-A': 'p' } }).headers].join(' | '));
show('no-cors guard', () => [...new Request('/x', { mode: 'no-cors', headers: { 'X-A': '1', Accept: 'x', 'Content-Type': 'application/json', 'Content-Language': 'en' } }).headers].join(' | '));
show('response guard', () => [...new Response('x', { headers: { 'Set-Cookie': 'a', 'X-A': 'b' } }).headers].join(' | '));
show('iterator tag', () => Object.prototype.toString.call(new Headers().entries()));
show('no new', () => Headers());
