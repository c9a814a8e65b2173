// workers.js — Worker (dedicated workers; classic, module and blob: URLs, nested) and the worker side:
// DedicatedWorkerGlobalScope's postMessage/close/name/importScripts. Each worker is another agent with its own
// context, thread and event loop (ext/Workers.java).
(function (g, $) {
  'use strict';
  const { ArrayPrototypePush, Error, InternalArray, NumberPrototypeToString, ObjectPrototypeIsPrototypeOf, PromisePrototypeThen, RegExpPrototypeExec,
    SafeWeakMap, String, StringPrototypeCharCodeAt, StringPrototypeIndexOf, StringPrototypeReplace, StringPrototypeSlice, StringPrototypeStartsWith,
    StringPrototypeToUpperCase, SyntaxError, TypeError, hardenRegExp } = $.primordials;
  const IMPORT_SYNTAX_ERROR = hardenRegExp(/^(\S+):(\d+):(\d+) ([^\n]*)/);
  const host = $.host;
  const ErrorEvent = g.ErrorEvent;
  const ctorPrefix = "Failed to construct 'Worker': ";

  const handleOf = new SafeWeakMap(); // Worker -> Workers.Handle (host)

  class Worker extends g.EventTarget {
    constructor(scriptURL, options = undefined) {
      $.requireArgs(arguments, 1, 'Worker');
      super();
      // url.js's own parser and serializers: no URL.prototype getter the page could replace decides the origin
      const input = String(scriptURL);
      const url = $.parseURL(input, $.locationHref());
      if (url === null) throw new $.DOMException(`${ctorPrefix}The URL '${input}' is invalid.`, 'SyntaxError');
      const href = $.serializeURL(url);
      const opts = options === undefined || options === null ? { __proto__: null } : options;
      const type = opts.type === undefined ? 'classic' : String(opts.type);
      if (type !== 'classic' && type !== 'module') {
        throw new TypeError(`${ctorPrefix}Failed to read the 'type' property from 'WorkerOptions': The provided value '${type}' is not a valid enum value of type WorkerType.`);
      }
      const name = opts.name === undefined ? '' : String(opts.name);
      if (url.scheme !== 'blob' && url.scheme !== 'data' && $.serializeOrigin(url) !== $.locationOrigin()) {
        throw new $.DOMException(`${ctorPrefix}Script at '${href}' cannot be accessed from origin '${$.locationOrigin()}'.`, 'SecurityError');
      }
      const self = this;
      const handle = host.createWorker(href, type, name, (kind, message, filename, lineno, colno, text) => {
        if (message === '') { // the script could not be loaded: a plain `error` event (cancelable, as Blink's)
          $.fireEvent(self, 'error', { __proto__: null, cancelable: true });
          return;
        }
        // The worker's error object stays in the worker: the event's `error` is null.
        const ev = $.createEvent(ErrorEvent, 'error', { __proto__: null, message, filename, lineno, colno, error: null, cancelable: true });
        if (!$.dispatchTrusted(self, ev)) return;
        // Not canceled: Blink logs it once for the worker it came from (only now: nothing is logged when its Worker
        // object cancels it) and, in a window, once more for the window.
        host.reportToConsole(text);
        if ($.agentKind === 'window') {
          host.reportToConsole(text);
          return;
        }
        // Inside a worker: reported as this worker's exception (its global's `error` event, then its parent's Worker
        // object), as Blink does; this worker's own line is logged only if that is not canceled either.
        const again = $.createEvent(ErrorEvent, 'error', { __proto__: null, message, filename, lineno, colno, error: null, cancelable: true });
        if ($.dispatchTrusted(g, again)) host.uncaught(text, message, filename, lineno, colno, false);
      });
      handleOf.set(this, handle);
      $.attachEndpoint(this, handle.port);
    }

    postMessage(message, options) {
      const handle = handleOf.get(this);
      if (handle === undefined) throw new TypeError('Illegal invocation');
      $.requireArgs(arguments, 1, 'Worker', 'postMessage');
      $.postMessageVia(handle.port, message, options, "Failed to execute 'postMessage' on 'Worker': ");
    }

    terminate() {
      const handle = handleOf.get(this);
      if (handle === undefined) throw new TypeError('Illegal invocation');
      host.terminateWorker(handle);
    }
  }
  $.toStringTag(Worker, 'Worker');
  for (const type of ['message', 'messageerror', 'error']) $.defineEventHandler(Worker.prototype, type);
  if ($.agentKind !== 'sharedworker') $.defineGlobal('Worker', Worker); // Chromium starts no worker from a shared one

  if ($.agentKind === 'window') return;

  // ---- importScripts, in dedicated, shared and service workers ---------------------------------------------------
  // (a service worker's imports follow its own rules, in Java: ServiceWorkers.importScript)
  let isModule = false;
  /** A module worker's global: importScripts throws (called before its script runs). */
  $.setModuleWorker = () => { isModule = true; };
  $.defineMethods($.WorkerGlobalScope.prototype, {
    importScripts(...urls) {
      const prefix = "Failed to execute 'importScripts' on 'WorkerGlobalScope': ";
      if (isModule) throw new TypeError(`${prefix}Module scripts don't support importScripts().`);
      const resolved = InternalArray();
      for (let i = 0; i < urls.length; i++) {
        const u = String(urls[i]);
        const record = $.parseURL(u, $.locationHref());
        if (record === null) throw new $.DOMException(`${prefix}The URL '${u}' is invalid.`, 'SyntaxError');
        ArrayPrototypePush(resolved, $.serializeURL(record));
      }
      for (let i = 0; i < resolved.length; i++) {
        const url = resolved[i];
        let loaded;
        try {
          loaded = host.importScript(url);
        } catch (e) {
          // A syntax error in the imported script: Blink words it "<prefix><message>" and reports it where it is
          // in that script (GraalJS puts "url:line:col " before its message).
          const m = ObjectPrototypeIsPrototypeOf(SyntaxError.prototype, e) ? RegExpPrototypeExec(IMPORT_SYNTAX_ERROR, e.message) : null;
          if (m !== null) {
            $.setErrorLocation(e, m[1], +m[2], +m[3]);
            try { e.message = prefix + m[4]; } catch (ignored) { /* frozen: keep GraalJS's text */ }
          }
          throw e;
        }
        if (!loaded) throw new $.DOMException(`${prefix}The script at '${url}' failed to load.`, 'NetworkError');
      }
    },
  });

  const dedicated = $.agentKind === 'dedicatedworker';
  if (!dedicated && $.agentKind !== 'sharedworker') return;

  // ---- inside a dedicated (or shared: sharedworker.js) worker ----------------------------------------
  const scope = $.GlobalInterface.prototype;
  let endpoint = null;

  // GraalJS reads a data: module specifier with java.net.URI, which refuses what the URL standard keeps in a data:
  // URL's body (spaces, quotes, braces, a lone '%'): those are percent-encoded here. GraalJS percent-decodes the body,
  // so the module's text is the same; the fragment (never part of the body) is dropped.
  const URI_REFUSED = hardenRegExp(/[^A-Za-z0-9\-._~:/?@!$&'()*+,;=%\u0080-\uffff]|%(?![0-9A-Fa-f]{2})/g);
  const percentEncode = (c) => '%' + StringPrototypeSlice(StringPrototypeToUpperCase(NumberPrototypeToString(StringPrototypeCharCodeAt(c, 0) + 0x100, 16)), 1);
  function moduleSpecifier(url) {
    if (!StringPrototypeStartsWith(url, 'data:')) return url;
    const hash = StringPrototypeIndexOf(url, '#');
    return StringPrototypeReplace(hash < 0 ? url : StringPrototypeSlice(url, 0, hash), URI_REFUSED, percentEncode);
  }

  /**
   * Runs the worker's module script (Java calls this after startWorkerScope). A module of the graph that
   * cannot be fetched is a load failure: a plain `error` event on the Worker object, as for a missing
   * classic script; an exception while evaluating is reported like any other.
   */
  $.runWorkerModule = function (url) {
    return PromisePrototypeThen(import(moduleSpecifier(url)), () => true, (e) => {
      if (e instanceof Error && RegExpPrototypeExec(/^(Cannot find module|Error reading module)/, e.message) !== null) {
        host.uncaught('', '', '', 0, 0, true); // an empty message is the load-failure signal (see the Worker constructor)
      } else {
        $.reportException(e);
      }
      return false;
    });
  };

  /** Called by Java before the worker's script runs; a shared worker has no port of its own (null). */
  $.startWorkerScope = (port, type) => {
    isModule = type === 'module';
    if (port === null) return;
    endpoint = port;
    $.attachEndpoint(g, port);
  };

  if (dedicated) {
    $.defineMethods(scope, {
      postMessage(message, options) {
        $.requireArgs(arguments, 1, 'DedicatedWorkerGlobalScope', 'postMessage');
        $.postMessageVia(endpoint, message, options, "Failed to execute 'postMessage' on 'DedicatedWorkerGlobalScope': ");
      },
    });
  }
  $.defineMethods(scope, {
    close() {
      host.closeSelf(); // the loop ends after this task; the workers this one started end with it (Agent)
    },
  });
  $.defineGetters(scope, { name() { return $.name; } });
});
