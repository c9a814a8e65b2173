// atob / btoa: forgiving-base64, whitespace, padding, errors (DOMException InvalidCharacterError).
function esc(s) {
  return String(s).replace(/[^\x20-\x7e]/g, function (c) { return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); });
}
function t(label, f) {
  try { console.log(label + ': ' + esc(f())); } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message + (e instanceof DOMException ? ' (DOMException code ' + e.code + ')' : ''));
  }
}
t('btoa', function () { return [btoa(''), btoa('f'), btoa('fo'), btoa('foo'), btoa('foob'), btoa('\u00ff\u00fe\u0000'), btoa(12), btoa(null), btoa(undefined)].join(' '); });
t('btoa non-latin1', function () { return btoa('\u0100'); });
t('btoa emoji', function () { return btoa('\ud83d\udca9'); });
t('btoa no args', function () { return btoa(); });
['', 'Zg==', 'Zg=', 'Zg', 'Zm8=', 'Zm9v', ' Zm 9v\n\t\f\r', 'Zm9v=', 'Zm9v==', 'Z', 'Zh==', 'Zg===', '=Zg=', 'Zg==Zg==', 'Zm9vYg', 'ab+/', 'ab-_',
  'YQ', 'YR==', '\u00ffA==', 'YQ = =', 'YQ\u000b==', 'YWJj\u00a0', '////', 'AAAA', 'A', 'AB', 'ABC', 'ABCD='].forEach(function (s) {
  t('atob ' + JSON.stringify(esc(s)), function () { return atob(s); });
});
t('atob null', function () { return atob(null); });
t('atob undefined', function () { return atob(undefined); });
t('atob number', function () { return atob(1234); });
t('atob no args', function () { return atob(); });
t('shape', function () {
  var d = Object.getOwnPropertyDescriptor(globalThis, 'atob');
  return [d.writable, d.enumerable, d.configurable, atob.length, btoa.length, atob.name, btoa.name].join(',');
});
t('roundtrip', function () { var s = ''; for (var i = 0; i < 256; i++) s += String.fromCharCode(i); return atob(btoa(s)) === s; });
