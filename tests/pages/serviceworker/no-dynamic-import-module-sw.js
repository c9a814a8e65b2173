// The module service worker of no-dynamic-import.js: a statically imported module loads; import() of it (or of
// anything) rejects with a TypeError; what only looks like a call is kept.
import { greeting } from './module-dep.js';
const lines = ['static import: ' + greeting];
// the word in strings, regular expressions, templates and comments, and import.meta, are not calls: left as they are
lines.push('not calls: ' + 'import(' + ' ' + String(/import\(/) + ' ' + `import(${1 /* import( */})` + ' ' + import.meta.url.endsWith('-module-sw.js'));
const outcome = (label, p) => p.then(() => lines.push(label + ': loaded'),
  (e) => lines.push(label + ': ' + e.name + ' (TypeError: ' + (e instanceof TypeError) + '): ' + e.message));
const pending = [outcome('top level, the statically imported module', import('./module-dep.js'))];
self.addEventListener('install', (e) => e.waitUntil(self.skipWaiting()));
self.addEventListener('message', (e) => {
  pending.push(outcome('in a handler', import('./module-dep.js')));
  Promise.all(pending).then(() => e.source.postMessage(lines.join('\n')));
});
