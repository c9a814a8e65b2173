// Synchronous XMLHttpRequest in a window: it works (with Chromium's deprecation warning), fires only the end
// events, refuses a response type or a timeout, and a failed one throws NetworkError.
// Chromium 150 reports the deprecation as a DevTools issue (XMLHttpRequestSynchronousInNonWorkerOutsideBeforeUnload),
// once per page, not as a console message; the harness prints its text once per agent as a warning on stderr.
const log = (s) => console.log(s);
function events(x) {
  const seen = [];
  for (const t of ['readystatechange', 'loadstart', 'progress', 'load', 'loadend', 'error', 'abort']) {
    x.addEventListener(t, () => seen.push(t + '(' + x.readyState + ')'));
    x.upload.addEventListener(t, () => seen.push('upload.' + t));
  }
  return seen;
}
const x = new XMLHttpRequest();
const seen = events(x);
x.open('GET', 'data.txt', false);
log('opened: ' + x.readyState);
x.send();
log('sent: ' + [x.readyState, x.status, x.statusText, JSON.stringify(x.responseText), x.getResponseHeader('content-length')].join(' ') + ' [' + seen.join(' ') + ']');
log('in order: before the timer');
setTimeout(() => log('timer ran after'), 0);

for (const [label, f] of [
  ['responseType then open', () => { const y = new XMLHttpRequest(); y.responseType = 'json'; y.open('GET', 'data.txt', false); }],
  ['open then responseType', () => { const y = new XMLHttpRequest(); y.open('GET', 'data.txt', false); y.responseType = 'arraybuffer'; }],
  ['responseType text', () => { const y = new XMLHttpRequest(); y.open('GET', 'data.txt', false); y.responseType = 'text'; }],
  ['timeout then open', () => { const y = new XMLHttpRequest(); y.timeout = 5; y.open('GET', 'data.txt', false); }],
  ['open then timeout', () => { const y = new XMLHttpRequest(); y.open('GET', 'data.txt', false); y.timeout = 5; }],
  ['timeout 0', () => { const y = new XMLHttpRequest(); y.open('GET', 'data.txt', false); y.timeout = 0; }],
]) {
  try { f(); log(label + ': ok'); } catch (e) { log(label + ': ' + e.name + ': ' + e.message); }
}

const p = new XMLHttpRequest();
const pseen = events(p);
p.open('POST', 'data.txt', false);
p.send('some body');
log('POST with upload listeners: [' + pseen.join(' ') + ']');

for (const url of ['http://127.0.0.1:1/x', 'data:text/plain;base64,a']) {
  const e = new XMLHttpRequest();
  const eseen = events(e);
  e.open('GET', url, false);
  try { e.send(); log('no error?'); } catch (err) {
    log('failed: ' + err.name + ': ' + err.message + ' | ' + (err instanceof DOMException) + ' ' + err.code + ' state ' + e.readyState + ' status ' + e.status + ' [' + eseen.join(' ') + ']');
  }
}
const m = new XMLHttpRequest();
m.open('GET', 'missing.txt', false);
m.send();
log('404 does not throw: ' + m.status);
const b = new XMLHttpRequest();
b.open('GET', URL.createObjectURL(new Blob(['sync blob'])), false);
b.send();
log('blob: ' + b.responseText);
