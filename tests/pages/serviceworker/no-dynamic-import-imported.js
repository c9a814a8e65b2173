// importScripts'd by no-dynamic-import-sw.js: an import() in a script a service worker imports is refused too.
self.importFromImportedScript = () => import('./module-dep.js');
