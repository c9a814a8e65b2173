// TextEncoder: encode, encodeInto (partial writes, surrogates), errors, shape.
function hex(u8) { return Array.prototype.map.call(u8, function (b) { return ('0' + b.toString(16)).slice(-2); }).join(' '); }
function t(label, f) {
  try { console.log(label + ': ' + f()); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
}
var enc = new TextEncoder();
t('encoding', function () { return enc.encoding; });
t('encode', function () { return hex(enc.encode('a\u00e9\u20ac\ud83d\udca9')); });
t('encode empty', function () { return [enc.encode().length, enc.encode('').length, enc.encode(undefined).length, hex(enc.encode(null))].join(','); });
t('encode lone surrogates', function () { return hex(enc.encode('\ud800x\udc00')); });
t('encode number', function () { return hex(enc.encode(12)); });
t('encode result', function () { var r = enc.encode('ab'); return [Object.prototype.toString.call(r), r.byteOffset, r.buffer.byteLength].join(','); });
t('encodeInto', function () {
  var d = new Uint8Array(8);
  var r = enc.encodeInto('a\u00e9\u20ac\ud83d\udca9', d);
  return JSON.stringify(r) + ' ' + hex(d);
});
t('encodeInto partial', function () {
  var out = [];
  for (var n = 0; n <= 10; n++) { var d = new Uint8Array(n); var r = enc.encodeInto('a\ud83d\udca9\u20acb', d); out.push(r.read + '/' + r.written); }
  return out.join(' ');
});
t('encodeInto subarray', function () { var buf = new Uint8Array(6); var r = enc.encodeInto('xyz', buf.subarray(2, 4)); return JSON.stringify(r) + ' ' + hex(buf); });
t('encodeInto lone surrogate', function () { var d = new Uint8Array(8); return JSON.stringify(enc.encodeInto('\ud800\ud800', d)) + ' ' + hex(d); });
t('encodeInto bad dest', function () { return enc.encodeInto('a', new Uint16Array(4)); });
t('encodeInto array', function () { return enc.encodeInto('a', []); });
t('encodeInto 1 arg', function () { return enc.encodeInto('a'); });
t('encodeInto keys', function () { return Object.keys(enc.encodeInto('', new Uint8Array(0))).join(','); });
t('no new', function () { return TextEncoder(); });
t('shape', function () {
  var P = TextEncoder.prototype;
  return [Object.getOwnPropertyNames(P).sort().join(','), TextEncoder.length, P.encode.length, P.encodeInto.length, Object.prototype.toString.call(enc)].join(' ');
});
t('illegal', function () { return TextEncoder.prototype.encode.call({}, 'a'); });
t('roundtrip', function () {
  var s = ''; for (var i = 0; i < 2000; i += 7) s += String.fromCharCode(i * 31 % 0xD000);
  return new TextDecoder().decode(enc.encode(s)) === s;
});
