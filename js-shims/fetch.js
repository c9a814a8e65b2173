// fetch.js — Blob, File, blob: URLs, Headers, Request, Response and fetch(), as Chromium has them.
//
// The network part goes through a transport: $.netFetch(req, done, fail) (AgentBridge.fetch, asynchronous) or
// XMLHttpRequest's synchronous one; fetchResponse (also $.fetchResponse, for xhr.js) decodes data: URLs and
// applies fetch's rules (CORS, redirect modes, response filtering) to what the transport gives. Blob bytes live in a private slot;
// $.blobBytes / $.makeBlob / $.makeFile expose them to the other shims, $.hostKind names Blob/File.
//
// Streams (streams.js): Blob.prototype.stream(), a body's stream (Response/Request.body), a ReadableStream as a body
// (read whole, in this agent, before fetch sends it or a body method returns). Not done: CORS preflights (simple
// CORS response checks are done here), upload streaming (a request's stream body is sent whole).
(function (g, $) {
  'use strict';
  const { ArrayBuffer, ArrayBufferIsView, ArrayBufferPrototype, ArrayPrototypeFilter, ArrayPrototypeFind,
    ArrayPrototypeFindIndex, ArrayPrototypeJoin, ArrayPrototypeMap, ArrayPrototypePush, ArrayPrototypeSome,
    ArrayPrototypeSplice, BigInt, BigIntAsIntN, Date, DateNow, Error, Function, FunctionPrototypeCall, JSON,
    JSONParse, JSONStringify, MathAbs, MathFloor, MathMax, MathMin, MathRandom, MathTrunc, Number, NumberIsFinite,
    NumberIsNaN, NumberMAX_SAFE_INTEGER, ObjectAssign, ObjectCreate, ObjectDefineProperty,
    ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf, ObjectKeys, ObjectPrototype, ObjectPrototypeHasOwnProperty,
    ObjectSetPrototypeOf, Promise, PromisePrototypeThen, PromiseReject, PromiseResolve, RangeError, ReflectApply,
    ReflectGetOwnPropertyDescriptor, ReflectOwnKeys, RegExpPrototypeExec, SafeWeakMap, Set, SharedArrayBuffer,
    SharedArrayBufferPrototype, String, StringFromCharCode, StringPrototypeCharCodeAt, StringPrototypeReplace,
    StringPrototypeSplit, StringPrototypeStartsWith, StringPrototypeToLowerCase, StringPrototypeToUpperCase,
    StringPrototypeToWellFormed, StringPrototypeTrim, SymbolIterator, SymbolToStringTag, SyntaxError, TypeError,
    Uint8Array, parseInt, InternalArray, ArrayPrototypeIncludes, StringPrototypeIndexOf, StringPrototypeSlice,
    TypedArrayPrototypeGetLength, TypedArrayPrototypeGetSymbolToStringTag, TypedArrayPrototypeSet,
    TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteOffset, TypedArrayPrototypeGetByteLength,
    TypedArrayPrototypeSlice, TypedArrayPrototypeSubarray,
    DataViewPrototypeGetBuffer, DataViewPrototypeGetByteOffset, DataViewPrototypeGetByteLength } = $.primordials;

  // The Java half (AgentBridge.fetch → net/Network): mounts, blob: URLs and allowed real http(s), on the
  // browser's I/O threads; `done(response)` or `fail(error)` is called in a task of this agent.
  // No promise carries the raw response (its body may be one CORS hides): a page that patched
  // Promise.prototype could reach a promise's value through its `constructor`/`then`.
  /**
   * A view on `u8`'s bytes for the Java side, which reads a view's buffer/byteOffset/byteLength as members: own data
   * properties here, so no getter the page put on TypedArray.prototype runs (or sees the bytes).
   */
  function hostBytes(u8) {
    if (u8 === null || u8 === undefined) return null;
    const buffer = TypedArrayPrototypeGetBuffer(u8), byteOffset = TypedArrayPrototypeGetByteOffset(u8);
    const byteLength = TypedArrayPrototypeGetByteLength(u8);
    const v = new Uint8Array(buffer, byteOffset, byteLength);
    ObjectDefineProperty(v, 'buffer', { __proto__: null, value: buffer });
    ObjectDefineProperty(v, 'byteOffset', { __proto__: null, value: byteOffset });
    ObjectDefineProperty(v, 'byteLength', { __proto__: null, value: byteLength });
    return v;
  }

  /** A response the Java network handed over (AgentBridge.toJs), as fetchResponse's transports give it. */
  function fromHostResponse(r, url) {
    const hs = InternalArray();
    const list = r.headers;
    for (let i = 0; i < list.length; i++) hs[i] = InternalArray(String(list[i][0]), String(list[i][1]));
    return {
      __proto__: null, url: r.url, status: r.status, statusText: r.statusText, headers: hs,
      body: new Uint8Array(new ArrayBuffer(r.body)), redirected: r.url !== url,
    };
  }
  $.fromHostResponse = fromHostResponse;
  $.hostBytes = hostBytes;

  /** The asynchronous transport: done(raw response) or fail(error) in a later task of this agent. */
  $.netFetch = function (req, done, fail) {
    const url = req.url;
    $.host.fetch(req.method, url, req.headers, hostBytes(req.body), (r) => done(fromHostResponse(r, url)),
      () => fail(new TypeError('Failed to fetch')));
  };

  const ObjectProto = ObjectPrototype;
  const IteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf([][SymbolIterator]()));
  const abByteLength = ObjectGetOwnPropertyDescriptor(ArrayBufferPrototype, 'byteLength').get;
  const sabByteLength = typeof SharedArrayBuffer === 'function'
    ? ObjectGetOwnPropertyDescriptor(SharedArrayBufferPrototype, 'byteLength').get : null;
  const URLCtor0 = g.URL;
  const isWindow = $.agentKind === undefined || $.agentKind === 'window';
  const GLOBAL_IFACE = isWindow ? 'Window' : 'WorkerGlobalScope';

  // ---------------------------------------------------------------- small helpers

  const ctorMsg = (iface) => `Failed to construct '${iface}'`;
  const execMsg = (iface, op) => `Failed to execute '${op}' on '${iface}'`;
  const NEW_MSG = "Please use the 'new' operator, this DOM object constructor cannot be called as a function.";

  function isObject(v) { return v !== null && (typeof v === 'object' || typeof v === 'function'); }

  function isArrayBuffer(v) {
    if (!isObject(v)) return false;
    try { FunctionPrototypeCall(abByteLength, v); return true; } catch (e) { /* not an ArrayBuffer */ }
    if (sabByteLength) { try { FunctionPrototypeCall(sabByteLength, v); return true; } catch (e) { /* not shared */ } }
    return false;
  }

  function toUSV(v) {
    const s = String(v);
    if (typeof s.toWellFormed === 'function') return StringPrototypeToWellFormed(s);
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = StringPrototypeCharCodeAt(s, i);
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
        const d = StringPrototypeCharCodeAt(s, i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) { out += s[i] + s[i + 1]; i++; continue; }
      }
      out += (c >= 0xD800 && c <= 0xDFFF) ? '\uFFFD' : s[i];
    }
    return out;
  }

  function toByteString(v, prefix) {
    const s = String(v);
    for (let i = 0; i < s.length; i++) {
      if (StringPrototypeCharCodeAt(s, i) > 0xFF) throw new TypeError(`${prefix}: String contains non ISO-8859-1 code point.`);
    }
    return s;
  }

  function toEnum(v, values, typeName, member, dict, prefix) {
    const s = String(v);
    if (!values.includes(s)) {
      throw new TypeError(`${prefix}: Failed to read the '${member}' property from '${dict}': ` +
        `The provided value '${s}' is not a valid enum value of type ${typeName}.`);
    }
    return s;
  }

  function toDictionary(v, dict, prefix) {
    if (v === undefined || v === null) return { __proto__: null }; // no members: nothing is read (a plain {} would reach getters on Object.prototype)
    if (!isObject(v)) throw new TypeError(`${prefix}: The provided value is not of type '${dict}'.`);
    return v;
  }

  // WebIDL [Clamp] long long
  function toClampedLongLong(v) {
    let x = Number(v);
    if (NumberIsNaN(x)) return 0;
    const max = NumberMAX_SAFE_INTEGER, min = -NumberMAX_SAFE_INTEGER;
    x = MathMin(MathMax(x, min), max);
    const f = MathFloor(x), diff = x - f;
    if (diff > 0.5) return f + 1;
    if (diff < 0.5) return f === 0 ? 0 : f;
    return f % 2 === 0 ? f : f + 1;
  }

  // WebIDL long long (modulo; exact enough for any realistic timestamp)
  function toLongLong(v) {
    const x = Number(v);
    if (!NumberIsFinite(x)) return 0;
    let t = MathTrunc(x);
    if (MathAbs(t) <= NumberMAX_SAFE_INTEGER) return t === 0 ? 0 : t;
    const big = BigIntAsIntN(64, BigInt(t));
    t = Number(big);
    return t === 0 ? 0 : t;
  }

  function toUnsignedShort(v) {
    const x = Number(v);
    if (!NumberIsFinite(x)) return 0;
    const t = MathTrunc(x) % 65536;
    return t < 0 ? t + 65536 : (t === 0 ? 0 : t);
  }

  function makeInterface(Ctor, name) {
    ObjectDefineProperty(Ctor, 'prototype', { writable: false, enumerable: false, configurable: false });
    // Chromium lists 'constructor' after the members
    const proto = Ctor.prototype;
    const ctorDesc = ObjectGetOwnPropertyDescriptor(proto, 'constructor');
    delete proto.constructor;
    ObjectDefineProperty(proto, 'constructor', ctorDesc);
    $.toStringTag(Ctor, name);
    $.defineGlobal(name, Ctor);
  }

  function domException(message, name) {
    const DE = $.DOMException || g.DOMException;
    if (typeof DE === 'function') return new DE(message, name);
    const e = new Error(message); e.name = name; return e;
  }

  // ---------------------------------------------------------------- UTF-8

  function utf8Encode(str) {
    const out = [];
    for (let i = 0; i < str.length; i++) {
      let c = StringPrototypeCharCodeAt(str, i);
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < str.length) {
        const d = StringPrototypeCharCodeAt(str, i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) { c = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00); i++; }
      }
      if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
      if (c < 0x80) ArrayPrototypePush(out, c);
      else if (c < 0x800) ArrayPrototypePush(out, 0xC0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) ArrayPrototypePush(out, 0xE0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else ArrayPrototypePush(out, 0xF0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return new Uint8Array(out);
  }

  // WHATWG "UTF-8 decode" (BOM stripped, U+FFFD for each maximal invalid subpart)
  function utf8Decode(bytes) {
    let i = 0;
    const n = bytes.length;
    if (n >= 3 && bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF) i = 3;
    const parts = [];
    let chunk = [];
    const push = (cp) => {
      if (cp > 0xFFFF) { cp -= 0x10000; ArrayPrototypePush(chunk, 0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF)); }
      else ArrayPrototypePush(chunk, cp);
      if (chunk.length > 8000) { ArrayPrototypePush(parts, ReflectApply(StringFromCharCode, null, chunk)); chunk = []; }
    };
    while (i < n) {
      const b = bytes[i];
      if (b < 0x80) { push(b); i++; continue; }
      let need, cp, lower = 0x80, upper = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; }
      else if (b >= 0xE0 && b <= 0xEF) {
        need = 2; cp = b & 0xF;
        if (b === 0xE0) lower = 0xA0; else if (b === 0xED) upper = 0x9F;
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3; cp = b & 0x7;
        if (b === 0xF0) lower = 0x90; else if (b === 0xF4) upper = 0x8F;
      } else { push(0xFFFD); i++; continue; }
      let j = i + 1, ok = true;
      for (let k = 0; k < need; k++, j++) {
        const c = j < n ? bytes[j] : -1;
        if (c < lower || c > upper) { ok = false; break; }
        lower = 0x80; upper = 0xBF;
        cp = (cp << 6) | (c & 0x3F);
      }
      if (ok) { push(cp); i = j; } else { push(0xFFFD); i = j; }
    }
    ArrayPrototypePush(parts, ReflectApply(StringFromCharCode, null, chunk));
    return ArrayPrototypeJoin(parts, '');
  }

  function isomorphicDecode(bytes) {
    let s = '';
    for (let i = 0; i < bytes.length; i += 8000) s += ReflectApply(StringFromCharCode, null, TypedArrayPrototypeSubarray(bytes, i, i + 8000));
    return s;
  }

  function isomorphicEncode(str) {
    const out = new Uint8Array(str.length);
    for (let i = 0; i < str.length; i++) out[i] = StringPrototypeCharCodeAt(str, i) & 0xFF;
    return out;
  }

  function concatBytes(list) {
    let len = 0;
    for (let i = 0; i < list.length; i++) len += TypedArrayPrototypeGetLength(list[i]);
    const out = new Uint8Array(len);
    let off = 0;
    for (let i = 0; i < list.length; i++) {
      TypedArrayPrototypeSet(out, list[i], off);
      off += TypedArrayPrototypeGetLength(list[i]);
    }
    return out;
  }

  function copyBufferSource(v) {
    if (ArrayBufferIsView(v)) { // the view's own slots, not getters the page can replace
      return TypedArrayPrototypeGetSymbolToStringTag(v) !== undefined
        ? TypedArrayPrototypeSlice(new Uint8Array(TypedArrayPrototypeGetBuffer(v), TypedArrayPrototypeGetByteOffset(v), TypedArrayPrototypeGetByteLength(v)))
        : TypedArrayPrototypeSlice(new Uint8Array(DataViewPrototypeGetBuffer(v), DataViewPrototypeGetByteOffset(v), DataViewPrototypeGetByteLength(v)));
    }
    return TypedArrayPrototypeSlice(new Uint8Array(v));
  }

  // ---------------------------------------------------------------- Blob / File

  const blobSlots = new SafeWeakMap();   // blob -> { bytes: Uint8Array, type: string }
  const fileSlots = new SafeWeakMap();   // file -> { name, lastModified }

  function normalizeBlobType(t) {
    for (let i = 0; i < t.length; i++) {
      const c = StringPrototypeCharCodeAt(t, i);
      if (c < 0x20 || c > 0x7E) return '';
    }
    return StringPrototypeToLowerCase(t);
  }

  function convertBlobParts(parts, prefix) {
    if (parts === undefined) return [];
    if (!isObject(parts)) throw new TypeError(`${prefix}: The provided value cannot be converted to a sequence.`);
    const iter = parts[SymbolIterator];
    if (typeof iter !== 'function') throw new TypeError(`${prefix}: The object must have a callable @@iterator property.`);
    const out = [];
    for (const p of { [SymbolIterator]: () => FunctionPrototypeCall(iter, parts) }) {
      if (blobSlots.has(p)) ArrayPrototypePush(out, p);
      else if (isArrayBuffer(p) || ArrayBufferIsView(p)) ArrayPrototypePush(out, copyBufferSource(p));
      else ArrayPrototypePush(out, toUSV(p));
    }
    return out;
  }

  function convertNativeEndings(s) {
    return StringPrototypeReplace(s, /\r\n|\r/g, '\n');
  }

  function processBlobParts(parts, endings) {
    const chunks = [];
    for (const p of parts) {
      if (typeof p === 'string') ArrayPrototypePush(chunks, utf8Encode(endings === 'native' ? convertNativeEndings(p) : p));
      else if (blobSlots.has(p)) ArrayPrototypePush(chunks, blobSlots.get(p).bytes);
      else ArrayPrototypePush(chunks, p);
    }
    return chunks.length === 1 ? chunks[0] : concatBytes(chunks);
  }

  function Blob(blobParts = undefined, options = undefined) {
    if (!new.target) throw new TypeError(`${ctorMsg('Blob')}: ${NEW_MSG}`);
    const prefix = ctorMsg('Blob');
    const parts = convertBlobParts(blobParts, prefix);
    const bag = toDictionary(options, 'BlobPropertyBag', prefix);
    let endings = 'transparent', type = '';
    if (bag.endings !== undefined) endings = toEnum(bag.endings, ['transparent', 'native'], 'EndingType', 'endings', 'BlobPropertyBag', prefix);
    if (bag.type !== undefined) type = String(bag.type);
    blobSlots.set(this, { __proto__: null, bytes: processBlobParts(parts, endings), type: normalizeBlobType(type) });
    $.brand(this, Blob);
  }

  function blobSlot(obj) {
    const s = blobSlots.get(obj);
    if (!s) throw new TypeError('Illegal invocation');
    return s;
  }

  function createBlob(bytes, type, proto) {
    const b = ObjectCreate(proto || Blob.prototype);
    blobSlots.set(b, { __proto__: null, bytes, type });
    $.brand(b, Blob);
    return b;
  }

  function promiseOp(iface, op, fn) {
    return function () {
      try {
        return PromiseResolve(ReflectApply(fn, this, arguments));
      } catch (e) {
        if (e instanceof TypeError && e.message === 'Illegal invocation') {
          return PromiseReject(new TypeError(`${execMsg(iface, op)}: Illegal invocation`));
        }
        return PromiseReject(e);
      }
    };
  }

  $.defineGetters(Blob.prototype, {
    size() { return blobSlot(this).bytes.length; },
    type() { return blobSlot(this).type; },
  });
  $.defineMethods(Blob.prototype, {
    arrayBuffer: promiseOp('Blob', 'arrayBuffer', function () { return TypedArrayPrototypeGetBuffer(TypedArrayPrototypeSlice(blobSlot(this).bytes)); }),
    slice(start = undefined, end = undefined, contentType = undefined) {
      const s = blobSlot(this);
      const size = s.bytes.length;
      let rs = start === undefined ? 0 : toClampedLongLong(start);
      let re = end === undefined ? size : toClampedLongLong(end);
      const ct = contentType === undefined ? '' : normalizeBlobType(String(contentType));
      rs = rs < 0 ? MathMax(size + rs, 0) : MathMin(rs, size);
      re = re < 0 ? MathMax(size + re, 0) : MathMin(re, size);
      const span = MathMax(re - rs, 0);
      return createBlob(TypedArrayPrototypeSubarray(s.bytes, rs, rs + span), ct);
    },
    stream() { return $.byteStream(blobSlot(this).bytes); },
    text: promiseOp('Blob', 'text', function () { return utf8Decode(blobSlot(this).bytes); }),
    bytes: promiseOp('Blob', 'bytes', function () { return TypedArrayPrototypeSlice(blobSlot(this).bytes); }),
  });
  makeInterface(Blob, 'Blob');

  function File(fileBits, fileName, options = undefined) {
    if (!new.target) throw new TypeError(`${ctorMsg('File')}: ${NEW_MSG}`);
    const prefix = ctorMsg('File');
    $.requireArgs(arguments, 2, 'File');
    const parts = convertBlobParts(fileBits, prefix);
    const name = toUSV(fileName);
    const bag = toDictionary(options, 'FilePropertyBag', prefix);
    let endings = 'transparent', type = '', lastModified;
    if (bag.endings !== undefined) endings = toEnum(bag.endings, ['transparent', 'native'], 'EndingType', 'endings', 'FilePropertyBag', prefix);
    if (bag.lastModified !== undefined) lastModified = toLongLong(bag.lastModified);
    if (bag.type !== undefined) type = String(bag.type);
    if (lastModified === undefined) lastModified = DateNow();
    blobSlots.set(this, { __proto__: null, bytes: processBlobParts(parts, endings), type: normalizeBlobType(type) });
    fileSlots.set(this, { __proto__: null, name, lastModified });
    $.brand(this, Blob);
    $.brand(this, File);
  }
  ObjectSetPrototypeOf(File, Blob);
  File.prototype = ObjectCreate(Blob.prototype, {
    constructor: { value: File, writable: true, enumerable: false, configurable: true },
  });
  function fileSlot(obj) {
    const s = fileSlots.get(obj);
    if (!s) throw new TypeError('Illegal invocation');
    return s;
  }
  $.defineGetters(File.prototype, {
    name() { return fileSlot(this).name; },
    lastModified() { return fileSlot(this).lastModified; },
    lastModifiedDate() { return new Date(fileSlot(this).lastModified); },
    webkitRelativePath() { fileSlot(this); return ''; },
  });
  makeInterface(File, 'File');

  // Internal API for the other shims.
  $.blobBytes = function (blob) { return blobSlot(blob).bytes; };  // read-only view; do not mutate
  $.makeBlob = function (bytes, type) {
    return createBlob(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), normalizeBlobType(String(type || '')));
  };
  $.makeFile = function (bytes, name, type, lastModified) {
    const f = ObjectCreate(File.prototype);
    blobSlots.set(f, { __proto__: null, bytes: bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), type: normalizeBlobType(String(type || '')) });
    fileSlots.set(f, { __proto__: null, name: String(name), lastModified: lastModified === undefined ? DateNow() : toLongLong(lastModified) });
    $.brand(f, Blob);
    $.brand(f, File);
    return f;
  };
  $.isBlob = function (v) { return blobSlots.has(v); };
  $.isFile = function (v) { return fileSlots.has(v); };
  $.blobType = function (blob) { return blobSlot(blob).type; };
  $.fileName = function (f) { return fileSlot(f).name; };
  $.fileLastModified = function (f) { return fileSlot(f).lastModified; };
  const previousHostKind = $.hostKind;
  $.hostKind = function (v) {
    if (fileSlots.has(v)) return 'File';
    if (blobSlots.has(v)) return 'Blob';
    return typeof previousHostKind === 'function' ? FunctionPrototypeCall(previousHostKind, this, v) : undefined;
  };

  // ---------------------------------------------------------------- blob: URLs

  if (typeof URLCtor0 === 'function' && $.agentKind !== 'serviceworker') {
    $.defineMethods(URLCtor0, {
      createObjectURL(obj) {
        $.requireArgs(arguments, 1, 'URL', 'createObjectURL');
        if (!blobSlots.has(obj)) throw new TypeError(`${execMsg('URL', 'createObjectURL')}: Overload resolution failed.`);
        const s = blobSlots.get(obj);
        return String($.host.registerBlobURL(hostBytes(s.bytes), s.type));
      },
      revokeObjectURL(url) {
        $.requireArgs(arguments, 1, 'URL', 'revokeObjectURL');
        $.host.revokeBlobURL(String(url));
      },
    });
  }

  // ---------------------------------------------------------------- URL / origin helpers

  function URLClass() { return URLCtor0 || g.URL; }

  // The page's own location and origin as globals.js keeps them (no getter the page can replace); the Node
  // tests, which have no globals.js, give a plain `location`.
  function baseURL() {
    if (typeof $.locationHref === 'function') return $.locationHref();
    try { return g.location ? String(g.location.href) : undefined; } catch (e) { return undefined; }
  }

  function parseURL(s, base) {
    const U = URLClass();
    try { return base === undefined ? new U(s) : new U(s, base); } catch (e) { return null; }
  }

  function ownOrigin() {
    if (typeof $.locationOrigin === 'function') return $.locationOrigin();
    try { return g.location ? String(g.location.origin) : 'null'; } catch (e) { return 'null'; }
  }

  function stripFragment(href) {
    const i = StringPrototypeIndexOf(href, '#');
    return i < 0 ? href : StringPrototypeSlice(href, 0, i);
  }

  function schemeOf(href) { return StringPrototypeToLowerCase(StringPrototypeSlice(href, 0, StringPrototypeIndexOf(href, ':'))); }

  // ---------------------------------------------------------------- MIME types & data: URLs

  const TOKEN_RE = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
  const isHTTPWS = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

  // WHATWG MIME type parsing; Chromium keeps the case of parameter names other than "charset".
  function parseMimeType(input) {
    let s = StringPrototypeReplace(input, /^[ \t\n\r]+|[ \t\n\r]+$/g, '');
    let pos = s.indexOf('/');
    if (pos < 0) return null;
    const type = s.slice(0, pos);
    if (!(RegExpPrototypeExec(TOKEN_RE, type) !== null)) return null;
    let semi = s.indexOf(';', pos + 1);
    if (semi < 0) semi = s.length;
    const subtype = s.slice(pos + 1, semi).replace(/[ \t\n\r]+$/, '');
    if (!(RegExpPrototypeExec(TOKEN_RE, subtype) !== null)) return null;
    const params = [];
    const seen = new Set();
    pos = semi;
    while (pos < s.length) {
      pos++; // skip ';'
      while (pos < s.length && isHTTPWS(s[pos])) pos++;
      let name = '';
      while (pos < s.length && s[pos] !== ';' && s[pos] !== '=') name += s[pos++];
      if (pos < s.length && s[pos] === ';') continue;
      if (pos >= s.length) break;
      pos++; // skip '='
      let value = '';
      if (s[pos] === '"') {
        pos++;
        while (pos < s.length) {
          const c = s[pos];
          if (c === '"') { pos++; break; }
          if (c === '\\') { pos++; if (pos < s.length) value += s[pos++]; else value += '\\'; continue; }
          value += c; pos++;
        }
        while (pos < s.length && s[pos] !== ';') pos++;
      } else {
        while (pos < s.length && s[pos] !== ';') value += s[pos++];
        value = StringPrototypeReplace(value, /[ \t\n\r]+$/, '');
        if (value === '') continue;
      }
      const lname = StringPrototypeToLowerCase(name);
      if (name !== '' && (RegExpPrototypeExec(TOKEN_RE, name) !== null) && (RegExpPrototypeExec(/^[\t\x20-\x7E\x80-\xFF]*$/, value) !== null) && !seen.has(lname)) {
        seen.add(lname);
        ArrayPrototypePush(params, [lname === 'charset' ? lname : name, value]);
      }
    }
    return { type: StringPrototypeToLowerCase(type), subtype: StringPrototypeToLowerCase(subtype), params };
  }

  function serializeMimeType(m) {
    let out = m.type + '/' + m.subtype;
    for (const [name, value] of m.params) {
      let v = value;
      if (v === '' || !(RegExpPrototypeExec(TOKEN_RE, v) !== null)) v = '"' + StringPrototypeReplace(v, /(["\\])/g, '\\$1') + '"';
      out += ';' + name + '=' + v;
    }
    return out;
  }

  function percentDecodeToBytes(s) {
    const bytes = utf8Encode(s);
    const out = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === 0x25 && i + 2 < bytes.length) {
        const h = StringFromCharCode(bytes[i + 1], bytes[i + 2]);
        if ((RegExpPrototypeExec(/^[0-9A-Fa-f]{2}$/, h) !== null)) { ArrayPrototypePush(out, parseInt(h, 16)); i += 2; continue; }
      }
      ArrayPrototypePush(out, b);
    }
    return new Uint8Array(out);
  }

  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  function forgivingBase64Decode(s) {
    s = StringPrototypeReplace(s, /[\t\n\f\r ]/g, '');
    if (s.length % 4 === 0) s = StringPrototypeReplace(s, /==?$/, '');
    if (s.length % 4 === 1 || (RegExpPrototypeExec(/[^A-Za-z0-9+/]/, s) !== null)) return null;
    const out = [];
    let buf = 0, bits = 0;
    for (let i = 0; i < s.length; i++) {
      buf = (buf << 6) | B64.indexOf(s[i]);
      bits += 6;
      if (bits >= 8) { bits -= 8; ArrayPrototypePush(out, (buf >> bits) & 0xFF); }
    }
    return new Uint8Array(out);
  }

  // fetch's "data: URL processor": href -> { mimeType, body } or null
  function parseDataURL(href) {
    let input = stripFragment(href).slice(5);
    const comma = input.indexOf(',');
    if (comma < 0) return null;
    let mimeType = input.slice(0, comma).replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
    let body = percentDecodeToBytes(input.slice(comma + 1));
    const m = RegExpPrototypeExec(/;[\x20]*base64$/i, mimeType);
    if (m) {
      body = forgivingBase64Decode(isomorphicDecode(body));
      if (body === null) return null;
      mimeType = mimeType.slice(0, m.index);
    }
    if (StringPrototypeStartsWith(mimeType, ';')) mimeType = 'text/plain' + mimeType;
    const rec = parseMimeType(mimeType);
    return { mimeType: rec ? serializeMimeType(rec) : 'text/plain;charset=US-ASCII', body };
  }
  $.parseDataURL = parseDataURL;

  // ---------------------------------------------------------------- Headers

  const headersSlots = new SafeWeakMap(); // headers -> { list: [[lowername, value]], guard }

  const FORBIDDEN_REQUEST = new Set(['accept-charset', 'accept-encoding', 'access-control-request-headers',
    'access-control-request-method', 'connection', 'content-length', 'cookie', 'cookie2', 'date', 'dnt',
    'expect', 'host', 'keep-alive', 'origin', 'referer', 'set-cookie', 'te', 'trailer', 'transfer-encoding',
    'upgrade', 'via']);
  const FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

  function isForbiddenRequestHeader(name, value) {
    if (FORBIDDEN_REQUEST.has(name) || StringPrototypeStartsWith(name, 'proxy-') || StringPrototypeStartsWith(name, 'sec-')) return true;
    if (name === 'x-http-method-override' || name === 'x-http-method' || name === 'x-method-override') {
      for (const m of StringPrototypeSplit(value, ',')) {
        if (FORBIDDEN_METHODS.has(StringPrototypeReplace(m, /^[ \t]+|[ \t]+$/g, '').toUpperCase())) return true;
      }
    }
    return false;
  }
  const isForbiddenResponseHeader = (name) => name === 'set-cookie' || name === 'set-cookie2';

  const CORS_UNSAFE_BYTE = /[\x00-\x08\x0A-\x1F"():<>?@[\\\]{}\x7F]/;
  function isCorsSafelistedRequestHeader(name, value) {
    if (value.length > 128) return false;
    switch (name) {
      case 'accept':
        return !(RegExpPrototypeExec(CORS_UNSAFE_BYTE, value) !== null);
      case 'accept-language': case 'content-language':
        return (RegExpPrototypeExec(/^[0-9A-Za-z *,\-.;=]*$/, value) !== null);
      case 'content-type': {
        if ((RegExpPrototypeExec(CORS_UNSAFE_BYTE, value) !== null)) return false;
        const m = parseMimeType(value);
        if (!m) return false;
        const ess = m.type + '/' + m.subtype;
        return ess === 'application/x-www-form-urlencoded' || ess === 'multipart/form-data' || ess === 'text/plain';
      }
      case 'range':
        return (RegExpPrototypeExec(/^bytes=(\d+-\d*|\d*-\d+)$/, value) !== null) && !(RegExpPrototypeExec(/^bytes=-$/, value) !== null);
      default:
        return false;
    }
  }
  const NO_CORS_SAFELISTED_NAMES = new Set(['accept', 'accept-language', 'content-language', 'content-type']);

  function normalizeHeaderValue(v) { return StringPrototypeReplace(v, /^[\t\n\r ]+|[\t\n\r ]+$/g, ''); }

  function validateHeader(name, value, prefix) {
    if (!(RegExpPrototypeExec(TOKEN_RE, name) !== null)) throw new TypeError(`${prefix}: Invalid name`);
    if ((RegExpPrototypeExec(/[\0\n\r]/, value) !== null)) throw new TypeError(`${prefix}: Invalid value`);
  }

  function listGet(list, name) {
    let out = null;
    for (let i = 0; i < list.length; i++) if (list[i][0] === name) out = out === null ? list[i][1] : out + ', ' + list[i][1];
    return out;
  }
  function listHas(list, name) { return ArrayPrototypeSome(list, (e) => e[0] === name); }
  function listDelete(list, name) {
    for (let i = list.length - 1; i >= 0; i--) if (list[i][0] === name) ArrayPrototypeSplice(list, i, 1);
  }
  function listSet(list, name, value) {
    const i = ArrayPrototypeFindIndex(list, (e) => e[0] === name);
    if (i < 0) { ArrayPrototypePush(list, [name, value]); return; }
    list[i] = [name, value];
    for (let j = list.length - 1; j > i; j--) if (list[j][0] === name) ArrayPrototypeSplice(list, j, 1);
  }

  function headersAppend(slot, rawName, rawValue, prefix) {
    const value = normalizeHeaderValue(rawValue);
    validateHeader(rawName, value, prefix);
    const name = StringPrototypeToLowerCase(rawName);
    if (slot.guard === 'immutable') throw new TypeError(`${prefix}: Headers are immutable`);
    if (slot.guard === 'request' && isForbiddenRequestHeader(name, value)) return;
    if (slot.guard === 'request-no-cors') {
      const cur = listGet(slot.list, name);
      const tmp = cur === null ? value : cur + ', ' + value;
      if (!isCorsSafelistedRequestHeader(name, tmp)) return;
    }
    if (slot.guard === 'response' && isForbiddenResponseHeader(name)) return;
    ArrayPrototypePush(slot.list, [name, value]);
    if (slot.guard === 'request-no-cors') removePrivilegedNoCors(slot.list);
  }
  function removePrivilegedNoCors(list) {
    for (let i = list.length - 1; i >= 0; i--) if (list[i][0] === 'range') ArrayPrototypeSplice(list, i, 1);
  }

  function fillHeaders(slot, init, prefix) {
    if (init === undefined) return;
    if (!isObject(init)) {
      throw new TypeError(`${prefix}: The provided value is not of type '(record<ByteString, ByteString> or sequence<sequence<ByteString>>)'.`);
    }
    const iter = init[SymbolIterator];
    if (iter !== undefined && iter !== null) {
      if (typeof iter !== 'function') throw new TypeError(`${prefix}: The object must have a callable @@iterator property.`);
      const pairs = [];
      for (const item of { [SymbolIterator]: () => FunctionPrototypeCall(iter, init) }) {
        if (!isObject(item) || typeof item[SymbolIterator] !== 'function') {
          throw new TypeError(`${prefix}: The provided value cannot be converted to a sequence.`);
        }
        const pair = [];
        for (const x of item) ArrayPrototypePush(pair, toByteString(x, prefix));
        ArrayPrototypePush(pairs, pair);
      }
      for (const pair of pairs) {
        if (pair.length !== 2) throw new TypeError(`${prefix}: Invalid value`);
        headersAppend(slot, pair[0], pair[1], prefix);
      }
      return;
    }
    const pairs = [];
    for (const key of ReflectOwnKeys(init)) {
      const desc = ReflectGetOwnPropertyDescriptor(init, key);
      if (!desc || !desc.enumerable || typeof key === 'symbol') continue;
      ArrayPrototypePush(pairs, [toByteString(key, prefix), toByteString(init[key], prefix)]);
    }
    for (const [k, v] of pairs) headersAppend(slot, k, v, prefix);
  }

  function sortAndCombine(list) {
    const names = [...new Set(ArrayPrototypeMap(list, (e) => e[0]))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const out = [];
    for (const n of names) {
      if (n === 'set-cookie') { for (const [k, v] of list) if (k === n) ArrayPrototypePush(out, [n, v]); }
      else ArrayPrototypePush(out, [n, listGet(list, n)]);
    }
    return out;
  }

  function Headers(init = undefined) {
    if (!new.target) throw new TypeError(`${ctorMsg('Headers')}: ${NEW_MSG}`);
    const slot = { __proto__: null, list: [], guard: 'none' };
    headersSlots.set(this, slot);
    $.brand(this, Headers);
    fillHeaders(slot, init, ctorMsg('Headers'));
  }
  function headersSlot(h) {
    const s = headersSlots.get(h);
    if (!s) throw new TypeError('Illegal invocation');
    return s;
  }
  function newHeaders(guard, list) {
    const h = ObjectCreate(Headers.prototype);
    headersSlots.set(h, { __proto__: null, list: list || [], guard });
    $.brand(h, Headers);
    return h;
  }

  const headersIterProto = ObjectCreate(IteratorPrototype);
  const headersIterSlots = new SafeWeakMap();
  $.defineMethods(headersIterProto, {
    next() {
      const it = headersIterSlots.get(this);
      if (!it) throw new TypeError('Illegal invocation');
      const pairs = sortAndCombine(headersSlots.get(it.headers).list);
      if (it.index >= pairs.length) return { value: undefined, done: true };
      const [k, v] = pairs[it.index++];
      return { value: it.kind === 'key' ? k : it.kind === 'value' ? v : [k, v], done: false };
    },
  });
  ObjectDefineProperty(headersIterProto, SymbolToStringTag, { value: 'Headers Iterator', configurable: true });
  function headersIterator(h, kind) {
    headersSlot(h);
    const it = ObjectCreate(headersIterProto);
    headersIterSlots.set(it, { __proto__: null, headers: h, kind, index: 0 });
    return it;
  }

  function headerOp(op, fn) {
    return { [op](...args) {
      const slot = headersSlot(this);
      const n = fn.length - 2;
      $.requireArgs(args, n, 'Headers', op);
      const prefix = execMsg('Headers', op);
      return fn(slot, prefix, ...args.slice(0, n).map((a) => toByteString(a, prefix)));
    } }[op];
  }

  $.defineMethods(Headers.prototype, {
    append: headerOp('append', (slot, prefix, name, value) => { headersAppend(slot, name, value, prefix); }),
    delete: headerOp('delete', (slot, prefix, name) => {
      if (!(RegExpPrototypeExec(TOKEN_RE, name) !== null)) throw new TypeError(`${prefix}: Invalid name`);
      if (slot.guard === 'immutable') throw new TypeError(`${prefix}: Headers are immutable`);
      const lname = StringPrototypeToLowerCase(name);
      if (slot.guard === 'request' && isForbiddenRequestHeader(lname, '')) return;
      if (slot.guard === 'request-no-cors' && !NO_CORS_SAFELISTED_NAMES.has(lname) && lname !== 'range') return;
      if (slot.guard === 'response' && isForbiddenResponseHeader(lname)) return;
      listDelete(slot.list, lname);
      if (slot.guard === 'request-no-cors') removePrivilegedNoCors(slot.list);
    }),
    get: headerOp('get', (slot, prefix, name) => {
      if (!(RegExpPrototypeExec(TOKEN_RE, name) !== null)) throw new TypeError(`${prefix}: Invalid name`);
      return listGet(slot.list, StringPrototypeToLowerCase(name));
    }),
    getSetCookie() {
      const slot = headersSlot(this);
      return ArrayPrototypeFilter(slot.list, (e) => e[0] === 'set-cookie').map((e) => e[1]);
    },
    has: headerOp('has', (slot, prefix, name) => {
      if (!(RegExpPrototypeExec(TOKEN_RE, name) !== null)) throw new TypeError(`${prefix}: Invalid name`);
      return listHas(slot.list, StringPrototypeToLowerCase(name));
    }),
    set: headerOp('set', (slot, prefix, name, rawValue) => {
      const value = normalizeHeaderValue(rawValue);
      validateHeader(name, value, prefix);
      const lname = StringPrototypeToLowerCase(name);
      if (slot.guard === 'immutable') throw new TypeError(`${prefix}: Headers are immutable`);
      if (slot.guard === 'request' && isForbiddenRequestHeader(lname, value)) return;
      if (slot.guard === 'request-no-cors' && !isCorsSafelistedRequestHeader(lname, value)) return;
      if (slot.guard === 'response' && isForbiddenResponseHeader(lname)) return;
      listSet(slot.list, lname, value);
      if (slot.guard === 'request-no-cors') removePrivilegedNoCors(slot.list);
    }),
    entries() { return headersIterator(this, 'key+value'); },
    forEach(callback, thisArg = undefined) {
      headersSlot(this);
      $.requireArgs(arguments, 1, 'Headers', 'forEach');
      if (typeof callback !== 'function') {
        throw new TypeError(`${execMsg('Headers', 'forEach')}: parameter 1 is not of type 'Function'.`);
      }
      const slot = headersSlots.get(this);
      for (let i = 0; ; i++) {
        const pairs = sortAndCombine(slot.list);
        if (i >= pairs.length) break;
        FunctionPrototypeCall(callback, thisArg, pairs[i][1], pairs[i][0], this);
      }
    },
    keys() { return headersIterator(this, 'key'); },
    values() { return headersIterator(this, 'value'); },
  });
  ObjectDefineProperty(Headers.prototype, SymbolIterator, {
    value: Headers.prototype.entries, writable: true, enumerable: false, configurable: true,
  });
  makeInterface(Headers, 'Headers');

  // ---------------------------------------------------------------- bodies

  // streams.js comes first in an agent; without it (the shims' Node tests) there are no streams and bodies have none
  const streamsLoaded = typeof $.streamsLoaded === 'function' ? $.streamsLoaded : () => false;

  // BodyInit extraction: -> { bytes: Uint8Array, type: string|null }, or { bytes: null, stream, type: null } for a
  // ReadableStream (a stream can exist only once streams.js has loaded the ponyfill)
  function extractBody(v) {
    if (streamsLoaded() && $.streams().isReadableStream(v)) return { __proto__: null, bytes: null, stream: v, type: null };
    if (blobSlots.has(v)) {
      const s = blobSlots.get(v);
      return { bytes: s.bytes, type: s.type === '' ? null : s.type };
    }
    if (isArrayBuffer(v) || ArrayBufferIsView(v)) return { bytes: copyBufferSource(v), type: null };
    if (typeof g.URLSearchParams === 'function' && v instanceof g.URLSearchParams) {
      return { bytes: utf8Encode(String(v)), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
    }
    if (typeof g.FormData === 'function' && v instanceof g.FormData) return serializeFormData(v);
    return { bytes: utf8Encode(toUSV(v)), type: 'text/plain;charset=UTF-8' };
  }
  $.extractBody = extractBody;

  function randomBoundary() {
    const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    let s = '----WebKitFormBoundary';
    for (let i = 0; i < 16; i++) s += chars[MathFloor(MathRandom() * 62)];
    return s;
  }

  function serializeFormData(fd) {
    const boundary = randomBoundary();
    const esc = (s) => StringPrototypeReplace(s, /\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
    const crlf = (s) => StringPrototypeReplace(s, /\r\n|\r|\n/g, '\r\n');
    const chunks = [];
    for (const [name, value] of fd) {
      let head = `--${boundary}\r\nContent-Disposition: form-data; name="${esc(crlf(String(name)))}"`;
      if (blobSlots.has(value)) {
        const s = blobSlots.get(value);
        const filename = fileSlots.has(value) ? fileSlots.get(value).name : 'blob';
        head += `; filename="${esc(filename)}"\r\nContent-Type: ${s.type || 'application/octet-stream'}\r\n\r\n`;
        ArrayPrototypePush(chunks, utf8Encode(head), s.bytes, utf8Encode('\r\n'));
      } else {
        head += '\r\n\r\n' + crlf(String(value)) + '\r\n';
        ArrayPrototypePush(chunks, utf8Encode(head));
      }
    }
    ArrayPrototypePush(chunks, utf8Encode(`--${boundary}--\r\n`));
    return { bytes: concatBytes(chunks), type: 'multipart/form-data; boundary=' + boundary };
  }

  function parseFormData(bytes, contentType) {
    const FD = g.FormData;
    const fail = () => new TypeError('Failed to fetch');
    const m = contentType === null ? null : parseMimeType(contentType);
    if (!m || typeof FD !== 'function') throw fail();
    const ess = m.type + '/' + m.subtype;
    const fd = new FD();
    if (ess === 'application/x-www-form-urlencoded') {
      for (const [k, v] of new g.URLSearchParams(utf8Decode(bytes))) fd.append(k, v);
      return fd;
    }
    if (ess !== 'multipart/form-data') throw fail();
    const bp = ArrayPrototypeFind(m.params, (p) => StringPrototypeToLowerCase(p[0]) === 'boundary');
    if (!bp || bp[1] === '') throw fail();
    const text = isomorphicDecode(bytes);
    const delim = '--' + bp[1];
    let pos = text.indexOf(delim);
    if (pos !== 0) throw fail();
    for (;;) {
      pos += delim.length;
      if (StringPrototypeStartsWith(text, '--', pos)) break;
      if (!StringPrototypeStartsWith(text, '\r\n', pos)) throw fail();
      pos += 2;
      const headEnd = text.indexOf('\r\n\r\n', pos);
      if (headEnd < 0) throw fail();
      let name = null, filename = null, ctype = null;
      for (const line of text.slice(pos, headEnd).split('\r\n')) {
        const colon = line.indexOf(':');
        if (colon < 0) throw fail();
        const hn = line.slice(0, colon).trim().toLowerCase(), hv = line.slice(colon + 1).trim();
        if (hn === 'content-disposition') {
          const nm = RegExpPrototypeExec(/(?:^|;)\s*name="([^"]*)"/i, hv), fm = RegExpPrototypeExec(/;\s*filename="([^"]*)"/i, hv);
          if (nm) name = nm[1];
          if (fm) filename = fm[1];
        } else if (hn === 'content-type') ctype = hv;
      }
      if (name === null) throw fail();
      const next = text.indexOf('\r\n' + delim, headEnd + 4);
      if (next < 0) throw fail();
      const bodyBytes = bytes.slice(headEnd + 4, next);
      const unesc = (s) => utf8Decode(isomorphicEncode(s)).replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%22/g, '"');
      if (filename !== null) {
        fd.append(unesc(name), $.makeFile(bodyBytes, unesc(filename), ctype || '', DateNow()));
      } else {
        fd.append(unesc(name), utf8Decode(bodyBytes));
      }
      pos = next + 2;
    }
    return fd;
  }

  // body state: { bytes, stream, disturbed, error }. A body made from bytes has its stream made when first asked
  // for (body.stream null until then); a body made from a ReadableStream has bytes null and that stream.
  function newBody(bytes) { return { __proto__: null, bytes, stream: null, disturbed: false, error: null }; }
  function newStreamBody(stream) { return { __proto__: null, bytes: null, stream, disturbed: false, error: null }; }

  function bodyStream(body) {
    if (body.stream) return body.stream;
    if (typeof $.byteStream !== 'function') return null; // no streams.js (see streamsLoaded)
    // a fetched body aborted before it was read errors its stream (check runs on the first pull: no argument)
    const check = () => {
      if (body.error) return body.error;
      body.done = true;
      return null;
    };
    body.stream = $.byteStream(body.bytes, body.abortSignal ? check : undefined);
    if (body.disturbed) $.streams().getReader(body.stream); // read by text() & co. before: locked, as Chromium's
    return body.stream;
  }

  // the stream's own "disturbed" (read or cancelled), or the body read without a stream
  function bodyDisturbed(body) {
    return body.disturbed || (body.stream !== null && $.streams().disturbed(body.stream));
  }

  function bodyUnusable(body) {
    return body !== null && (bodyDisturbed(body) || (body.stream !== null && $.streams().locked(body.stream)));
  }

  function checkUsable(body, iface, op) {
    if (bodyDisturbed(body)) throw new TypeError(`${execMsg(iface, op)}: body stream already read`);
    if (body.stream !== null && $.streams().locked(body.stream)) throw new TypeError(`${execMsg(iface, op)}: body stream is locked`);
  }

  // Returns the bytes of the body (a promise of them for a stream body), marking it used; throws the Chromium
  // TypeError if unusable.
  function consumeBody(body, iface, op) {
    if (body === null) return new Uint8Array(0);
    checkUsable(body, iface, op);
    if (body.bytes === null) {
      body.disturbed = true;
      return readAllBytes(body.stream);
    }
    if (body.stream !== null) $.streams().getReader(body.stream);
    body.disturbed = true;
    if (body.error) throw body.error;
    return body.bytes;
  }

  /**
   * Reads a (page's) ReadableStream to its end through the ponyfill's own read: a promise of the concatenated
   * chunks. A chunk that is not a Uint8Array, or an errored stream, is Chromium's TypeError: Failed to fetch.
   */
  function readAllBytes(stream) {
    const S = $.streams();
    const reader = S.getReader(stream);
    const chunks = InternalArray();
    return new Promise((resolve, reject) => {
      const step = () => PromisePrototypeThen(S.read(reader), (r) => {
        if (r.done) { resolve(concatBytes(chunks)); return; }
        const v = r.value;
        if (TypedArrayPrototypeGetSymbolToStringTag(v) !== 'Uint8Array') {
          const e = new TypeError('Failed to fetch');
          PromisePrototypeThen(S.cancel(stream, e), undefined, () => {});
          reject(e);
          return;
        }
        chunks[chunks.length] = TypedArrayPrototypeSlice(v);
        step();
      }, () => reject(new TypeError('Failed to fetch'))); // Chromium's error whatever the stream's was
      step();
    });
  }

  function cloneBody(body) {
    if (body === null) return null;
    if (body.bytes !== null) return newBody(body.bytes);
    const pair = $.streams().tee(body.stream); // the ponyfill's own array: own index properties
    body.stream = pair[0];
    return newStreamBody(pair[1]);
  }

  /** A new body that takes over `body`'s stream (piped through an identity TransformStream), `body` now used. */
  function takeOverStreamBody(body) {
    const S = $.streams();
    const ts = new S.TransformStream();
    PromisePrototypeThen(S.pipeTo(body.stream, S.transformWritable(ts)), undefined, () => {});
    body.disturbed = true;
    return newStreamBody(S.transformReadable(ts));
  }

  // Returns the body-mixin members of an interface as { name: descriptor }.
  function bodyMixin(iface, stateOf) {
    const op = (name, fn) => promiseOp(iface, name, function () {
      const st = stateOf(this);
      const body = st.body;
      const bytes = consumeBody(body, iface, name);
      if (body !== null && body.bytes === null) return PromisePrototypeThen(bytes, (b) => fn(b, st, name));
      if (body === null || !body.abortSignal) return fn(bytes, st, name);
      // a fetched body is read asynchronously: an abort before then errors it, as in Chromium
      return PromisePrototypeThen(PromiseResolve(), () => {
        if (body.error) throw body.error;
        body.done = true;
        return fn(bytes, st, name);
      });
    });
    const m = (value) => ({ value, writable: true, enumerable: true, configurable: true });
    const getters = {
      get body() { const st = stateOf(this); return st.body === null ? null : bodyStream(st.body); },
      get bodyUsed() { const st = stateOf(this); return st.body !== null && bodyDisturbed(st.body); },
    };
    return {
      body: ObjectGetOwnPropertyDescriptor(getters, 'body'),
      bodyUsed: ObjectGetOwnPropertyDescriptor(getters, 'bodyUsed'),
      arrayBuffer: m(op('arrayBuffer', (b) => TypedArrayPrototypeGetBuffer(TypedArrayPrototypeSlice(b)))),
      blob: m(op('blob', (b, st) => {
        const ct = listGet(headersSlots.get(st.headers).list, 'content-type');
        return createBlob(b, ct === null ? '' : normalizeBlobType(ct));
      })),
      bytes: m(op('bytes', (b) => TypedArrayPrototypeSlice(b))),
      formData: m(op('formData', (b, st) => parseFormData(b, listGet(headersSlots.get(st.headers).list, 'content-type')))),
      json: m(op('json', (b, st, name) => {
        try { return JSONParse(utf8Decode(b)); } catch (e) {
          if (e instanceof SyntaxError) throw new SyntaxError(`${execMsg(iface, name)}: ${e.message}`);
          throw e;
        }
      })),
      text: m(op('text', (b) => utf8Decode(b))),
    };
  }

  function defineInOrder(proto, order, ...sources) {
    for (const name of order) {
      let d;
      for (const src of sources) if (ObjectPrototypeHasOwnProperty(src, name)) { d = src[name]; break; }
      if (!d) throw new Error('fetch.js: missing member ' + name);
      ObjectDefineProperty(proto, name, d);
    }
  }

  function collect(getters, methods) {
    const out = {};
    for (const k of ObjectKeys(getters)) {
      const d = ObjectGetOwnPropertyDescriptor(getters, k);
      out[k] = { get: d.get, enumerable: true, configurable: true };
    }
    for (const k of ObjectKeys(methods || {})) {
      out[k] = { value: methods[k], writable: true, enumerable: true, configurable: true };
    }
    return out;
  }

  // ---------------------------------------------------------------- Request

  const requestSlots = new SafeWeakMap();
  const METHOD_NORMALIZE = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
  const ENUMS = {
    cache: [['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached'], 'RequestCache'],
    credentials: [['omit', 'same-origin', 'include'], 'RequestCredentials'],
    duplex: [['half'], 'RequestDuplex'],
    mode: [['navigate', 'same-origin', 'no-cors', 'cors'], 'RequestMode'],
    priority: [['high', 'low', 'auto'], 'FetchPriority'],
    redirect: [['follow', 'error', 'manual'], 'RequestRedirect'],
    referrerPolicy: [['', 'no-referrer', 'no-referrer-when-downgrade', 'same-origin', 'origin', 'strict-origin',
      'origin-when-cross-origin', 'strict-origin-when-cross-origin', 'unsafe-url'], 'ReferrerPolicy'],
  };

  function isAbortSignal(v) {
    const AS = g.AbortSignal;
    if (!isObject(v) || typeof AS !== 'function') return false;
    return $.hasBrand(v, AS) || v instanceof AS;
  }

  function followingSignal(parent) {
    const AC = g.AbortController, AS = g.AbortSignal;
    if (parent && typeof AS === 'function' && typeof AS.any === 'function') return AS.any([parent]);
    if (typeof AC !== 'function') return null;
    const c = new AC();
    if (parent) {
      if (parent.aborted) c.abort(parent.reason);
      else parent.addEventListener('abort', () => c.abort(parent.reason), { once: true });
    }
    return c.signal;
  }

  function constructRequest(self, input, init, prefix) {
    let st;
    let inputState = null;
    let signal = null;
    const base = baseURL();
    if (requestSlots.has(input)) {
      inputState = requestSlots.get(input);
      st = ObjectAssign({ __proto__: null }, inputState);
      st.headers = null;
      signal = inputState.signal;
    } else {
      const s = toUSV(input);
      const parsed = parseURL(s, base);
      if (parsed === null) throw new TypeError(`${prefix}: Failed to parse URL from ${s}`);
      if (parsed.username !== '' || parsed.password !== '') {
        throw new TypeError(`${prefix}: Request cannot be constructed from a URL that includes credentials: ${s}`);
      }
      st = {
        __proto__: null, method: 'GET', url: parsed.href, headers: null, mode: 'cors', credentials: 'same-origin',
        cache: 'default', redirect: 'follow', referrer: 'client', referrerPolicy: '', integrity: '',
        keepalive: false, destination: '', isHistoryNavigation: false, isReloadNavigation: false,
        priority: 'auto', body: null, signal: null,
      };
    }

    // RequestInit, members read in lexicographic order as WebIDL does.
    const dict = toDictionary(init, 'RequestInit', prefix);
    const I = { __proto__: null }; // the init's converted members: a setter on Object.prototype must not see them
    const read = (k, conv) => { const v = dict[k]; if (v !== undefined) I[k] = conv ? conv(v, k) : v; };
    const en = (v, k) => toEnum(v, ENUMS[k][0], ENUMS[k][1], k, 'RequestInit', prefix);
    read('body');
    read('cache', en);
    read('credentials', en);
    read('duplex', en);
    read('headers');
    read('integrity', (v) => String(v));
    read('keepalive', (v) => !!v);
    read('method', (v) => toByteString(v, prefix));
    read('mode', en);
    read('priority', en);
    read('redirect', en);
    read('referrer', (v) => toUSV(v));
    read('referrerPolicy', en);
    read('signal', (v) => {
      if (v === null) return null;
      if (!isAbortSignal(v)) {
        throw new TypeError(`${prefix}: Failed to read the 'signal' property from 'RequestInit': Failed to convert value to 'AbortSignal'.`);
      }
      return v;
    });
    read('window');
    if (I.body !== undefined && I.body !== null) I.bodyInit = I.body;
    const initNonEmpty = ObjectKeys(I).length > 0;

    if (initNonEmpty) {
      if (st.mode === 'navigate') st.mode = 'same-origin';
      st.isReloadNavigation = false;
      st.isHistoryNavigation = false;
      st.referrer = 'client';
      st.referrerPolicy = '';
    }
    if (I.referrer !== undefined) {
      if (I.referrer === '') st.referrer = 'no-referrer';
      else {
        const r = parseURL(I.referrer, base);
        if (r === null) throw new TypeError(`${prefix}: Referrer '${I.referrer}' is not a valid URL.`);
        if (r.href === 'about:client' || r.origin !== ownOrigin()) st.referrer = 'client';
        else st.referrer = r.href;
      }
    }
    if (I.referrerPolicy !== undefined) st.referrerPolicy = I.referrerPolicy;
    if (I.mode !== undefined) {
      if (I.mode === 'navigate') {
        throw new TypeError(`${prefix}: Cannot construct a Request with a RequestInit whose mode member is set as 'navigate'.`);
      }
      st.mode = I.mode;
    }
    if (I.credentials !== undefined) st.credentials = I.credentials;
    if (I.cache !== undefined) st.cache = I.cache;
    if (st.cache === 'only-if-cached' && st.mode !== 'same-origin') {
      throw new TypeError(`${prefix}: 'only-if-cached' can be set only with 'same-origin' mode`);
    }
    if (I.redirect !== undefined) st.redirect = I.redirect;
    if (I.integrity !== undefined) st.integrity = I.integrity;
    if (I.keepalive !== undefined) st.keepalive = I.keepalive;
    if (I.priority !== undefined) st.priority = I.priority;
    if (I.method !== undefined) {
      const m = I.method;
      if (!(RegExpPrototypeExec(TOKEN_RE, m) !== null)) throw new TypeError(`${prefix}: '${m}' is not a valid HTTP method.`);
      const up = StringPrototypeToUpperCase(m);
      if (FORBIDDEN_METHODS.has(up)) throw new TypeError(`${prefix}: '${m}' HTTP method is unsupported.`);
      st.method = METHOD_NORMALIZE.has(up) ? up : m;
    }
    if (I.signal !== undefined) signal = I.signal;

    // headers
    let headerSource = inputState ? headersSlots.get(inputState.headers).list.map((e) => e.slice()) : [];
    const headers = newHeaders('request');
    const hslot = headersSlots.get(headers);
    if (st.mode === 'no-cors') {
      if (st.method !== 'GET' && st.method !== 'HEAD' && st.method !== 'POST') {
        throw new TypeError(`${prefix}: '${st.method}' is unsupported in no-cors mode.`);
      }
      hslot.guard = 'request-no-cors';
    }
    if (initNonEmpty && I.headers !== undefined) {
      if (headersSlots.has(I.headers)) {
        const from = headersSlots.get(I.headers).list;
        for (let i = 0; i < from.length; i++) headersAppend(hslot, from[i][0], from[i][1], prefix);
      } else {
        fillHeaders(hslot, I.headers, prefix);
      }
    } else if (initNonEmpty) {
      for (const [n, v] of headerSource) headersAppend(hslot, n, v, prefix);
    } else {
      hslot.list = headerSource;
    }
    st.headers = headers;

    // body
    const inputBody = inputState ? inputState.body : null;
    if ((I.bodyInit !== undefined || inputBody !== null) && (st.method === 'GET' || st.method === 'HEAD')) {
      throw new TypeError(`${prefix}: Request with GET/HEAD method cannot have body.`);
    }
    let body = null;
    if (I.bodyInit !== undefined) {
      const ex = extractBody(I.bodyInit);
      if (ex.bytes === null) {
        if (I.duplex === undefined) throw new TypeError(`${prefix}: The \`duplex\` member must be specified for a request with a streaming body`);
        if (bodyUnusable(newStreamBody(ex.stream))) throw new TypeError(`${prefix}: Request body object should not be disturbed or locked`);
      }
      body = ex.bytes === null ? newStreamBody(ex.stream) : newBody(ex.bytes);
      if (ex.type !== null && !listHas(hslot.list, 'content-type')) ArrayPrototypePush(hslot.list, ['content-type', ex.type]);
    } else if (inputBody !== null) {
      if (bodyUnusable(inputBody)) {
        throw new TypeError(`${prefix}: Cannot construct a Request with a Request object that has already been used.`);
      }
      // the input's body is transferred: it now counts as used
      if (inputBody.bytes === null) {
        body = takeOverStreamBody(inputBody);
      } else {
        body = newBody(inputBody.bytes);
        if (inputBody.stream !== null) $.streams().getReader(inputBody.stream);
        inputBody.disturbed = true;
      }
    }
    st.body = body;
    st.signal = followingSignal(signal);
    requestSlots.set(self, st);
    $.brand(self, Request);
    return st;
  }

  function Request(input, init = undefined) {
    if (!new.target) throw new TypeError(`${ctorMsg('Request')}: ${NEW_MSG}`);
    $.requireArgs(arguments, 1, 'Request');
    constructRequest(this, input, init, ctorMsg('Request'));
  }
  function requestSlot(r) {
    const s = requestSlots.get(r);
    if (!s) throw new TypeError('Illegal invocation');
    return s;
  }
  const requestMembers = collect({
    get method() { return requestSlot(this).method; },
    get url() { return requestSlot(this).url; },
    get headers() { return requestSlot(this).headers; },
    get destination() { return requestSlot(this).destination; },
    get referrer() {
      const r = requestSlot(this).referrer;
      return r === 'no-referrer' ? '' : r === 'client' ? 'about:client' : r;
    },
    get referrerPolicy() { return requestSlot(this).referrerPolicy; },
    get mode() { return requestSlot(this).mode; },
    get credentials() { return requestSlot(this).credentials; },
    get cache() { return requestSlot(this).cache; },
    get redirect() { return requestSlot(this).redirect; },
    get integrity() { return requestSlot(this).integrity; },
    get keepalive() { return requestSlot(this).keepalive; },
    get signal() {
      const st = requestSlot(this);
      if (st.signal === undefined) st.signal = followingSignal(null); // (made when first read: $.makeRequestFrom)
      return st.signal;
    },
    get duplex() { requestSlot(this); return 'half'; },
    get isHistoryNavigation() { return requestSlot(this).isHistoryNavigation; },
    get targetAddressSpace() { requestSlot(this); return 'unknown'; },
    get isReloadNavigation() { return requestSlot(this).isReloadNavigation; },
  }, {
    clone() {
      const st = requestSlot(this);
      if (bodyUnusable(st.body)) throw new TypeError(`${execMsg('Request', 'clone')}: Request body is already used`);
      const r = ObjectCreate(ObjectGetPrototypeOf(this));
      const copy = ObjectAssign({ __proto__: null }, st); // a setter on Object.prototype must not see st's fields
      const hs = headersSlots.get(st.headers);
      copy.headers = newHeaders(hs.guard, ArrayPrototypeMap(hs.list, (e) => e.slice()));
      copy.body = cloneBody(st.body);
      copy.signal = followingSignal(st.signal);
      requestSlots.set(r, copy);
      $.brand(r, Request);
      return r;
    },
  });
  defineInOrder(Request.prototype, ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy', 'mode',
    'credentials', 'cache', 'redirect', 'integrity', 'keepalive', 'signal', 'duplex', 'isHistoryNavigation',
    'bodyUsed', 'arrayBuffer', 'blob', 'clone', 'formData', 'json', 'text', 'targetAddressSpace',
    'isReloadNavigation', 'body', 'bytes'], requestMembers, bodyMixin('Request', requestSlot));
  makeInterface(Request, 'Request');

  // ---------------------------------------------------------------- Response

  const responseSlots = new SafeWeakMap();
  const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);
  const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);

  function responseSlot(r) {
    const s = responseSlots.get(r);
    if (!s) throw new TypeError('Illegal invocation');
    return s;
  }

  function makeResponse(st, proto) {
    const r = ObjectCreate(proto || Response.prototype);
    responseSlots.set(r, st);
    $.brand(r, Response);
    return r;
  }

  function baseResponseState() {
    return { __proto__: null, type: 'default', url: '', urlList: [], status: 200, statusText: '', headers: newHeaders('response'), body: null };
  }

  // "initialize a response"
  function initializeResponse(st, init, bodyEx, prefix) {
    const dict = toDictionary(init, 'ResponseInit', prefix);
    const headersInit = dict.headers;
    let status = 200, statusText = '';
    if (dict.status !== undefined) status = toUnsignedShort(dict.status);
    if (dict.statusText !== undefined) {
      try { statusText = toByteString(dict.statusText, prefix); } catch (e) {
        throw new TypeError(`${prefix}: Failed to read the 'statusText' property from 'ResponseInit': String contains non ISO-8859-1 code point.`);
      }
    }
    if (status < 200 || status > 599) {
      throw new RangeError(`${prefix}: The status provided (${status}) is outside the range [200, 599].`);
    }
    if (!(RegExpPrototypeExec(/^[\t\x20-\x7E\x80-\xFF]*$/, statusText) !== null)) throw new TypeError(`${prefix}: Invalid statusText`);
    st.status = status;
    // Chromium stores the statusText as UTF-8 and reads it back as Latin-1.
    st.statusText = isomorphicDecode(utf8Encode(statusText));
    const hslot = headersSlots.get(st.headers);
    if (headersInit !== undefined) fillHeaders(hslot, headersInit, prefix);
    if (bodyEx !== null) {
      if (NULL_BODY_STATUS.has(status)) throw new TypeError(`${prefix}: Response with null body status cannot have body`);
      st.body = bodyEx.bytes === null ? newStreamBody(bodyEx.stream) : newBody(bodyEx.bytes);
      if (bodyEx.type !== null && !listHas(hslot.list, 'content-type')) ArrayPrototypePush(hslot.list, ['content-type', bodyEx.type]);
    }
  }

  function Response(body = null, init = undefined) {
    if (!new.target) throw new TypeError(`${ctorMsg('Response')}: ${NEW_MSG}`);
    const prefix = ctorMsg('Response');
    const bodyEx = body === null || body === undefined ? null : extractBody(body);
    if (bodyEx !== null && bodyEx.bytes === null && bodyUnusable(newStreamBody(bodyEx.stream))) {
      throw new TypeError(`${prefix}: Response body object should not be disturbed or locked`);
    }
    const st = baseResponseState();
    responseSlots.set(this, st);
    $.brand(this, Response);
    initializeResponse(st, init, bodyEx, prefix);
  }

  const responseMembers = collect({
    get type() { return responseSlot(this).type; },
    get url() { const u = responseSlot(this).url; return u === '' ? '' : stripFragment(u); },
    get redirected() { return responseSlot(this).urlList.length > 1; },
    get status() { return responseSlot(this).status; },
    get ok() { const s = responseSlot(this).status; return s >= 200 && s <= 299; },
    get statusText() { return responseSlot(this).statusText; },
    get headers() { return responseSlot(this).headers; },
  }, {
    clone() {
      const st = responseSlot(this);
      if (bodyUnusable(st.body)) throw new TypeError(`${execMsg('Response', 'clone')}: Response body is already used`);
      const copy = ObjectAssign({ __proto__: null }, st); // a setter on Object.prototype must not see st's fields
      const hs = headersSlots.get(st.headers);
      copy.headers = newHeaders(hs.guard, ArrayPrototypeMap(hs.list, (e) => e.slice()));
      copy.urlList = st.urlList.slice();
      copy.body = cloneBody(st.body);
      if (copy.body && st.body.abortSignal) trackAbort(copy.body, st.body.abortSignal);
      return makeResponse(copy, ObjectGetPrototypeOf(this));
    },
  });
  defineInOrder(Response.prototype, ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers', 'body',
    'bodyUsed', 'arrayBuffer', 'blob', 'clone', 'formData', 'json', 'text', 'bytes'],
  responseMembers, bodyMixin('Response', responseSlot));
  $.defineMethods(Response, {
    error() {
      const st = baseResponseState();
      st.type = 'error';
      st.status = 0;
      headersSlots.get(st.headers).guard = 'immutable';
      return makeResponse(st);
    },
    json(data, init = undefined) {
      const prefix = execMsg('Response', 'json');
      $.requireArgs(arguments, 1, 'Response', 'json');
      let text;
      try { text = JSONStringify(data); } catch (e) {
        if (typeof e === 'object' && e !== null && e instanceof TypeError && (RegExpPrototypeExec(/bigint/i, e.message) !== null)) {
          throw new TypeError(`${prefix}: Do not know how to serialize a BigInt`);
        }
        if (e instanceof TypeError) throw new TypeError(`${prefix}: ${e.message}`);
        throw e;
      }
      if (text === undefined) throw new TypeError(`${prefix}: The data is not JSON serializable`);
      const st = baseResponseState();
      initializeResponse(st, init, { bytes: utf8Encode(text), type: 'application/json' }, prefix);
      return makeResponse(st);
    },
    redirect(url, status = 302) {
      const prefix = execMsg('Response', 'redirect');
      $.requireArgs(arguments, 1, 'Response', 'redirect');
      const s = toUSV(url);
      const code = toUnsignedShort(status);
      const parsed = parseURL(s, baseURL());
      if (parsed === null) throw new TypeError(`${prefix}: Failed to parse URL from ${s}`);
      if (!REDIRECT_STATUS.has(code)) throw new RangeError(`${prefix}: Invalid status code`);
      const st = baseResponseState();
      st.status = code;
      const hs = headersSlots.get(st.headers);
      ArrayPrototypePush(hs.list, ['location', parsed.href]);
      hs.guard = 'immutable';
      return makeResponse(st);
    },
  });
  makeInterface(Response, 'Response');

  // For the service worker (serviceworker.js): the Request its fetch event carries, and the parts of the
  // Response respondWith was given.
  $.makeRequest = function (url, method, headers, body, destination) {
    const r = Object.create(Request.prototype);
    constructRequest(r, url, { method, headers, body: body === null || method === 'GET' || method === 'HEAD' ? undefined : body }, '');
    requestSlots.get(r).destination = destination;
    return r;
  };
  /**
   * The Request of a service worker's fetch event, built from the client's request as the network saw it (an
   * absolute, serialized URL; [[lowercase name, value]] headers), without the constructor's parsing and checks: its
   * headers are immutable, its signal is made when first read.
   */
  $.makeRequestFrom = function (url, method, headers, bytes, destination, mode) {
    const r = ObjectCreate(Request.prototype);
    requestSlots.set(r, {
      method, url, headers: newHeaders('immutable', headers), mode, credentials: 'same-origin',
      cache: 'default', redirect: mode === 'navigate' ? 'manual' : 'follow', referrer: 'client', referrerPolicy: '',
      integrity: '', keepalive: false, destination, isHistoryNavigation: false, isReloadNavigation: false,
      priority: 'auto', body: bytes === null ? null : newBody(bytes), signal: undefined,
    });
    $.brand(r, Request);
    return r;
  };
  $.isResponse = (v) => responseSlots.has(v);
  /** A Response from stored parts (cache.js): {type, url, status, statusText, headers, bytes}. */
  $.makeResponseFrom = function (p) {
    const st = baseResponseState();
    st.type = p.type;
    st.url = p.url;
    st.urlList = p.url === '' ? [] : [p.url];
    st.status = p.status;
    st.statusText = p.statusText;
    const hs = headersSlots.get(st.headers);
    hs.list = p.headers;
    hs.guard = 'immutable';
    st.body = p.bytes === null ? null : newBody(p.bytes);
    return makeResponse(st);
  };
  /**
   * {status, statusText, headers, bytes, url, type} of a Response, its body now used; throws if it was already.
   * For a body made from a ReadableStream, `bytes` is a promise of them (the stream read to its end).
   */
  $.takeResponse = function (r) {
    const st = responseSlots.get(r);
    if (bodyUnusable(st.body)) throw new TypeError('body already used');
    let bytes = null;
    if (st.body !== null && st.body.bytes === null) {
      bytes = consumeBody(st.body, 'Response', 'body');
    } else if (st.body !== null) {
      if (st.body.stream !== null) $.streams().getReader(st.body.stream);
      st.body.disturbed = true;
      bytes = st.body.bytes;
    }
    return {
      __proto__: null, status: st.status, statusText: st.statusText, headers: headersSlots.get(st.headers).list,
      bytes, url: st.url, type: st.type,
    };
  };

  // ---------------------------------------------------------------- fetch

  function networkError() { return new TypeError('Failed to fetch'); }

  function userAbortError() { return domException('The user aborted a request.', 'AbortError'); }

  function trackAbort(body, signal) {
    body.abortSignal = signal;
    if (signal.aborted) { body.error = userAbortError(); return; }
    signal.addEventListener('abort', () => {
      if (!body.done) body.error = userAbortError();
    }, { once: true });
  }

  const CORS_SAFELISTED_RESPONSE = new Set(['cache-control', 'content-language', 'content-length',
    'content-type', 'expires', 'last-modified', 'pragma']);

  // url.js's parser and serializer, which no page patch of URL.prototype reaches (the Node tests of this file
  // run without url.js: a URL object there)
  function originOf(href) {
    if (typeof $.originOfHref === 'function') return $.originOfHref(href);
    const u = parseURL(href);
    return u === null ? null : u.origin;
  }

  function sameOrigin(href) {
    const origin = originOf(href);
    return origin !== null && origin !== 'null' && origin === ownOrigin();
  }

  function basicResponse(urlList, status, statusText, list, bytes) {
    const st = baseResponseState();
    st.type = 'basic';
    st.urlList = urlList;
    st.url = urlList[urlList.length - 1];
    st.status = status;
    st.statusText = statusText;
    const hs = headersSlots.get(st.headers);
    hs.list = ArrayPrototypeFilter(list, (e) => !isForbiddenResponseHeader(e[0]));
    hs.guard = 'immutable';
    st.body = bytes === null ? null : newBody(bytes);
    return st;
  }

  /** Calls `fn` in a microtask (as a promise reaction would), with no value on the promise. */
  const later = (fn) => { PromisePrototypeThen(PromiseResolve(), fn); };

  function normalizeNetHeaders(h) {
    const out = [];
    if (!h) return out;
    for (let i = 0; i < h.length; i++) out[i] = [StringPrototypeToLowerCase(String(h[i][0])), String(h[i][1])];
    return out;
  }

  /**
   * The network half of fetch, shared with XMLHttpRequest (xhr.js). req: {method, url, headers: [[name, value]],
   * body: Uint8Array|null, mode, credentials, redirect}. transport(netReq, done, fail) delivers the raw response
   * ({url, status, statusText, headers, body, redirected}) now or later. Calls done(response state) or
   * fail(TypeError('Failed to fetch')) — synchronously for data: URLs, early errors and a synchronous transport.
   */
  function fetchResponse(req, transport, done, fail) {
    const scheme = schemeOf(req.url);
    if (scheme === 'data') {
      const parsed = parseDataURL(req.url);
      if (parsed === null) { fail(networkError()); return; }
      done(basicResponse([stripFragment(req.url)], 200, 'OK', [['content-type', parsed.mimeType]], parsed.body));
      return;
    }
    if (scheme !== 'http' && scheme !== 'https' && scheme !== 'blob') { fail(networkError()); return; }
    const isBlob = scheme === 'blob';
    if (isBlob && req.method !== 'GET') { fail(networkError()); return; }
    const url = stripFragment(req.url);
    const crossOrigin = !isBlob && !sameOrigin(url);
    if (crossOrigin && req.mode === 'same-origin') { fail(networkError()); return; }
    const own = req.headers;
    const list = InternalArray();
    for (let i = 0; i < own.length; i++) list[i] = InternalArray(own[i][0], own[i][1]);
    if (!listHas(list, 'accept')) ArrayPrototypePush(list, InternalArray('accept', '*/*'));
    if (!isBlob && (crossOrigin && req.mode === 'cors' || (req.method !== 'GET' && req.method !== 'HEAD'))) {
      if (!listHas(list, 'origin')) ArrayPrototypePush(list, InternalArray('origin', ownOrigin()));
    }
    transport({ __proto__: null, method: req.method, url, headers: list, body: req.body, redirect: req.redirect }, (res) => {
      let rst;
      try { rst = processNetResponse(req, res, url, isBlob); } catch (err) { fail(err); return; }
      done(rst);
    }, (err) => fail(err instanceof TypeError ? err : networkError()));
  }

  /** fetchResponse over the asynchronous transport; done/fail never run before a microtask has passed. */
  function fetchResponseAsync(req, done, fail) {
    let sync = true;
    const defer = (fn) => (x) => { if (sync) later(() => fn(x)); else fn(x); };
    if (typeof $.netFetch !== 'function') later(() => fail(networkError()));
    else fetchResponse(req, $.netFetch, defer(done), defer(fail));
    sync = false;
  }
  $.fetchResponse = fetchResponse;
  $.fetchResponseAsync = fetchResponseAsync;
  $.headerList = (headers) => headersSlots.get(headers).list;
  $.isForbiddenRequestHeader = isForbiddenRequestHeader;
  $.parseMimeType = parseMimeType;
  $.serializeMimeType = serializeMimeType;
  $.utf8Decode = utf8Decode;
  $.isHeaderName = (name) => RegExpPrototypeExec(TOKEN_RE, name) !== null;

  function processNetResponse(st, res, url, isBlob) {
    const finalURL = stripFragment(String(res.url || url));
    const status = res.status | 0;
    const statusText = res.statusText === undefined || res.statusText === null ? '' : String(res.statusText);
    const hlist = normalizeNetHeaders(res.headers);
    // (no instanceof: a page could give Uint8Array a Symbol.hasInstance and be handed the body)
    const bytes = TypedArrayPrototypeGetSymbolToStringTag(res.body) === 'Uint8Array' ? res.body
      : res.body ? new Uint8Array(res.body) : new Uint8Array(0);
    const urlList = res.redirected ? [url, finalURL] : [finalURL];
    if (st.redirect === 'manual' && REDIRECT_STATUS.has(status) && listHas(hlist, 'location')) {
      const o = baseResponseState();
      o.type = 'opaqueredirect';
      o.status = 0;
      o.urlList = [url];
      o.url = url;
      headersSlots.get(o.headers).guard = 'immutable';
      return o;
    }
    if (st.redirect === 'error' && res.redirected) throw networkError();
    const finalCross = !isBlob && !sameOrigin(finalURL);
    if (!finalCross || isBlob) return basicResponse(urlList, status, statusText, hlist, bytes);
    if (st.mode === 'same-origin') throw networkError();
    if (st.mode === 'no-cors') {
      const o = baseResponseState();
      o.type = 'opaque';
      o.status = 0;
      headersSlots.get(o.headers).guard = 'immutable';
      return o;
    }
    // CORS check
    const acao = listGet(hlist, 'access-control-allow-origin');
    const withCreds = st.credentials === 'include';
    if (acao === null) throw networkError();
    if (!(acao === '*' && !withCreds) && acao !== ownOrigin()) throw networkError();
    if (withCreds && listGet(hlist, 'access-control-allow-credentials') !== 'true') throw networkError();
    const names = StringPrototypeSplit(listGet(hlist, 'access-control-expose-headers') || '', ',');
    const expose = InternalArray();
    for (let i = 0; i < names.length; i++) {
      const x = StringPrototypeToLowerCase(StringPrototypeTrim(names[i]));
      if (x !== '') ArrayPrototypePush(expose, x);
    }
    const exposeAll = ArrayPrototypeIncludes(expose, '*') && !withCreds;
    const shown = [];
    for (let i = 0; i < hlist.length; i++) {
      const e = hlist[i];
      if (CORS_SAFELISTED_RESPONSE.has(e[0]) || exposeAll && !isForbiddenResponseHeader(e[0]) ||
        ArrayPrototypeIncludes(expose, e[0])) shown[shown.length] = e;
    }
    const o = basicResponse(urlList, status, statusText, shown, bytes);
    o.type = 'cors';
    return o;
  }

  function fetchImpl(input, init) {
    const prefix = execMsg(GLOBAL_IFACE, 'fetch');
    return new Promise((resolve, reject) => {
      const req = ObjectCreate(Request.prototype);
      const st = constructRequest(req, input, init, prefix);
      // fetching consumes the request's body (a stream body is read whole first: no upload streaming)
      let streamBytes = null;
      if (st.body !== null) {
        if (st.body.bytes === null) {
          streamBytes = readAllBytes(st.body.stream);
          st.body.disturbed = true;
        } else {
          if (st.body.stream !== null) $.streams().getReader(st.body.stream);
          st.body.disturbed = true;
          st.body = newBody(st.body.bytes);
        }
      }
      const signal = st.signal;
      if (signal && signal.aborted) { reject(signal.reason); return; }
      let settled = false;
      if (signal) {
        signal.addEventListener('abort', () => {
          if (settled) return;
          settled = true;
          reject(signal.reason);
        }, { once: true });
      }
      const done = (rst) => {
        if (settled) return;
        settled = true;
        if (rst.body !== null && signal) trackAbort(rst.body, signal);
        resolve(makeResponse(rst));
      };
      const fail = (err) => {
        if (settled) return;
        settled = true;
        reject(err);
      };
      const send = (bytes) => fetchResponseAsync({
        __proto__: null, method: st.method, url: st.url, headers: headersSlots.get(st.headers).list,
        body: bytes, mode: st.mode, credentials: st.credentials, redirect: st.redirect,
      }, done, fail);
      if (streamBytes === null) send(st.body === null ? null : st.body.bytes);
      else PromisePrototypeThen(streamBytes, send, fail);
    });
  }

  $.defineGlobal('fetch', {
    fetch(input, init = undefined) {
      if (arguments.length < 1) {
        return PromiseReject(new TypeError(`${execMsg(GLOBAL_IFACE, 'fetch')}: 1 argument required, but only 0 present.`));
      }
      return fetchImpl(input, init);
    },
  }.fetch);
  ObjectDefineProperty(g, 'fetch', { enumerable: true });
});
