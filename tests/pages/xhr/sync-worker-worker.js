// The worker of sync-worker.js: synchronous XHRs, every response type, a timeout, failures.
const log = (s) => postMessage(s);
function events(x) {
  const seen = [];
  for (const t of ['readystatechange', 'loadstart', 'progress', 'load', 'loadend', 'error', 'abort', 'timeout']) {
    x.addEventListener(t, () => seen.push(t + '(' + x.readyState + ')'));
  }
  return seen;
}
log('in worker: ' + typeof XMLHttpRequest + ' ' + typeof XMLHttpRequestUpload + ' ' + typeof ProgressEvent);
const x = new XMLHttpRequest();
const seen = events(x);
x.open('GET', 'data.txt', false);
x.send();
log('text: ' + x.status + ' ' + JSON.stringify(x.responseText) + ' [' + seen.join(' ') + ']');
for (const type of ['arraybuffer', 'blob', 'json', 'text', 'document']) {
  const y = new XMLHttpRequest();
  y.open('GET', 'data.json', false);
  y.responseType = type;
  y.send();
  const r = y.response;
  let shown;
  if (r instanceof ArrayBuffer) shown = 'ArrayBuffer ' + r.byteLength;
  else if (r instanceof Blob) shown = 'Blob ' + r.size + ' ' + r.type;
  else if (r !== null && typeof r === 'object') shown = 'object ' + JSON.stringify(r);
  else shown = typeof r + ' ' + String(r);
  log(type + ': ' + shown);
}
const t = new XMLHttpRequest();
t.open('GET', 'data.txt', false);
t.timeout = 60000;
t.send();
log('with a timeout: ' + t.status + ' ' + t.timeout);
const a = new XMLHttpRequest();
a.open('GET', 'data.txt', false);
a.withCredentials = true;
a.send();
log('withCredentials: ' + a.status);
for (const url of ['http://127.0.0.1:1/x', 'missing.txt']) {
  const e = new XMLHttpRequest();
  const eseen = events(e);
  e.open('GET', url, false);
  try { e.send(); log(url + ': ' + e.status); } catch (err) {
    log(url + ': ' + err.name + ': ' + err.message + ' state ' + e.readyState + ' [' + eseen.join(' ') + ']');
  }
}
let ticks = 0;
setTimeout(() => { log('worker timer ran; ticks seen by then: ' + ticks); }, 0);
for (let i = 0; i < 20; i++) { const s = new XMLHttpRequest(); s.open('GET', 'data.txt', false); s.send(); ticks++; }
log('20 sync requests done');
