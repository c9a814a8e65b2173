// Answers questions about what it receives; keeps ports it is given.
const ports = {};
onmessage = (e) => {
  const d = e.data;
  switch (d && d.op) {
    case 'buffer': {
      const u8 = new Uint8Array(d.buf);
      postMessage('worker got buffer of ' + d.buf.byteLength + ': ' + Array.from(u8).join(' ') + ', view shares it: ' + (d.view ? d.view.buffer === d.buf : 'n/a'));
      break;
    }
    case 'send-back': {
      const buf = new Uint8Array([9, 8, 7]).buffer;
      postMessage({ buf }, [buf]);
      postMessage('worker buffer after transfer: ' + buf.byteLength + ' detached=' + buf.detached);
      break;
    }
    case 'port': {
      ports[d.name] = e.ports[0];
      const p = e.ports[0];
      postMessage('worker got port ' + d.name + ': ports=' + e.ports.length + ' same=' + (p === d.port) + ' ' + Object.prototype.toString.call(p));
      p.onmessage = (ev) => {
        if (ev.data === 'close') { p.close(); return; }
        p.postMessage('worker ' + d.name + ' echoes ' + JSON.stringify(ev.data) + ' ports=' + ev.ports.length);
        if (ev.ports.length) ev.ports[0].postMessage('hello through a port sent over a port');
      };
      break;
    }
    case 'peer': {
      // talk to another worker through a port the window handed over
      const p = e.ports[0];
      p.onmessage = (ev) => postMessage(d.name + ' heard from its peer: ' + ev.data);
      p.postMessage('greetings from ' + d.name);
      break;
    }
  }
};
