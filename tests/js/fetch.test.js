// node tests/js/fetch.test.js — Blob, File, blob: URLs, Headers, Request, Response, fetch() (js-shims/fetch.js).
// Expected strings were captured from Chromium 156 where they are error messages or serialisations.
'use strict';
const vm = require('vm');
const fs = require('fs');
const path = require('path');
const assert = require('node:assert');

const shims = path.join(__dirname, '..', '..', 'js-shims');
const read = (f) => fs.readFileSync(path.join(shims, f), 'utf8');

function load(agentKind = 'window') {
  const ctx = vm.createContext({});
  const g = vm.runInContext('globalThis', ctx);
  const $ = { agentKind };
  vm.runInContext(read('webidl.js'), ctx)(g, $);
  // ---- stand-ins for what other shims / the core provide
  class DOMException extends Error {
    constructor(message = '', name = 'Error') { super(message); Object.defineProperty(this, 'name', { value: name }); }
  }
  $.DOMException = DOMException;
  g.DOMException = DOMException;
  g.URL = class URL extends globalThis.URL {};
  g.URLSearchParams = URLSearchParams;
  g.AbortController = AbortController;
  g.AbortSignal = AbortSignal;
  g.ReadableStream = ReadableStream;
  g.location = { href: 'http://localhost/dir/page.html', origin: 'http://localhost' };
  g.FormData = class FormData {
    constructor() { this._e = []; }
    append(k, v) { this._e.push([String(k), v]); }
    [Symbol.iterator]() { return this._e[Symbol.iterator](); }
  };
  const blobStore = new Map();
  let blobCounter = 0;
  $.host = {
    registerBlobURL(bytes, type) {
      const url = 'blob:http://localhost/' + (++blobCounter) + '-uuid';
      blobStore.set(url, { bytes: bytes.slice(), type });
      return url;
    },
    revokeBlobURL(url) { blobStore.delete(url); },
  };
  const netLog = [];
  const pending = [];
  // the fake network; fetch.js defines $.netFetch over $.host.fetch, so it is replaced after loading
  const fakeNetFetch = function (req) {
    netLog.push(req);
    const ok = (body, headers = [['Content-Type', 'text/plain']], extra = {}) => Promise.resolve(Object.assign({
      url: req.url, status: 200, statusText: 'OK', headers, body: typeof body === 'string' ? new TextEncoder().encode(body) : body,
      redirected: false,
    }, extra));
    const u = req.url;
    if (u.startsWith('blob:')) {
      const e = blobStore.get(u);
      if (!e) return Promise.reject(new TypeError('Failed to fetch'));
      return ok(e.bytes, [['Content-Length', String(e.bytes.length)], ['Content-Type', e.type]]);
    }
    switch (u) {
      case 'http://localhost/dir/data.txt': return ok('hello data\n', [['Content-Type', 'text/plain'], ['Set-Cookie', 'a=b'], ['X-Custom', '1']]);
      case 'http://localhost/dir/echo': return ok(JSON.stringify({
        method: req.method, headers: req.headers, body: req.body ? new TextDecoder().decode(req.body) : null,
        redirect: req.redirect,
      }), [['content-type', 'application/json']]);
      case 'http://localhost/dir/missing': return ok('nope', [['content-type', 'text/html']], { status: 404, statusText: 'Not Found' });
      case 'http://localhost/dir/redir': return ok('hello data\n', undefined, { url: 'http://localhost/dir/data.txt', redirected: true });
      case 'http://localhost/dir/manual': return ok('', [['location', '/x']], { status: 302, statusText: 'Found' });
      case 'http://other.test/cors': return ok('cors!', [['content-type', 'text/plain'], ['access-control-allow-origin', '*'],
        ['x-hidden', '1'], ['x-shown', '2'], ['access-control-expose-headers', 'X-Shown']]);
      case 'http://other.test/nocors': return ok('secret');
      case 'http://localhost/dir/slow': return new Promise((resolve) => pending.push(() => resolve({
        url: u, status: 200, statusText: 'OK', headers: [], body: new Uint8Array([65]), redirected: false })));
      default: return Promise.reject(new TypeError('Failed to fetch'));
    }
  };
  // streams.js's contract ($.streams(), $.byteStream) over Node's own web streams (streams.js itself evaluates
  // web-streams-polyfill from its Maven jar, which these tests do not load)
  $.streamsLoaded = () => true;
  $.streams = () => ({
    isReadableStream: (v) => v instanceof ReadableStream, locked: (rs) => rs.locked, getReader: (rs) => rs.getReader(),
    read: (r) => r.read(), cancel: (rs, e) => rs.cancel(e), tee: (rs) => rs.tee(), pipeTo: (a, b) => a.pipeTo(b),
    TransformStream, transformReadable: (t) => t.readable, transformWritable: (t) => t.writable,
    disturbed: require('stream').isDisturbed,
  });
  $.byteStream = (bytes) => new ReadableStream({
    type: 'bytes',
    pull(c) { if (bytes.length) c.enqueue(bytes.slice()); c.close(); if (c.byobRequest) c.byobRequest.respond(0); },
  });
  vm.runInContext(read('fetch.js'), ctx)(g, $);
  $.netFetch = (req, done, fail) => { fakeNetFetch(req).then(done, fail); }; // fetch.js's contract: callbacks
  vm.runInContext(`globalThis.fmt = function (v) {
    return typeof v === 'string' ? JSON.stringify(v) : String(v);
  };
  globalThis.T = function (f) {
    try { return '=> ' + fmt(f()); } catch (e) { return '!! ' + e.name + ': ' + e.message; }
  };
  globalThis.A = async function (f) {
    try { return '=> ' + fmt(await f()); } catch (e) { return '!! ' + (e && e.name) + ': ' + (e && e.message); }
  };`, ctx);
  return { g, $, ctx, netLog, pending, blobStore, run: (code) => vm.runInContext(code, ctx) };
}

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

