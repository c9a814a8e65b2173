// The service worker of import-scripts.js.
const lines = [];
importScripts('import-a.js');
lines.push('first evaluation: ' + self.aValue);
self.addEventListener('install', (e) => {
  importScripts('import-b.js', 'sub/import-c.js');
  lines.push('install: ' + self.bValue + ', ' + self.cValue);
  try { importScripts('import-missing.js'); } catch (err) { lines.push('install, a missing script: ' + err.name + ': ' + err.message); }
  try { importScripts('text-sw.txt'); } catch (err) { lines.push('install, not JavaScript: ' + err.name + ': ' + err.message); }
  e.waitUntil(self.skipWaiting());
});
self.addEventListener('activate', (e) => {
  try { importScripts('import-d.js'); lines.push('activate, a new script: ran'); } catch (err) { lines.push('activate, a new script: ' + err.name + ': ' + err.message); }
  e.waitUntil(self.clients.claim());
});
self.addEventListener('fetch', (e) => {
  if (e.request.url.indexOf('/import-') >= 0) e.respondWith(new Response('self.aValue = "intercepted";'));
});
self.addEventListener('message', (e) => {
  const tries = [['import-a.js', () => self.aValue], ['sub/import-c.js', () => self.cValue], ['import-d.js', () => self.dValue],
    ['import-missing.js', () => 'ran']];
  for (const [url, value] of tries) {
    try { importScripts(url); lines.push('after install, ' + url + ': ' + value()); } catch (err) { lines.push('after install, ' + url + ': ' + err.name + ': ' + err.message); }
  }
  e.source.postMessage(lines.join('\n'));
});
