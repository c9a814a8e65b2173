// The classic service worker of no-dynamic-import.js: every import() rejects with a TypeError (HTML: import() is
// disallowed in a ServiceWorkerGlobalScope), at its first evaluation and in an event handler alike; the specifier is
// still converted to a string first (its toString runs); an importScripts'd script's import() is refused too.
importScripts('no-dynamic-import-imported.js');
const lines = [];
const outcome = (label, p) => p.then(() => lines.push(label + ': loaded'),
  (e) => lines.push(label + ': ' + e.name + ' (TypeError: ' + (e instanceof TypeError) + '): ' + e.message));
const pending = [
  outcome('top level, module URL', import('./module-dep.js')),
  outcome('top level, data: URL', import('data:text/javascript,export default 1')),
  outcome('specifier object', import({ toString() { lines.push('toString ran'); return './module-dep.js'; } })),
];
self.addEventListener('install', (e) => e.waitUntil(self.skipWaiting()));
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('message', (e) => {
  const later = [/* a nested import() in the specifier */
    outcome('in a handler', import('./module-dep.js' + (import('./never.js').catch(() => {}), ''))),
    outcome('in an imported script', self.importFromImportedScript()),
  ];
  Promise.all(pending.concat(later)).then(() => e.source.postMessage(lines.join('\n')));
});