// ------------------------------------------------------------------ sync behaviour vs Chromium
const SYNC = [
  ['Blob()', "Blob()", "!! TypeError: Failed to construct 'Blob': Please use the 'new' operator, this DOM object constructor cannot be called as a function."],
  ['new Blob(1)', "new Blob(1)", "!! TypeError: Failed to construct 'Blob': The provided value cannot be converted to a sequence."],
  ['new Blob({})', "new Blob({})", "!! TypeError: Failed to construct 'Blob': The object must have a callable @@iterator property."],
  ['bag', "new Blob([], 1)", "!! TypeError: Failed to construct 'Blob': The provided value is not of type 'BlobPropertyBag'."],
  ['endings enum', "new Blob([], {endings:'x'})", "!! TypeError: Failed to construct 'Blob': Failed to read the 'endings' property from 'BlobPropertyBag': The provided value 'x' is not a valid enum value of type EndingType."],
  ['type lower', "new Blob([], {type:'Text/HTML; Charset=X'}).type", '=> "text/html; charset=x"'],
  ['type invalid', "new Blob([], {type:'a\\u00e9'}).type", '=> ""'],
  ['endings native', "new Blob(['a\\r\\nb\\rc\\n'], {endings:'native'}).size", '=> 6'],
  ['endings transparent', "new Blob(['a\\r\\nb'], {endings:'transparent'}).size", '=> 4'],
  ['lone surrogate', "new Blob(['\\ud800']).size", '=> 3'],
  ['slice neg', "(() => { const b = new Blob(['abcdef']).slice(-4, -1, 'X/Y'); return b.size + ' ' + b.type; })()", '=> "3 x/y"'],
  ['slice clamp', "(() => { const b = new Blob(['abcdef']); return [b.slice(4,2).size, b.slice(-100).size, b.slice(2).size, b.slice(NaN, Infinity).size, b.slice(1.5, 3.5).size, b.slice(0,6,'\\u00e9').type].join(); })()", '=> "0,6,4,6,2,"'],
  ['slice of file', "Object.prototype.toString.call(new File(['x'], 'a').slice())", '=> "[object Blob]"'],
  ['parts', "new Blob([{toString(){return 'xy'}}, 5]).size", '=> 3'],
  ['iterable parts', "new Blob(new Set(['ab', 'c'])).size", '=> 3'],
  ['views', "new Blob([new Uint16Array([1,2]), new DataView(new ArrayBuffer(3))]).size", '=> 7'],
  ['File()', "new File([])", "!! TypeError: Failed to construct 'File': 2 arguments required, but only 1 present."],
  ['File no new', "File([], 'x')", "!! TypeError: Failed to construct 'File': Please use the 'new' operator, this DOM object constructor cannot be called as a function."],
  ['File bag', "new File([], 'x', 5)", "!! TypeError: Failed to construct 'File': The provided value is not of type 'FilePropertyBag'."],
  ['Blob props', "Object.getOwnPropertyNames(Blob.prototype).filter((n) => n !== 'stream').join()", '=> "size,type,arrayBuffer,slice,text,bytes,constructor"'],
  ['File props', "Object.getOwnPropertyNames(File.prototype).join()", '=> "name,lastModified,lastModifiedDate,webkitRelativePath,constructor"'],
  ['File lm big', "new File([], 'n', {lastModified: 1e300}).lastModified", '=> 0'],
  ['File lm neg', "new File([], 'n', {lastModified: -5.7}).lastModified", '=> -5'],
  ['File lm bad', "new File([], 'x', {lastModified: 'abc'}).lastModified", '=> 0'],
  ['File name usv', "new File([], 'a/b\\ud800').name", '=> "a/b\uFFFD"'],
  ['File ctor', "(() => { const f = new File(['abc'], 'n.txt', {type: 'TEXT/plain', lastModified: 42}); return [f.name, f.size, f.type, f.lastModified, f.webkitRelativePath, f instanceof Blob, f.lastModifiedDate.getTime()].join(); })()", '=> "n.txt,3,text/plain,42,,true,42"'],
  ['Headers props', "Object.getOwnPropertyNames(Headers.prototype).join()", '=> "append,delete,get,getSetCookie,has,set,entries,forEach,keys,values,constructor"'],
  ['Request props', "Object.getOwnPropertyNames(Request.prototype).join()", '=> "method,url,headers,destination,referrer,referrerPolicy,mode,credentials,cache,redirect,integrity,keepalive,signal,duplex,isHistoryNavigation,bodyUsed,arrayBuffer,blob,clone,formData,json,text,targetAddressSpace,isReloadNavigation,body,bytes,constructor"'],
  ['Response props', "Object.getOwnPropertyNames(Response.prototype).join()", '=> "type,url,redirected,status,ok,statusText,headers,body,bodyUsed,arrayBuffer,blob,clone,formData,json,text,bytes,constructor"'],
  ['Response statics', "['error','json','redirect'].every((k) => typeof Response[k] === 'function')", '=> true'],
  ['H bad name', "new Headers().append('a b', 'x')", "!! TypeError: Failed to execute 'append' on 'Headers': Invalid name"],
  ['H bad value', "new Headers().append('a', 'x\\ny')", "!! TypeError: Failed to execute 'append' on 'Headers': Invalid value"],
  ['H NUL value', "new Headers().append('a', 'x\\u0000y')", "!! TypeError: Failed to execute 'append' on 'Headers': Invalid value"],
  ['H empty name', "new Headers().append('', 'x')", "!! TypeError: Failed to execute 'append' on 'Headers': Invalid name"],
  ['H bad init', "new Headers(1)", "!! TypeError: Failed to construct 'Headers': The provided value is not of type '(record<ByteString, ByteString> or sequence<sequence<ByteString>>)'."],
  ['H bad pair', "new Headers([['a']])", "!! TypeError: Failed to construct 'Headers': Invalid value"],
  ['H bad item', "new Headers([1])", "!! TypeError: Failed to construct 'Headers': The provided value cannot be converted to a sequence."],
  ['H bad record', "new Headers({'a b': 'x'})", "!! TypeError: Failed to construct 'Headers': Invalid name"],
  ['H set bad', "new Headers().set('a b', 'x')", "!! TypeError: Failed to execute 'set' on 'Headers': Invalid name"],
  ['H get bad', "new Headers().get('a b')", "!! TypeError: Failed to execute 'get' on 'Headers': Invalid name"],
  ['H has bad', "new Headers().has('a b')", "!! TypeError: Failed to execute 'has' on 'Headers': Invalid name"],
  ['H delete bad', "new Headers().delete('a b')", "!! TypeError: Failed to execute 'delete' on 'Headers': Invalid name"],
  ['H bytestring', "new Headers().append('a', '\\u0100')", "!! TypeError: Failed to execute 'append' on 'Headers': String contains non ISO-8859-1 code point."],
  ['H init bytestring', "new Headers({'a': '\\u0100'})", "!! TypeError: Failed to construct 'Headers': String contains non ISO-8859-1 code point."],
  ['H latin1', "(() => { const h = new Headers(); h.append('a', '\\u00e9'); return h.get('a').length; })()", '=> 1'],
  ['H args', "new Headers().get()", "!! TypeError: Failed to execute 'get' on 'Headers': 1 argument required, but only 0 present."],
  ['H iter', "(() => { const h = new Headers([['B','1'],['a','2'],['b',' 3 '],['Set-Cookie','x'],['set-cookie','y']]); return [...h].map(x=>x.join(':')).join('|') + ' ' + h.get('set-cookie') + ' ' + h.getSetCookie().join(); })()", '=> "a:2|b:1, 3|set-cookie:x|set-cookie:y x, y x,y"'],
  ['H live iteration', "(() => { const h = new Headers([['a','1'],['c','3']]); const out = []; for (const [k] of h) { out.push(k); if (k === 'a') h.append('b','2'); } return out.join(); })()", '=> "a,b,c"'],
  ['H iterator tag', "Object.prototype.toString.call(new Headers().entries()) + Object.getOwnPropertyNames(Object.getPrototypeOf(new Headers().entries())).join()", '=> "[object Headers Iterator]next"'],
  ['H forEach bad', "new Headers().forEach(1)", "!! TypeError: Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'."],
  ['H forEach', "(() => { const out = []; new Headers({b: '2', a: '1'}).forEach(function (v, k, h) { out.push(k + '=' + v + (h instanceof Headers) + this.x); }, {x: '!'}); return out.join(); })()", '=> "a=1true!,b=2true!"'],
  ['H keys/values', "(() => { const h = new Headers({b: '2', a: '1'}); return [...h.keys()].join() + '|' + [...h.values()].join(); })()", '=> "a,b|1,2"'],
  ['H from Headers', "[...new Headers(new Headers({x: '1'}))].join()", '=> "x,1"'],
  ['H set/delete', "(() => { const h = new Headers(); h.append('set-cookie', 'a'); h.append('Set-Cookie', 'b'); h.delete('SET-COOKIE'); h.append('x', '1'); h.append('X', '2'); h.set('x', '3'); return h.getSetCookie().length + ' ' + h.has('set-cookie') + ' ' + h.get('x'); })()", '=> "0 false 3"'],
  ['H normalize', "(() => { const h = new Headers(); h.set('a', ' \\t x y \\r\\n'); h.append('t', 'x\\ty'); return JSON.stringify(h.get('a')) + h.get('zz') + JSON.stringify(h.get('t')); })()", '=> "\\"x y\\"null\\"x\\\\ty\\""'],
  ['H immutable set', "Response.error().headers.set('a', 'b')", "!! TypeError: Failed to execute 'set' on 'Headers': Headers are immutable"],
  ['H immutable append', "Response.error().headers.append('a', 'b')", "!! TypeError: Failed to execute 'append' on 'Headers': Headers are immutable"],
  ['H immutable delete', "Response.error().headers.delete('a')", "!! TypeError: Failed to execute 'delete' on 'Headers': Headers are immutable"],
  ['H request guard', "[...new Request('x', {headers: {'Cookie': 'a', 'X-A': 'b', 'Accept-Charset':'x', 'Proxy-X': '1', 'Sec-Y': '2', 'X-HTTP-Method-Override':'TRACE'}}).headers].join('|')", '=> "x-a,b"'],
  ['H response guard', "[...new Response('x', {headers: {'Set-Cookie': 'a', 'X-A': 'b'}}).headers].join('|')", '=> "content-type,text/plain;charset=UTF-8|x-a,b"'],
  ['H no-cors guard', "[...new Request('x', {mode:'no-cors', headers: {'X-A':'1', 'Accept': 'x', 'Content-Type': 'application/json', 'Content-Language': 'en'}}).headers].join('|')", '=> "accept,x|content-language,en"'],
  ['H illegal', "Headers.prototype.get.call({}, 'a')", '!! TypeError: Illegal invocation'],
  ['R url', "new Request('a b?x#frag').url", '=> "http://localhost/dir/a%20b?x#frag"'],
  ['R bad url', "new Request('http://[')", "!! TypeError: Failed to construct 'Request': Failed to parse URL from http://["],
  ['R credentials', "new Request('http://u:p@x')", "!! TypeError: Failed to construct 'Request': Request cannot be constructed from a URL that includes credentials: http://u:p@x"],
  ['R method norm', "new Request('x', {method: 'delete'}).method + new Request('x', {method: 'patch'}).method + new Request('x', {method: 'get'}).method + new Request('x', {method: 'options'}).method + new Request('x', {method: 'Post'}).method", '=> "DELETEpatchGETOPTIONSPOST"'],
  ['R method bad', "new Request('x', {method: 'a b'})", "!! TypeError: Failed to construct 'Request': 'a b' is not a valid HTTP method."],
  ['R method trace', "new Request('x', {method: 'trace'})", "!! TypeError: Failed to construct 'Request': 'trace' HTTP method is unsupported."],
  ['R method connect', "new Request('x', {method: 'CONNECT'})", "!! TypeError: Failed to construct 'Request': 'CONNECT' HTTP method is unsupported."],
  ['R GET body', "new Request('x', {body: 'a'})", "!! TypeError: Failed to construct 'Request': Request with GET/HEAD method cannot have body."],
  ['R HEAD body', "new Request('x', {method:'HEAD', body: 'a'})", "!! TypeError: Failed to construct 'Request': Request with GET/HEAD method cannot have body."],
  ['R navigate', "new Request('x', {mode: 'navigate'})", "!! TypeError: Failed to construct 'Request': Cannot construct a Request with a RequestInit whose mode member is set as 'navigate'."],
  ['R mode enum', "new Request('x', {mode: 'xx'})", "!! TypeError: Failed to construct 'Request': Failed to read the 'mode' property from 'RequestInit': The provided value 'xx' is not a valid enum value of type RequestMode."],
  ['R priority enum', "new Request('x', {priority: 'bad'})", "!! TypeError: Failed to construct 'Request': Failed to read the 'priority' property from 'RequestInit': The provided value 'bad' is not a valid enum value of type FetchPriority."],
  ['R duplex enum', "new Request('x', {duplex: 'full'})", "!! TypeError: Failed to construct 'Request': Failed to read the 'duplex' property from 'RequestInit': The provided value 'full' is not a valid enum value of type RequestDuplex."],
  ['R referrerPolicy enum', "new Request('x', {referrerPolicy: 'bad'})", "!! TypeError: Failed to construct 'Request': Failed to read the 'referrerPolicy' property from 'RequestInit': The provided value 'bad' is not a valid enum value of type ReferrerPolicy."],
  ['R only-if-cached', "new Request('x', {cache: 'only-if-cached'})", "!! TypeError: Failed to construct 'Request': 'only-if-cached' can be set only with 'same-origin' mode"],
  ['R no-cors PUT', "new Request('x', {mode: 'no-cors', method: 'PUT'})", "!! TypeError: Failed to construct 'Request': 'PUT' is unsupported in no-cors mode."],
  ['R signal bad', "new Request('x', {signal: 1})", "!! TypeError: Failed to construct 'Request': Failed to read the 'signal' property from 'RequestInit': Failed to convert value to 'AbortSignal'."],
  ['R defaults', "(() => { const r = new Request('x'); return [r.method, r.mode, r.credentials, r.cache, r.redirect, r.referrer, r.referrerPolicy, r.integrity, r.keepalive, r.destination, r.isHistoryNavigation, r.duplex, r.bodyUsed, r.body, Object.prototype.toString.call(r.signal), r.signal.aborted, r.targetAddressSpace].join(); })()", '=> "GET,cors,same-origin,default,follow,about:client,,,false,,false,half,false,,[object AbortSignal],false,unknown"'],
  ['R referrer', "[new Request('x', {referrer: ''}).referrer, new Request('x', {referrer: 'about:client'}).referrer, new Request('x', {referrer: '/y'}).referrer, new Request('x', {referrer: 'http://other.com/'}).referrer].join()", '=> ",about:client,http://localhost/y,about:client"'],
  ['R referrer bad', "new Request('x', {referrer: 'http://['})", "!! TypeError: Failed to construct 'Request': Referrer 'http://[' is not a valid URL."],
  ['R content-type', "[new Request('x', {method:'POST', body: 'a'}).headers.get('content-type'), new Request('x', {method:'POST', body: new URLSearchParams('a=b c')}).headers.get('content-type'), new Request('x', {method:'POST', body: new Blob([], {type: 'A/B'})}).headers.get('content-type'), new Request('x', {method:'POST', body: new Uint8Array(2)}).headers.get('content-type')].join('|')", '=> "text/plain;charset=UTF-8|application/x-www-form-urlencoded;charset=UTF-8|a/b|"'],
  ['R blob type', "new Request('x', {method: 'POST', body: new Blob(['a'], {type: 'A/B;C=D'})}).headers.get('content-type')", '=> "a/b;c=d"'],
  ['R from Request', "(() => { const a = new Request('x', {method:'POST', body: 'a'}); const b = new Request(a); return a.bodyUsed + ' ' + b.bodyUsed + ' ' + b.method; })()", '=> "true false POST"'],
  ['R from used', "(() => { const a = new Request('x', {method:'POST', body: 'a'}); a.text(); return new Request(a); })()", "!! TypeError: Failed to construct 'Request': Cannot construct a Request with a Request object that has already been used."],
  ['R from used + body', "(() => { const a = new Request('x', {method:'POST', body: 'a'}); a.text(); return new Request(a, {body: 'b'}).method; })()", '=> "POST"'],
  ['R clone used', "(() => { const a = new Request('x', {method:'POST', body: 'a'}); a.text(); return a.clone(); })()", "!! TypeError: Failed to execute 'clone' on 'Request': Request body is already used"],
  ['R toString', "String(new Request('x')) + String(new Response()) + String(new Headers()) + String(new Blob()) + String(new File([], 'x'))", '=> "[object Request][object Response][object Headers][object Blob][object File]"'],
  ['R input object', "new Request({toString(){return 'zz'}}).url", '=> "http://localhost/dir/zz"'],
  ['R no new', "Request('x')", "!! TypeError: Failed to construct 'Request': Please use the 'new' operator, this DOM object constructor cannot be called as a function."],
  ['R no arg', "new Request()", "!! TypeError: Failed to construct 'Request': 1 argument required, but only 0 present."],
  ['R illegal', "Request.prototype.url", '!! TypeError: Illegal invocation'],
  ['R window ignored', "new Request('x', {window: 1}).url", '=> "http://localhost/dir/x"'],
  ['Resp clone used', "(() => { const a = new Response('a'); a.text(); return a.clone(); })()", "!! TypeError: Failed to execute 'clone' on 'Response': Response body is already used"],
  ['Resp status low', "new Response('', {status: 199})", "!! RangeError: Failed to construct 'Response': The status provided (199) is outside the range [200, 599]."],
  ['Resp status high', "new Response('', {status: 600})", "!! RangeError: Failed to construct 'Response': The status provided (600) is outside the range [200, 599]."],
  ['Resp status NaN', "new Response('', {status: 'abc'}).status", "!! RangeError: Failed to construct 'Response': The status provided (0) is outside the range [200, 599]."],
  ['Resp statusText', "new Response('', {statusText: 'a\\nb'})", "!! TypeError: Failed to construct 'Response': Invalid statusText"],
  ['Resp statusText latin1', "new Response('', {statusText: '\\u00e9'}).statusText", '=> "\u00c3\u00a9"'],
  ['Resp statusText bytestring', "new Response('', {statusText: '\\u0100'})", "!! TypeError: Failed to construct 'Response': Failed to read the 'statusText' property from 'ResponseInit': String contains non ISO-8859-1 code point."],
  ['Resp statusText ok', "new Response('', {statusText: 'OK \\t!'}).statusText", '=> "OK \\t!"'],
  ['Resp null body', "new Response('', {status: 204})", "!! TypeError: Failed to construct 'Response': Response with null body status cannot have body"],
  ['Resp null body ok', "new Response(null, {status: 204}).status", '=> 204'],
  ['Resp defaults', "(() => { const r = new Response(); return [r.type, r.url, r.redirected, r.status, r.ok, r.statusText, r.body, r.bodyUsed, [...r.headers].join()].join(); })()", '=> "default,,false,200,true,,,false,"'],
  ['Resp content-type', "[...new Response('x').headers].join()", '=> "content-type,text/plain;charset=UTF-8"'],
  ['Resp redirect', "(() => { const r = Response.redirect('/a'); return [r.status, r.headers.get('location'), r.type].join(); })()", '=> "302,http://localhost/a,default"'],
  ['Resp redirect bad url', "Response.redirect('http://[')", "!! TypeError: Failed to execute 'redirect' on 'Response': Failed to parse URL from http://["],
  ['Resp redirect bad status', "Response.redirect('/a', 200)", "!! RangeError: Failed to execute 'redirect' on 'Response': Invalid status code"],
  ['Resp redirect immutable', "Response.redirect('http://a.com/x y', 301).headers.set('a','b')", "!! TypeError: Failed to execute 'set' on 'Headers': Headers are immutable"],
  ['Resp json', "(() => { const r = Response.json({a:1}, {status: 201}); return [r.status, r.headers.get('content-type')].join(); })()", '=> "201,application/json"'],
  ['Resp json undefined', "Response.json(undefined)", "!! TypeError: Failed to execute 'json' on 'Response': The data is not JSON serializable"],
  ['Resp json bigint', "Response.json(1n)", "!! TypeError: Failed to execute 'json' on 'Response': Do not know how to serialize a BigInt"],
  ['Resp json function', "Response.json(function(){})", "!! TypeError: Failed to execute 'json' on 'Response': The data is not JSON serializable"],
  ['Resp error', "(() => { const r = Response.error(); return [r.type, r.status, r.statusText, r.ok, r.body].join(); })()", '=> "error,0,,false,"'],
  ['Resp no new', "Response()", "!! TypeError: Failed to construct 'Response': Please use the 'new' operator, this DOM object constructor cannot be called as a function."],
  ['Resp body', "String(new Response('x').body)", '=> "[object ReadableStream]"'],
  ['Resp body identity', "(() => { const r = new Response('x'); return r.body === r.body; })()", '=> true'],
  ['Resp headers guard', "(() => { const r = new Response(''); r.headers.set('set-cookie', 'x'); return r.headers.has('set-cookie'); })()", '=> false'],
  ['Resp 599 headers', "new Response(null, {status: 599, headers: [['x','y']]}).headers.get('X')", '=> "y"'],
  ['createObjectURL bad', "URL.createObjectURL('x')", "!! TypeError: Failed to execute 'createObjectURL' on 'URL': Overload resolution failed."],
  ['createObjectURL none', "URL.createObjectURL()", "!! TypeError: Failed to execute 'createObjectURL' on 'URL': 1 argument required, but only 0 present."],
  ['revokeObjectURL none', "URL.revokeObjectURL()", "!! TypeError: Failed to execute 'revokeObjectURL' on 'URL': 1 argument required, but only 0 present."],
];
for (const [name, code, expected] of SYNC) {
  test('sync: ' + name, (env) => assert.strictEqual(env.run(`T(() => ${code})`), expected, code));
}

