// A service worker whose first evaluation imports a script that does not exist.
importScripts('import-missing.js');
