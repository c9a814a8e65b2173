// Its own onerror cancels the exception its script throws.
self.onerror = (message) => { self.seen = message; return true; };
onconnect = (e) => e.ports[0].postMessage('own onerror saw "' + self.seen + '"');
throw new Error('canceled inside');