// ------------------------------------------------------------------ async behaviour vs Chromium
const ASYNC = [
  ['used text', "async () => { const r = new Response('x'); await r.text(); return r.text(); }", "!! TypeError: Failed to execute 'text' on 'Response': body stream already read"],
  ['used arrayBuffer', "async () => { const r = new Response('x'); await r.text(); return r.arrayBuffer(); }", "!! TypeError: Failed to execute 'arrayBuffer' on 'Response': body stream already read"],
  ['used Request json', "async () => { const r = new Request('x', {method:'POST', body:'a'}); await r.text(); return r.json(); }", "!! TypeError: Failed to execute 'json' on 'Request': body stream already read"],
  ['json syntax', "async () => new Response('{').json()", /^!! SyntaxError: Failed to execute 'json' on 'Response': /],
  ['blob type', "async () => (await new Response('x', {headers:{'content-type':'Text/Plain; Charset=UTF-8'}}).blob()).type", '=> "text/plain; charset=utf-8"'],
  ['blob type garbage', "async () => (await new Response('x', {headers:{'content-type':'garbage'}}).blob()).type", '=> "garbage"'],
  ['bom + invalid', "async () => new Response(new Uint8Array([0xef,0xbb,0xbf,0x41,0xff])).text()", '=> "A\uFFFD"'],
  ['null body', "async () => { const r = new Response(null); await r.text(); return r.bodyUsed + ' ' + await r.text(); }", '=> "false "'],
  ['bytes', "async () => (await new Response('ab').bytes()).constructor.name", '=> "Uint8Array"'],
  ['blob text', "async () => new Blob(['a', new Uint8Array([98]), new Blob(['c'])]).text()", '=> "abc"'],
  ['blob bytes', "async () => (await new Blob(['ab']).bytes()).join()", '=> "97,98"'],
  ['blob arrayBuffer', "async () => (await new Blob(['ab']).arrayBuffer()).byteLength", '=> 2'],
  ['blob text illegal', "async () => Blob.prototype.text.call({})", "!! TypeError: Failed to execute 'text' on 'Blob': Illegal invocation"],
  ['response text illegal', "async () => Response.prototype.text.call({})", "!! TypeError: Failed to execute 'text' on 'Response': Illegal invocation"],
  ['json body', "async () => { const r = Response.json({a: '\\u00e9'}); return await r.text() + r.headers.get('content-type'); }", '=> "{\\"a\\":\\"\u00e9\\"}application/json"'],
  ['utf8 round trip', "async () => new Blob(['\\u20ac\\ud83d\\ude00x']).text()", '=> "\u20ac\ud83d\ude00x"'],
  ['fetch foo:', "async () => fetch('foo://x')", '!! TypeError: Failed to fetch'],
  ['fetch bad url', "async () => fetch('http://[')", "!! TypeError: Failed to execute 'fetch' on 'Window': Failed to parse URL from http://["],
  ['fetch credentials', "async () => fetch('http://u:p@x/')", "!! TypeError: Failed to execute 'fetch' on 'Window': Request cannot be constructed from a URL that includes credentials: http://u:p@x/"],
  ['fetch no args', "async () => fetch()", "!! TypeError: Failed to execute 'fetch' on 'Window': 1 argument required, but only 0 present."],
  ['fetch about:', "async () => fetch('about:blank')", '!! TypeError: Failed to fetch'],
  ['fetch file:', "async () => fetch('file:///etc/passwd')", '!! TypeError: Failed to fetch'],
  ['fetch javascript:', "async () => fetch('javascript:1')", '!! TypeError: Failed to fetch'],
  ['fetch data', "async () => { const r = await fetch('data:,Hello%20World#x'); return [r.status, r.statusText, r.type, r.url, r.redirected, [...r.headers].join('|'), await r.text()].join(); }", '=> "200,OK,basic,data:,Hello%20World,false,content-type,text/plain;charset=US-ASCII,Hello World"'],
  ['fetch data b64', "async () => { const r = await fetch('data:text/html;Charset=X;base64,SGk='); return [[...r.headers].join('|'), await r.text()].join(); }", '=> "content-type,text/html;charset=X,Hi"'],
  ['fetch data b64 bad', "async () => fetch('data:;base64,S=Gk')", '!! TypeError: Failed to fetch'],
  ['fetch data no comma', "async () => fetch('data:abc')", '!! TypeError: Failed to fetch'],
  ['fetch data POST', "async () => { const r = await fetch('data:,x', {method:'POST', body: 'q'}); return r.status + await r.text(); }", '=> "200x"'],
  ['fetch data HEAD', "async () => { const r = await fetch('data:,x', {method:'HEAD'}); return r.status + await r.text(); }", '=> "200x"'],
  ['data quoted param', "async () => { const r = await fetch('data:text/plain;a=\"b c\";base64,QQ'); return r.headers.get('content-type') + '|' + await r.text(); }", '=> "text/plain;a=\\"b c\\"|A"'],
  ['data spaces', "async () => { const r = await fetch('data: text/HTML ;FOO=bar ; base64 ,QQ=='); return r.headers.get('content-type') + '|' + await r.text(); }", '=> "text/html;FOO=bar|A"'],
  ['data charset only', "async () => { const r = await fetch('data:;charset=utf-8,%E2%82%AC'); return r.headers.get('content-type') + '|' + await r.text(); }", '=> "text/plain;charset=utf-8|\u20ac"'],
  ['data garbage type', "async () => { const r = await fetch('data:garbage,x'); return r.headers.get('content-type') + '|' + await r.text(); }", '=> "text/plain;charset=US-ASCII|x"'],
  ['data pct b64', "async () => { const r = await fetch('data:text/plain;base64,QQ%3D%3D'); return r.headers.get('content-type') + '|' + await r.text(); }", '=> "text/plain|A"'],
  ['data b64 spaces', "async () => { const r = await fetch('data:text/plain;base64,Q Q = ='); return r.headers.get('content-type') + '|' + await r.text(); }", '=> "text/plain|A"'],
  ['data blob type', "async () => { const r = await fetch('data:image/png;base64,QQ'); return r.headers.get('content-type') + '|' + (await r.blob()).type; }", '=> "image/png|image/png"'],
  ['data base64 not last', "async () => { const r = await fetch('data:text/plain;base64;x=y,QQ'); return r.headers.get('content-type') + '|' + await r.text(); }", '=> "text/plain;x=y|QQ"'],
  ['data pct param', "async () => { const r = await fetch('data:a/b;c=%22d%22,QQ'); return r.headers.get('content-type') + '|' + await r.text(); }", '=> "a/b;c=%22d%22|QQ"'],
  ['data dup charset', "async () => { const r = await fetch('data:text/plain;charset=utf-8;charset=latin1,x'); return r.headers.get('content-type') + '|' + await r.text(); }", '=> "text/plain;charset=utf-8|x"'],
  ['data bytes', "async () => { const r = await fetch('data:,%FF%zz'); return (await r.bytes()).join(); }", '=> "255,37,122,122"'],
  ['data no-cors', "async () => { const r = await fetch('data:,x', {mode: 'no-cors'}); return r.type + r.status; }", '=> "basic200"'],
  ['data same-origin', "async () => { const r = await fetch('data:,x', {mode: 'same-origin'}); return r.type + r.status; }", '=> "basic200"'],
  ['data manual', "async () => { const r = await fetch('data:,x', {redirect: 'manual'}); return r.type + r.status; }", '=> "basic200"'],
  ['data json', "async () => (await fetch('data:application/json,{\"a\":[1,2]}').then(r => r.json())).a[1]", '=> 2'],
  ['abort before', "async () => { const c = new AbortController(); c.abort(); return fetch('data:,x', {signal: c.signal}); }", '!! AbortError: This operation was aborted'],
  ['abort reason', "async () => { const c = new AbortController(); c.abort('why'); return fetch('data:,x', {signal: c.signal}).catch((e) => 'caught ' + e); }", '=> "caught why"'],
  ['body after abort', "async () => { const c = new AbortController(); const r = await fetch('data:,x', {signal: c.signal}); c.abort('why'); return r.text(); }", '!! AbortError: The user aborted a request.'],
  ['body read then abort', "async () => { const c = new AbortController(); const r = await fetch('data:,x', {signal: c.signal}); const p = r.text(); c.abort(); return p; }", '!! AbortError: The user aborted a request.'],
  ['body read before abort', "async () => { const c = new AbortController(); const r = await fetch('data:,x', {signal: c.signal}); const t = await r.text(); c.abort(); return t; }", '=> "x"'],
  ['request signal follows', "async () => { const c = new AbortController(); const r = new Request('x', {signal: c.signal}); c.abort('y'); return r.signal.aborted + ' ' + r.signal.reason + ' ' + (r.signal === c.signal); }", '=> "true y false"'],
  ['clone signal follows', "async () => { const c = new AbortController(); const r = new Request('x', {signal: c.signal}); const r2 = r.clone(); c.abort(); return r2.signal.aborted; }", '=> true'],
  ['body stream read', "async () => { const r = new Response('abc'); const rd = r.body.getReader(); const x = await rd.read(); return r.bodyUsed + ' ' + x.value.constructor.name + ' ' + x.value.length; }", '=> "true Uint8Array 3"'],
  ['body stream locked', "async () => { const r = new Response('abc'); r.body.getReader(); return r.text(); }", "!! TypeError: Failed to execute 'text' on 'Response': body stream is locked"],
  ['body stream locked clone', "async () => { const r = new Response('abc'); r.body.getReader(); return r.clone(); }", "!! TypeError: Failed to execute 'clone' on 'Response': Response body is already used"],
  ['body stream byob', "async () => { const r = new Response('abc'); const rd = r.body.getReader({mode:'byob'}); const x = await rd.read(new Uint8Array(8)); return Object.prototype.toString.call(rd) + x.value.length; }", '=> "[object ReadableStreamBYOBReader]3"'],
  ['body stream then text', "async () => { const r = new Response('abc'); r.body; return r.text(); }", '=> "abc"'],
  ['fetch Request object', "async () => { const req = new Request('data:,yo', {method: 'POST', body: 'x'}); const r = await fetch(req); return req.bodyUsed + await r.text(); }", '=> "trueyo"'],
  ['fetch used Request', "async () => { const req = new Request('data:,yo', {method: 'POST', body: 'x'}); await req.text(); return fetch(req); }", "!! TypeError: Failed to execute 'fetch' on 'Window': Cannot construct a Request with a Request object that has already been used."],
  ['formData serialize', "async () => { const fd = new FormData(); fd.append('a', 'b'); const r = new Request('x', {method:'POST', body: fd}); return r.headers.get('content-type').slice(0, 44) + '|' + (await r.text()).replace(/----WebKitFormBoundary\\w+/g, 'B'); }", '=> "multipart/form-data; boundary=----WebKitForm|--B\\r\\nContent-Disposition: form-data; name=\\"a\\"\\r\\n\\r\\nb\\r\\n--B--\\r\\n"'],
  ['formData file', "async () => { const fd = new FormData(); fd.append('f\"\\n', new File(['xy'], 'n\"\\r.txt', {type: 'a/b'})); fd.append('g', new Blob(['z'])); const r = new Request('x', {method:'POST', body: fd}); return (await r.text()).replace(/----WebKitFormBoundary\\w+/g, 'B'); }", '=> "--B\\r\\nContent-Disposition: form-data; name=\\"f%22%0D%0A\\"; filename=\\"n%22%0D.txt\\"\\r\\nContent-Type: a/b\\r\\n\\r\\nxy\\r\\n--B\\r\\nContent-Disposition: form-data; name=\\"g\\"; filename=\\"blob\\"\\r\\nContent-Type: application/octet-stream\\r\\n\\r\\nz\\r\\n--B--\\r\\n"'],
  ['formData() urlencoded', "async () => { const fd = await new Response('a=b&c=%20d+e', {headers: {'content-type': 'application/x-www-form-urlencoded'}}).formData(); return [...fd].join('|'); }", '=> "a,b|c, d e"'],
  ['formData() no type', "async () => new Response('a=b').formData()", '!! TypeError: Failed to fetch'],
  ['formData() bad multipart', "async () => new Response('zzz', {headers: {'content-type': 'multipart/form-data; boundary=x'}}).formData()", '!! TypeError: Failed to fetch'],
  ['formData() multipart round trip', "async () => { const fd = new FormData(); fd.append('a', 'b\\u00e9'); fd.append('f', new File(['xy'], 'n.txt', {type: 'a/b'})); const r = new Response(fd); const out = await r.formData(); const [[k1, v1], [k2, v2]] = [...out]; return [k1, v1, k2, String(v2), v2.name, v2.type, await v2.text()].join(); }", '=> "a,b\u00e9,f,[object File],n.txt,a/b,xy"'],
];
for (const [name, code, expected] of ASYNC) {
  test('async: ' + name, async (env) => {
    const got = await env.run(`A(${code})`);
    if (expected instanceof RegExp) assert.match(got, expected, code);
    else assert.strictEqual(got, expected, code);
  });
}

