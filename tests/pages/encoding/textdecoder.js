// TextDecoder: labels, utf-8 replacement/fatal/BOM/streaming, utf-16le/be, windows-1252, input types, errors.
function esc(s) {
  return String(s).replace(/[^\x20-\x7e]/g, function (c) { return '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4); });
}
function t(label, f) {
  try { console.log(label + ': ' + esc(f())); } catch (e) { console.log(label + ': threw ' + e.name + ': ' + e.message); }
}
function dec(label, bytes, opts) { return new TextDecoder(label, opts).decode(new Uint8Array(bytes)); }
t('default', function () { var d = new TextDecoder(); return [d.encoding, d.fatal, d.ignoreBOM].join(','); });
t('labels', function () {
  return ['utf8', ' UTF-8 ', '\tunicode-1-1-utf-8\n', 'utf-16', 'UTF-16LE', 'utf-16be', 'unicodefffe', 'ucs-2', 'latin1', 'ascii', 'us-ascii',
    'iso-8859-1', 'ISO_8859-1:1987', 'cp1252', 'windows-1252', 'l1', 'x-user-defined'].map(function (l) { return new TextDecoder(l).encoding; }).join(',');
});
t('bad label', function () { return new TextDecoder('foo'); });
t('replacement label', function () { return new TextDecoder('iso-2022-kr'); });
t('utf-32 label', function () { return new TextDecoder('utf-32'); });
t('empty label', function () { return new TextDecoder(''); });
t('undefined label', function () { return new TextDecoder(undefined).encoding; });
t('null label', function () { return new TextDecoder(null); });
t('options', function () { var d = new TextDecoder('utf-8', { fatal: 1, ignoreBOM: 'yes' }); return [d.fatal, d.ignoreBOM].join(','); });
t('bad options', function () { return new TextDecoder('utf-8', 5); });
t('no new', function () { return TextDecoder(); });
t('ascii', function () { return dec('utf-8', [0x68, 0x69]); });
t('multibyte', function () { return dec('utf-8', [0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x92, 0xA9]); });
t('invalid sequences', function () {
  return [[0xFF], [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x92], [0xE2, 0x82],
    [0x80, 0x41], [0xC3, 0x41], [0xF0, 0x9F, 0x41, 0x42], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xEF, 0xBF, 0xBF]].map(function (b) { return dec('utf-8', b); }).join('|');
});
t('fatal', function () { return dec('utf-8', [0x61, 0xFF], { fatal: true }); });
t('fatal truncated', function () { return dec('utf-8', [0xE2, 0x82], { fatal: true }); });
t('fatal ok', function () { return dec('utf-8', [0xE2, 0x82, 0xAC], { fatal: true }); });
t('fatal utf-16', function () { return dec('utf-16le', [0x00, 0xD8], { fatal: true }); });
t('bom', function () { return [dec('utf-8', [0xEF, 0xBB, 0xBF, 0x41]), dec('utf-8', [0xEF, 0xBB, 0xBF, 0x41], { ignoreBOM: true }), dec('utf-8', [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF])].join('|'); });
t('bom utf-16', function () { return [dec('utf-16le', [0xFF, 0xFE, 0x41, 0]), dec('utf-16be', [0xFE, 0xFF, 0, 0x41]), dec('utf-16le', [0xFE, 0xFF, 0x41, 0])].join('|'); });
t('stream utf-8', function () {
  var d = new TextDecoder();
  var parts = [[0xEF, 0xBB], [0xBF, 0xE2], [0x82], [0xAC, 0xF0, 0x9F], [0x92, 0xA9]].map(function (b) { return d.decode(new Uint8Array(b), { stream: true }); });
  parts.push(d.decode());
  return parts.join('|');
});
t('stream truncated end', function () { var d = new TextDecoder(); return d.decode(new Uint8Array([0x41, 0xE2]), { stream: true }) + '|' + d.decode(); });
t('stream bom once', function () { var d = new TextDecoder(); return d.decode(new Uint8Array([0xEF, 0xBB, 0xBF]), { stream: true }) + '|' + d.decode(new Uint8Array([0xEF, 0xBB, 0xBF, 0x41])); });
t('reuse after flush', function () { var d = new TextDecoder(); var a = d.decode(new Uint8Array([0xEF, 0xBB, 0xBF, 0x41])); return a + '|' + d.decode(new Uint8Array([0xEF, 0xBB, 0xBF, 0x42])); });
t('stream utf-16le', function () {
  var d = new TextDecoder('utf-16le');
  var out = [[0x3D], [0xD8, 0xA9], [0xDC, 0x41], [0x00]].map(function (b) { return d.decode(new Uint8Array(b), { stream: true }); });
  out.push(d.decode());
  return out.join('|');
});
t('utf-16 lone surrogates', function () { return [dec('utf-16le', [0x00, 0xDC, 0x41, 0]), dec('utf-16le', [0x00, 0xD8, 0x41, 0]), dec('utf-16le', [0x00, 0xD8]), dec('utf-16le', [0x41])].join('|'); });
t('windows-1252', function () { var b = []; for (var i = 0x78; i < 0xA4; i++) b.push(i); b.push(0xFF); return dec('windows-1252', b); });
t('x-user-defined', function () { return dec('x-user-defined', [0x41, 0x80, 0xFF]); });
t('input types', function () {
  var buf = new Uint8Array([0x61, 0x62, 0x63, 0x64]).buffer;
  var d = new TextDecoder();
  return [d.decode(buf), d.decode(new DataView(buf, 1, 2)), d.decode(new Uint16Array(buf, 2, 1)), d.decode(new Uint8Array(buf).subarray(3)), d.decode(), d.decode(undefined), d.decode(new Float64Array(0))].join('|');
});
t('decode string', function () { return new TextDecoder().decode('abc'); });
t('decode number', function () { return new TextDecoder().decode(1); });
t('decode null', function () { return new TextDecoder().decode(null); });
t('decode array', function () { return new TextDecoder().decode([65]); });
t('decode bad options', function () { return new TextDecoder().decode(new Uint8Array(1), 3); });
t('shape', function () {
  var P = TextDecoder.prototype;
  return [Object.getOwnPropertyNames(P).sort().join(','), TextDecoder.length, P.decode.length, Object.prototype.toString.call(new TextDecoder()),
    Object.getOwnPropertyDescriptor(P, 'encoding').get.name].join(' ');
});
t('illegal', function () { return TextDecoder.prototype.decode.call({}); });
t('illegal getter', function () { return Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'fatal').get.call({}); });
