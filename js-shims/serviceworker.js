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
  const PromiseCtor = Promise;
  const KEY = Symbol('internal');

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
  const make = (C) => $.initEventTarget(Object.create(C.prototype));
  const slots = new WeakMap();
  const slot = (o) => {
    const s = slots.get(o);
    if (s === undefined) throw new TypeError('Illegal invocation');
    return s;
  };

  // ---- ServiceWorker / ServiceWorkerRegistration (both sides) -------------------------------------------
  const workers = new Map(); // worker id -> ServiceWorker object of this realm
  const registrations = new Map(); // registration id -> ServiceWorkerRegistration object of this realm

  const ServiceWorker = defineInterface('ServiceWorker', EventTarget, {
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
  $.isServiceWorker = (v) => slots.has(v) && Object.getPrototypeOf(v) === ServiceWorker.prototype || previousIsServiceWorker(v);

  function workerFor(info) {
    if (info === null || info === undefined) return null;
    let w = workers.get(info.id);
    if (w === undefined) {
      w = make(ServiceWorker);
      slots.set(w, { id: info.id, scriptURL: info.scriptURL, state: info.state });
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
      if (kind !== 'window' || newest === null) return PromiseCtor.resolve(this);
      return register(slot(newest).scriptURL, s.scope, 'classic').then(() => this);
    },
    unregister() {
      const s = slot(this);
      return new PromiseCtor((resolve) => resolve(host.swUnregister(s.scope)));
    },
  }, ['updatefound']);

  function registrationFor(info) {
    if (info === null || info === undefined) return null;
    let r = registrations.get(info.id);
    if (r === undefined) {
      r = make(ServiceWorkerRegistration);
      slots.set(r, { id: info.id, scope: info.scope, installing: null, waiting: null, active: null });
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
    if (typeof onRegistrationChange === 'function') onRegistrationChange(info);
  };
  let onRegistrationChange = null;

  if (kind === 'serviceworker') return serviceWorkerScope();
  if (kind !== 'window') return;

  // ---- ServiceWorkerContainer (a window) ----------------------------------------------------------------
  const REGISTER = "Failed to register a ServiceWorker";
  let controller = workerFor(host.swController());
  let readyResolve;
  const ready = new PromiseCtor((r) => { readyResolve = r; });
  let readyDone = false;
  function checkReady(info) {
    if (readyDone || info.active === null || info.active === undefined || !g.location.href.startsWith(info.scope)) return;
    readyDone = true;
    readyResolve(registrationFor(info));
  }
  onRegistrationChange = checkReady;
  const initial = host.swRegistration(g.location.href);
  if (initial !== null && initial !== undefined) checkReady(initial);

  function register(scriptURL, scope, type) {
    return new PromiseCtor((resolve, reject) => {
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
        return PromiseCtor.reject(new TypeError("Failed to execute 'register' on 'ServiceWorkerContainer': 1 argument required, but only 0 present."));
      }
      const opts = options === undefined || options === null ? {} : options;
      const type = opts.type === undefined ? 'classic' : String(opts.type);
      if (type !== 'classic' && type !== 'module') {
        return PromiseCtor.reject(new TypeError(`Failed to execute 'register' on 'ServiceWorkerContainer': Failed to read the 'type' property from 'RegistrationOptions': The provided value '${type}' is not a valid enum value of type WorkerType.`));
      }
      let script;
      try { script = new g.URL(String(scriptURL), g.location.href); } catch (e) { script = null; }
      if (script === null || (script.protocol !== 'http:' && script.protocol !== 'https:')) {
        const shown = script === null ? fallbackHref(String(scriptURL)) : script.href;
        return PromiseCtor.reject(new TypeError(`${REGISTER}: The URL protocol of the script ('${shown}') is not supported.`));
      }
      if (script.origin !== g.location.origin) {
        return PromiseCtor.reject(new $.DOMException(`${REGISTER}: The origin of the provided scriptURL ('${script.origin}') does not match the current origin ('${g.location.origin}').`, 'SecurityError'));
      }
      let scopeURL;
      try { scopeURL = new g.URL(opts.scope === undefined ? './' : String(opts.scope), opts.scope === undefined ? script.href : g.location.href); } catch (e) {
        return PromiseCtor.reject(new TypeError(`${REGISTER}: The URL protocol of the scope ('${String(opts.scope)}') is not supported.`));
      }
      if (scopeURL.origin !== g.location.origin) {
        return PromiseCtor.reject(new $.DOMException(`${REGISTER}: The origin of the provided scope ('${scopeURL.origin}') does not match the current origin ('${g.location.origin}').`, 'SecurityError'));
      }
      scopeURL.hash = '';
      script.hash = '';
      return register(script.href, scopeURL.href, type);
    },
    getRegistration(clientURL = '') {
      slot(this);
      let u;
      try { u = new g.URL(String(clientURL), g.location.href); } catch (e) {
        return PromiseCtor.reject(new TypeError("Failed to get a ServiceWorkerRegistration: The provided documentURL is invalid."));
      }
      if (u.origin !== g.location.origin) {
        return PromiseCtor.reject(new $.DOMException(`Failed to get a ServiceWorkerRegistration: The origin of the provided documentURL ('${u.origin}') does not match the current origin ('${g.location.origin}').`, 'SecurityError'));
      }
      const info = host.swRegistration(u.href);
      return PromiseCtor.resolve(info === null || info === undefined ? undefined : registrationFor(info));
    },
    getRegistrations() {
      slot(this);
      const list = host.swRegistrations();
      const out = [];
      for (let i = 0; i < list.length; i++) out.push(registrationFor(list[i]));
      return PromiseCtor.resolve(out);
    },
    startMessages() { slot(this); },
  }, ['controllerchange', 'message', 'messageerror']);

  function fallbackHref(s) {
    try { return new g.URL(s).href; } catch (e) { return /^[a-z][a-z0-9+.-]*:\/\/[^/]*$/i.test(s) ? s + '/' : s; }
  }

  const container = make(ServiceWorkerContainer);
  slots.set(container, {});
  Object.defineProperty(g.Navigator.prototype, 'serviceWorker', {
    get() { return container; }, enumerable: true, configurable: true,
  });

  /** Java: clients.claim() or an activation changed this client's controller. */
  $.swControllerChange = function (info) {
    controller = workerFor(info);
    $.fireEvent(container, 'controllerchange');
  };

  /** Java: a message from a service worker (Client.postMessage). */
  $.deliverFromServiceWorker = function (source, data, kinds, refs) {
    const m = $.receiveMessage(data, kinds, refs);
    const ev = $.createPlatformEvent(MessageEvent, m.error ? 'messageerror' : 'message', {
      data: m.value, origin: new g.URL(source.scriptURL).origin, lastEventId: '', source: workerFor(source), ports: m.ports, userActivation: null,
    });
    $.dispatchTrusted(container, ev);
  };

  // ---- inside a service worker --------------------------------------------------------------------------
  function serviceWorkerScope() {
    const scope = $.GlobalInterface.prototype;
    let bridge = null;
    let ownRegistration = null;

    // ExtendableEvent and its subclasses: waitUntil's promises extend the event's lifetime.
    const extendState = new WeakMap(); // event -> { promises: [], pending }
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
          x.pending++;
          const p = PromiseCtor.resolve(f);
          x.promises.push(p);
          const done = () => { x.pending--; };
          p.then(done, done);
        },
      },
    });
    const InstallEvent = $.defineEventInterface({ name: 'InstallEvent', parent: ExtendableEvent, dict: 'ExtendableEventInit', members: [] });
    const respondState = new WeakMap(); // fetch event -> { responded, promise }
    const FetchEvent = $.defineEventInterface({
      name: 'FetchEvent', parent: ExtendableEvent, dict: 'FetchEventInit', requiredInit: true,
      members: [
        { name: 'request', conv: (v) => v, def: () => undefined, required: true },
        { name: 'preloadResponse', conv: (v) => PromiseCtor.resolve(v), def: () => PromiseCtor.resolve(undefined) },
        { name: 'clientId', conv: String, def: () => '' },
        { name: 'resultingClientId', conv: String, def: () => '' },
        { name: 'replacesClientId', conv: String, def: () => '' },
        { name: 'handled', conv: (v) => v, def: () => PromiseCtor.resolve(undefined) },
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
          x.promise = PromiseCtor.resolve(r);
          this.waitUntil(x.promise);
          this.stopImmediatePropagation();
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
        { name: 'ports', conv: (v) => Object.freeze(Array.from(v)), def: () => Object.freeze([]) },
      ],
      attributes: ['data', 'origin', 'lastEventId', 'source', 'ports'],
    });

    function dispatchExtendable(event) {
      const x = { promises: [], pending: 0 };
      extendState.set(event, x);
      $.dispatchTrusted(g, event);
      return x;
    }

    /** All of an event's waitUntil promises, including those added while waiting: true unless one rejected. */
    function settled(x) {
      const n = x.promises.length;
      return PromiseCtor.allSettled(x.promises).then((results) => {
        if (x.promises.length > n) return settled(x);
        return results.every((r) => r.status === 'fulfilled');
      });
    }

    // Clients / Client / WindowClient
    const clientObjects = new Map(); // client id -> Client object
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
      get ancestorOrigins() { slot(this); return Object.freeze([]); },
      focus() { slot(this); return PromiseCtor.reject(new $.DOMException("Failed to execute 'focus' on 'WindowClient': Not allowed to focus a window.", 'InvalidAccessError')); },
      navigate() { slot(this); return PromiseCtor.reject(new TypeError("Failed to execute 'navigate' on 'WindowClient': Navigation is not supported by the harness.")); },
    });
    function clientFor(info) {
      let c = clientObjects.get(info.id);
      if (c === undefined) {
        c = Object.create(info.type === 'window' ? WindowClient.prototype : Client.prototype);
        slots.set(c, { id: info.id, url: info.url, type: info.type, frameType: info.frameType });
        clientObjects.set(info.id, c);
      }
      return c;
    }
    const Clients = defineInterface('Clients', Object, {
      get(id) {
        slot(this);
        $.requireArgs(arguments, 1, 'Clients', 'get');
        const list = bridge.clients(true, 'all');
        for (let i = 0; i < list.length; i++) if (list[i].id === String(id)) return PromiseCtor.resolve(clientFor(list[i]));
        return PromiseCtor.resolve(undefined);
      },
      matchAll(options = undefined) {
        slot(this);
        const o = options === undefined || options === null ? {} : options;
        const type = o.type === undefined ? 'window' : String(o.type);
        const list = bridge.clients(!!o.includeUncontrolled, type);
        const out = [];
        for (let i = 0; i < list.length; i++) out.push(clientFor(list[i]));
        return PromiseCtor.resolve(out);
      },
      openWindow() {
        slot(this);
        return PromiseCtor.reject(new $.DOMException("Failed to execute 'openWindow' on 'Clients': Not allowed to open a window.", 'InvalidAccessError'));
      },
      claim() {
        slot(this);
        return new PromiseCtor((resolve) => { bridge.claim(); resolve(undefined); });
      },
    });
    const clients = Object.create(Clients.prototype);
    slots.set(clients, {});

    $.defineGetters(scope, {
      clients() { return clients; },
      registration() { return ownRegistration; },
    });
    $.defineMethods(scope, {
      skipWaiting() { return new PromiseCtor((resolve) => { bridge.skipWaiting(); resolve(undefined); }); },
    });
    for (const t of ['install', 'activate', 'fetch']) $.defineEventHandler(scope, t);

    /** Java, before the script runs: this worker's way to its registration and clients. */
    $.startServiceWorker = (b) => {
      bridge = b;
      ownRegistration = registrationFor(b.registration());
    };
    $.hasFetchHandler = () => $.hasEventListeners(g, 'fetch');

    $.dispatchLifecycleEvent = function (type, settle) {
      const x = dispatchExtendable($.createEvent(type === 'install' ? InstallEvent : ExtendableEvent, type));
      settled(x).then((ok) => settle.done(ok));
    };

    $.dispatchFetchEvent = function (handle, method, url, headers, body, clientId, destination) {
      let request;
      try {
        const hs = [];
        for (let i = 0; i < headers.length; i++) hs.push([headers[i][0], headers[i][1]]);
        request = $.makeRequest(url, method, hs, body === null ? null : new Uint8Array(new ArrayBuffer(body)), destination);
      } catch (e) {
        handle.fallback();
        return;
      }
      const event = $.createEvent(FetchEvent, 'fetch', { request, clientId, resultingClientId: '', cancelable: true });
      const x = { responded: false, promise: null };
      respondState.set(event, x);
      dispatchExtendable(event);
      if (!x.responded) {
        handle.fallback();
        return;
      }
      const fail = (why) => {
        host.console('error', `The FetchEvent for "${url}" resulted in a network error response: ${why}`);
        handle.fail(why);
      };
      x.promise.then((r) => {
        if (!$.isResponse(r)) {
          fail('the promise was rejected.');
          PromiseCtor.reject(new TypeError("Failed to convert value to 'Response'.")); // reported, as Chromium does
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
        handle.respond(parts.status, parts.statusText, parts.headers, parts.bytes, parts.url);
      }, (reason) => {
        fail('the promise was rejected.');
        PromiseCtor.reject(reason); // the rejection is still reported as unhandled, as Chromium does
      });
    };

    $.deliverToServiceWorker = function (source, data, kinds, refs) {
      const m = $.receiveMessage(data, kinds, refs);
      const event = $.createEvent(ExtendableMessageEvent, m.error ? 'messageerror' : 'message', {
        data: m.value, origin: new g.URL(source.url).origin, source: clientFor(source), ports: m.ports,
      });
      dispatchExtendable(event);
    };
  }
});