// ------------------------------------------------------------------ network part through $.netFetch
test('fetch: same-origin GET through $.netFetch', async (env) => {
  const got = await env.run(`(async () => { const r = await fetch('data.txt#frag'); return [r.status, r.statusText, r.ok, r.type, r.url, r.redirected, [...r.headers].join('|'), await r.text()].join(); })()`);
  assert.strictEqual(got, '200,OK,true,basic,http://localhost/dir/data.txt,false,content-type,text/plain|x-custom,1,hello data\n');
  const req = env.netLog[0];
  assert.strictEqual(req.method, 'GET');
  assert.strictEqual(req.url, 'http://localhost/dir/data.txt');
  assert.strictEqual(req.body, null);
  assert.strictEqual(req.redirect, 'follow');
  assert.strictEqual(JSON.stringify(req.headers), '[["accept","*/*"]]');
});

test('fetch: POST sends headers and body bytes', async (env) => {
  const got = JSON.parse(await env.run(`fetch('echo', {method: 'post', body: 'h\\u00e9', headers: {'X-A': '1', Accept: 'text/html'}, redirect: 'manual'}).then((r) => r.text())`));
  assert.strictEqual(got.method, 'POST');
  assert.strictEqual(got.body, 'h\u00e9');
  assert.strictEqual(got.redirect, 'manual');
  assert.deepStrictEqual(got.headers, [['x-a', '1'], ['accept', 'text/html'], ['content-type', 'text/plain;charset=UTF-8'], ['origin', 'http://localhost']]);
  assert.strictEqual(Object.prototype.toString.call(env.netLog[0].body), '[object Uint8Array]');
});

