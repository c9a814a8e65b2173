// XMLHttpRequest's error paths: bad arguments, wrong states, forbidden headers, network errors, abort().
const log = (s) => console.log(s);
function attempt(label, f) {
  try { const v = f(); log(label + ': ok' + (v === undefined ? '' : ' ' + v)); } catch (e) { log(label + ': ' + e.name + ': ' + e.message); }
}
function events(x) {
  const seen = [];
  for (const t of ['readystatechange', 'loadstart', 'progress', 'load', 'loadend', 'error', 'abort', 'timeout']) {
    x.addEventListener(t, (e) => seen.push(t + '(' + x.readyState + (e.loaded !== undefined ? ',' + e.loaded + ',' + e.total : '') + ')'));
    x.upload.addEventListener(t, () => seen.push('upload.' + t));
  }
  return seen;
}
(async () => {
  const x = new XMLHttpRequest();
  attempt('send before open', () => x.send());
  attempt('setRequestHeader before open', () => x.setRequestHeader('a', 'b'));
  attempt('open no args', () => x.open());
  attempt('open one arg', () => x.open('GET'));
  attempt('open bad method', () => x.open('BAD METHOD', 'data.txt'));
  attempt('open TRACE', () => x.open('trace', 'data.txt'));
  attempt('open CONNECT', () => x.open('CONNECT', 'data.txt'));
  attempt('open bad url', () => x.open('GET', 'http://[bad'));
  attempt('open lower-case get', () => { x.open('get', 'data.txt'); return x.readyState; });
  attempt('open custom method', () => { x.open('Patch', 'data.txt'); return x.readyState; });
  attempt('setRequestHeader bad name', () => x.setRequestHeader('a b', 'c'));
  attempt('setRequestHeader bad value', () => x.setRequestHeader('a', 'b\nc'));
  attempt('setRequestHeader one arg', () => x.setRequestHeader('a'));
  for (const h of ['Cookie', 'Content-Length', 'Referer', 'Sec-Foo', 'Proxy-Authorization', 'X-HTTP-Method-Override']) {
    attempt('setRequestHeader ' + h, () => x.setRequestHeader(h, 'TRACE'));
  }
  attempt('responseType bogus', () => { x.responseType = 'bogus'; return JSON.stringify(x.responseType); });
  attempt('responseType json', () => { x.responseType = 'json'; return x.responseType; });
  attempt('responseText with json', () => x.responseText);
  attempt('responseXML with json', () => x.responseXML);
  attempt('timeout -1', () => { x.timeout = -1; return x.timeout; });
  attempt('timeout 1.7', () => { x.timeout = 1.7; return x.timeout; });
  attempt('withCredentials', () => { x.withCredentials = 1; return x.withCredentials; });
  attempt('overrideMimeType bad', () => { x.overrideMimeType('not a mime'); });
  attempt('getResponseHeader no arg', () => x.getResponseHeader());

  const y = new XMLHttpRequest();
  y.open('GET', 'data.txt');
  const seen = events(y);
  y.send();
  attempt('send twice', () => y.send());
  attempt('withCredentials after send', () => { y.withCredentials = true; });
  attempt('timeout after send', () => { y.timeout = 100000; return y.timeout; });
  await new Promise((r) => { y.onloadend = r; });
  attempt('responseType when DONE', () => { y.responseType = 'text'; });
  attempt('overrideMimeType when DONE', () => y.overrideMimeType('text/plain'));
  log('events: ' + seen.join(' '));

  // abort() at each state
  const a = new XMLHttpRequest();
  const aseen = events(a);
  a.abort();
  log('abort UNSENT: ' + a.readyState + ' [' + aseen.join(' ') + ']');
  a.open('GET', 'data.txt');
  a.abort();
  log('abort OPENED (not sent): ' + a.readyState + ' [' + aseen.join(' ') + ']');
  aseen.length = 0;
  a.open('GET', 'data.txt');
  a.send();
  a.abort();
  log('abort after send: ' + a.readyState + ' status ' + a.status + ' [' + aseen.join(' ') + ']');
  aseen.length = 0;
  await new Promise((r) => setTimeout(r, 50));
  log('later: ' + a.readyState + ' [' + aseen.join(' ') + ']');

  const post = new XMLHttpRequest();
  const pseen = events(post);
  post.open('POST', 'data.txt');
  post.send('body');
  post.abort();
  log('abort POST with upload listeners: [' + pseen.join(' ') + ']');

  const abortInHandler = new XMLHttpRequest();
  const hseen = events(abortInHandler);
  abortInHandler.onreadystatechange = () => { if (abortInHandler.readyState === 2) abortInHandler.abort(); };
  abortInHandler.open('GET', 'data.txt');
  abortInHandler.send();
  await new Promise((r) => setTimeout(r, 100));
  log('abort at HEADERS_RECEIVED: ' + abortInHandler.readyState + ' ' + abortInHandler.status + ' [' + hseen.join(' ') + ']');

  // network errors: an unreachable origin, a revoked blob: URL, a bad data: URL, a cross-origin URL without CORS
  const blobURL = URL.createObjectURL(new Blob(['x']));
  URL.revokeObjectURL(blobURL);
  for (const [label, url] of [['revoked blob', blobURL], ['bad data url', 'data:text/plain;base64,%%%'], ['cross-origin', 'http://127.0.0.1:1/x']]) {
    const e = new XMLHttpRequest();
    const eseen = events(e);
    try { e.open('GET', url); } catch (err) { log(label + ' open: ' + err.name); continue; }
    e.send();
    await new Promise((r) => { e.onloadend = r; });
    log(label + ': ' + e.readyState + ' ' + e.status + ' ' + JSON.stringify(e.statusText) + ' ' + JSON.stringify(e.responseText) + ' ' + JSON.stringify(e.getAllResponseHeaders()) + ' [' + eseen.join(' ') + ']');
  }
  log('end');
})();
