// TextDecoder with the legacy encodings: labels, names, a few characters each, streaming a multi-byte sequence
// split in two, and fatal errors.
const out = (s) => console.log(s);
const hex = (s) => Array.from(s, (c) => c.codePointAt(0).toString(16)).join(' ');
const cases = [
  ['latin2', [0xa1, 0xb1, 0xe6]], ['iso-8859-5', [0xb0, 0xd0, 0xef]], ['iso-8859-7', [0xe1, 0xe2]], ['iso-8859-9', [0xdd, 0xfd]],
  ['iso-8859-15', [0xa4, 0xbd]], ['koi8-r', [0xc1, 0xe1]], ['koi8-u', [0xa4]], ['ibm866', [0x80, 0xa0]], ['cp1250', [0x8a, 0x9a]],
  ['windows-1251', [0xc0, 0xff]], ['windows-1253', [0xe1]], ['windows-1255', [0xe0]], ['windows-1256', [0xc7]],
  ['windows-1257', [0xe0]], ['windows-1258', [0xc3]], ['mac', [0x80, 0xa5]], ['x-mac-cyrillic', [0x80]], ['tis-620', [0xa1]],
  ['iso-8859-8-i', [0xe0]], ['iso-8859-6', [0xc7]], ['iso-8859-13', [0xc0]],
  ['shift_jis', [0x82, 0xa0, 0x93, 0xfa]], ['euc-jp', [0xa4, 0xa2]], ['iso-2022-jp', [0x1b, 0x24, 0x42, 0x24, 0x22, 0x1b, 0x28, 0x42]],
  ['gbk', [0xc4, 0xe3]], ['gb2312', [0xba, 0xc3]], ['gb18030', [0x81, 0x30, 0x81, 0x30]], ['big5', [0xa4, 0x40]],
  ['euc-kr', [0xb0, 0xa1]], ['korean', [0xc7, 0xd1]],
];
for (const [label, bytes] of cases) {
  const d = new TextDecoder(label);
  out(`${label} -> ${d.encoding}: ${hex(d.decode(new Uint8Array(bytes)))}`);
}
const sj = new TextDecoder('shift_jis');
const first = sj.decode(new Uint8Array([0x41, 0x82]), { stream: true });
const second = sj.decode(new Uint8Array([0xa0, 0x42]));
out(`shift_jis streamed: '${hex(first)}' then '${hex(second)}'`);
const cut = new TextDecoder('euc-kr').decode(new Uint8Array([0x41, 0xb0]));
out(`euc-kr cut short: ${hex(cut)}`);
try { new TextDecoder('euc-kr', { fatal: true }).decode(new Uint8Array([0xb0])); out('fatal: no error'); } catch (e) { out(`fatal: ${e.name}: ${e.message}`); }
try { new TextDecoder('iso-2022-kr'); out('iso-2022-kr: constructed'); } catch (e) { out(`iso-2022-kr: ${e.name}: ${e.message}`); }
try { new TextDecoder('no-such'); } catch (e) { out(`unknown: ${e.name}: ${e.message}`); }
