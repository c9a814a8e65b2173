// window.postMessage: the message arrives as a task on this window, structured-cloned, with origin, source and
// transferred ports; targetOrigin filters; transfer detaches; bad arguments throw Chromium's errors.
const out = (s) => console.log(s);
const strip = (s) => String(s).split(location.origin).join('ORIGIN');
const received = [];
addEventListener('message', (e) => {
  const d = e.data;
  const what = d instanceof ArrayBuffer ? `ArrayBuffer(${d.byteLength})` : typeof d === 'object' && d !== null ? JSON.stringify(d) : String(d);
  out(`message ${what} | origin ${strip(e.origin)} | source is window ${e.source === window} | ports ${e.ports.length} frozen ${Object.isFrozen(e.ports)} | lastEventId '${e.lastEventId}' | trusted ${e.isTrusted} | type ${e.type} | cancelable ${e.cancelable} bubbles ${e.bubbles} | ${e.constructor.name}`);
  if (e.ports.length) {
    e.ports[0].onmessage = (m) => out('port got ' + m.data);
  }
  if (d === 'last') setTimeout(() => out('done'), 20);
});
onmessage = (e) => { received.push(typeof e.data); };
setTimeout(() => out('timeout 0 set before posting'), 0);
postMessage('one');
out('postMessage returned before the message arrived');
postMessage({ a: [1, 2] }, '*');
postMessage('slash', '/');
postMessage('own origin', location.origin + '/ignored/path?x');
postMessage('other origin: dropped', 'http://example.com');
postMessage('options', { targetOrigin: '*' });
postMessage('options, default origin', {});
postMessage('options, other origin: dropped', { targetOrigin: 'http://other.test' });
const buf = new ArrayBuffer(8);
postMessage(buf, '*', [buf]);
out('transferred buffer length now ' + buf.byteLength);
const buf2 = new ArrayBuffer(4);
postMessage(buf2, { transfer: [buf2] });
out('transferred (options) buffer length now ' + buf2.byteLength);
const { port1, port2 } = new MessageChannel();
postMessage('with a port', '*', [port2]);
port1.postMessage('through the transferred port');
function attempt(label, f) {
  try { f(); out(label + ': no error'); } catch (e) { out(label + ': ' + e.name + ': ' + strip(e.message)); }
}
attempt('no arguments', () => postMessage());
attempt('invalid targetOrigin', () => postMessage('x', 'not a url'));
attempt('relative targetOrigin', () => postMessage('x', 'foo/bar'));
attempt('function', () => postMessage(() => 1, '*'));
attempt('transfer not a sequence', () => postMessage('x', '*', 5));
attempt('transfer same buffer twice', () => { const b = new ArrayBuffer(1); postMessage('x', '*', [b, b]); });
attempt('options.transfer not a sequence', () => postMessage('x', { transfer: 1 }));
attempt('options not an object', () => postMessage('x', 5));
attempt('detached port', () => postMessage('x', '*', [port2]));
postMessage('last', '*');
