// SharedArrayBuffer and views on one are refused as request bodies (WebIDL BufferSource), with Blink's messages.
const x = new XMLHttpRequest();
x.open('POST', 'p.js');
for (const b of [new SharedArrayBuffer(4), new Uint8Array(new SharedArrayBuffer(4)), new DataView(new SharedArrayBuffer(4))]) {
  try { x.send(b); console.log('sent'); } catch (e) { console.log(e.name + ': ' + e.message); }
}