test('fetch: 404 is a response, not an error', async (env) => {
  assert.strictEqual(await env.run(`fetch('missing').then((r) => r.status + ' ' + r.ok + ' ' + r.statusText + ' ' + r.type)`), '404 false Not Found basic');
});

test('fetch: network failure rejects with TypeError Failed to fetch', async (env) => {
  assert.strictEqual(await env.run(`A(() => fetch('http://localhost/dir/unknown'))`), '!! TypeError: Failed to fetch');
});

test('fetch: redirected', async (env) => {
  assert.strictEqual(await env.run(`fetch('redir').then((r) => r.redirected + ' ' + r.url)`), 'true http://localhost/dir/data.txt');
  assert.strictEqual(await env.run(`fetch('manual', {redirect: 'manual'}).then((r) => r.type + ' ' + r.status + ' ' + r.url + ' ' + [...r.headers].length + ' ' + r.body)`), 'opaqueredirect 0 http://localhost/dir/manual 0 null');
});

test('fetch: cross-origin cors / no-cors / same-origin modes', async (env) => {
  assert.strictEqual(await env.run(`fetch('http://other.test/cors').then(async (r) => r.type + ' ' + [...r.headers.keys()].join() + ' ' + await r.text())`), 'cors content-type,x-shown cors!');
  assert.strictEqual(await env.run(`A(() => fetch('http://other.test/nocors'))`), '!! TypeError: Failed to fetch');
  assert.strictEqual(await env.run(`fetch('http://other.test/nocors', {mode: 'no-cors'}).then(async (r) => r.type + ' ' + r.status + ' ' + r.url + ' ' + [...r.headers].length + ' ' + r.body)`), 'opaque 0  0 null');
  assert.strictEqual(await env.run(`A(() => fetch('http://other.test/cors', {mode: 'same-origin'}))`), '!! TypeError: Failed to fetch');
  assert.strictEqual(JSON.stringify(env.netLog.find((r) => r.url === 'http://other.test/cors').headers), '[["accept","*/*"],["origin","http://localhost"]]');
});

