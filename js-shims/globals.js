// globals.js — the global object itself: Window / WorkerGlobalScope as an EventTarget, self/window, location,
// navigator, origin/isSecureContext/crossOriginIsolated, error reporting (the `error` and
// `unhandledrejection` events, then the console), the document's module scripts and `load`.
// Java half: AgentBridge (uncaught, reportToConsole, postTask) and Page (document loading).
(function (g, $) {
  'use strict';
  const host = $.host;
  const isWindow = $.agentKind === 'window';
  const parseURL = (s) => new g.URL(s);

  // ---- the global object's interface -------------------------------------------------------------
  function illegal() { throw new TypeError('Illegal constructor'); }
  function defineInterface(name, Parent) {
    const C = { [name]: function () { illegal(); } }[name];
    Object.setPrototypeOf(C, Parent);
    C.prototype = Object.create(Parent.prototype, { constructor: { value: C, writable: true, configurable: true } });
    Object.defineProperty(C, 'prototype', { writable: false });
    $.toStringTag(C, name);
    $.defineGlobal(name, C);
    return C;
  }
  const EventTarget = g.EventTarget;
  let GlobalInterface;
  if (isWindow) {
    GlobalInterface = defineInterface('Window', EventTarget);
  } else {
    const WorkerGlobalScope = defineInterface('WorkerGlobalScope', EventTarget);
    GlobalInterface = defineInterface($.agentKind === 'serviceworker' ? 'ServiceWorkerGlobalScope' : 'DedicatedWorkerGlobalScope', WorkerGlobalScope);
    $.WorkerGlobalScope = WorkerGlobalScope;
  }
  $.GlobalInterface = GlobalInterface;
  Object.setPrototypeOf(g, GlobalInterface.prototype);
  delete g[Symbol.toStringTag]; // GraalJS's own "global"; the interface's tag ([object Window]) shows through
  $.initEventTarget(g);
  $.isGlobalScope = (t) => t === g;
  for (const type of ['error', 'unhandledrejection', 'rejectionhandled', 'message', 'messageerror', 'load',
    'languagechange', 'online', 'offline']) {
    if (!isWindow && type === 'load') continue;
    $.defineEventHandler(GlobalInterface.prototype, type);
  }

  const selfDesc = { get() { return g; }, set(v) { Object.defineProperty(g, 'self', { value: v, writable: true, configurable: true, enumerable: true }); }, configurable: true, enumerable: true };
  Object.defineProperty(g, 'self', selfDesc);
  if (isWindow) {
    Object.defineProperty(g, 'window', { get() { return g; }, configurable: false, enumerable: true });
    Object.defineProperty(g, 'frames', { get() { return g; }, configurable: true, enumerable: true });
    Object.defineProperty(g, 'top', { get() { return g; }, configurable: false, enumerable: true });
    Object.defineProperty(g, 'parent', { get() { return g; }, configurable: true, enumerable: true });
  }

  // ---- location ----------------------------------------------------------------------------------
  let locationURL = parseURL($.url);
  $.setLocation = (href) => { locationURL = parseURL(href); };
  const Location = defineInterface(isWindow ? 'Location' : 'WorkerLocation', Object);
  const location = Object.create(Location.prototype);
  const parts = ['href', 'origin', 'protocol', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
  const getters = {};
  for (const p of parts) getters[p] = function () { return locationURL[p]; };
  $.defineGetters(Location.prototype, getters);
  $.defineMethods(Location.prototype, { toString() { return locationURL.href; } });
  if (isWindow) {
    $.defineMethods(Location.prototype, {
      assign() { throw new $.DOMException('Navigation is not supported by the harness', 'NotSupportedError'); },
      replace() { throw new $.DOMException('Navigation is not supported by the harness', 'NotSupportedError'); },
      reload() { throw new $.DOMException('Navigation is not supported by the harness', 'NotSupportedError'); },
    });
  }
  Object.defineProperty(g, 'location', { get() { return location; }, set(v) {}, configurable: !isWindow, enumerable: true });

  // ---- navigator ---------------------------------------------------------------------------------
  const Navigator = defineInterface(isWindow ? 'Navigator' : 'WorkerNavigator', Object);
  const navigator = Object.create(Navigator.prototype);
  const languages = Object.freeze(['en-US', 'en']);
  $.defineGetters(Navigator.prototype, {
    userAgent() { return 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36 BrowserHarness/0.1'; },
    appName() { return 'Netscape'; },
    appVersion() { return '5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36'; },
    platform() { return 'Linux x86_64'; },
    product() { return 'Gecko'; },
    hardwareConcurrency() { return host.hardwareConcurrency(); },
    language() { return 'en-US'; },
    languages() { return languages; },
    onLine() { return true; },
    cookieEnabled() { return false; },
    webdriver() { return false; },
  });
  Object.defineProperty(g, 'navigator', { get() { return navigator; }, configurable: true, enumerable: true });

  // ---- origin / security ---------------------------------------------------------------------------
  const origin = locationURL.origin;
  Object.defineProperty(g, 'origin', { get() { return origin; }, configurable: true, enumerable: true });
  Object.defineProperty(g, 'isSecureContext', { get() { return true; }, configurable: true, enumerable: true });
  Object.defineProperty(g, 'crossOriginIsolated', { get() { return $.crossOriginIsolated; }, configurable: true, enumerable: true });
  if (isWindow) Object.defineProperty(g, 'name', { value: '', writable: true, configurable: true, enumerable: true });

  // ---- tasks ---------------------------------------------------------------------------------------
  /** Queues fn as a task of this agent's event loop (exceptions are reported like any task's). */
  $.postTask = (fn) => host.postTask(() => {
    try { fn(); } catch (e) { $.reportException(e); }
  });

  // ---- error reporting -----------------------------------------------------------------------------
  function describe(value) {
    if (value instanceof Error || (value !== null && typeof value === 'object' && typeof value.stack === 'string' && 'message' in value)) {
      const stack = typeof value.stack === 'string' && value.stack ? value.stack : String(value);
      return { message: `${value.name}: ${value.message}`, text: stack.startsWith(`${value.name}`) ? stack : `${String(value)}\n${stack}` };
    }
    // Anything else is named by its string conversion, as V8 does ("Uncaught [object Object]", "Uncaught 1,2")
    let text;
    try {
      text = String(value);
    } catch (e) {
      text = typeof $.describeValue === 'function' ? $.describeValue(value) : Object.prototype.toString.call(value);
    }
    return { message: text, text };
  }

  /**
   * Modules load through a virtual file system where http://host/a.js is the path /http/host/a.js
   * (net/ModuleFileSystem.java); GraalJS names module frames by that path. Reports show the URL.
   */
  const virtualPath = /(^|[\s(])\/(https?|blob)\/([^/\s()]+)\//g;
  const urlsInText = (text) => text.replace(virtualPath, (m, pre, scheme, host) => (scheme === 'blob'
    ? `${pre}blob:` : `${pre}${scheme}://${host}/`));
  /**
   * The text of a report: URLs for virtual paths, and the page's frames only (the shims' own, harness:*.js, are
   * the browser's insides).
   */
  const reportText = (text) => urlsInText(text).split('\n').filter((l) => !/^\s+at (?:.* \()?harness:[^)]*\)?$/.test(l)).join('\n');

  /** The first "file:line:col" of a stack, as the error event's filename/lineno/colno. */
  function locate(error) {
    const stack = error !== null && typeof error === 'object' && typeof error.stack === 'string' ? error.stack : '';
    for (const line of stack.split('\n').slice(1)) {
      const m = /\(?((?:[a-z][a-z0-9+.-]*:|\/)[^()\s]*?):(\d+):(\d+)\)?\s*$/i.exec(line.trim());
      if (m && !m[1].startsWith('harness:')) return { file: urlsInText(m[1]), line: +m[2], col: +m[3] };
    }
    return { file: '', line: 0, col: 0 };
  }

  $.reportText = reportText;
  $.locateError = locate;

  /** HTML "report an exception": error event on the global (cancelable), then the console. */
  $.reportException = function (error, file, line, col) {
    let where = { file: urlsInText(file || ''), line: line || 0, col: col || 0 };
    if (!where.file) where = locate(error);
    // GraalJS words a script's syntax error "url:line:col message" plus the source line and a caret; a browser
    // reports just the message, with the location on the event: "Uncaught SyntaxError: ... (at url:line:col)".
    let d;
    const syntax = error instanceof SyntaxError && typeof error.message === 'string' ? /^\S+:\d+:\d+ ([^\n]*)/.exec(error.message) : null;
    if (syntax) {
      try { error.message = syntax[1]; } catch (e) { /* frozen: keep GraalJS's text */ }
      d = { message: `SyntaxError: ${syntax[1]}`, text: `SyntaxError: ${syntax[1]} (at ${where.file}:${where.line}:${where.col})` };
    } else {
      d = describe(error);
    }
    const message = 'Uncaught ' + d.message;
    let notCanceled = true;
    try {
      const ev = $.createEvent(g.ErrorEvent, 'error', {
        message, filename: where.file, lineno: where.line, colno: where.col, error, cancelable: true,
      });
      notCanceled = $.dispatchTrusted(g, ev);
    } catch (e) {
      host.reportToConsole('Uncaught ' + reportText(describe(e).text));
    }
    if (notCanceled) host.uncaught('Uncaught ' + reportText(d.text), message, where.file, where.line, where.col, true);
  };

  $.setUnhandledRejectionHandler((reason, promise) => {
    $.postTask(() => {
      let notCanceled = true;
      try {
        const ev = $.createEvent(g.PromiseRejectionEvent, 'unhandledrejection', { promise, reason, cancelable: true });
        notCanceled = $.dispatchTrusted(g, ev);
      } catch (e) {
        host.reportToConsole('Uncaught ' + reportText(describe(e).text));
      }
      if (notCanceled) host.reportToConsole('Uncaught (in promise) ' + reportText(describe(reason).text));
    });
  });

  // ---- scripts -------------------------------------------------------------------------------------
  const isModuleNotFound = (e) => e instanceof Error && /^Cannot find module/.test(e.message);

  /** Imports one module script; a load failure is a console error, an exception is reported. */
  $.runModule = function (url) {
    return import(url).then(() => true, (e) => {
      if (isModuleNotFound(e)) {
        host.console('error', `Failed to load module script: ${url}`);
        if (!isWindow) throw e;
      } else {
        $.reportException(e);
      }
      return false;
    });
  };

  if (isWindow) {
    let title = '';
    $.setDocumentInfo = (t) => { title = t; };
    $.documentTitle = () => title;
    $.documentLoaded = () => {
      $.postTask(() => $.fireEvent(g, 'load'));
    };
    /** Module scripts run after the document is parsed, in order, then `load` fires. */
    $.runDocumentModules = function (urls) {
      const list = Array.from(urls);
      if (list.length === 0) { $.documentLoaded(); return; }
      host.beginOp();
      let chain = Promise.resolve();
      for (const u of list) chain = chain.then(() => $.runModule(u));
      chain.finally(() => { host.endOp(); $.documentLoaded(); });
    };
  }
});
