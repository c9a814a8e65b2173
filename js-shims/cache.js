// cache.js — the Cache API: CacheStorage (`caches`) and Cache, in windows, workers and service workers. The
// storage is Java's (ext/Caches.java: in memory, per origin, shared by every agent of the origin); the matching
// rules (ignoreSearch, ignoreMethod, ignoreVary) are here, on a snapshot of a cache's entries.
(function (g, $) {
  'use strict';
  const host = $.host;
  // Host objects (Caches.Store, Caches.Entry) pass through these functions: they use only intrinsics captured
  // before page code ran, and keep host objects in null-prototype records and InternalArrays (js-shims/README.md).
  const { ArrayFrom, ArrayPrototypePush, InternalArray, PromiseAll, PromisePrototypeThen, PromiseReject,
    ObjectCreate, PromiseResolve, ReflectApply, SafeWeakMap, StringPrototypeIndexOf, StringPrototypeSlice, StringPrototypeSplit,
    StringPrototypeToLowerCase, StringPrototypeTrim,
    TypedArrayPrototypeGetSymbolToStringTag } = $.primordials;
  const RequestCtor = g.Request;
  const fetchFn = g.fetch;

  const slots = new SafeWeakMap(); // Cache -> { store: Caches.Store } (null prototype)
  const slot = (o) => {
    const s = slots.get(o);
    if (s === undefined) throw new TypeError('Illegal invocation');
    return s;
  };
  const prefix = (iface, op) => `Failed to execute '${op}' on '${iface}': `;
  /** A promise-returning operation: any exception (brand check included) rejects the promise. */
  const op = (iface, name, n, fn) => ({ [name](...args) {
    try {
      if (args.length < n) throw new TypeError(`${prefix(iface, name)}${n} argument${n === 1 ? '' : 's'} required, but only ${args.length} present.`);
      return PromiseResolve(ReflectApply(fn, this, args));
    } catch (e) {
      return PromiseReject(e);
    }
  } })[name];
  function defineInterface(name, members) {
    const C = { [name]: function () { throw new TypeError('Illegal constructor'); } }[name];
    C.prototype = Object.create(Object.prototype, { constructor: { value: C, writable: true, configurable: true } });
    Object.defineProperty(C, 'prototype', { writable: false });
    $.defineMethods(C.prototype, members);
    $.toStringTag(C, name);
    $.defineGlobal(name, C);
    return C;
  }

  const isRequest = (v) => v instanceof RequestCtor;
  const toRequest = (v) => (isRequest(v) ? v : new RequestCtor(String(v)));
  const dict = (o) => (o === undefined || o === null ? {} : o);
  const stripFragment = (u) => { const i = StringPrototypeIndexOf(u, '#'); return i < 0 ? u : StringPrototypeSlice(u, 0, i); };
  const stripSearch = (u) => { const i = StringPrototypeIndexOf(u, '?'); return i < 0 ? u : StringPrototypeSlice(u, 0, i); };
  const headerValue = (list, name) => {
    let out = null;
    for (let i = 0; i < list.length; i++) if (StringPrototypeToLowerCase(String(list[i][0])) === name) out = out === null ? list[i][1] : out + ', ' + list[i][1];
    return out;
  };

  /** Fetch's "request matches cached item". */
  function matches(request, entry, o) {
    let a = stripFragment(request.url), b = stripFragment(entry.url);
    if (o.ignoreSearch) { a = stripSearch(a); b = stripSearch(b); }
    if (a !== b) return false;
    if (o.ignoreVary) return true;
    const vary = headerValue(entry.responseHeaders, 'vary');
    if (vary === null) return true;
    const own = $.headerList(request.headers);
    const fields = StringPrototypeSplit(vary, ',');
    for (let i = 0; i < fields.length; i++) {
      const f = StringPrototypeToLowerCase(StringPrototypeTrim(fields[i]));
      if (f === '') continue;
      if (f === '*' || headerValue(own, f) !== headerValue(entry.requestHeaders, f)) return false;
    }
    return true;
  }

  /** "Query cache": the entries matching request (all of them when request is undefined). */
  function query(store, request, o) {
    const all = store.entries();
    const out = InternalArray();
    if (request !== undefined && !o.ignoreMethod && request.method !== 'GET') return out;
    for (let i = 0; i < all.length; i++) if (request === undefined || matches(request, all[i], o)) ArrayPrototypePush(out, all[i]);
    return out;
  }

  /** [f(x) for x in list] into a page-visible array, without the page's Array.prototype.map or species. */
  function mapped(list, f) {
    const out = [];
    for (let i = 0; i < list.length; i++) out[i] = f(list[i]);
    return out;
  }

  const toHeaders = (list) => mapped(list, (h) => [h[0], h[1]]);
  const responseOf = (e) => {
    const body = e.body();
    return $.makeResponseFrom({ type: e.type, url: e.responseURL, status: e.status, statusText: e.statusText,
      headers: toHeaders(e.responseHeaders), bytes: body === null ? null : new Uint8Array(new ArrayBuffer(body)) });
  };
  const requestOf = (e) => $.makeRequest(e.url, e.method, toHeaders(e.requestHeaders), null, '');

  function checkRequest(request, p) {
    const scheme = request.url.slice(0, request.url.indexOf(':'));
    if (scheme !== 'http' && scheme !== 'https') throw new TypeError(`${p}Request scheme '${scheme}' is unsupported`);
    if (request.method !== 'GET') throw new TypeError(`${p}Request method '${request.method}' is unsupported`);
  }
  function checkResponse(response, p) {
    if (!$.isResponse(response)) throw new TypeError(`${p}parameter 2 is not of type 'Response'.`);
    if (response.status === 206) throw new TypeError(`${p}Partial response (status code 206) is unsupported`);
    const vary = response.headers.get('vary');
    if (vary !== null) {
      const fields = StringPrototypeSplit(vary, ',');
      for (let i = 0; i < fields.length; i++) if (StringPrototypeTrim(fields[i]) === '*') throw new TypeError(`${p}Vary header contains *`);
    }
    if (response.bodyUsed) throw new TypeError(`${p}Response body is already used`);
  }
  function entryFor(request, response) {
    const r = $.takeResponse(response);
    if (r.bytes !== null && TypedArrayPrototypeGetSymbolToStringTag(r.bytes) === undefined) {
      throw new TypeError('Failed to store a Response whose body is a ReadableStream: not supported by the harness.');
    }
    return host.cacheEntry(request.method, stripFragment(request.url), $.headerList(request.headers), r.status, r.statusText,
      r.headers, r.bytes, r.url, r.type);
  }
  /** Stores request → response, replacing what matched request (ignoring Vary... as "put" does). */
  function store(cache, pairs) {
    const remove = InternalArray();
    const added = InternalArray();
    for (let i = 0; i < pairs.length; i++) {
      const request = pairs[i][0], response = pairs[i][1];
      const found = query(cache, request, { __proto__: null });
      for (let j = 0; j < found.length; j++) ArrayPrototypePush(remove, found[j].id);
      ArrayPrototypePush(added, entryFor(request, response));
    }
    cache.replace(remove, added);
  }

  const Cache = defineInterface('Cache', {
    match: op('Cache', 'match', 1, function (request, options = undefined) {
      const s = slot(this);
      const found = query(s.store, toRequest(request), dict(options));
      return found.length === 0 ? undefined : responseOf(found[0]);
    }),
    matchAll: op('Cache', 'matchAll', 0, function (request = undefined, options = undefined) {
      const s = slot(this);
      return mapped(query(s.store, request === undefined ? undefined : toRequest(request), dict(options)), responseOf);
    }),
    add: op('Cache', 'add', 1, function (request) {
      return addAll(slot(this), [request], prefix('Cache', 'add'));
    }),
    addAll: op('Cache', 'addAll', 1, function (requests) {
      return addAll(slot(this), ArrayFrom(requests), prefix('Cache', 'addAll'));
    }),
    put: op('Cache', 'put', 2, function (request, response) {
      const s = slot(this);
      const p = prefix('Cache', 'put');
      const r = toRequest(request);
      checkRequest(r, p);
      checkResponse(response, p);
      store(s.store, InternalArray(InternalArray(r, response)));
      return undefined;
    }),
    delete: op('Cache', 'delete', 1, function (request, options = undefined) {
      const s = slot(this);
      const found = query(s.store, toRequest(request), dict(options));
      const ids = InternalArray();
      for (let i = 0; i < found.length; i++) ArrayPrototypePush(ids, found[i].id);
      return found.length > 0 && s.store.replace(ids, InternalArray());
    }),
    keys: op('Cache', 'keys', 0, function (request = undefined, options = undefined) {
      const s = slot(this);
      return mapped(query(s.store, request === undefined ? undefined : toRequest(request), dict(options)), requestOf);
    }),
  });

  function addAll(s, list, p) {
    const requests = InternalArray();
    for (let i = 0; i < list.length; i++) ArrayPrototypePush(requests, toRequest(list[i]));
    for (let i = 0; i < requests.length; i++) {
      const r = requests[i];
      const scheme = StringPrototypeSlice(r.url, 0, StringPrototypeIndexOf(r.url, ':'));
      if (scheme !== 'http' && scheme !== 'https') throw new TypeError(`${p}Add/AddAll does not support schemes other than "http" or "https"`);
      if (r.method !== 'GET') throw new TypeError(`${p}Add/AddAll only supports the GET request method.`);
    }
    return PromisePrototypeThen(PromiseAll(mapped(requests, (r) => fetchFn(r))), (responses) => {
      const pairs = InternalArray();
      for (let i = 0; i < responses.length; i++) {
        const res = responses[i];
        if (!res.ok) throw new TypeError(`${p}Request failed`);
        checkResponse(res, p);
        ArrayPrototypePush(pairs, InternalArray(requests[i], res));
      }
      store(s.store, pairs);
      return undefined;
    });
  }

  function cacheFor(storeObject) {
    const c = ObjectCreate(Cache.prototype);
    slots.set(c, { __proto__: null, store: storeObject });
    return c;
  }

  const CacheStorage = defineInterface('CacheStorage', {
    match: op('CacheStorage', 'match', 1, function (request, options = undefined) {
      slot(this);
      const o = dict(options);
      const r = toRequest(request);
      const names = o.cacheName === undefined ? Array.from(host.cacheNames()) : [String(o.cacheName)];
      for (let i = 0; i < names.length; i++) {
        const name = names[i];
        const st = host.cacheGet(name);
        if (st === null || st === undefined) continue;
        const found = query(st, r, o);
        if (found.length > 0) return responseOf(found[0]);
      }
      return undefined;
    }),
    has: op('CacheStorage', 'has', 1, function (name) { slot(this); return host.cacheGet(String(name)) !== null; }),
    open: op('CacheStorage', 'open', 1, function (name) { slot(this); return cacheFor(host.cacheOpen(String(name))); }),
    delete: op('CacheStorage', 'delete', 1, function (name) { slot(this); return host.cacheDelete(String(name)); }),
    keys: op('CacheStorage', 'keys', 0, function () { slot(this); return Array.from(host.cacheNames()); }),
  });
  const caches = Object.create(CacheStorage.prototype);
  slots.set(caches, {});
  Object.defineProperty(g, 'caches', { get() { return caches; }, enumerable: true, configurable: true });
});
