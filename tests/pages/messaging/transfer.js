// capture: realtime
// Transfer lists: ArrayBuffers move (the sender's is detached), MessagePorts move (window <-> worker,
// worker <-> worker), errors for bad transfer lists, structuredClone() with transfer.
const w = new Worker('w/transfer-worker.js');
function next(target) {
  return new Promise((resolve) => { target.onmessage = (e) => resolve(e); });
}
function attempt(label, f) {
  try {
    const r = f();
    console.log(label + ': ' + (r === undefined ? 'ok' : r));
  } catch (e) {
    console.log(label + ': ' + e.name + ': ' + e.message);
  }
}
(async () => {
  // ArrayBuffer transfer, both forms of the transfer list
  const buf = new Uint8Array([1, 2, 3, 4]).buffer;
  const view = new Uint16Array(buf);
  w.postMessage({ op: 'buffer', buf, view }, [buf]);
  console.log('after transfer: byteLength=' + buf.byteLength + ' detached=' + buf.detached + ' view.length=' + view.length);
  console.log((await next(w)).data);
  const buf2 = new ArrayBuffer(3);
  w.postMessage({ op: 'buffer', buf: buf2 }, { transfer: [buf2] });
  console.log('options form: byteLength=' + buf2.byteLength);
  console.log((await next(w)).data);
  const kept = new ArrayBuffer(2);
  w.postMessage({ op: 'buffer', buf: kept });
  console.log('not in the transfer list: byteLength=' + kept.byteLength);
  console.log((await next(w)).data);
  const onlyTransferred = new ArrayBuffer(5);
  w.postMessage({ op: 'buffer', buf: new ArrayBuffer(1) }, [onlyTransferred]);
  console.log('transferred but not in the message: byteLength=' + onlyTransferred.byteLength);
  console.log((await next(w)).data);

  w.postMessage({ op: 'send-back' });
  const back = await next(w);
  console.log('window got ' + Array.from(new Uint8Array(back.data.buf)).join(' '));
  console.log((await next(w)).data);

  // errors
  const d = new ArrayBuffer(1);
  attempt('duplicate buffer', () => w.postMessage(d, [d, d]));
  attempt('buffer still usable after a failed post', () => d.byteLength);
  const gone = new ArrayBuffer(1);
  structuredClone(gone, { transfer: [gone] });
  attempt('detached buffer in transfer list', () => w.postMessage('x', [gone]));
  attempt('detached buffer in message', () => w.postMessage(gone));
  const failing = new ArrayBuffer(4);
  attempt('failed clone does not detach', () => { try { w.postMessage([failing, () => 1], [failing]); } catch (e) { return e.name + ', byteLength still ' + failing.byteLength; } });

  // MessagePort window <-> worker
  const ch = new MessageChannel();
  console.log('channel: ' + Object.prototype.toString.call(ch) + ' ' + Object.prototype.toString.call(ch.port1) + ' ' + (ch.port1 instanceof EventTarget));
  w.postMessage({ op: 'port', name: 'A', port: ch.port2 }, [ch.port2]);
  console.log((await next(w)).data);
  attempt('post a port already transferred', () => w.postMessage('x', [ch.port2]));
  attempt('port in message but not transferred', () => w.postMessage({ p: ch.port1 }));
  attempt('port transferring itself', () => ch.port1.postMessage('x', [ch.port1]));
  attempt('duplicate port', () => { const c = new MessageChannel(); w.postMessage('x', [c.port1, c.port1]); });
  attempt('postMessage on the transferred-away port', () => String(ch.port2.postMessage('dropped')));
  ch.port1.postMessage({ hello: 'over the channel' });
  console.log('port1 got: ' + (await next(ch.port1)).data);

  // a port sent over a port
  const inner = new MessageChannel();
  ch.port1.postMessage('carrying a port', [inner.port2]);
  console.log('port1 got: ' + (await next(ch.port1)).data);
  const viaInner = await next(inner.port1);
  console.log('inner.port1 got: ' + viaInner.data + ' (event ports=' + viaInner.ports.length + ', source=' + viaInner.source + ', origin=' + JSON.stringify(viaInner.origin) + ')');

  // addEventListener needs start(); messages wait until then
  const lazy = new MessageChannel();
  const got = [];
  lazy.port1.addEventListener('message', (e) => got.push(e.data));
  lazy.port2.postMessage('queued 1');
  lazy.port2.postMessage('queued 2');
  await new Promise((r) => setTimeout(r, 100));
  console.log('before start(): ' + got.length);
  lazy.port1.start();
  await new Promise((r) => setTimeout(r, 100));
  console.log('after start(): ' + got.join(', '));

  // two workers talking directly
  const w2 = new Worker('w/transfer-worker.js');
  const peers = new MessageChannel();
  const heard = [];
  const both = new Promise((resolve) => {
    const on = (e) => { heard.push(e.data); if (heard.length === 2) resolve(); };
    w.onmessage = on;
    w2.onmessage = on;
  });
  w.postMessage({ op: 'peer', name: 'first' }, [peers.port1]);
  w2.postMessage({ op: 'peer', name: 'second' }, [peers.port2]);
  await both;
  console.log(heard.sort().join(' / '));

  // structuredClone with transfer
  const sb = new Uint8Array([5, 6]).buffer;
  const clone = structuredClone({ sb }, { transfer: [sb] });
  console.log('structuredClone transfer: original ' + sb.byteLength + ', clone ' + Array.from(new Uint8Array(clone.sb)).join(' ') + ', new object ' + (clone.sb !== sb));
  const sc = new MessageChannel();
  const portClone = structuredClone(sc.port1, { transfer: [sc.port1] });
  console.log('structuredClone port: new object ' + (portClone !== sc.port1) + ' ' + Object.prototype.toString.call(portClone));
  portClone.onmessage = (e) => console.log('cloned port got: ' + e.data);
  sc.port2.postMessage('to the clone');
  await new Promise((r) => setTimeout(r, 100));
  attempt('structuredClone port without transfer', () => structuredClone(sc.port2));
  attempt('structuredClone duplicate', () => { const b = new ArrayBuffer(1); structuredClone(b, { transfer: [b, b] }); });

  // closing: a closed port's peer gets nothing
  ch.port1.postMessage('close');
  await new Promise((r) => setTimeout(r, 100));
  let afterClose = 0;
  ch.port1.onmessage = () => afterClose++;
  ch.port1.postMessage('into a closed port');
  await new Promise((r) => setTimeout(r, 100));
  console.log('replies after the worker closed its port: ' + afterClose);
  w.terminate();
  w2.terminate();
  console.log('done');
})();