test('fetch: abort while in flight rejects with the reason; late result ignored', async (env) => {
  const p = env.run(`(() => { const c = new AbortController(); const p = A(() => fetch('slow', {signal: c.signal})); c.abort(); return p; })()`);
  assert.strictEqual(await p, '!! AbortError: This operation was aborted');
  env.pending.forEach((f) => f());
  const p2 = env.run(`(() => { const c = new AbortController(); const p = fetch('slow', {signal: c.signal}).then((r) => r.text()); return p; })()`);
  await new Promise((r) => setTimeout(r, 5));
  env.pending.forEach((f) => f());
  assert.strictEqual(await p2, 'A');
});

test('blob: URLs: createObjectURL / fetch / revoke', async (env) => {
  const got = await env.run(`(async () => {
    const u = URL.createObjectURL(new Blob(['zz'], {type: 'A/B'}));
    const r = await fetch(u);
    const first = [r.status, r.statusText, r.type, [...r.headers].join('|'), await r.text(), u.startsWith('blob:http://localhost/')].join();
    const post = await A(() => fetch(u, {method: 'POST', body: 'x'}));
    URL.revokeObjectURL(u);
    const revoked = await A(() => fetch(u));
    return [first, post, revoked].join(' / ');
  })()`);
  assert.strictEqual(got, '200,OK,basic,content-length,2|content-type,a/b,zz,true / !! TypeError: Failed to fetch / !! TypeError: Failed to fetch');
  assert.strictEqual(env.blobStore.size, 0);
  assert.ok(env.run(`Object.getOwnPropertyDescriptor(URL, 'createObjectURL').enumerable`));
});

