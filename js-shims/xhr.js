// xhr.js — XMLHttpRequest, XMLHttpRequestEventTarget, XMLHttpRequestUpload and ProgressEvent, as Chromium has them,
// in windows and workers.
//
// A request goes through fetch.js's network half ($.fetchResponse: data: URLs, CORS, the response filtering) with
// one of two transports: asynchronous ($.netFetch, on the browser's I/O threads; the events follow in tasks of this
// agent) or synchronous (AgentBridge.xhrSend → ext/Xhr.java, which blocks this agent's thread, and only it, until the
// response, a network error or the timeout). Bodies are fetch.js's ($.extractBody), so are header checks.
(function (g, $) {
  'use strict';
  const host = $.host;
  const isWindow = $.agentKind === 'window';
  // Every path that runs after start-up uses intrinsics captured before page code ran and keeps its records (null
  // prototype) and lists (InternalArray, walked by index) away from anything the page can replace (js-shims/README.md).
  const { ArrayPrototypeIncludes, ArrayPrototypePush, ArrayPrototypeSort, InternalArray, JSONParse, MathMax, MathTrunc,
    Number, NumberIsFinite, ObjectCreate, ReflectConstruct, RegExpPrototypeExec, SafeMap, SafeSet, SafeWeakMap, String,
    StringPrototypeIndexOf, StringPrototypeReplace, StringPrototypeSlice, StringPrototypeStartsWith,
    StringPrototypeToLowerCase, StringPrototypeToUpperCase, TypeError, TypedArrayPrototypeGetBuffer, Uint8Array,
    hardenRegExp, uncurryThis } = $.primordials;
  const TextDecoderCtor = g.TextDecoder;
  const TextDecoderPrototypeDecode = typeof TextDecoderCtor === 'function' ? uncurryThis(TextDecoderCtor.prototype.decode) : null;
  const URLCtor = g.URL;
  const urlAccessor = (name) => Object.getOwnPropertyDescriptor(URLCtor.prototype, name);
  const URLPrototypeGetHref = uncurryThis(urlAccessor('href').get);
  const URLPrototypeSetUsername = uncurryThis(urlAccessor('username').set);
  const URLPrototypeSetPassword = uncurryThis(urlAccessor('password').set);
  const NON_LATIN1 = hardenRegExp(/[^\x00-\xFF]/);
  const DIGITS = hardenRegExp(/^\d+$/);
  const HTTP_WHITESPACE_AROUND = hardenRegExp(/^[\t\n\r ]+|[\t\n\r ]+$/g);
  const BAD_HEADER_VALUE = hardenRegExp(/[\0\r\n]/);

  const UNSENT = 0, OPENED = 1, HEADERS_RECEIVED = 2, LOADING = 3, DONE = 4;
  const FORBIDDEN_METHODS = new SafeSet(['CONNECT', 'TRACE', 'TRACK']);
  const NORMALIZED_METHODS = new SafeSet(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
  const RESPONSE_TYPES = InternalArray('', 'arraybuffer', 'blob', 'document', 'json', 'text');
  const DEPRECATION = "[Deprecation] Synchronous XMLHttpRequest on the main thread is deprecated because of its detrimental effects to the end user's experience. For more help, check https://xhr.spec.whatwg.org/.";
  let warnedSync = false;

  const opPrefix = (op) => `Failed to execute '${op}' on 'XMLHttpRequest': `;
  const getPrefix = (attr) => `Failed to read the '${attr}' property from 'XMLHttpRequest': `;
  const setPrefix = (attr) => `Failed to set the '${attr}' property on 'XMLHttpRequest': `;
  const NEW_MSG = "Please use the 'new' operator, this DOM object constructor cannot be called as a function.";
  const illegalConstructor = (name) => new TypeError(`Failed to construct '${name}': Illegal constructor`);
  const toByteString = (v, prefix) => {
    const s = String(v);
    if (RegExpPrototypeExec(NON_LATIN1, s) !== null) throw new TypeError(`${prefix}String contains non ISO-8859-1 code point.`);
    return s;
  };
  const toUnsignedLong = (v) => {
    const x = MathTrunc(Number(v));
    return NumberIsFinite(x) ? ((x % 4294967296) + 4294967296) % 4294967296 : 0;
  };

  // ---- ProgressEvent -----------------------------------------------------------------------------------
  const ProgressEvent = $.defineEventInterface({
    name: 'ProgressEvent', dict: 'ProgressEventInit',
    members: [
      { name: 'lengthComputable', conv: (v) => !!v, def: () => false },
      { name: 'loaded', conv: (v) => MathMax(0, MathTrunc(Number(v)) || 0), def: () => 0 },
      { name: 'total', conv: (v) => MathMax(0, MathTrunc(Number(v)) || 0), def: () => 0 },
    ],
    attributes: ['lengthComputable', 'loaded', 'total'],
  });
  $.ProgressEvent = ProgressEvent; // file.js's FileReader fires the same interface
  function fireProgress(target, type, loaded, total, lengthComputable) {
    $.dispatchTrusted(target, $.createEvent(ProgressEvent, type, { __proto__: null, lengthComputable, loaded, total }));
  }

  // ---- XMLHttpRequestEventTarget / XMLHttpRequestUpload ---------------------------------------------------
  const EventTarget = g.EventTarget;
  function defineInterface(name, Ctor, Parent) {
    Object.setPrototypeOf(Ctor, Parent);
    Ctor.prototype = Object.create(Parent.prototype, { constructor: { value: Ctor, writable: true, configurable: true } });
    Object.defineProperty(Ctor, 'prototype', { writable: false });
    $.toStringTag(Ctor, name);
    $.defineGlobal(name, Ctor);
    return Ctor;
  }
  const XMLHttpRequestEventTarget = defineInterface('XMLHttpRequestEventTarget',
    function XMLHttpRequestEventTarget() { throw illegalConstructor('XMLHttpRequestEventTarget'); }, EventTarget);
  for (const t of ['loadstart', 'progress', 'abort', 'error', 'load', 'timeout', 'loadend']) {
    $.defineEventHandler(XMLHttpRequestEventTarget.prototype, t);
  }
  const XMLHttpRequestUpload = defineInterface('XMLHttpRequestUpload',
    function XMLHttpRequestUpload() { throw illegalConstructor('XMLHttpRequestUpload'); }, XMLHttpRequestEventTarget);

  // ---- XMLHttpRequest ------------------------------------------------------------------------------------
  const slots = new SafeWeakMap(); // XMLHttpRequest -> its record (null prototype)
  function slot(x) {
    const s = slots.get(x);
    if (s === undefined) throw new TypeError('Illegal invocation');
    return s;
  }

  function XMLHttpRequest() {
    if (!new.target) throw new TypeError(`Failed to construct 'XMLHttpRequest': ${NEW_MSG}`);
    const self = ReflectConstruct(EventTarget, [], new.target);
    const upload = ObjectCreate(XMLHttpRequestUpload.prototype);
    $.initEventTarget(upload);
    slots.set(self, {
      __proto__: null, upload, state: UNSENT, sendFlag: false, async: true, method: 'GET', url: '', headers: InternalArray(),
      timeout: 0, withCredentials: false, responseType: '', overrideMime: null,
      response: null, // a response state of fetch.js, or 'error'
      bytes: null, cached: undefined, textOf: null, text: '', request: null,
      uploadComplete: false, uploadEvents: false, timer: 0, sentAt: 0,
    });
    return self;
  }
  defineInterface('XMLHttpRequest', XMLHttpRequest, XMLHttpRequestEventTarget);
  for (const [name, value] of [['UNSENT', UNSENT], ['OPENED', OPENED], ['HEADERS_RECEIVED', HEADERS_RECEIVED], ['LOADING', LOADING], ['DONE', DONE]]) {
    for (const o of [XMLHttpRequest, XMLHttpRequest.prototype]) Object.defineProperty(o, name, { value, enumerable: true });
  }
  $.defineEventHandler(XMLHttpRequest.prototype, 'readystatechange');

  function changeState(x, s, state) {
    s.state = state;
    $.fireEvent(x, 'readystatechange');
  }

  /** Ends whatever request is in flight: its late response, events and timer no longer apply. */
  function terminate(s) {
    s.request = null;
    if (s.timer) { host.clearTimer(s.timer); s.timer = 0; }
  }

  function sameOrigin(href) {
    const origin = $.originOfHref(href);
    return origin !== null && origin === $.locationOrigin(); // (a blob: URL's origin is its inner URL's)
  }

  // ---- the response --------------------------------------------------------------------------------------
  const headerList = (s) => (s.response === null || s.response === 'error' ? InternalArray() : $.headerList(s.response.headers));

  function finalMime(s) {
    const raw = s.overrideMime !== null ? s.overrideMime : combinedHeader(headerList(s), 'content-type');
    return (raw && $.parseMimeType(raw)) || null;
  }

  /** A parsed MIME type's parameter value, or null. */
  function mimeParam(mime, name) {
    const params = mime.params;
    for (let i = 0; i < params.length; i++) if (params[i][0] === name) return params[i];
    return null;
  }

  // a decoder per encoding (decode without {stream} keeps no state between calls), keyed by its name, not by the
  // server's label, so the map stays as small as the list of encodings; null: an unknown label (UTF-8)
  const decoders = new SafeMap();
  function decoderFor(label) {
    const name = $.getEncodingName(label);
    if (name === null) return null;
    if (!decoders.has(name)) {
      let d = null;
      try { d = new TextDecoderCtor(name); } catch (e) { /* "replacement": UTF-8 */ }
      decoders.set(name, d);
    }
    return decoders.get(name);
  }

  function text(s) {
    if (s.bytes === null || s.bytes.length === 0) return '';
    // once DONE the bytes, MIME type and response type are final: the text is decoded once
    if (s.state === DONE && s.textOf === s.bytes) return s.text;
    const mime = finalMime(s);
    const charset = mime && mimeParam(mime, 'charset');
    const decoder = charset && TextDecoderPrototypeDecode !== null ? decoderFor(charset[1]) : null;
    const result = decoder !== null ? TextDecoderPrototypeDecode(decoder, s.bytes) : $.utf8Decode(s.bytes);
    if (s.state === DONE) { s.textOf = s.bytes; s.text = result; }
    return result;
  }

  function responseObject(s) {
    if (s.state !== DONE || s.response === 'error' || s.bytes === null) return null;
    switch (s.responseType) {
      case 'arraybuffer':
        if (s.cached === undefined) s.cached = TypedArrayPrototypeGetBuffer(new Uint8Array(s.bytes));
        return s.cached;
      case 'blob':
        if (s.cached === undefined) {
          const mime = finalMime(s);
          s.cached = $.makeBlob(new Uint8Array(s.bytes), mime ? mime.type + '/' + mime.subtype : '');
        }
        return s.cached;
      case 'json':
        // Chromium parses again on every read (a new object each time)
        try { return s.bytes.length === 0 ? null : JSONParse($.utf8Decode(s.bytes)); } catch (e) { return null; }
      default: // document: no DOM in the harness
        return null;
    }
  }

  function combinedHeader(list, name) {
    let out = null;
    for (let i = 0; i < list.length; i++) if (list[i][0] === name) out = out === null ? list[i][1] : out + ', ' + list[i][1];
    return out;
  }

  // ---- send ----------------------------------------------------------------------------------------------
  function requestBody(s, body) {
    if (s.method === 'GET' || s.method === 'HEAD' || body === undefined || body === null) return null;
    const ex = $.extractBody(body);
    const i = headerIndex(s.headers, 'content-type');
    if (i < 0) {
      if (ex.type !== null) ArrayPrototypePush(s.headers, InternalArray('Content-Type', ex.type));
    } else if (typeof body === 'string') {
      const m = $.parseMimeType(s.headers[i][1]);
      const cs = m && mimeParam(m, 'charset');
      if (cs && StringPrototypeToLowerCase(cs[1]) !== 'utf-8') {
        cs[1] = 'UTF-8';
        s.headers[i] = InternalArray(s.headers[i][0], $.serializeMimeType(m));
      }
    }
    return ex.bytes;
  }

  /** The index of header `lower` (a lowercase name) in an author header list, or -1. */
  function headerIndex(list, lower) {
    for (let i = 0; i < list.length; i++) if (StringPrototypeToLowerCase(list[i][0]) === lower) return i;
    return -1;
  }

  /** Synchronous transport: this agent's thread waits in Java; nothing else of this agent runs meanwhile. */
  function syncTransport(timeout, outcome) {
    return (net, done, fail) => {
      const r = host.xhrSend(net.method, net.url, net.headers, $.hostBytes(net.body), timeout);
      if (r === 'timeout') outcome.timedOut = true;
      if (r === 'timeout' || r === 'network') fail(new TypeError('Failed to fetch'));
      else done($.fromHostResponse(r, net.url));
    };
  }

  function send(x, s, body) {
    if (s.state !== OPENED || s.sendFlag) throw new $.DOMException(opPrefix('send') + "The object's state must be OPENED.", 'InvalidStateError');
    const bytes = requestBody(s, body);
    const headers = InternalArray();
    for (let i = 0; i < s.headers.length; i++) headers[i] = InternalArray(StringPrototypeToLowerCase(s.headers[i][0]), s.headers[i][1]);
    const req = {
      __proto__: null, method: s.method, url: s.url, headers, body: bytes,
      mode: 'cors', credentials: s.withCredentials ? 'include' : 'same-origin', redirect: 'follow',
    };
    const uploadListeners = $.hasEventListeners(s.upload);
    s.uploadComplete = false;
    s.uploadEvents = sameOrigin(s.url) || (uploadListeners && bytes !== null);
    s.sendFlag = true;
    if (!s.async) return sendSync(x, s, req);
    const request = { __proto__: null };
    s.request = request;
    fireProgress(x, 'loadstart', 0, 0, false);
    if (uploadListeners && bytes !== null && !s.uploadComplete && s.request === request) {
      fireProgress(s.upload, 'loadstart', 0, bytes.length, true);
    }
    if (s.state !== OPENED || s.request !== request) return;
    s.sentAt = host.now();
    armTimeout(x, s);
    $.fetchResponseAsync(req, (res) => {
      if (s.request !== request) return;
      receive(x, s, request, res, bytes);
    }, () => {
      if (s.request === request) requestError(x, s, 'error');
    });
  }

  function armTimeout(x, s) {
    if (s.timer) { host.clearTimer(s.timer); s.timer = 0; }
    if (!s.async || s.timeout === 0 || s.request === null) return;
    const request = s.request;
    const id = $.nextTimerId();
    s.timer = id;
    host.setTimer(id, MathMax(0, s.timeout - (host.now() - s.sentAt)), () => {
      if (s.timer === id) s.timer = 0;
      if (s.request === request) requestError(x, s, 'timeout');
    });
  }

  /** An asynchronous response: headers, then the body, then the end, each in its own task as Chromium's arrive. */
  function receive(x, s, request, res, requestBytes) {
    const live = () => s.request === request;
    if (requestBytes !== null && !s.uploadComplete) {
      s.uploadComplete = true;
      if (s.uploadEvents) {
        fireProgress(s.upload, 'progress', requestBytes.length, requestBytes.length, true);
        if (live()) fireProgress(s.upload, 'load', requestBytes.length, requestBytes.length, true);
        if (live()) fireProgress(s.upload, 'loadend', requestBytes.length, requestBytes.length, true);
      }
      if (!live()) return;
    }
    s.response = res;
    s.bytes = new Uint8Array(0);
    changeState(x, s, HEADERS_RECEIVED);
    const body = res.body === null ? new Uint8Array(0) : res.body.bytes;
    const progress = progressTotal(s, res, body);
    const total = progress.total, computable = progress.computable;
    $.postTask(() => {
      if (!live()) return;
      if (body.length > 0) {
        s.bytes = body;
        changeState(x, s, LOADING);
        if (!live()) return;
        fireProgress(x, 'progress', body.length, total, computable);
      }
      $.postTask(() => {
        if (!live()) return;
        finish(x, s, total, computable);
      });
    });
  }

  /** A progress event's total: the Content-Length (a data: URL's length), else 0 and not computable. */
  function progressTotal(s, res, body) {
    const cl = combinedHeader(headerList(s), 'content-length');
    if (cl !== null && RegExpPrototypeExec(DIGITS, cl) !== null) return { __proto__: null, total: Number(cl), computable: true };
    if (StringPrototypeStartsWith(res.urlList[0], 'data:')) return { __proto__: null, total: body.length, computable: true };
    return { __proto__: null, total: 0, computable: false };
  }

  function finish(x, s, total, computable) {
    terminate(s);
    s.sendFlag = false;
    s.uploadComplete = true;
    changeState(x, s, DONE);
    const n = s.bytes.length;
    fireProgress(x, 'load', n, total, computable);
    fireProgress(x, 'loadend', n, total, computable);
  }

  /** XHR's "request error steps" for event 'error', 'abort' or 'timeout' (asynchronous requests). */
  function requestError(x, s, event) {
    terminate(s);
    s.state = DONE;
    s.sendFlag = false;
    s.response = 'error';
    s.bytes = null;
    $.fireEvent(x, 'readystatechange');
    if (!s.uploadComplete) {
      s.uploadComplete = true;
      if (s.uploadEvents) {
        fireProgress(s.upload, event, 0, 0, false);
        fireProgress(s.upload, 'loadend', 0, 0, false);
      }
    }
    fireProgress(x, event, 0, 0, false);
    fireProgress(x, 'loadend', 0, 0, false);
  }

  function sendSync(x, s, req) {
    if (isWindow && !warnedSync) {
      warnedSync = true;
      host.console('warn', DEPRECATION);
    }
    let res = null;
    const outcome = { __proto__: null, timedOut: false };
    $.fetchResponse(req, syncTransport(s.timeout, outcome), (r) => { res = r; }, () => {});
    if (res === null) {
      s.state = DONE;
      s.sendFlag = false;
      s.response = 'error';
      s.bytes = null;
      const name = outcome.timedOut ? 'TimeoutError' : 'NetworkError';
      throw new $.DOMException(`${opPrefix('send')}Failed to load '${s.url}'.`, name);
    }
    s.response = res;
    s.bytes = res.body === null ? new Uint8Array(0) : res.body.bytes;
    const progress = progressTotal(s, res, s.bytes);
    finish(x, s, progress.total, progress.computable);
  }

  // WebIDL: a BufferSource argument never takes shared memory (Blink's messages)
  // (no exception on the common paths: each costs a stack trace)
  const { ArrayBufferIsView, ArrayBufferPrototypeGetByteLength, DataViewPrototypeGetBuffer, ObjectPrototypeToString,
    SharedArrayBufferPrototypeGetByteLength, TypedArrayPrototypeGetSymbolToStringTag } = $.primordials;
  function isSharedArrayBuffer(v) { // the tag rules out everything else cheaply, the getter confirms the brand
    if (SharedArrayBufferPrototypeGetByteLength === undefined || ObjectPrototypeToString(v) !== '[object SharedArrayBuffer]') return false;
    try { SharedArrayBufferPrototypeGetByteLength(v); return true; } catch (e) { return false; }
  }
  function checkNotShared(body) {
    if (body === null || typeof body !== 'object') return;
    if (isSharedArrayBuffer(body)) throw new TypeError(`${opPrefix('send')}Failed to convert value to 'ArrayBuffer'.`);
    if (!ArrayBufferIsView(body)) return;
    const buffer = TypedArrayPrototypeGetSymbolToStringTag(body) !== undefined ? TypedArrayPrototypeGetBuffer(body) : DataViewPrototypeGetBuffer(body);
    let shared = false; // a view's buffer is an ArrayBuffer or a SharedArrayBuffer
    try { ArrayBufferPrototypeGetByteLength(buffer); } catch (e) { shared = true; }
    if (shared) throw new TypeError(`${opPrefix('send')}The provided ArrayBufferView value must not be shared.`);
  }

  // ---- the interface's members ------------------------------------------------------------------------------
  const members = {
    get readyState() { return slot(this).state; },
    get timeout() { return slot(this).timeout; },
    set timeout(v) {
      const s = slot(this);
      const ms = toUnsignedLong(v);
      if (isWindow && !s.async && s.state !== UNSENT) {
        throw new $.DOMException(setPrefix('timeout') + 'Timeouts cannot be set for synchronous requests made from a document.', 'InvalidAccessError');
      }
      s.timeout = ms;
      armTimeout(this, s);
    },
    get withCredentials() { return slot(this).withCredentials; },
    set withCredentials(v) {
      const s = slot(this);
      if ((s.state !== UNSENT && s.state !== OPENED) || s.sendFlag) {
        throw new $.DOMException(setPrefix('withCredentials') + "The value may only be set if the object's state is UNSENT or OPENED.", 'InvalidStateError');
      }
      s.withCredentials = !!v;
    },
    get upload() { return slot(this).upload; },
    get responseURL() {
      const s = slot(this);
      if (s.response === null || s.response === 'error') return '';
      const u = s.response.urlList[s.response.urlList.length - 1] || '';
      const hash = StringPrototypeIndexOf(u, '#');
      return hash < 0 ? u : StringPrototypeSlice(u, 0, hash);
    },
    get status() {
      const s = slot(this);
      return s.response === null || s.response === 'error' ? 0 : s.response.status;
    },
    get statusText() {
      const s = slot(this);
      return s.response === null || s.response === 'error' ? '' : s.response.statusText;
    },
    get responseType() { return slot(this).responseType; },
    set responseType(v) {
      const s = slot(this);
      const type = String(v);
      if (!ArrayPrototypeIncludes(RESPONSE_TYPES, type)) {
        host.console('warn', `The provided value '${type}' is not a valid enum value of type XMLHttpRequestResponseType.`);
        return;
      }
      if (!isWindow && type === 'document') return; // not a response type in workers: ignored, as Chromium does
      if (s.state === LOADING || s.state === DONE) {
        throw new $.DOMException(setPrefix('responseType') + "The response type cannot be set if the object's state is LOADING or DONE.", 'InvalidStateError');
      }
      if (isWindow && !s.async && s.state !== UNSENT) {
        throw new $.DOMException(setPrefix('responseType') + 'The response type cannot be changed for synchronous requests made from a document.', 'InvalidAccessError');
      }
      s.responseType = type;
    },
    get response() {
      const s = slot(this);
      if (s.responseType === '' || s.responseType === 'text') return s.state === LOADING || s.state === DONE ? text(s) : '';
      return responseObject(s);
    },
    get responseText() {
      const s = slot(this);
      if (s.responseType !== '' && s.responseType !== 'text') {
        throw new $.DOMException(getPrefix('responseText') + `The value is only accessible if the object's 'responseType' is '' or 'text' (was '${s.responseType}').`, 'InvalidStateError');
      }
      return s.state === LOADING || s.state === DONE ? text(s) : '';
    },
    open(method, url, async = undefined, username = undefined, password = undefined) {
      const s = slot(this);
      $.requireArgs(arguments, 2, 'XMLHttpRequest', 'open');
      const m = toByteString(method, opPrefix('open'));
      if (!$.isHeaderName(m)) throw new $.DOMException(`${opPrefix('open')}'${m}' is not a valid HTTP method.`, 'SyntaxError');
      const upper = StringPrototypeToUpperCase(m);
      if (FORBIDDEN_METHODS.has(upper)) throw new $.DOMException(`${opPrefix('open')}'${m}' HTTP method is unsupported.`, 'SecurityError');
      let parsed;
      try { parsed = new URLCtor(String(url), $.locationHref()); } catch (e) {
        throw new $.DOMException(`${opPrefix('open')}Invalid URL`, 'SyntaxError');
      }
      const isAsync = arguments.length < 3 ? true : !!async;
      if (arguments.length >= 4 && username !== undefined && username !== null) URLPrototypeSetUsername(parsed, String(username));
      if (arguments.length >= 5 && password !== undefined && password !== null) URLPrototypeSetPassword(parsed, String(password));
      if (!isAsync && isWindow) {
        if (s.responseType !== '') {
          throw new $.DOMException(`${opPrefix('open')}Synchronous requests from a document must not set a response type.`, 'InvalidAccessError');
        }
        if (s.timeout !== 0) throw new $.DOMException(`${opPrefix('open')}Synchronous requests must not set a timeout.`, 'InvalidAccessError');
      }
      terminate(s);
      s.sendFlag = false; s.async = isAsync; s.method = NORMALIZED_METHODS.has(upper) ? upper : m; s.url = URLPrototypeGetHref(parsed);
      s.headers = InternalArray(); s.response = null; s.bytes = null; s.cached = undefined; s.uploadComplete = false; s.uploadEvents = false;
      if (s.state !== OPENED) changeState(this, s, OPENED);
    },
    setRequestHeader(name, value) {
      const s = slot(this);
      $.requireArgs(arguments, 2, 'XMLHttpRequest', 'setRequestHeader');
      const n = toByteString(name, opPrefix('setRequestHeader'));
      const v = StringPrototypeReplace(toByteString(value, opPrefix('setRequestHeader')), HTTP_WHITESPACE_AROUND, '');
      if (s.state !== OPENED || s.sendFlag) {
        throw new $.DOMException(opPrefix('setRequestHeader') + "The object's state must be OPENED.", 'InvalidStateError');
      }
      if (!$.isHeaderName(n)) throw new $.DOMException(`${opPrefix('setRequestHeader')}'${n}' is not a valid HTTP header field name.`, 'SyntaxError');
      if (RegExpPrototypeExec(BAD_HEADER_VALUE, v) !== null) throw new $.DOMException(`${opPrefix('setRequestHeader')}'${v}' is not a valid HTTP header field value.`, 'SyntaxError');
      const lower = StringPrototypeToLowerCase(n);
      if ($.isForbiddenRequestHeader(lower, v)) {
        host.console('error', `Refused to set unsafe header "${n}"`);
        return;
      }
      const i = headerIndex(s.headers, lower);
      if (i < 0) ArrayPrototypePush(s.headers, InternalArray(n, v));
      else s.headers[i] = InternalArray(s.headers[i][0], s.headers[i][1] + ', ' + v);
    },
    send(body = null) {
      const s = slot(this);
      checkNotShared(body);
      send(this, s, body);
    },
    abort() {
      const s = slot(this);
      terminate(s);
      if ((s.state === OPENED && s.sendFlag) || s.state === HEADERS_RECEIVED || s.state === LOADING) requestError(this, s, 'abort');
      if (s.state === DONE) {
        s.state = UNSENT;
        s.response = null;
        s.bytes = null;
      }
    },
    getResponseHeader(name) {
      const s = slot(this);
      $.requireArgs(arguments, 1, 'XMLHttpRequest', 'getResponseHeader');
      return combinedHeader(headerList(s), StringPrototypeToLowerCase(toByteString(name, opPrefix('getResponseHeader'))));
    },
    getAllResponseHeaders() {
      const list = headerList(slot(this));
      const seen = new SafeSet();
      const names = InternalArray();
      for (let i = 0; i < list.length; i++) if (!seen.has(list[i][0])) { seen.add(list[i][0]); ArrayPrototypePush(names, list[i][0]); }
      ArrayPrototypeSort(names);
      let out = '';
      for (let i = 0; i < names.length; i++) out += `${names[i]}: ${combinedHeader(list, names[i])}\r\n`;
      return out;
    },
    overrideMimeType(mime) {
      const s = slot(this);
      $.requireArgs(arguments, 1, 'XMLHttpRequest', 'overrideMimeType');
      if (s.state === LOADING || s.state === DONE) {
        throw new $.DOMException(opPrefix('overrideMimeType') + 'MimeType cannot be overridden when the state is LOADING or DONE.', 'InvalidStateError');
      }
      const parsed = $.parseMimeType(String(mime));
      s.overrideMime = parsed ? $.serializeMimeType(parsed) : 'application/octet-stream';
    },
  };
  if (isWindow) {
    Object.defineProperty(members, 'responseXML', Object.getOwnPropertyDescriptor({
      get responseXML() {
        const s = slot(this);
        if (s.responseType !== '' && s.responseType !== 'document') {
          throw new $.DOMException(getPrefix('responseXML') + `The value is only accessible if the object's 'responseType' is '' or 'document' (was '${s.responseType}').`, 'InvalidStateError');
        }
        return null; // no DOM in the harness
      },
    }, 'responseXML'));
  }
  const order = ['readyState', 'timeout', 'withCredentials', 'upload', 'responseURL', 'status', 'statusText',
    'responseType', 'response', 'responseText', 'responseXML', 'open', 'setRequestHeader', 'send', 'abort',
    'getResponseHeader', 'getAllResponseHeaders', 'overrideMimeType'];
  for (const name of order) {
    const d = Object.getOwnPropertyDescriptor(members, name);
    if (d === undefined) continue;
    if ('value' in d) Object.defineProperty(XMLHttpRequest.prototype, name, { value: d.value, writable: true, enumerable: true, configurable: true });
    else Object.defineProperty(XMLHttpRequest.prototype, name, { get: d.get, set: d.set, enumerable: true, configurable: true });
  }
});
