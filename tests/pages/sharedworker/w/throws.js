// Throws while its script runs; it still answers connections.
onconnect = (e) => e.ports[0].postMessage('connected');
throw new Error('thrown at the top level');
