// workers.js — Worker (dedicated workers; classic, module and blob: URLs, nested) and the worker side:
// DedicatedWorkerGlobalScope's postMessage/close/name/importScripts. Each worker is another agent with its own
// context, thread and event loop (ext/Workers.java).
(function (g, $) {
  'use strict';
  const host = $.host;
  const ctorPrefix = "Failed to construct 'Worker': ";

  const handleOf = new WeakMap(); // Worker -> Workers.Handle (host)

  class Worker extends g.EventTarget {
    constructor(scriptURL, options = undefined) {
      $.requireArgs(arguments, 1, 'Worker');
      super();
      let url;
      try {
        url = new g.URL(String(scriptURL), g.location.href);
      } catch (e) {
        throw new $.DOMException(`${ctorPrefix}The URL '${String(scriptURL)}' is invalid.`, 'SyntaxError');
      }
      const opts = options === undefined || options === null ? {} : options;
      const type = opts.type === undefined ? 'classic' : String(opts.type);
      if (type !== 'classic' && type !== 'module') {
        throw new TypeError(`${ctorPrefix}Failed to read the 'type' property from 'WorkerOptions': The provided value '${type}' is not a valid enum value of type WorkerType.`);
      }
      const name = opts.name === undefined ? '' : String(opts.name);
      if (url.protocol !== 'blob:' && url.protocol !== 'data:' && url.origin !== g.location.origin) {
        throw new $.DOMException(`${ctorPrefix}Script at '${url.href}' cannot be accessed from origin '${g.location.origin}'.`, 'SecurityError');
      }
      const self = this;
      const handle = host.createWorker(url.href, type, name, (kind, message, filename, lineno, colno, text) => {
        if (message === '') { // the script could not be loaded: a plain `error` event (cancelable, as Blink's)
          $.fireEvent(self, 'error', { cancelable: true });
          return;
        }
        // The worker's error object stays in the worker: the event's `error` is null.
        const ev = $.createEvent(g.ErrorEvent, 'error', { message, filename, lineno, colno, error: null, cancelable: true });
        if (!$.dispatchTrusted(self, ev)) return;
        // Not canceled: Blink logs it for every agent it passed through — the worker where it happened (only now:
        // nothing is logged when its Worker object cancels it), then this one.
        if (kind === 'error') host.reportToConsole(text);
        host.reportToConsole(text);
        if ($.agentKind === 'window') return;
        // Inside a worker: also reported as this worker's exception (its global's `error` event, then its parent's
        // Worker object), as Blink does.
        const again = $.createEvent(g.ErrorEvent, 'error', { message, filename, lineno, colno, error: null, cancelable: true });
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
  $.defineGlobal('Worker', Worker);

  if ($.agentKind !== 'dedicatedworker') return;

  // ---- inside a dedicated worker -------------------------------------------------------------------
  const scope = $.GlobalInterface.prototype;
  const workerName = $.name;
  let endpoint = null;
  let isModule = false;

  /**
   * Runs the worker's module script (Java calls this after startWorkerScope). A module of the graph that
   * cannot be fetched is a load failure: a plain `error` event on the Worker object, as for a missing
   * classic script; an exception while evaluating is reported like any other.
   */
  $.runWorkerModule = function (url) {
    return import(url).then(() => true, (e) => {
      if (e instanceof Error && /^(Cannot find module|Error reading module)/.test(e.message)) {
        host.uncaught('', '', '', 0, 0, true); // an empty message is the load-failure signal (see the Worker constructor)
      } else {
        $.reportException(e);
      }
      return false;
    });
  };

  /** Called by Java before the worker's script runs. */
  $.startWorkerScope = (port, type) => {
    endpoint = port;
    isModule = type === 'module';
    $.attachEndpoint(g, port);
  };

  $.defineMethods(scope, {
    postMessage(message, options) {
      $.requireArgs(arguments, 1, 'DedicatedWorkerGlobalScope', 'postMessage');
      $.postMessageVia(endpoint, message, options, "Failed to execute 'postMessage' on 'DedicatedWorkerGlobalScope': ");
    },
    close() {
      host.closeSelf(); // the loop ends after this task; the workers this one started end with it (Agent)
    },
  });
  $.defineGetters(scope, { name() { return workerName; } });
  $.defineMethods($.WorkerGlobalScope.prototype, {
    importScripts(...urls) {
      const prefix = "Failed to execute 'importScripts' on 'WorkerGlobalScope': ";
      if (isModule) throw new TypeError(`${prefix}Module scripts don't support importScripts().`);
      const resolved = urls.map((u) => {
        try {
          return new g.URL(String(u), g.location.href).href;
        } catch (e) {
          throw new $.DOMException(`${prefix}The URL '${String(u)}' is invalid.`, 'SyntaxError');
        }
      });
      for (const url of resolved) {
        let loaded;
        try {
          loaded = host.importScript(url);
        } catch (e) {
          // A syntax error in the imported script: Blink words it "<prefix><message>" and reports it where it is
          // in that script (GraalJS puts "url:line:col " before its message).
          const m = e instanceof SyntaxError ? /^(\S+):(\d+):(\d+) ([^\n]*)/.exec(e.message) : null;
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
});
