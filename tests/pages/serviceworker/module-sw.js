// The module service worker of module.js.
import { greeting } from './module-dep.js';
import { greeting as same } from '/module-dep.js'; // a root-relative specifier: the same module
const lines = [];
try { importScripts('import-a.js'); lines.push('importScripts ran'); } catch (e) { lines.push('importScripts: ' + e.name + ': ' + e.message); }
lines.push('import.meta.url: ' + import.meta.url + ', root-relative import is the same module: ' + (same === greeting));
self.addEventListener('install', (e) => e.waitUntil(self.skipWaiting()));
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (e) => {
  if (e.request.url.endsWith('/virtual/greet')) e.respondWith(new Response(greeting));
});
self.addEventListener('message', (e) => e.source.postMessage(lines.join('\n')));
