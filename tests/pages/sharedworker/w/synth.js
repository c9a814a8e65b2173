onconnect = (e) => e.ports[0].postMessage('from the network');
