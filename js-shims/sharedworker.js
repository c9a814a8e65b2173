// sharedworker.js — SharedWorker (in windows, as in Chromium) and the worker side: SharedWorkerGlobalScope's
// `connect` events. One shared worker runs per (script URL, name, origin) in a BrowserContext; each constructor
// call connects to it through a new entangled pair of ports (ext/SharedWorkers.java). The rest of the worker
// side (name, close, importScripts, module scripts) is workers.js's.
(function (g, $) {
  'use strict';
  const { ObjectCreate, ObjectDefineProperty, ObjectFreeze, ObjectSetPrototypeOf, PromisePrototypeThen, ReflectConstruct,
    SafeWeakMap, TypeError } = $.primordials;
  const host = $.host;
  const EventTarget = g.EventTarget, ErrorEvent = g.ErrorEvent, MessageEvent = g.MessageEvent;

  if ($.agentKind === 'window') {
    const prefix = "Failed to construct 'SharedWorker': ";
    const portOf = new SafeWeakMap(); // SharedWorker -> its MessagePort
    const enumValue = (dict, member, value, allowed, type) => {
      for (let i = 0; i < allowed.length; i++) if (allowed[i] === value) return value;
      throw new TypeError(`${prefix}Failed to read the '${member}' property from '${dict}': The provided value '${value}' is not a valid enum value of type ${type}.`);
    };

    /** new SharedWorker(scriptURL, optional (DOMString or WorkerOptions) options = {}) */
    function SharedWorker(scriptURL, options = undefined) {
      if (new.target === undefined) {
        throw new TypeError(`${prefix}Please use the 'new' operator, this DOM object constructor cannot be called as a function.`);
      }
      $.requireArgs(arguments, 1, 'SharedWorker');
      const input = $.toDOMString(scriptURL);
      // (DOMString or WorkerOptions): undefined, null and objects are the dictionary (members read in WebIDL's
      // order: credentials, name, type), anything else the name
      let name = '', type = 'classic', credentials = 'same-origin';
      if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'function') {
        name = $.toDOMString(options);
      } else if (options !== undefined && options !== null) {
        const c = options.credentials;
        if (c !== undefined) credentials = enumValue('WorkerOptions', 'credentials', $.toDOMString(c), ['omit', 'same-origin', 'include'], 'RequestCredentials');
        const n = options.name;
        if (n !== undefined) name = $.toDOMString(n);
        const t = options.type;
        if (t !== undefined) type = enumValue('WorkerOptions', 'type', $.toDOMString(t), ['classic', 'module'], 'WorkerType');
      }
      const url = $.parseURL(input, $.locationHref());
      if (url === null) throw new $.DOMException(`${prefix}'${input}' is not a valid URL.`, 'SyntaxError');
      const href = $.serializeURL(url);
      if (url.scheme !== 'blob' && url.scheme !== 'data' && $.serializeOrigin(url) !== $.locationOrigin()) {
        throw new $.DOMException(`${prefix}Script at '${href}' cannot be accessed from origin '${$.locationOrigin()}'.`, 'SecurityError');
      }
      const self = ReflectConstruct(EventTarget, [], new.target);
      const handle = host.connectSharedWorker(href, name, type, credentials, (kind, message, filename, lineno, colno) => {
        if (kind === 'error') { // the script threw while it ran: an ErrorEvent (canceling it changes nothing: already logged)
          $.dispatchTrusted(self, $.createEvent(ErrorEvent, 'error', { __proto__: null, message, filename, lineno, colno, error: null, cancelable: true }));
        } else { // its script could not be fetched or parsed, or the running worker has another type/credentials
          $.fireEvent(self, 'error', { __proto__: null, cancelable: true });
        }
      });
      portOf.set(self, $.portForEndpoint(handle.port));
      return self;
    }
    ObjectSetPrototypeOf(SharedWorker, EventTarget);
    ObjectDefineProperty(SharedWorker, 'prototype', {
      __proto__: null,
      value: ObjectCreate(EventTarget.prototype, { constructor: { __proto__: null, value: SharedWorker, writable: true, configurable: true } }),
      writable: false,
    });
    $.defineGetters(SharedWorker.prototype, {
      port() {
        const port = portOf.get(this);
        if (port === undefined) throw new TypeError('Illegal invocation');
        return port;
      },
    });
    $.defineEventHandler(SharedWorker.prototype, 'error');
    $.toStringTag(SharedWorker, 'SharedWorker');
    $.defineGlobal('SharedWorker', SharedWorker);
    return;
  }

  if ($.agentKind !== 'sharedworker') return;

  // ---- inside a shared worker ----------------------------------------------------------------------------
  $.defineEventHandler($.GlobalInterface.prototype, 'connect');

  /** Called by Java on this worker's thread for each SharedWorker object that connects: a `connect` event. */
  $.dispatchConnect = function (endpoint) {
    const port = $.portForEndpoint(endpoint);
    try {
      const ev = $.createPlatformEvent(MessageEvent, 'connect', {
        __proto__: null, data: null, origin: '', lastEventId: '', source: port, ports: ObjectFreeze([port]), userActivation: null,
      });
      $.dispatchTrusted(g, ev);
    } catch (e) {
      $.reportException(e);
    }
  };

  /** Runs a module worker script; `done()` (Java) once it has run or failed. */
  $.runSharedWorkerModule = (url, done) => {
    const after = () => { done(); };
    PromisePrototypeThen($.runWorkerModule(url), after, after);
  };
});
