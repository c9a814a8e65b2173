// Closes itself on its first connection.
let connections = 0;
onconnect = (e) => {
  connections++;
  const p = e.ports[0];
  p.onmessage = (m) => p.postMessage('echo ' + m.data);
  p.postMessage('connection ' + connections);
  setTimeout(() => p.postMessage('a timer after close()'), 0);
  close();
  p.postMessage('posted after close()');
  p.postMessage('closing');
};
