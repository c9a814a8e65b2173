// URLSearchParams: constructor forms, methods, serialization, live link with URL, iteration, errors.
function esc(s) {
  return String(s).replace(/[^\x20-\x7e]/g, function (c) { return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); });
}
function show(p) { return esc(p.toString()) + ' size=' + p.size; }
function t(label, f) {
  try { console.log(label + ': ' + f()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
}
t('empty', function () { return show(new URLSearchParams()); });
t('string', function () { return show(new URLSearchParams('?a=1&b=2&&c&=d&e=')); });
t('plus and percent', function () { return JSON.stringify(new URLSearchParams('a+b=c+d&x=%zz%41&%e2%82%ac=%E2%82').get('a b')) + ' ' + esc(JSON.stringify(Array.from(new URLSearchParams('x=%zz%41&%e2%82%ac=%E2%82')))); });
t('sequence', function () { return show(new URLSearchParams([['a', 'b'], ['c', 1]])); });
t('record', function () { return show(new URLSearchParams({ a: '1', b: 2, c: null })); });
t('from URLSearchParams', function () { return show(new URLSearchParams(new URLSearchParams('x=1&y=2'))); });
t('from Map', function () { return show(new URLSearchParams(new Map([['m', 'n']]))); });
t('null', function () { return show(new URLSearchParams(null)); });
t('number', function () { return show(new URLSearchParams(42)); });
t('bad pair', function () { return show(new URLSearchParams([['a']])); });
t('bad pair 3', function () { return show(new URLSearchParams([['a', 'b', 'c']])); });
t('bad sequence', function () { return show(new URLSearchParams([1])); });
t('no new', function () { return URLSearchParams(); });
t('serializer', function () { return new URLSearchParams([[' !"#$%&\'()*+,-./09:;<=>?@AZ[\\]^_`az{|}~', '\u00e9\u20ac\ud83d\udca9\u0000']]).toString(); });
t('lone surrogate', function () { return new URLSearchParams([['\ud800', '\udc00x']]).toString(); });
t('get/getAll/has', function () {
  var p = new URLSearchParams('a=1&b=2&a=3');
  return [p.get('a'), p.get('z'), JSON.stringify(p.getAll('a')), p.has('a'), p.has('a', '3'), p.has('a', '2'), p.has('a', undefined), p.has('z')].join(',');
});
t('delete', function () { var p = new URLSearchParams('a=1&b=2&a=3&a=1'); p.delete('a', '1'); var s1 = p.toString(); p.delete('a'); return s1 + ' / ' + p.toString(); });
t('set', function () { var p = new URLSearchParams('a=1&b=2&a=3'); p.set('a', 'x'); p.set('c', 'y'); return p.toString(); });
t('sort', function () { var p = new URLSearchParams('z=1&a=2&z=0&b=&\ufffd=1&\ud83d\udca9=2&\uff00=3&A=4'); p.sort(); return esc(p.toString()); });
t('forEach', function () { var out = []; new URLSearchParams('a=1&b=2').forEach(function (v, k, o) { out.push(k + '=' + v + ':' + (o instanceof URLSearchParams) + ':' + this.x); }, { x: 'T' }); return out.join(' '); });
t('forEach bad', function () { return new URLSearchParams('a=1').forEach(1); });
t('append 1 arg', function () { return new URLSearchParams().append('a'); });
t('get 0 args', function () { return new URLSearchParams().get(); });
t('iterators', function () {
  var p = new URLSearchParams('a=1&b=2&c=3');
  var it = p.entries();
  var first = JSON.stringify(it.next());
  p.delete('b');
  var second = JSON.stringify(it.next());
  var third = JSON.stringify(it.next());
  return [first, second, third, Object.prototype.toString.call(it), JSON.stringify(Array.from(p.keys())), JSON.stringify(Array.from(p.values())),
    p[Symbol.iterator] === p.entries, typeof it[Symbol.iterator], it[Symbol.iterator]() === it].join(' ');
});
t('toStringTag', function () { return Object.prototype.toString.call(new URLSearchParams()) + ' ' + String(new URLSearchParams('a=b')); });
t('live link', function () {
  var u = new URL('http://h/p?a=1&b=2#f');
  var sp = u.searchParams;
  var out = [sp === u.searchParams];
  sp.append('c', '3 4');
  out.push(u.href);
  sp.delete('a'); sp.delete('b'); sp.delete('c');
  out.push(u.href);
  u.search = '?x=y%20z';
  out.push(sp.get('x'));
  u.href = 'http://b/?q=1';
  out.push(sp.get('q'), sp.size);
  u.search = '';
  out.push(sp.size);
  sp.set('k', 'v w');
  out.push(u.search);
  u.search = '?';
  out.push(u.href);
  return out.join(' | ');
});
t('live link opaque', function () { var u = new URL('data:text/plain,x ?a=b'); u.searchParams.delete('a'); return JSON.stringify(u.href); });
t('search roundtrip', function () { var u = new URL('http://h/?a=%20+b'); u.searchParams.sort(); return u.search; });
t('length', function () {
  var P = URLSearchParams.prototype;
  return [URLSearchParams.length, P.append.length, P.delete.length, P.get.length, P.getAll.length, P.has.length, P.set.length, P.sort.length, P.forEach.length, P.entries.length].join(',');
});
t('own keys', function () { return Object.getOwnPropertyNames(URLSearchParams.prototype).sort().join(','); });
t('size getter', function () { var d = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size'); return [typeof d.get, d.set, d.enumerable, d.configurable, d.get.name].join(','); });
t('illegal', function () { return URLSearchParams.prototype.get.call({}, 'a'); });
