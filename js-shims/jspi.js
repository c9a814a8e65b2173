// jspi.js — the JavaScript Promise Integration API (WebAssembly.Suspending, WebAssembly.promising,
// WebAssembly.SuspendError) over GraalWasm, which has none. Each promising call runs the export in a wasm stack
// of its own (a JDK continuation, ext/Jspi.java); a Suspending import calls its function, then suspends that stack
// until the returned value (as Promise.resolve makes it) settles, while the agent's event loop runs on. As in
// Chromium, a Suspending import always suspends, even for a value that is not a promise.
//
// The spec's two SuspendErrors need to know what is on the stack: `current` is the innermost promising call
// running now, or JS_FRAMES while a JS import function runs (every function import that is neither Suspending nor
// a wasm function is wrapped to say so), or null outside any promising call.
// Loaded before wasm.js, so instantiateStreaming goes through the instantiate below.
(function (g, $) {
  'use strict';
  const WA = g.WebAssembly;
  const host = $.host;
  if (typeof WA !== 'object') return;
  if (host.jspiProblem() !== null) return; // this JVM cannot suspend (the start-up check said why)

  const NativeInstance = WA.Instance;
  const nativeInstantiate = WA.instantiate;
  const compile = WA.compile;
  const Module = WA.Module;
  const moduleImports = Module.imports;
  // intrinsics captured before page code runs (js-shims/README.md): nothing below reads what a page can replace
  const { ArrayFrom, ObjectPrototypeHasOwnProperty, PromiseResolve, ReflectConstruct } = $.primordials;
  const NativePromise = Promise;
  const promiseResolve = PromiseResolve;
  const promiseThen = NativePromise.prototype.then;
  const apply = Reflect.apply;

  // ---- WebAssembly.SuspendError: a NativeError of the WebAssembly namespace ---------------------------
  function SuspendError(message) {
    return ReflectConstruct(Error, arguments, new.target === undefined ? SuspendError : new.target);
  }
  Object.setPrototypeOf(SuspendError, Error);
  SuspendError.prototype = Object.create(Error.prototype, {
    constructor: { value: SuspendError, writable: true, configurable: true },
    name: { value: 'SuspendError', writable: true, configurable: true },
    message: { value: '', writable: true, configurable: true },
  });
  Object.defineProperty(SuspendError, 'prototype', { writable: false });

  // ---- WebAssembly.Suspending ------------------------------------------------------------------------
  const wrapped = new WeakMap(); // Suspending object -> its function
  function Suspending(jsFun) {
    if (new.target === undefined) {
      throw new TypeError("WebAssembly.Suspending(): WebAssembly.Suspending must be invoked with 'new'");
    }
    if (typeof jsFun !== 'function') throw new TypeError('WebAssembly.Suspending(): Argument 0 must be a function');
    wrapped.set(this, jsFun);
  }
  Object.defineProperty(Suspending.prototype, Symbol.toStringTag, { value: 'WebAssembly.Suspending', configurable: true });
  Object.defineProperty(Suspending, 'prototype', { writable: false });

  // ---- the stacks ------------------------------------------------------------------------------------
  const JS_FRAMES = {};
  let current = null;

  /** The body of a promising call's stack (run by Java inside the continuation): the export's result settles it. */
  function runCall(call) {
    try {
      call.resolve(apply(call.fn, undefined, call.args));
    } catch (e) {
      call.reject(e);
    }
  }

  /** Runs or resumes a call's stack with `current` set to it; when it suspends, arranges its resumption. */
  function drive(call) {
    const saved = current;
    current = call;
    let suspended;
    try {
      if (call.stack === null) suspended = (call.stack = host.jspiStart(runCall, call, call.label)) !== null;
      else suspended = host.jspiResume(call.stack);
    } finally {
      current = saved;
    }
    if (suspended) apply(promiseThen, call.awaited, [call.onFulfilled, call.onRejected]);
  }

  function newCall(fn, args, label) {
    const call = {
      __proto__: null, fn, args, label, stack: null, awaited: undefined, ok: true, value: undefined,
      resolve: undefined, reject: undefined, onFulfilled: undefined, onRejected: undefined,
    };
    call.onFulfilled = (v) => { call.ok = true; call.value = v; drive(call); };
    call.onRejected = (e) => { call.ok = false; call.value = e; drive(call); };
    return call;
  }

  /** The import that a Suspending object becomes in an instance. */
  function suspendingImport(jsFun, where) {
    return function (...args) {
      const call = current;
      if (call === null) throw new SuspendError('trying to suspend without WebAssembly.promising');
      if (call === JS_FRAMES) throw new SuspendError('trying to suspend JS frames');
      current = JS_FRAMES;
      let result;
      try {
        result = apply(jsFun, undefined, args);
      } finally {
        current = call;
      }
      call.awaited = promiseResolve(result);
      const failed = host.jspiSuspend(where);
      if (failed === 'too large') throw new RangeError('Maximum call stack size exceeded (this wasm stack is too large to suspend)');
      if (failed === 'too deep') throw new RangeError('Maximum call stack size exceeded');
      if (failed !== null) throw new SuspendError('trying to suspend a stack that holds a native frame');
      const value = call.value;
      call.value = undefined;
      if (call.ok) return value;
      throw value;
    };
  }

  /** A JS function import: while it runs, a Suspending import below it would have JS frames to suspend. */
  function plainImport(fn) {
    return function (...args) {
      const saved = current;
      current = JS_FRAMES;
      try {
        return apply(fn, undefined, args);
      } finally {
        current = saved;
      }
    };
  }

  /**
   * The import object an instance of `module` gets: Suspending objects become suspending imports, JS functions
   * are marked as JS frames. Each import is read once, in the module's order, as the spec reads them; anything
   * the engine would reject goes to it unchanged, so its errors are its own.
   */
  function importsFor(module, importObject) {
    if (importObject === undefined || importObject === null || typeof importObject !== 'object') return importObject;
    const out = { __proto__: null };
    const descriptors = moduleImports(module);
    for (let i = 0; i < descriptors.length; i++) {
      const m = descriptors[i].module, name = descriptors[i].name, kind = descriptors[i].kind;
      const o = importObject[m];
      if (o === null || (typeof o !== 'object' && typeof o !== 'function')) return importObject;
      let v = o[name];
      if (kind === 'function') {
        const jsFun = typeof v === 'object' && v !== null ? wrapped.get(v) : undefined;
        if (jsFun !== undefined) v = suspendingImport(jsFun, `import "${m}" "${name}" (${jsFun.name || 'anonymous'})`);
        else if (typeof v === 'function' && !host.jspiIsExportedFunction(v)) v = plainImport(v);
      }
      if (!ObjectPrototypeHasOwnProperty(out, m)) out[m] = { __proto__: null };
      out[m][name] = v;
    }
    return out;
  }

  // new WebAssembly.Instance(module, importObject): the engine's constructor, reached through a proxy.
  const Instance = new Proxy(NativeInstance, {
    construct(target, args, newTarget) {
      const a = ArrayFrom(args);
      if (a[0] instanceof Module) a[1] = importsFor(a[0], a[1]);
      return ReflectConstruct(target, a, newTarget === Instance ? target : newTarget);
    },
  });
  Object.defineProperty(NativeInstance.prototype, 'constructor',
    { ...Object.getOwnPropertyDescriptor(NativeInstance.prototype, 'constructor'), value: Instance });

  function instantiate(source, importObject = undefined) {
    if (source instanceof Module) {
      let imports;
      try {
        imports = importsFor(source, importObject);
      } catch (e) {
        return NativePromise.reject(e); // a throwing getter rejects, as the engine's own reading would
      }
      return apply(nativeInstantiate, WA, [source, imports]);
    }
    if (importObject === undefined) return apply(nativeInstantiate, WA, [source]);
    return apply(promiseThen, apply(compile, WA, [source]), [(module) =>
      apply(promiseThen, apply(nativeInstantiate, WA, [module, importsFor(module, importObject)]), [(instance) => ({ module, instance })])]);
  }
  Object.defineProperty(instantiate, 'name', { value: 'instantiate' });
  Object.defineProperty(instantiate, 'length', { value: 1 });

  // ---- WebAssembly.promising -------------------------------------------------------------------------
  const promising = {
    promising(wasmFunc) {
      if (typeof wasmFunc !== 'function') throw new TypeError('WebAssembly.promising(): Argument 0 must be a function');
      if (!host.jspiIsExportedFunction(wasmFunc)) {
        throw new TypeError('WebAssembly.promising(): Argument 0 must be a WebAssembly exported function');
      }
      const label = String(wasmFunc.name);
      const f = (...args) => {
        let resolve, reject;
        const promise = new NativePromise((res, rej) => { resolve = res; reject = rej; });
        const call = newCall(wasmFunc, args, label);
        call.resolve = resolve;
        call.reject = reject;
        drive(call);
        return promise;
      };
      Object.defineProperty(f, 'length', { value: wasmFunc.length });
      Object.defineProperty(f, 'name', { value: label });
      return f;
    },
  }.promising;

  Object.defineProperty(WA, 'Instance', { ...Object.getOwnPropertyDescriptor(WA, 'Instance'), value: Instance });
  Object.defineProperty(WA, 'instantiate', { ...Object.getOwnPropertyDescriptor(WA, 'instantiate'), value: instantiate });
  Object.defineProperty(WA, 'Suspending', { value: Suspending, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(WA, 'promising', { value: promising, writable: true, configurable: true, enumerable: true });
  Object.defineProperty(WA, 'SuspendError', { value: SuspendError, writable: true, configurable: true, enumerable: false });
});
