// globals.js — the global object itself: Window / WorkerGlobalScope as an EventTarget, self/window, location,
// navigator, origin/isSecureContext/crossOriginIsolated, error reporting (the `error` and
// `unhandledrejection` events, then the console), the document's module scripts and `load`.
// Java half: AgentBridge (uncaught, reportToConsole, postTask) and Page (document loading).
(function (g, $) {
  'use strict';
  const { ArrayPrototypeJoin, ArrayPrototypePush, Error, Object, ObjectCreate, ObjectDefineProperty, ObjectFreeze,
    ObjectPrototypeToString, ObjectSetPrototypeOf, PromisePrototypeThen, PromiseResolve, RegExpPrototypeExec, String,
    StringPrototypeReplace, StringPrototypeSplit, StringPrototypeStartsWith, StringPrototypeTrim, SymbolToStringTag,
    SyntaxError, TypeError, hardenRegExp, InternalArray, ObjectPrototype, ObjectPrototypeIsPrototypeOf, SafeWeakMap,
    ObjectGetOwnPropertyDescriptor, ObjectHasOwn, ObjectIsExtensible, StringPrototypeEndsWith } = $.primordials;
  const host = $.host;
  const isWindow = $.agentKind === 'window';
  // error checks by prototype chain, not instanceof: a page can give Error its own Symbol.hasInstance (and SyntaxError
  // inherits it), which instanceof would call with the value being reported
  const ErrorPrototype = Error.prototype, SyntaxErrorPrototype = SyntaxError.prototype;
  const isA = (proto, v) => v !== null && (typeof v === 'object' || typeof v === 'function') && ObjectPrototypeIsPrototypeOf(proto, v);
  const isError = (v) => isA(ErrorPrototype, v);
  // Captured now: the page may replace these globals later.
  const URL = g.URL, ErrorEvent = g.ErrorEvent, PromiseRejectionEvent = g.PromiseRejectionEvent;

  // ---- the global object's interface -------------------------------------------------------------
  function illegal() { throw new TypeError('Illegal constructor'); }
  /** An interface object; `Parent` null for one that inherits from nothing (its object is a plain function's). */
  function defineInterface(name, Parent) {
    const C = { [name]: function () { illegal(); } }[name];
    if (Parent !== null) ObjectSetPrototypeOf(C, Parent);
    C.prototype = ObjectCreate(Parent === null ? ObjectPrototype : Parent.prototype, { constructor: { value: C, writable: true, configurable: true } });
    ObjectDefineProperty(C, 'prototype', { writable: false });
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
    const scopeNames = { __proto__: null, serviceworker: 'ServiceWorkerGlobalScope', sharedworker: 'SharedWorkerGlobalScope' };
    GlobalInterface = defineInterface(scopeNames[$.agentKind] || 'DedicatedWorkerGlobalScope', WorkerGlobalScope);
    $.WorkerGlobalScope = WorkerGlobalScope;
  }
  $.GlobalInterface = GlobalInterface;
  ObjectSetPrototypeOf(g, GlobalInterface.prototype);
  delete g[SymbolToStringTag]; // GraalJS's own "global"; the interface's tag ([object Window]) shows through
  $.initEventTarget(g);
  $.isGlobalScope = (t) => t === g;
  for (const type of ['error', 'unhandledrejection', 'rejectionhandled', 'message', 'messageerror', 'load',
    'languagechange', 'online', 'offline']) {
    if (!isWindow && type === 'load') continue;
    if ($.agentKind === 'sharedworker' && (type === 'message' || type === 'messageerror')) continue; // its messages come by ports
    $.defineEventHandler(GlobalInterface.prototype, type);
  }

  if (isWindow) {
    // [Replaceable] on the window: an assignment replaces it with a data property
    ObjectDefineProperty(g, 'self', { __proto__: null, get() { return g; }, set(v) { ObjectDefineProperty(g, 'self', { __proto__: null, value: v, writable: true, configurable: true, enumerable: true }); }, configurable: true, enumerable: true });
  } else {
    // readonly on WorkerGlobalScope: `self = 1` does nothing (a TypeError in strict code)
    $.defineGetters($.WorkerGlobalScope.prototype, { self() { return g; } });
  }
  if (isWindow) {
    ObjectDefineProperty(g, 'window', { get() { return g; }, configurable: false, enumerable: true });
    ObjectDefineProperty(g, 'frames', { get() { return g; }, configurable: true, enumerable: true });
    ObjectDefineProperty(g, 'top', { get() { return g; }, configurable: false, enumerable: true });
    ObjectDefineProperty(g, 'parent', { get() { return g; }, configurable: true, enumerable: true });
  }

  // ---- location ----------------------------------------------------------------------------------
  // The location is kept as a URL object the page never sees, read through url.js's getters captured now, so
  // $.locationHref() / $.locationOrigin() (what same-origin checks use) cannot be steered by patching URL.prototype.
  const parts = ['href', 'origin', 'protocol', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
  const urlGetters = { __proto__: null };
  for (let i = 0; i < parts.length; i++) urlGetters[parts[i]] = $.primordials.uncurryThis(Object.getOwnPropertyDescriptor(URL.prototype, parts[i]).get);
  // Parsed from $.url (bound to the agent) on first use: url.js's parser is costly until the JIT has compiled it, and
  // a page that never reads its location, origin or a relative URL pays nothing for it.
  // The location never changes, so its href and origin are serialized once (same-origin checks read them per request
  // and per message).
  let locationURL = null, locationHref = null, locationOrigin = null;
  const loc = () => (locationURL === null ? (locationURL = new URL($.url)) : locationURL);
  $.locationHref = () => (locationHref === null ? (locationHref = urlGetters.href(loc())) : locationHref);
  $.locationOrigin = () => (locationOrigin === null ? (locationOrigin = urlGetters.origin(loc())) : locationOrigin);
  const Location = defineInterface(isWindow ? 'Location' : 'WorkerLocation', null);
  const location = $.markPlatformObject(ObjectCreate(Location.prototype));
  const getters = {};
  for (const p of parts) getters[p] = function () { return urlGetters[p](loc()); };
  $.defineGetters(Location.prototype, getters);
  $.defineMethods(Location.prototype, { toString() { return urlGetters.href(loc()); } });
  if (isWindow) {
    $.defineMethods(Location.prototype, {
      assign() { throw new $.DOMException('Navigation is not supported by the harness', 'NotSupportedError'); },
      replace() { throw new $.DOMException('Navigation is not supported by the harness', 'NotSupportedError'); },
      reload() { throw new $.DOMException('Navigation is not supported by the harness', 'NotSupportedError'); },
    });
  }
  ObjectDefineProperty(g, 'location', { get() { return location; }, set(v) {}, configurable: !isWindow, enumerable: true });

  // ---- navigator ---------------------------------------------------------------------------------
  const Navigator = defineInterface(isWindow ? 'Navigator' : 'WorkerNavigator', null);
  const navigator = $.markPlatformObject(ObjectCreate(Navigator.prototype));
  const languages = ObjectFreeze(['en-US', 'en']);
  $.defineGetters(Navigator.prototype, {
    appCodeName() { return 'Mozilla'; },
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
  });
  if (isWindow) {
    $.defineGetters(Navigator.prototype, {
      productSub() { return '20030107'; },
      vendor() { return 'Google Inc.'; },
      vendorSub() { return ''; },
      webdriver() { return false; },
      doNotTrack() { return null; },
    });
    $.defineMethods(Navigator.prototype, { javaEnabled() { return false; } });
  }
  ObjectDefineProperty(g, 'navigator', { get() { return navigator; }, configurable: true, enumerable: true });

  // ---- origin / security ---------------------------------------------------------------------------
  ObjectDefineProperty(g, 'origin', { get() { return $.locationOrigin(); }, configurable: true, enumerable: true });
  ObjectDefineProperty(g, 'isSecureContext', { get() { return true; }, configurable: true, enumerable: true });
  ObjectDefineProperty(g, 'crossOriginIsolated', { get() { return $.crossOriginIsolated; }, configurable: true, enumerable: true });
  if (isWindow) ObjectDefineProperty(g, 'name', { value: '', writable: true, configurable: true, enumerable: true });

  // ---- tasks ---------------------------------------------------------------------------------------
  /** Queues fn as a task of this agent's event loop (exceptions are reported like any task's). */
  $.postTask = (fn) => host.postTask(() => {
    try { fn(); } catch (e) { $.reportException(e); }
  });

  // ---- error reporting -----------------------------------------------------------------------------
  function describe(value) {
    if (isError(value) || (value !== null && typeof value === 'object' && typeof value.stack === 'string' && 'message' in value)) {
      const stack = typeof value.stack === 'string' && value.stack ? value.stack : String(value);
      return { __proto__: null, message: `${value.name}: ${value.message}`, text: StringPrototypeStartsWith(stack, `${value.name}`) ? stack : `${String(value)}\n${stack}` };
    }
    // Anything else is named by its string conversion, as V8 does ("Uncaught [object Object]", "Uncaught 1,2")
    let text;
    try {
      text = String(value);
    } catch (e) {
      text = typeof $.describeValue === 'function' ? $.describeValue(value) : ObjectPrototypeToString(value);
    }
    return { __proto__: null, message: text, text };
  }

  /**
   * Modules load through a virtual file system where http://host/a.js is the path /http/host/a.js
   * (net/ModuleFileSystem.java); GraalJS names module frames by that path. Reports show the URL.
   */
  const virtualPath = hardenRegExp(/(^|[\s(])\/(https?|blob)\/([^/\s()]+)\//g);
  const urlsInText = (text) => StringPrototypeReplace(text, virtualPath, (m, pre, scheme, host) => (scheme === 'blob'
    ? `${pre}blob:` : `${pre}${scheme}://${host}/`));
  /**
   * The text of a report: URLs for virtual paths, and the page's frames only (the shims' own, harness:*.js, are
   * the browser's insides).
   */
  const reportText = (text) => {
    const lines = StringPrototypeSplit(urlsInText(text), '\n');
    const kept = InternalArray();
    for (let i = 0; i < lines.length; i++) {
      if (RegExpPrototypeExec(/^\s+at (?:.* \()?harness:[^)]*\)?$/, lines[i]) === null) ArrayPrototypePush(kept, lines[i]);
    }
    return ArrayPrototypeJoin(kept, '\n');
  };

  /** The first "file:line:col" of a stack, as the error event's filename/lineno/colno. */
  function locate(error) {
    const stack = error !== null && typeof error === 'object' && typeof error.stack === 'string' ? error.stack : '';
    const lines = StringPrototypeSplit(stack, '\n');
    for (let i = 1; i < lines.length; i++) {
      const m = RegExpPrototypeExec(/\(?((?:[a-z][a-z0-9+.-]*:|\/)[^()\s]*?):(\d+):(\d+)\)?\s*$/i, StringPrototypeTrim(lines[i]));
      if (m && !StringPrototypeStartsWith(m[1], 'harness:')) return { __proto__: null, file: urlsInText(m[1]), line: +m[2], col: +m[3] };
    }
    return { __proto__: null, file: '', line: 0, col: 0 };
  }

  $.reportText = reportText;
  $.locateError = locate;

  /** Where an error was found when its stack cannot say (a syntax error in a script that importScripts ran). */
  const errorLocations = new SafeWeakMap();
  $.setErrorLocation = (error, file, line, col) => { errorLocations.set(error, { __proto__: null, file, line, col }); };

  /**
   * HTML "report an exception": error event on the global (cancelable), then the console. file/line/col: where
   * the host saw it escape (not used when that is inside a shim: then the page's frame that called the shim).
   * description: how to name it (default: describe(error)).
   */
  $.reportException = function (error, file, line, col, description) {
    let where = { __proto__: null, file: urlsInText(file || ''), line: line || 0, col: col || 0 };
    const known = error !== null && typeof error === 'object' ? errorLocations.get(error) : undefined;
    if (known !== undefined) where = known;
    else if (!where.file || StringPrototypeStartsWith(where.file, 'harness:')) where = locate(error);
    // GraalJS words a script's syntax error "url:line:col message" plus the source line and a caret; a browser
    // reports just the message, with the location on the event: "Uncaught SyntaxError: ... (at url:line:col)".
    let d;
    const syntax = isA(SyntaxErrorPrototype, error) && typeof error.message === 'string' ? RegExpPrototypeExec(/^\S+:\d+:\d+ ([^\n]*)/, error.message) : null;
    if (syntax) {
      try { error.message = syntax[1]; } catch (e) { /* frozen: keep GraalJS's text */ }
      d = { __proto__: null, message: `SyntaxError: ${syntax[1]}`, text: `SyntaxError: ${syntax[1]} (at ${where.file}:${where.line}:${where.col})` };
    } else if (known !== undefined && isA(SyntaxErrorPrototype, error)) {
      d = { __proto__: null, message: `SyntaxError: ${error.message}`, text: `SyntaxError: ${error.message} (at ${where.file}:${where.line}:${where.col})` };
    } else {
      d = description === undefined ? describe(error) : description;
    }
    const message = 'Uncaught ' + d.message;
    let notCanceled = true;
    try {
      const ev = $.createEvent(ErrorEvent, 'error', {
        __proto__: null, message, filename: where.file, lineno: where.line, colno: where.col, error, cancelable: true,
      });
      notCanceled = $.dispatchTrusted(g, ev);
    } catch (e) {
      host.reportToConsole('Uncaught ' + reportText(describe(e).text));
    }
    if (notCanceled) host.uncaught('Uncaught ' + reportText(d.text), message, where.file, where.line, where.col, true);
  };

  // ---- Error.captureStackTrace(object, constructorOpt): V8's, which Chromium has and GraalJS 25 does not ----------
  // Gives `object` a `stack` accessor (non-enumerable, configurable, as V8 does): the object's "Name: message", then
  // the frames of the caller's stack, without those above and including the innermost call of constructorOpt (none
  // when it is not on the stack). GraalJS gives no frame's function, so constructorOpt's frame is found by its name
  // ("f", "new F", "X.f"). Formatted on first read, as V8 does; a write replaces it.
  const isFrame = (line) => RegExpPrototypeExec(/^\s+at /, line) !== null;
  const frameFunction = (line) => {
    const m = RegExpPrototypeExec(/^\s+at (.*?) \(/, line);
    return m === null ? '' : m[1];
  };
  function errorHeader(o) {
    const name = o.name === undefined ? 'Error' : String(o.name);
    const message = o.message === undefined ? '' : String(o.message);
    return name === '' ? message : message === '' ? name : `${name}: ${message}`;
  }
  ObjectDefineProperty(Error, 'captureStackTrace', {
    __proto__: null, writable: true, enumerable: false, configurable: true,
    value: {
      captureStackTrace(object, constructorOpt) {
        if (object === null || (typeof object !== 'object' && typeof object !== 'function')) throw new TypeError('invalid_argument');
        if (!ObjectIsExtensible(object) && ObjectGetOwnPropertyDescriptor(object, 'stack') === undefined) {
          throw new TypeError('Cannot define property stack, object is not extensible');
        }
        const lines = StringPrototypeSplit(new Error().stack, '\n');
        let frames = InternalArray();
        for (let i = 1; i < lines.length; i++) {
          if (isFrame(lines[i]) && RegExpPrototypeExec(/^\s+at (?:.* \()?harness:/, lines[i]) === null) ArrayPrototypePush(frames, lines[i]);
        }
        if (typeof constructorOpt === 'function') {
          const own = ObjectGetOwnPropertyDescriptor(constructorOpt, 'name'); // a function's own name, no getter run
          const name = own !== undefined && ObjectHasOwn(own, 'value') ? own.value : undefined;
          let cut = -1;
          for (let i = 0; i < frames.length && cut < 0 && typeof name === 'string' && name !== ''; i++) {
            const f = frameFunction(frames[i]);
            if (f === name || f === `new ${name}` || StringPrototypeEndsWith(f, `.${name}`)) cut = i;
          }
          const kept = InternalArray();
          for (let i = cut < 0 ? frames.length : cut + 1; i < frames.length; i++) ArrayPrototypePush(kept, frames[i]);
          frames = kept;
        }
        let value, formatted = false;
        ObjectDefineProperty(object, 'stack', {
          __proto__: null, enumerable: false, configurable: true,
          get() {
            if (!formatted) {
              formatted = true;
              value = frames.length === 0 ? errorHeader(object) : `${errorHeader(object)}\n${ArrayPrototypeJoin(frames, '\n')}`;
            }
            return value;
          },
          set(v) { formatted = true; value = v; },
        });
      },
    }.captureStackTrace,
  });

  // reportError(e): "report an exception" for e, now: the error event first, then the console unless canceled. An
  // Error is located where it was made; any other value where reportError was called, and named as V8 names a value
  // without running page code ($.describeValue, structured-clone.js: "#<Foo>", "[object Array]", a function's source),
  // where a thrown one is named by its string conversion.
  $.defineMethods(g, {
    reportError(e) {
      $.requireArgs(arguments, 1, $.globalInterfaceName(), 'reportError');
      if (isError(e)) {
        $.reportException(e);
        return;
      }
      const at = locate(new Error());
      const name = $.describeValue(e);
      $.reportException(e, at.file, at.line, at.col, { __proto__: null, message: name, text: name });
    },
  });

  $.setUnhandledRejectionHandler((reason, promise) => {
    $.postTask(() => {
      let notCanceled = true;
      try {
        const ev = $.createEvent(PromiseRejectionEvent, 'unhandledrejection', { __proto__: null, promise, reason, cancelable: true });
        notCanceled = $.dispatchTrusted(g, ev);
      } catch (e) {
        host.reportToConsole('Uncaught ' + reportText(describe(e).text));
      }
      if (notCanceled) host.reportToConsole('Uncaught (in promise) ' + reportText(describe(reason).text));
    });
  });

  // ---- scripts -------------------------------------------------------------------------------------
  const isModuleNotFound = (e) => isError(e) && RegExpPrototypeExec(/^Cannot find module/, e.message) !== null;

  /** Imports one module script; a load failure is a console error, an exception is reported. */
  $.runModule = function (url) {
    return PromisePrototypeThen(import(url), () => true, (e) => {
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
      const n = urls.length; // a Java list: read by index, no iterator the page could patch
      if (n === 0) { $.documentLoaded(); return; }
      host.beginOp();
      let chain = PromiseResolve();
      for (let i = 0; i < n; i++) {
        const u = urls[i];
        chain = PromisePrototypeThen(chain, () => $.runModule(u));
      }
      const done = () => { host.endOp(); $.documentLoaded(); };
      PromisePrototypeThen(chain, done, done);
    };
  }
});
