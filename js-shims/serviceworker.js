// serviceworker.js — service workers, as Chromium has them. In a window: navigator.serviceWorker
// (ServiceWorkerContainer), ServiceWorkerRegistration, ServiceWorker. In a service worker: its global's
// registration/clients/skipWaiting, Clients/Client/WindowClient, and the ExtendableEvent, InstallEvent, FetchEvent
// and ExtendableMessageEvent it receives. The registrations, the lifecycle and the fetch interception are Java's
// (ext/ServiceWorkers.java): it calls $.swRegistrationChange / $.swControllerChange / $.deliverFromServiceWorker in
// clients and $.dispatchLifecycleEvent / $.dispatchFetchEvent / $.deliverToServiceWorker in the service worker.
(function (g, $) {
  'use strict';
  const host = $.host;
  const kind = $.agentKind;
  const EventTarget = g.EventTarget;
  const MessageEvent = g.MessageEvent;
  // Everything below that runs after start-up uses only intrinsics captured before page code ran, and keeps its
  // records (null prototype), maps (SafeMap/SafeWeakMap) and lists (InternalArray, walked by index) out of reach of
  // a page that replaced WeakMap.prototype.get, Array.prototype.push, Promise.prototype.then... (js-shims/README.md).
  const { ArrayFrom, ArrayBuffer, ObjectCreate, ObjectDefineProperty, ObjectFreeze, ObjectGetPrototypeOf,
    Promise, PromisePrototypeThen, PromiseReject, PromiseResolve, RegExpPrototypeExec, SafeMap, SafeWeakMap, String,
    StringPrototypeStartsWith, TypeError, TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteLength,
    TypedArrayPrototypeGetByteOffset, Uint8Array, hardenRegExp, ErrorPrototype, ObjectPrototypeIsPrototypeOf,
    TypedArrayPrototypeGetSymbolToStringTag } = $.primordials;
  const MODULE_NOT_FOUND = hardenRegExp(/^(Cannot find module|Error reading module)/);

  const illegal = () => new TypeError('Illegal constructor');
  function defineInterface(name, Parent, members, handlers) {
    const C = { [name]: function () { throw illegal(); } }[name];
    Object.setPrototypeOf(C, Parent);
    C.prototype = Object.create(Parent.prototype, { constructor: { value: C, writable: true, configurable: true } });
    Object.defineProperty(C, 'prototype', { writable: false });
    for (const key of Object.keys(members)) {
      const d = Object.getOwnPropertyDescriptor(members, key);
      if ('value' in d) Object.defineProperty(C.prototype, key, { value: d.value, writable: true, enumerable: true, configurable: true });
      else Object.defineProperty(C.prototype, key, { get: d.get, enumerable: true, configurable: true });
    }
    for (const h of handlers || []) $.defineEventHandler(C.prototype, h);
    $.toStringTag(C, name);
    $.defineGlobal(name, C);
    return C;
  }
  const make = (C) => $.initEventTarget(ObjectCreate(C.prototype));
  const slots = new SafeWeakMap(); // platform object -> its record (null prototype)
  const slot = (o) => {
    const s = slots.get(o);
    if (s === undefined) throw new TypeError('Illegal invocation');
    return s;
  };
  /** A page-visible array of f(list[i]) (index writes define own elements: no Array.prototype setter sees them). */
  function mapped(list, f) {
    const out = [];
    for (let i = 0; i < list.length; i++) ObjectDefineProperty(out, i, { __proto__: null, value: f(list[i]), writable: true, enumerable: true, configurable: true });
    return out;
  }
  /** The origin of an absolute URL string, by url.js's own parser. */
  const originOf = (href) => {
    const u = $.parseURL(href);
    return u === null ? 'null' : $.serializeOrigin(u);
  };

  // ---- ServiceWorker / ServiceWorkerRegistration (both sides) -------------------------------------------
  const workers = new SafeMap(); // worker id -> ServiceWorker object of this realm
  const registrations = new SafeMap(); // registration id -> ServiceWorkerRegistration object of this realm

  // ServiceWorker is exposed in windows and service workers, ServiceWorkerRegistration in every worker too (as Chromium)
  const ServiceWorker = kind === 'dedicatedworker' ? null : defineInterface('ServiceWorker', EventTarget, {
    get scriptURL() { return slot(this).scriptURL; },
    get state() { return slot(this).state; },
    postMessage(message, options = undefined) {
      const s = slot(this);
      $.requireArgs(arguments, 1, 'ServiceWorker', 'postMessage');
      const m = $.serializeMessage(message, options, "Failed to execute 'postMessage' on 'ServiceWorker': ");
      if (s.state === 'redundant') throw new $.DOMException("Failed to execute 'postMessage' on 'ServiceWorker': ServiceWorker is in redundant state.", 'InvalidStateError');
      host.swPostToWorker(s.id, m.data, m.kinds, m.refs);
    },
  }, ['statechange', 'error']);
  const previousIsServiceWorker = $.isServiceWorker;
  $.isServiceWorker = (v) => (ServiceWorker !== null && slots.has(v) && ObjectGetPrototypeOf(v) === ServiceWorker.prototype) || previousIsServiceWorker(v);

  function workerFor(info) {
    if (info === null || info === undefined) return null;
    let w = workers.get(info.id);
    if (w === undefined) {
      w = make(ServiceWorker);
      slots.set(w, { __proto__: null, id: info.id, scriptURL: info.scriptURL, state: info.state });
      workers.set(info.id, w);
    }
    return w;
  }

  const ServiceWorkerRegistration = defineInterface('ServiceWorkerRegistration', EventTarget, {
    get installing() { return slot(this).installing; },
    get waiting() { return slot(this).waiting; },
    get active() { return slot(this).active; },
    get scope() { return slot(this).scope; },
    get updateViaCache() { slot(this); return 'imports'; },
    update() {
      const s = slot(this);
      const newest = s.installing || s.waiting || s.active;
      if (kind !== 'window' || newest === null) return PromiseResolve(this);
      return PromisePrototypeThen(register(slot(newest).scriptURL, s.scope, s.type), () => this);
    },
    unregister() {
      const s = slot(this);
      return new Promise((resolve) => resolve(host.swUnregister(s.scope)));
    },
  }, ['updatefound']);

  function registrationFor(info) {
    if (info === null || info === undefined) return null;
    let r = registrations.get(info.id);
    if (r === undefined) {
      r = make(ServiceWorkerRegistration);
      slots.set(r, { __proto__: null, id: info.id, scope: info.scope, type: info.type, installing: null, waiting: null, active: null });
      registrations.set(info.id, r);
    }
    const s = slots.get(r);
    s.installing = workerFor(info.installing);
    s.waiting = workerFor(info.waiting);
    s.active = workerFor(info.active);
    return r;
  }

  /** Java: a registration changed (kind 'state': `worker` has a new state; 'updatefound'). */
  $.swRegistrationChange = function (what, info, worker) {
    const r = registrations.get(info.id);
    if (r !== undefined) registrationFor(info);
    if (what === 'updatefound') {
      if (r !== undefined) $.fireEvent(r, 'updatefound');
      return;
    }
    if (worker !== null && worker !== undefined) {
      const w = workers.get(worker.id);
      if (w !== undefined && slots.get(w).state !== worker.state) {
        slots.get(w).state = worker.state;
        $.fireEvent(w, 'statechange');
      }
    }
    if (onRegistrationChange !== null) onRegistrationChange(info);
  };
  let onRegistrationChange = null;

  if (kind === 'serviceworker') return serviceWorkerScope();
  if (kind !== 'window') { // a dedicated worker is a client, but has no navigator.serviceWorker (as in Chromium)
    $.swControllerChange = () => {};
    $.deliverFromServiceWorker = () => {};
    return;
  }

  // ---- ServiceWorkerContainer (a window) ----------------------------------------------------------------
  const REGISTER = "Failed to register a ServiceWorker";
  let controller = null; // set when the agent is bound (below)
  let readyResolve;
  const ready = new Promise((r) => { readyResolve = r; });
  let readyDone = false;
  // inScope: whether this client's URL is known to be in info's scope (the first check: Java matched the scope
  // against the agent's URL, so the location need not be parsed at start-up)
  function checkReady(info, inScope) {
    if (readyDone || info.active === null || info.active === undefined) return;
    if (!inScope && !StringPrototypeStartsWith($.locationHref(), info.scope)) return;
    readyDone = true;
    readyResolve(registrationFor(info));
  }
  onRegistrationChange = checkReady;
  $.onBind(() => {
    controller = workerFor(host.swController());
    const initial = host.swRegistration($.url);
    if (initial !== null && initial !== undefined) checkReady(initial, true);
  });

  function register(scriptURL, scope, type) {
    return new Promise((resolve, reject) => {
      host.swRegister(scriptURL, scope, type, (error, info) => {
        if (error) reject(error[0] === 'TypeError' ? new TypeError(error[1]) : new $.DOMException(error[1], error[0]));
        else resolve(registrationFor(info));
      });
    });
  }

  const ServiceWorkerContainer = defineInterface('ServiceWorkerContainer', EventTarget, {
    get controller() { slot(this); return controller; },
    get ready() { slot(this); return ready; },
    register(scriptURL, options = undefined) {
      slot(this);
      if (arguments.length < 1) {
        return PromiseReject(new TypeError("Failed to execute 'register' on 'ServiceWorkerContainer': 1 argument required, but only 0 present."));
      }
      const opts = options === undefined || options === null ? { __proto__: null } : options;
      const optScope = opts.scope;
      const type = opts.type === undefined ? 'classic' : String(opts.type);
      if (type !== 'classic' && type !== 'module') {
        return PromiseReject(new TypeError(`Failed to execute 'register' on 'ServiceWorkerContainer': Failed to read the 'type' property from 'RegistrationOptions': The provided value '${type}' is not a valid enum value of type WorkerType.`));
      }
      const here = $.locationHref(), origin = $.locationOrigin();
      const script = $.parseURL(String(scriptURL), here);
      if (script === null || (script.scheme !== 'http' && script.scheme !== 'https')) {
        const shown = script === null ? fallbackHref(String(scriptURL)) : $.serializeURL(script);
        return PromiseReject(new TypeError(`${REGISTER}: The URL protocol of the script ('${shown}') is not supported.`));
      }
      const scriptOrigin = $.serializeOrigin(script);
      if (scriptOrigin !== origin) {
        return PromiseReject(new $.DOMException(`${REGISTER}: The origin of the provided scriptURL ('${scriptOrigin}') does not match the current origin ('${origin}').`, 'SecurityError'));
      }
      const scopeURL = optScope === undefined ? $.parseURL('./', script) : $.parseURL(String(optScope), here);
      if (scopeURL === null) {
        return PromiseReject(new TypeError(`${REGISTER}: The URL protocol of the scope ('${String(optScope)}') is not supported.`));
      }
      const scopeOrigin = $.serializeOrigin(scopeURL);
      if (scopeOrigin !== origin) {
        return PromiseReject(new $.DOMException(`${REGISTER}: The origin of the provided scope ('${scopeOrigin}') does not match the current origin ('${origin}').`, 'SecurityError'));
      }
      return register($.serializeURL(script, true), $.serializeURL(scopeURL, true), type);
    },
    getRegistration(clientURL = '') {
      slot(this);
      const u = $.parseURL(String(clientURL), $.locationHref());
      if (u === null) {
        return PromiseReject(new TypeError("Failed to get a ServiceWorkerRegistration: The provided documentURL is invalid."));
      }
      const origin = $.serializeOrigin(u);
      if (origin !== $.locationOrigin()) {
        return PromiseReject(new $.DOMException(`Failed to get a ServiceWorkerRegistration: The origin of the provided documentURL ('${origin}') does not match the current origin ('${$.locationOrigin()}').`, 'SecurityError'));
      }
      const info = host.swRegistration($.serializeURL(u));
      return PromiseResolve(info === null || info === undefined ? undefined : registrationFor(info));
    },
    getRegistrations() {
      slot(this);
      return PromiseResolve(mapped(host.swRegistrations(), registrationFor));
    },
    startMessages() { slot(this); },
  }, ['controllerchange', 'message', 'messageerror']);

  const WITH_SCHEME_AND_HOST_ONLY = hardenRegExp(/^[a-z][a-z0-9+.-]*:\/\/[^/]*$/i);
  function fallbackHref(s) {
    const u = $.parseURL(s);
    if (u !== null) return $.serializeURL(u);
    return RegExpPrototypeExec(WITH_SCHEME_AND_HOST_ONLY, s) !== null ? s + '/' : s;
  }

  const container = make(ServiceWorkerContainer);
  slots.set(container, { __proto__: null });
  $.defineGetters(g.Navigator.prototype, { serviceWorker() { return container; } });

  /** Java: clients.claim() or an activation changed this client's controller. */
  $.swControllerChange = function (info) {
    controller = workerFor(info);
    $.fireEvent(container, 'controllerchange');
  };

  /** Java: a message from a service worker (Client.postMessage). */
  $.deliverFromServiceWorker = function (source, data, kinds, refs) {
    const m = $.receiveMessage(data, kinds, refs);
    const ev = $.createPlatformEvent(MessageEvent, m.error ? 'messageerror' : 'message', {
      __proto__: null, data: m.value, origin: originOf(source.scriptURL), lastEventId: '', source: workerFor(source), ports: m.ports, userActivation: null,
    });
    $.dispatchTrusted(container, ev);
  };

  // ---- inside a service worker --------------------------------------------------------------------------
  function serviceWorkerScope() {
    const scope = $.GlobalInterface.prototype;
    let bridge = null;
    let ownRegistration = null;
    let ownWorker = null;

    // ExtendableEvent and its subclasses: waitUntil's promises extend the event's lifetime. An event's record counts
    // the promises not settled yet; when the count is back at 0 after dispatch, the record's `done` is called with
    // whether none of them rejected.
    const extendState = new SafeWeakMap(); // event -> { pending, rejected, dispatched, done } (null prototype)
    function extend(x, p) {
      x.pending++;
      PromisePrototypeThen(p, () => settleOne(x, false), () => settleOne(x, true));
    }
    function settleOne(x, rejected) {
      if (rejected) x.rejected = true;
      if (--x.pending === 0 && x.dispatched) finish(x);
    }
    function finish(x) {
      const done = x.done;
      x.done = null;
      if (done !== null) done(!x.rejected);
    }
    const ExtendableEvent = $.defineEventInterface({
      name: 'ExtendableEvent', dict: 'ExtendableEventInit', members: [],
      extraMembers: {
        waitUntil(f) {
          const s = $.eventState(this);
          $.requireArgs(arguments, 1, 'ExtendableEvent', 'waitUntil');
          const x = extendState.get(this);
          if (!s.isTrusted || x === undefined) throw new $.DOMException("Failed to execute 'waitUntil' on 'ExtendableEvent': The event handler is already finished.", 'InvalidStateError');
          if (!s.dispatching && x.pending === 0) {
            throw new $.DOMException("Failed to execute 'waitUntil' on 'ExtendableEvent': The event handler is already finished and no extend lifetime promises are outstanding.", 'InvalidStateError');
          }
          extend(x, PromiseResolve(f));
        },
      },
    });
    const InstallEvent = $.defineEventInterface({ name: 'InstallEvent', parent: ExtendableEvent, dict: 'ExtendableEventInit', members: [] });
    const respondState = new SafeWeakMap(); // fetch event -> { responded, promise } (null prototype)
    const FetchEvent = $.defineEventInterface({
      name: 'FetchEvent', parent: ExtendableEvent, dict: 'FetchEventInit', requiredInit: true,
      members: [
        { name: 'request', conv: (v) => v, def: () => undefined, required: true },
        { name: 'preloadResponse', conv: (v) => PromiseResolve(v), def: () => PromiseResolve(undefined) },
        { name: 'clientId', conv: String, def: () => '' },
        { name: 'resultingClientId', conv: String, def: () => '' },
        { name: 'replacesClientId', conv: String, def: () => '' },
        { name: 'handled', conv: (v) => v, def: () => PromiseResolve(undefined) },
      ],
      attributes: ['request', 'clientId', 'resultingClientId', 'replacesClientId', 'preloadResponse', 'handled'],
      extraMembers: {
        respondWith(r) {
          const s = $.eventState(this);
          $.requireArgs(arguments, 1, 'FetchEvent', 'respondWith');
          const x = respondState.get(this);
          if (!s.dispatching) throw new $.DOMException("Failed to execute 'respondWith' on 'FetchEvent': The event handler is already finished.", 'InvalidStateError');
          if (x === undefined || x.responded) throw new $.DOMException("Failed to execute 'respondWith' on 'FetchEvent': respondWith() was already called.", 'InvalidStateError');
          x.responded = true;
          x.promise = PromiseResolve(r);
          const e = extendState.get(this);
          if (e !== undefined) extend(e, x.promise);
          s.stopPropagation = true; // (the event's stop propagation and stop immediate propagation flags)
          s.stopImmediate = true;
        },
      },
    });
    const ExtendableMessageEvent = $.defineEventInterface({
      name: 'ExtendableMessageEvent', parent: ExtendableEvent, dict: 'ExtendableMessageEventInit',
      members: [
        { name: 'data', conv: (v) => v, def: () => null },
        { name: 'origin', conv: String, def: () => '' },
        { name: 'lastEventId', conv: String, def: () => '' },
        { name: 'source', conv: (v) => v, def: () => null },
        { name: 'ports', conv: (v) => ObjectFreeze(ArrayFrom(v)), def: () => ObjectFreeze([]) },
      ],
      attributes: ['data', 'origin', 'lastEventId', 'source', 'ports'],
    });

    /** Dispatches an extendable event; done(ok) once its waitUntil promises have settled (ok: none rejected). */
    function dispatchExtendable(event, done) {
      const x = { __proto__: null, pending: 0, rejected: false, dispatched: false, done };
      extendState.set(event, x);
      $.dispatchTrusted(g, event);
      x.dispatched = true;
      if (x.pending === 0) finish(x);
      return x;
    }

    // Clients / Client / WindowClient
    const clientObjects = new SafeMap(); // client id -> Client object
    const Client = defineInterface('Client', Object, {
      get url() { return slot(this).url; },
      get frameType() { return slot(this).frameType; },
      get id() { return slot(this).id; },
      get type() { return slot(this).type; },
      postMessage(message, options = undefined) {
        const s = slot(this);
        $.requireArgs(arguments, 1, 'Client', 'postMessage');
        const m = $.serializeMessage(message, options, "Failed to execute 'postMessage' on 'Client': ");
        bridge.postToClient(s.id, m.data, m.kinds, m.refs);
      },
    });
    const WindowClient = defineInterface('WindowClient', Client, {
      get visibilityState() { slot(this); return 'visible'; },
      get focused() { slot(this); return false; },
      get ancestorOrigins() { slot(this); return ObjectFreeze([]); },
      focus() { slot(this); return PromiseReject(new $.DOMException("Failed to execute 'focus' on 'WindowClient': Not allowed to focus a window.", 'InvalidAccessError')); },
      navigate() { slot(this); return PromiseReject(new TypeError("Failed to execute 'navigate' on 'WindowClient': Navigation is not supported by the harness.")); },
    });
    function clientFor(info) {
      let c = clientObjects.get(info.id);
      if (c === undefined) {
        c = ObjectCreate(info.type === 'window' ? WindowClient.prototype : Client.prototype);
        slots.set(c, { __proto__: null, id: info.id, url: info.url, type: info.type, frameType: info.frameType });
        clientObjects.set(info.id, c);
      }
      return c;
    }
    const Clients = defineInterface('Clients', Object, {
      get(id) {
        slot(this);
        $.requireArgs(arguments, 1, 'Clients', 'get');
        const wanted = String(id);
        const list = bridge.clients(true, 'all');
        for (let i = 0; i < list.length; i++) if (list[i].id === wanted) return PromiseResolve(clientFor(list[i]));
        return PromiseResolve(undefined);
      },
      matchAll(options = undefined) {
        slot(this);
        const o = options === undefined || options === null ? { __proto__: null } : options;
        const includeUncontrolled = !!o.includeUncontrolled;
        const type = o.type === undefined ? 'window' : String(o.type);
        return PromiseResolve(mapped(bridge.clients(includeUncontrolled, type), clientFor));
      },
      openWindow() {
        slot(this);
        return PromiseReject(new $.DOMException("Failed to execute 'openWindow' on 'Clients': Not allowed to open a window.", 'InvalidAccessError'));
      },
      claim() {
        slot(this);
        return new Promise((resolve) => { bridge.claim(); resolve(undefined); });
      },
    });
    const clients = ObjectCreate(Clients.prototype);
    slots.set(clients, { __proto__: null });

    $.defineGetters(scope, {
      clients() { return clients; },
      registration() { return ownRegistration; },
      serviceWorker() { return ownWorker; },
    });
    $.defineMethods(scope, {
      skipWaiting() { return new Promise((resolve) => { bridge.skipWaiting(); resolve(undefined); }); },
    });
    for (const t of ['install', 'activate', 'fetch']) $.defineEventHandler(scope, t);

    /** Java, before the script runs: this worker's way to its registration and clients. */
    $.startServiceWorker = (b) => {
      bridge = b;
      ownRegistration = registrationFor(b.registration());
      ownWorker = workerFor(b.self());
    };
    $.hasFetchHandler = () => $.hasEventListeners(g, 'fetch');
    /** Java: evaluates a module service worker; outcome.done('ok' | 'threw' | 'not-found'). */
    $.runServiceWorkerModule = function (url, outcome) {
      PromisePrototypeThen(import(url), () => outcome.done('ok'), (e) => {
        if (ObjectPrototypeIsPrototypeOf(ErrorPrototype, e) && RegExpPrototypeExec(MODULE_NOT_FOUND, e.message) !== null) {
          outcome.done('not-found');
          return;
        }
        $.reportException(e);
        outcome.done('threw');
      });
    };

    $.dispatchLifecycleEvent = function (type, settle) {
      dispatchExtendable($.createEvent(type === 'install' ? InstallEvent : ExtendableEvent, type), (ok) => settle.done(ok));
    };

    $.dispatchFetchEvent = function (handle, method, url, headers, body, clientId, resultingClientId, destination) {
      const hs = []; // (fetch.js's header lists are ordinary arrays of [name, value] literals)
      for (let i = 0; i < headers.length; i++) ObjectDefineProperty(hs, i, { __proto__: null, value: [headers[i][0], headers[i][1]], writable: true, enumerable: true, configurable: true });
      const bytes = body === null || method === 'GET' || method === 'HEAD' ? null : new Uint8Array(new ArrayBuffer(body));
      const request = $.makeRequestFrom(url, method, hs, bytes, destination, destination === 'document' ? 'navigate' : 'cors');
      const event = $.createEvent(FetchEvent, 'fetch', { __proto__: null, request, clientId, resultingClientId, cancelable: true });
      const x = { __proto__: null, responded: false, promise: null };
      respondState.set(event, x);
      dispatchExtendable(event, null);
      if (!x.responded) {
        handle.fallback();
        return;
      }
      const fail = (why) => {
        host.console('error', `The FetchEvent for "${url}" resulted in a network error response: ${why}`);
        handle.fail(why);
      };
      PromisePrototypeThen(x.promise, (r) => {
        if (!$.isResponse(r)) {
          fail('the promise was rejected.');
          PromiseReject(new TypeError("Failed to convert value to 'Response'.")); // reported, as Chromium does
          return;
        }
        let parts;
        try { parts = $.takeResponse(r); } catch (e) {
          fail('a Response whose "body" is locked cannot be used to respond to a request.');
          return;
        }
        if (parts.type === 'error') {
          fail('the promise was resolved with an error response object.');
          return;
        }
        const respond = (bytes) => {
          if (bytes === null) handle.respond(parts.status, parts.statusText, parts.headers, null, 0, 0, parts.url);
          else handle.respond(parts.status, parts.statusText, parts.headers, TypedArrayPrototypeGetBuffer(bytes),
            TypedArrayPrototypeGetByteOffset(bytes), TypedArrayPrototypeGetByteLength(bytes), parts.url);
        };
        // a body made from a ReadableStream: a promise of its bytes (the stream read whole, then the answer)
        if (parts.bytes !== null && TypedArrayPrototypeGetSymbolToStringTag(parts.bytes) === undefined) {
          PromisePrototypeThen(parts.bytes, respond, () => fail('the response body stream errored.'));
        } else {
          respond(parts.bytes);
        }
      }, (reason) => {
        fail('the promise was rejected.');
        PromiseReject(reason); // the rejection is still reported as unhandled, as Chromium does
      });
    };

    /** Java: a client's message; `settle.done` once the event's waitUntil promises have settled. */
    $.deliverToServiceWorker = function (source, data, kinds, refs, settle) {
      const m = $.receiveMessage(data, kinds, refs);
      const fromWorker = source.scriptURL !== undefined; // a service worker posting to one (itself included)
      const event = $.createEvent(ExtendableMessageEvent, m.error ? 'messageerror' : 'message', {
        __proto__: null, data: m.value, origin: originOf(fromWorker ? source.scriptURL : source.url),
        source: fromWorker ? workerFor(source) : clientFor(source), ports: m.ports,
      });
      dispatchExtendable(event, (ok) => settle.done(ok));
    };
  }
});
