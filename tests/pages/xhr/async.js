// XMLHttpRequest, asynchronous, in a window: the events in order, readyState, status, the response in each
// responseType, response headers (a blob: URL, whose headers are the same everywhere) and overrideMimeType.
const log = (s) => console.log(s);
function trace(x, label, sizes = true) {
  const seen = [];
  for (const t of ['readystatechange', 'loadstart', 'progress', 'load', 'loadend', 'error', 'abort', 'timeout']) {
    x.addEventListener(t, (e) => {
      let s = t + '(' + x.readyState + ')';
      if (e instanceof ProgressEvent && sizes) s += '[' + e.lengthComputable + ',' + e.loaded + ',' + e.total + ']';
      seen.push(s);
    });
  }
  return new Promise((resolve) => x.addEventListener('loadend', () => { log(label + ': ' + seen.join(' ')); resolve(); }));
}
(async () => {
  log('interfaces: ' + [typeof XMLHttpRequest, typeof XMLHttpRequestEventTarget, typeof XMLHttpRequestUpload, typeof ProgressEvent].join(' '));
  log('proto chain: ' + (Object.getPrototypeOf(XMLHttpRequest.prototype) === XMLHttpRequestEventTarget.prototype) + ' ' + (Object.getPrototypeOf(XMLHttpRequestEventTarget.prototype) === EventTarget.prototype));
  log('constants: ' + [XMLHttpRequest.UNSENT, XMLHttpRequest.OPENED, XMLHttpRequest.HEADERS_RECEIVED, XMLHttpRequest.LOADING, XMLHttpRequest.DONE, XMLHttpRequest.prototype.DONE].join(','));
  const x = new XMLHttpRequest();
  log('fresh: ' + [x.readyState, x.status, JSON.stringify(x.statusText), JSON.stringify(x.responseText), JSON.stringify(x.responseType), x.timeout, x.withCredentials, JSON.stringify(x.responseURL), String(x.response), String(x.responseXML)].join(' '));
  log('upload: ' + Object.prototype.toString.call(x.upload) + ' ' + (x.upload === x.upload) + ' ' + (x.upload instanceof XMLHttpRequestEventTarget));
  try { new XMLHttpRequestUpload(); } catch (e) { log('new XMLHttpRequestUpload: ' + e.name + ': ' + e.message); }
  try { XMLHttpRequest(); } catch (e) { log('call: ' + e.name + ': ' + e.message); }
  let p = trace(x, 'GET data.txt');
  x.onreadystatechange = () => { if (x.readyState === 2) log('at HEADERS_RECEIVED: status ' + x.status + ' ' + x.statusText + ' text ' + JSON.stringify(x.responseText)); };
  x.open('GET', 'data.txt');
  log('after open: ' + x.readyState);
  x.send();
  log('after send: ' + x.readyState);
  await p;
  log('done: ' + [x.status, x.statusText, JSON.stringify(x.responseText), x.response === x.responseText, x.responseURL === location.href.replace(/[^/]*$/, 'data.txt')].join(' | '));
  log('content-length: ' + x.getResponseHeader('Content-Length') + ' missing: ' + x.getResponseHeader('x-none'));

  for (const type of ['arraybuffer', 'blob', 'json', 'text', 'document', '']) {
    const y = new XMLHttpRequest();
    y.open('GET', 'data.json');
    y.responseType = type;
    const done = new Promise((r) => { y.onload = r; });
    y.send();
    log(type + ' during: ' + String(y.response));
    await done;
    const r = y.response;
    let shown;
    if (r instanceof ArrayBuffer) shown = 'ArrayBuffer ' + r.byteLength + ' ' + new Uint8Array(r)[0];
    else if (r instanceof Blob) shown = 'Blob ' + r.size + ' ' + await r.text();
    else if (r !== null && typeof r === 'object') shown = 'object ' + JSON.stringify(r);
    else shown = typeof r + ' ' + String(r);
    log('responseType ' + JSON.stringify(type) + ': ' + shown + ' (same object: ' + (y.response === r) + ')');
    try { log('  responseText: ' + JSON.stringify(y.responseText)); } catch (e) { log('  responseText: ' + e.name + ': ' + e.message); }
  }

  const badJson = new XMLHttpRequest();
  badJson.open('GET', 'data.txt');
  badJson.responseType = 'json';
  await new Promise((r) => { badJson.onload = r; badJson.send(); });
  log('bad json: ' + String(badJson.response));

  const blobURL = URL.createObjectURL(new Blob(['blob body'], { type: 'text/x-mine' }));
  const b = new XMLHttpRequest();
  p = trace(b, 'blob');
  b.open('GET', blobURL);
  b.send();
  await p;
  log('blob headers: ' + JSON.stringify(b.getAllResponseHeaders()) + ' type ' + b.getResponseHeader('content-type') + ' text ' + b.responseText);

  const o = new XMLHttpRequest();
  o.open('GET', URL.createObjectURL(new Blob([new Uint8Array([0x63, 0x61, 0x66, 0xe9])], { type: 'text/plain' })));
  o.overrideMimeType('text/plain; charset=windows-1252');
  await new Promise((r) => { o.onload = r; o.send(); });
  log('override charset: ' + o.responseText + ' header still ' + o.getResponseHeader('content-type'));
  const ob = new XMLHttpRequest();
  ob.open('GET', URL.createObjectURL(new Blob(['x'], { type: 'text/plain' })));
  ob.overrideMimeType('application/x-other');
  ob.responseType = 'blob';
  await new Promise((r) => { ob.onload = r; ob.send(); });
  log('override blob type: ' + ob.response.type);

  const d = new XMLHttpRequest();
  p = trace(d, 'data:');
  d.open('GET', 'data:text/plain;charset=utf-8,hi%20there');
  d.send();
  await p;
  log('data: ' + d.status + ' ' + JSON.stringify(d.statusText) + ' ' + d.responseText + ' ' + d.getResponseHeader('content-type'));

  const h = new XMLHttpRequest();
  h.open('HEAD', 'data.txt');
  await new Promise((r) => { h.onload = r; h.send(); });
  log('HEAD: ' + h.status + ' ' + JSON.stringify(h.responseText));

  const n = new XMLHttpRequest();
  n.open('GET', 'missing.txt');
  p = trace(n, '404', false);
  n.send();
  await p;
  log('404: ' + n.status);

  const reuse = new XMLHttpRequest();
  reuse.open('GET', 'data.txt');
  await new Promise((r) => { reuse.onload = r; reuse.send(); });
  reuse.open('GET', 'data.json');
  log('reopened: ' + reuse.readyState + ' ' + reuse.status + ' ' + JSON.stringify(reuse.responseText));
  await new Promise((r) => { reuse.onload = r; reuse.send(); });
  log('second: ' + reuse.responseText);
  log('end');
})();
