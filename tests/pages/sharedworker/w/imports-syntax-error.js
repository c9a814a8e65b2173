// Connects, then imports a script that does not parse (the exception escapes its top level).
onconnect = (e) => e.ports[0].postMessage('alive');
importScripts('syntax-error.js');
