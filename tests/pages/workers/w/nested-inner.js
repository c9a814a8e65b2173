let pings = 0;
postMessage('inner started');
onmessage = (e) => {
  if (e.data === 'ping') postMessage('pong ' + (++pings));
  else if (e.data === 'name') postMessage(self.name + ' ' + location.pathname);
  else if (e.data === 'depth') {
    const w = new Worker('nested-leaf.js');
    w.onmessage = (ev) => { postMessage('leaf says ' + ev.data); w.terminate(); };
  }
};
