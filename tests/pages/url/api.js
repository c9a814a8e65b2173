// URL interface: errors (Chromium messages), static methods, attribute shape, origins, IDNA, hosts.
function esc(s) {
  return String(s).replace(/[^\x20-\x7e]/g, function (c) { return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); });
}
function t(label, f) {
  try { console.log(label + ': ' + esc(f())); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
}
t('invalid', function () { return new URL('foo'); });
t('invalid base', function () { return new URL('foo', 'bar'); });
t('valid url, invalid base', function () { return new URL('http://a/', 'bar'); });
t('no args', function () { return new URL(); });
t('no new', function () { return URL('http://a/'); });
t('href setter', function () { var u = new URL('http://a/'); u.href = 'nope'; return u.href; });
t('canParse', function () { return [URL.canParse('http://a'), URL.canParse('x'), URL.canParse('x', 'http://a/'), URL.canParse('x', 'y'), URL.canParse('http://a', undefined)].join(','); });
t('canParse 0 args', function () { return URL.canParse(); });
t('parse', function () { var u = URL.parse('../x?y#z', 'http://h/a/b/c'); return [u instanceof URL, u.href, URL.parse('x'), URL.parse('http://a', 'b')].join(','); });
t('parse 0 args', function () { return URL.parse(); });
t('toString/toJSON', function () { var u = new URL('http://h/p?q#f'); return [String(u), u.toJSON(), JSON.stringify({ u: u }), u + ''].join(' '); });
t('toStringTag', function () { return Object.prototype.toString.call(new URL('http://a')); });
t('own keys', function () { return Object.getOwnPropertyNames(URL.prototype).sort().join(','); });
t('statics', function () { return ['canParse', 'parse'].map(function (k) { var d = Object.getOwnPropertyDescriptor(URL, k); return k + ':' + [d.writable, d.enumerable, d.configurable, d.value.length].join('/'); }).join(' '); });
t('length', function () { return [URL.length, URL.prototype.toJSON.length, URL.prototype.toString.length].join(','); });
t('accessor shape', function () {
  return ['href', 'origin', 'protocol', 'searchParams'].map(function (k) {
    var d = Object.getOwnPropertyDescriptor(URL.prototype, k);
    return k + ':' + [typeof d.get, typeof d.set, d.enumerable, d.configurable, d.get.name].join('/');
  }).join(' ');
});
t('global', function () { var d = Object.getOwnPropertyDescriptor(globalThis, 'URL'); return [d.writable, d.enumerable, d.configurable].join(','); });
t('illegal', function () { return Object.getOwnPropertyDescriptor(URL.prototype, 'host').get.call({}); });
t('origin setter ignored', function () { var u = new URL('http://a/'); u.origin = 'http://b'; return u.origin; });
t('origins', function () {
  return ['http://a:80/', 'https://a:8443/', 'ws://a/', 'wss://a:443/', 'ftp://a:21/', 'file:///x', 'blob:https://a.com:8/x', 'blob:http://a/x',
    'blob:file:///x', 'blob:ftp://a/x', 'blob:foo', 'data:text/plain,x', 'about:blank', 'javascript:1', 'sc://a/', 'http://[::1]:8080/',
    'http://0x7f.1/', 'HTTP://EXAMPLE.COM:0080/'].map(function (s) { return new URL(s).origin; }).join(' ');
});
t('idna', function () {
  return ['http://\u00e9xample.com/', 'http://B\u00fccher.DE/', 'http://fa\u00df.de/', 'http://\u03c2.gr/', 'http://\uff21\uff22\uff23.com/',
    'http://\u4f60\u597d.\u4e2d\u56fd/', 'http://\u2665.com/', 'http://xn--bcher-kva.de/', 'http://a\u3002b\uff0ec\uff61d/', 'http://\ud83d\udca9.la/',
    'http://%C3%A9.com/', 'http://\u0391\u0392\u0393.gr/', 'http://\u0440\u0444.\u0440\u0444/'].map(function (s) {
    try { return new URL(s).host; } catch (e) { return 'failure'; }
  }).join(' ');
});
t('ipv4', function () {
  return ['http://127.1/', 'http://0x7f000001/', 'http://017700000001/', 'http://2130706433/', 'http://127.0.0.1./', 'http://1.2.3/',
    'http://0/', 'http://255.255.255.255/', 'http://4294967295/', 'http://0x.0x.0/'].map(function (s) {
    try { return new URL(s).host; } catch (e) { return 'failure'; }
  }).join(' ');
});
t('ipv6', function () {
  return ['http://[::]/', 'http://[0:0:0:0:0:0:0:1]/', 'http://[1:0:0:2:0:0:0:3]/', 'http://[1:0:0:0:2:0:0:3]/', 'http://[FFFF::1]/',
    'http://[::ffff:1.2.3.4]/', 'http://[1:2:3:4:5:6:7::]/', 'http://[::1:2:3:4:5:6:7]/', 'http://[1::2::3]/', 'http://[1:2:3:4:5:6:7:8:9]/',
    'sc://[::1]/', 'http://[::1]:443/'].map(function (s) {
    try { return new URL(s).host; } catch (e) { return 'failure'; }
  }).join(' ');
});
t('credentials', function () {
  var u = new URL('http://u:p@h/');
  var out = [u.username, u.password];
  u.username = 'a b@c'; u.password = 'x:y';
  out.push(u.href);
  u.username = ''; out.push(u.href);
  u.password = ''; out.push(u.href);
  return out.join(' ');
});
t('port', function () {
  var u = new URL('http://h:8080/');
  var out = [u.port];
  u.port = '80'; out.push(u.href);
  u.port = 443; out.push(u.href);
  u.port = '99999'; out.push(u.href);
  u.port = ''; out.push(u.href);
  u.protocol = 'https'; u.port = '443'; out.push(u.href);
  return out.join(' ');
});
t('pathname', function () {
  var u = new URL('http://h/');
  u.pathname = 'a/../b/./c d'; var a = u.href;
  u.pathname = '\\x\\y'; var b = u.href;
  return a + ' ' + b;
});
t('hash/search', function () {
  var u = new URL('http://h/');
  u.hash = 'a b'; u.search = 'x y';
  var a = u.href;
  u.hash = ''; u.search = '';
  return a + ' ' + u.href;
});
t('opaque', function () {
  var u = new URL('mailto:Someone@Example.com?subject=Hi#x');
  return [u.protocol, u.host, u.pathname, u.search, u.hash, u.origin].join('|');
});
t('blob', function () { var u = new URL('blob:https://example.com/550e8400-e29b-41d4-a716-446655440000'); return [u.protocol, u.pathname, u.origin].join('|'); });