test('createObjectURL is not exposed in service workers; fetch names WorkerGlobalScope', async () => {
  const env = load('serviceworker');
  assert.strictEqual(env.run(`Object.prototype.hasOwnProperty.call(URL, 'createObjectURL')`), false);
  assert.strictEqual(await env.run(`A(() => fetch())`), "!! TypeError: Failed to execute 'fetch' on 'WorkerGlobalScope': 1 argument required, but only 0 present.");
});

test('internals: $.blobBytes, $.makeBlob, $.makeFile, $.hostKind chaining', (env) => {
  const { $, g } = env;
  const b = env.run(`new Blob(['abc'], {type: 'X/Y'})`);
  assert.deepStrictEqual([...$.blobBytes(b)], [97, 98, 99]);
  const mb = $.makeBlob(new Uint8Array([1, 2]), 'A/B');
  assert.strictEqual(mb.size, 2);
  assert.strictEqual(mb.type, 'a/b');
  assert.ok(mb instanceof g.Blob);
  const f = $.makeFile(new Uint8Array([1]), 'n', 't', 5);
  assert.strictEqual(f.name + f.lastModified + f.type, 'n5t');
  assert.strictEqual($.hostKind(b), 'Blob');
  assert.strictEqual($.hostKind(env.run(`new File([], 'x')`)), 'File');
  assert.strictEqual($.hostKind({}), undefined);
  // chaining to an earlier definition
  const env2 = (() => {
    const ctx = vm.createContext({});
    const g2 = vm.runInContext('globalThis', ctx);
    const $2 = { agentKind: 'window', hostKind: (v) => (v === 42 ? 'FortyTwo' : null) };
    vm.runInContext(read('webidl.js'), ctx)(g2, $2);
    vm.runInContext(read('fetch.js'), ctx)(g2, $2);
    return { $2, ctx };
  })();
  assert.strictEqual(env2.$2.hostKind(42), 'FortyTwo');
  assert.strictEqual(env2.$2.hostKind(vm.runInContext(`new Blob()`, env2.ctx)), 'Blob');
  assert.strictEqual(env2.$2.hostKind({}), null);
});

