const x = new XMLHttpRequest();
x.open('GET', 'slow/2000', false);
x.timeout = 200;
try { x.send(); postMessage('sync: no timeout?'); } catch (e) { postMessage('sync timeout: ' + e.name + ': ' + e.message.replace(location.origin, 'ORIGIN') + ' state ' + x.readyState); }
const y = new XMLHttpRequest();
y.open('GET', 'slow/10', false);
y.timeout = 5000;
y.send();
postMessage('sync in time: ' + y.responseText);
