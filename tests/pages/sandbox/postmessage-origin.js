// window.postMessage checks a targetOrigin against the window's own origin, parsed by its own URL parser: a page
// that replaces the `origin` and `URL` globals changes neither what '/' means nor which target origins match.
Object.defineProperty(self, 'origin', { get() { return 'http://evil.test'; }, configurable: true });
self.URL = function FakeURL() { return { origin: 'http://evil.test' }; };
addEventListener('message', (e) => console.log('delivered: ' + e.data));
postMessage('slash', '/');
postMessage('evil', 'http://evil.test');
postMessage('any', '*');
setTimeout(() => console.log('done'), 50);