test('globals: attributes, lengths, no leaked helpers', (env) => {
  const names = env.run(`Object.getOwnPropertyNames(globalThis).filter((n) => !['fmt','T','A','URL','URLSearchParams','AbortController','AbortSignal','ReadableStream','location','FormData','DOMException'].includes(n) && !(n in Object.getOwnPropertyDescriptors(Object.getPrototypeOf(Function)) ) )`);
  const builtins = new Set(vm.runInContext('Object.getOwnPropertyNames(globalThis)', vm.createContext({})));
  assert.strictEqual(names.filter((n) => !builtins.has(n)).sort().join(), 'Blob,File,Headers,Request,Response,fetch');
  assert.strictEqual(env.run(`[Blob.length, File.length, Headers.length, Request.length, Response.length, fetch.length].join()`), '0,2,0,1,0,1');
  assert.strictEqual(env.run(`JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'Blob'), ['writable','enumerable','configurable'])`), '{"writable":true,"enumerable":false,"configurable":true}');
  assert.strictEqual(env.run(`Object.getOwnPropertyDescriptor(globalThis, 'fetch').enumerable`), true);
  assert.strictEqual(env.run(`Object.getOwnPropertyDescriptor(Blob, 'prototype').writable`), false);
  assert.strictEqual(env.run(`Object.getPrototypeOf(File) === Blob && Object.getPrototypeOf(File.prototype) === Blob.prototype`), true);
  assert.strictEqual(env.run(`class B2 extends Blob {}; const b = new B2(['x']); b instanceof B2 && b.size === 1`), true);
  assert.strictEqual(env.run(`class R2 extends Response {}; const r = new R2('x'); r.clone() instanceof R2`), true);
});

(async () => {
  let failed = 0;
  for (const t of tests) {
    const env = load();
    try {
      await t.fn(env);
    } catch (e) {
      failed++;
      console.log('FAIL ' + t.name + '\n  ' + String(e && e.message || e).split('\n').join('\n  '));
    }
  }
  console.log(`${tests.length - failed}/${tests.length} passed`);
  process.exit(failed ? 1 : 0);
})();
