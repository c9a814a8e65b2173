// The dedicated worker of serviceworker.html: same traps, then a synchronous XHR its service worker answers.
importScripts('lib/sw-traps.js');
installSwTraps();
const x = new XMLHttpRequest();
x.open('GET', 'virtual/sync', false);
x.send();
postMessage('worker sync XHR: ' + x.status + ' ' + x.responseText + '; ' + swTrapReport('worker'));
