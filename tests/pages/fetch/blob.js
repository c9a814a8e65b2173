// Blob and File: construction, type normalisation, slice, reading.
function show(label, f) {
  try { console.log(label + ': ' + String(f())); } catch (e) { console.log(label + ' threw ' + e.name + ': ' + e.message); }
}
show('size', () => new Blob(['ab', new Uint8Array([1, 2, 3]), new Blob(['xyz'])]).size);
show('utf8 size', () => new Blob(['\u00e9\u20ac\ud83d\ude00']).size);
show('lone surrogate', () => new Blob(['\ud800']).size);
show('type', () => JSON.stringify(new Blob([], { type: 'Text/HTML; Charset=UTF-8' }).type));
show('bad type', () => JSON.stringify(new Blob([], { type: 'text/\u00e9' }).type));
show('native endings', () => new Blob(['a\r\nb\rc\n'], { endings: 'native' }).size);
show('no new', () => Blob([]));
show('not a sequence', () => new Blob('abc'));
show('no iterator', () => new Blob({}));
show('bad bag', () => new Blob([], 7));
show('bad endings', () => new Blob([], { endings: 'lf' }));
show('slice', () => { const b = new Blob(['abcdef']).slice(-4, -1, 'A/B'); return b.size + ' ' + b.type; });
show('slice clamp', () => { const b = new Blob(['abcdef']); return [b.slice(4, 2).size, b.slice(-100).size, b.slice(2).size, b.slice(1.5, 3.5).size].join(','); });
show('file', () => { const f = new File(['abc'], 'a/b.txt', { type: 'TEXT/PLAIN', lastModified: 1234 }); return [f.name, f.size, f.type, f.lastModified, f.lastModifiedDate.getTime(), JSON.stringify(f.webkitRelativePath)].join(','); });
show('file default lastModified', () => Math.abs(new File([], 'x').lastModified - Date.now()) < 60000);
show('file args', () => new File([]));
show('file is blob', () => new File([], 'x') instanceof Blob);
show('file slice', () => Object.prototype.toString.call(new File(['x'], 'y').slice()));
show('tags', () => String(new Blob()) + String(new File([], 'x')));
show('file name usv', () => JSON.stringify(new File([], 'a\ud800').name));
(async () => {
  const b = new Blob(['h\u00e9llo ', new Uint8Array([0xe2, 0x82, 0xac, 0xff])]);
  console.log('text: ' + await b.text());
  console.log('bytes: ' + Array.from(await new Blob(['AB']).bytes()).join(','));
  console.log('arrayBuffer: ' + (await new Blob(['ABC']).arrayBuffer()).byteLength);
  console.log('slice text: ' + await new Blob(['0123456789']).slice(2, -2).text());
  try { await Blob.prototype.text.call({}); } catch (e) { console.log('illegal: ' + e.name + ': ' + e.message); }
})();
