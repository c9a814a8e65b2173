// wasm.js — the WebAssembly JS API pieces a browser adds to GraalWasm's: compileStreaming and
// instantiateStreaming over a fetch Response (Blink checks the response, then compiles its bytes), and a
// WebAssembly.Module that postMessage and structuredClone carry to a new Module of the same compiled code
// (ext/WasmModules.java).
(function (g, $) {
  'use strict';
  const { ArrayPrototypePush, BigIntAsIntN, Error, FunctionPrototype, InternalArray, MathFround, MathTrunc, NumberIsInteger, NumberIsNaN,
    ObjectCreate, ObjectDefineProperty, ObjectGetPrototypeOf, ObjectPrototype, ObjectSetPrototypeOf, PromisePrototypeThen, PromiseReject, RangeError, ReflectApply,
    ReflectConstruct, SafeArrayIterator, SafeSet, SafeWeakMap, String, SymbolToStringTag, TypeError } = $.primordials;
  const WA = g.WebAssembly;
  const Response = g.Response;
  if (typeof WA !== 'object') return;
  const compile = WA.compile;

  /** Blink's checks of a streaming source; resolves to the response's bytes. */
  async function responseBytes(source, op) {
    const prefix = `Failed to execute '${op}' on 'WebAssembly': `;
    const response = await source;
    if (!(response instanceof Response)) {
      throw new TypeError(prefix + 'An argument must be provided, which must be a Response or Promise<Response> object');
    }
    if (!response.ok) throw new TypeError(prefix + 'HTTP status code is not ok');
    const type = (response.headers.get('content-type') || '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/wasm') throw new TypeError(prefix + "Incorrect response MIME type. Expected 'application/wasm'.");
    if (response.bodyUsed) throw new TypeError(prefix + 'Cannot compile WebAssembly.Module from an already read Response');
    return response.arrayBuffer();
  }

  $.defineMethods(WA, {
    compileStreaming(source) {
      return PromisePrototypeThen(responseBytes(source, 'compile'), (bytes) => ReflectApply(compile, WA, [bytes]));
    },
    instantiateStreaming(source, importObject = undefined) {
      return PromisePrototypeThen(responseBytes(source, 'compile'), (bytes) => ReflectApply(WA_instantiate, WA, [bytes, importObject]));
    },
  });

  // ---- WebAssembly.Memory: the descriptor is read as WebIDL and V8 read it ----------------------------------
  // GraalJS reads `shared` before `maximum`; V8 reads initial, maximum (and checks it against initial), then
  // shared, each converted right after it is read. The members are read here in that order and GraalJS's own
  // constructor gets a record of the converted values (its validation and messages otherwise stay).
  const NativeMemory = WA.Memory;
  const memoryError = (message) => new TypeError(`WebAssembly.Memory(): ${message}`);
  function memoryDescriptor(d) {
    if (d === null || (typeof d !== 'object' && typeof d !== 'function')) return d; // the engine's TypeError
    const record = { __proto__: null };
    const initial = d.initial;
    if (initial === undefined) return record; // "Property 'initial' is required", before anything else is read
    record.initial = +initial;
    const maximum = d.maximum;
    if (maximum !== undefined) {
      record.maximum = +maximum;
      // a maximum below initial is refused before `shared` is read: the engine says so on these two alone
      if (record.maximum < record.initial) ReflectConstruct(NativeMemory, [{ __proto__: null, initial: record.initial, maximum: record.maximum }]);
    }
    const shared = d.shared;
    record.shared = !!shared;
    if (record.shared && maximum === undefined) throw memoryError('If shared is true, maximum property should be defined.');
    return record;
  }
  // GraalWasm allocates a memory off the Java heap at once (a shared one at its maximum): the bytes are reserved in
  // the page's off-heap budget first (ext/WasmMemories.java) — over it, V8's RangeError instead of an allocation the
  // machine cannot hold — and charged to the memory until it is collected.
  const host = $.host;
  function Memory(descriptor) {
    if (new.target === undefined) return ReflectApply(NativeMemory, this, arguments); // the engine's TypeError
    const record = memoryDescriptor(descriptor);
    let bytes = 0;
    if (record !== null && typeof record === 'object' && record.initial !== undefined) {
      bytes = host.wasmMemoryReserveNew(record.initial, record.maximum === undefined ? -1 : record.maximum, record.shared);
      if (bytes < 0) throw new RangeError('WebAssembly.Memory(): could not allocate memory');
    }
    let memory;
    try {
      memory = ReflectConstruct(NativeMemory, [record], new.target);
    } catch (e) {
      host.wasmMemoryRelease(bytes);
      throw e;
    }
    host.wasmMemoryCharge(memory, bytes);
    return memory;
  }
  ObjectDefineProperty(Memory, 'prototype', { __proto__: null, value: NativeMemory.prototype, writable: false });
  ObjectDefineProperty(NativeMemory.prototype, 'constructor', { __proto__: null, value: Memory });
  Object.setPrototypeOf(Memory, Object.getPrototypeOf(NativeMemory));
  ObjectDefineProperty(WA, 'Memory', { __proto__: null, value: Memory });
  const nativeGrow = NativeMemory.prototype.grow;
  $.defineMethods(NativeMemory.prototype, {
    grow(delta) {
      // the engine's TypeErrors (a receiver that is not a Memory: before the argument is touched)
      if (arguments.length === 0 || !host.isWasmMemory(this)) return ReflectApply(nativeGrow, this, arguments);
      const pages = +delta; // converted once: the engine gets the number
      const bytes = host.wasmMemoryReserveGrow(this, pages);
      if (bytes < 0) throw new RangeError('WebAssembly.Memory.grow(): Unable to grow instance memory');
      try {
        return ReflectApply(nativeGrow, this, [pages]); // the bytes are the memory's already (WasmMemories.reserveGrow)
      } catch (e) {
        host.wasmMemoryReleaseGrow(this, bytes);
        throw e;
      }
    },
  });
  ObjectDefineProperty(NativeMemory.prototype, 'grow', { __proto__: null, enumerable: true });

  // ---- WebAssembly.Instance / instantiate: the memories a module defines ----------------------------------
  // Instantiation allocates (and GraalWasm zero-fills) each memory the module defines; those bytes are reserved in
  // the page's budget first (ext/WasmMemories.java), and over it the instantiation fails with V8's RangeError, as
  // when Chromium cannot reserve the memory. Wraps what is there now: jspi.js's Instance and instantiate, with JSPI.
  const InnerInstance = WA.Instance;
  const innerInstantiate = WA.instantiate;
  const instanceError = (op) => new RangeError(`WebAssembly.${op}(): Out of memory: Cannot allocate Wasm memory for new instance`);
  /** make() instantiates module; returns what it returns, its memories charged. */
  function chargedInstance(module, op, make) {
    const bytes = host.wasmInstanceReserve(module);
    if (bytes < 0) throw instanceError(op);
    let instance;
    try {
      instance = make();
    } catch (e) {
      host.wasmMemoryRelease(bytes);
      throw e;
    }
    host.wasmInstanceCharge(instance, bytes);
    return instance;
  }
  /** The engine's promise of an instance of module, its memories reserved first and charged once it resolves. */
  function chargedInstantiate(module, importObject) {
    const bytes = host.wasmInstanceReserve(module);
    if (bytes < 0) return PromiseReject(instanceError('instantiate'));
    return PromisePrototypeThen(ReflectApply(innerInstantiate, WA, [module, importObject]), (instance) => {
      host.wasmInstanceCharge(instance, bytes);
      return instance;
    }, (e) => {
      host.wasmMemoryRelease(bytes);
      throw e;
    });
  }
  const Instance = new Proxy(InnerInstance, {
    __proto__: null,
    construct(target, args, newTarget) {
      const module = args.length > 0 ? args[0] : undefined;
      return chargedInstance(module, 'Instance', () => ReflectConstruct(target, args, newTarget === Instance ? target : newTarget));
    },
  });
  ObjectDefineProperty(InnerInstance.prototype, 'constructor', { __proto__: null, value: Instance });
  ObjectDefineProperty(WA, 'Instance', { __proto__: null, value: Instance });
  const WA_instantiate = {
    instantiate(source, importObject = undefined) {
      // (asked of the host, not instanceof: a page can give WebAssembly.Module its own Symbol.hasInstance)
      if (host.wasmModuleHandle(source) !== null) return chargedInstantiate(source, importObject);
      // bytes: compiled first, so the module's memories are known before it is instantiated; a compile error is
      // the engine's own instantiate's (it compiles again to say it)
      return PromisePrototypeThen(ReflectApply(compile, WA, [source]),
        (module) => PromisePrototypeThen(chargedInstantiate(module, importObject), (instance) => ({ module, instance })),
        () => ReflectApply(innerInstantiate, WA, [source, importObject]));
    },
  }.instantiate;
  ObjectDefineProperty(WA, 'instantiate', { __proto__: null, value: WA_instantiate }); // its attributes stay the engine's

  // ---- WebAssembly.Tag, WebAssembly.Exception, WebAssembly.JSTag: the JS API of exception handling --------
  // GraalWasm 25 cannot compile a module that uses exception handling (a tag section or try/throw is a
  // CompileError), so a Tag cannot reach wasm; what JS does with these objects works as in V8: tag types, the
  // payload converted to the tag's wasm types (V8's order and messages), getArg/is, traceStack, identity when thrown.
  if (WA.Tag === undefined) {
    const Table = WA.Table;
    const TableSet = Table.prototype.set;
    let funcrefCheck = null; // a one-slot anyfunc table: setting it is the JS API's ToWebAssemblyValue for funcref
    const VALUE_TYPES = new SafeSet(['i32', 'i64', 'f32', 'f64', 'v128', 'externref', 'anyfunc', 'exnref', 'anyref', 'eqref',
      'i31ref', 'structref', 'arrayref']);
    const tagParams = new SafeWeakMap(); // Tag -> InternalArray of value type names
    const exnState = new SafeWeakMap(); // Exception -> { tag, values, stack }
    const isI31 = (v) => typeof v === 'number' && NumberIsInteger(v) && v >= -0x40000000 && v <= 0x3fffffff;
    const arrayLike = (v, what) => {
      const length = v.length;
      if (length === undefined) throw new TypeError(what);
      const n = +length;
      const out = InternalArray();
      for (let i = 0; i < n; i++) ArrayPrototypePush(out, v[i]);
      return out;
    };
    const toWasm = (type, v, prefix) => {
      switch (type) {
        case 'i32': return +v | 0;
        case 'i64': return BigIntAsIntN(64, v);
        case 'f32': return MathFround(+v);
        case 'f64': return +v;
        case 'externref': case 'anyref': return v;
        case 'anyfunc':
          if (v === null) return v;
          if (funcrefCheck === null) funcrefCheck = new Table({ __proto__: null, element: 'anyfunc', initial: 1 });
          try {
            ReflectApply(TableSet, funcrefCheck, [0, v]);
          } catch (e) {
            throw new TypeError(prefix + 'function-typed object must be null (if nullable) or a Wasm function object');
          } finally {
            ReflectApply(TableSet, funcrefCheck, [0, null]);
          }
          return v;
        case 'i31ref': if (v === null || isI31(v)) return v;
          throw new TypeError(prefix + 'i31ref object must be null (if nullable) or a Number that fits in i31ref range');
        case 'eqref': if (v === null || isI31(v)) return v;
          throw new TypeError(prefix + 'eqref object must be null (if nullable), or a wasm struct/array, or a Number that fits in i31ref range');
        case 'structref': if (v === null) return v;
          throw new TypeError(prefix + 'structref object must be null (if nullable) or a wasm struct');
        case 'arrayref': if (v === null) return v;
          throw new TypeError(prefix + 'arrayref object must be null (if nullable) or a wasm array');
        case 'exnref': throw new TypeError(prefix + (v === null ? 'invalid type (ref null exn)' : 'invalid type (ref exn)'));
        default: throw new TypeError(prefix + 'Invalid type ' + type);
      }
    };

    const Tag = function Tag(type) {
      const prefix = 'WebAssembly.Tag(): ';
      if (new.target === undefined) throw new TypeError(prefix + "WebAssembly.Tag must be invoked with 'new'");
      if (type === null || (typeof type !== 'object' && typeof type !== 'function')) throw new TypeError(prefix + 'Argument 0 must be a tag type');
      const parameters = type.parameters;
      if (parameters === null || (typeof parameters !== 'object' && typeof parameters !== 'function')) {
        throw new TypeError(prefix + "Argument 0 must be a tag type with 'parameters'");
      }
      const names = arrayLike(parameters, prefix + "Argument 0 contains parameters without 'length'");
      for (let i = 0; i < names.length; i++) {
        names[i] = String(names[i]);
        if (!VALUE_TYPES.has(names[i])) throw new TypeError(`${prefix}Argument 0 parameter type at index #${i} must be a value type`);
      }
      const tag = ObjectCreate(Tag.prototype); // V8's prototype whatever new.target is (a subclass's instance is a Tag)
      tagParams.set(tag, names);
      return tag;
    };
    const checkTag = (v, prefix) => {
      if (!tagParams.has(v)) throw new TypeError(prefix + 'Argument 0 must be a WebAssembly.Tag');
      return v;
    };

    const Exception = function Exception(exceptionTag, payload, options = undefined) {
      const prefix = 'WebAssembly.Exception(): ';
      if (new.target === undefined) throw new TypeError(prefix + "WebAssembly.Exception must be invoked with 'new'");
      if (!tagParams.has(exceptionTag)) throw new TypeError(prefix + 'Argument 0 must be a WebAssembly tag');
      if (exceptionTag === JSTag) throw new TypeError(prefix + 'Argument 0 cannot be WebAssembly.JSTag');
      if (payload === null || (typeof payload !== 'object' && typeof payload !== 'function')) {
        throw new TypeError(prefix + 'Exception values must be an iterable object');
      }
      const types = tagParams.get(exceptionTag);
      const values = arrayLike(payload, prefix + 'Exception values argument has no length');
      if (values.length !== types.length) throw new TypeError(prefix + 'Number of exception values does not match signature length');
      for (let i = 0; i < values.length; i++) values[i] = toWasm(types[i], values[i], prefix);
      let traceStack = false;
      if (options !== undefined && options !== null) {
        if (typeof options !== 'object' && typeof options !== 'function') throw new TypeError(prefix + 'Argument 2 is not an object');
        traceStack = !!options.traceStack;
      }
      const exception = ObjectCreate(Exception.prototype);
      exnState.set(exception, { __proto__: null, tag: exceptionTag, values });
      if (traceStack) {
        const stack = new Error().stack;
        ObjectDefineProperty(exception, 'stack', { __proto__: null, get: () => stack, set: undefined, enumerable: false, configurable: true });
      }
      return exception;
    };
    const exn = (v, op) => {
      const state = exnState.get(v);
      if (state === undefined) throw new TypeError(`WebAssembly.Exception.${op}(): Receiver is not a WebAssembly.Exception`);
      return state;
    };

    for (const [C, name, length] of new SafeArrayIterator([[Tag, 'Tag', 1], [Exception, 'Exception', 2]])) {
      ObjectDefineProperty(C, 'length', { __proto__: null, value: length, writable: false, enumerable: false, configurable: true });
      ObjectDefineProperty(C, 'prototype', { __proto__: null, writable: false, enumerable: false, configurable: false });
      ObjectDefineProperty(C.prototype, SymbolToStringTag, { __proto__: null, value: 'WebAssembly.' + name, configurable: true });
      ObjectDefineProperty(WA, name, { __proto__: null, value: C, writable: true, enumerable: false, configurable: true });
    }
    $.defineMethods(Exception.prototype, {
      getArg(exceptionTag, index) {
        const prefix = 'WebAssembly.Exception.getArg(): ';
        const state = exn(this, 'getArg');
        checkTag(exceptionTag, prefix);
        if (exceptionTag !== state.tag) throw new TypeError(prefix + 'First argument does not match the exception tag');
        const i = +index;
        if (NumberIsNaN(i) || i === Infinity || i === -Infinity) throw new TypeError(prefix + 'Index must be convertible to a valid number');
        if (i < 0) throw new TypeError(prefix + 'Index must be non-negative');
        if (i > 0xffffffff) throw new TypeError(prefix + 'Index must be in the unsigned long range');
        const k = MathTrunc(i);
        if (k >= state.values.length) throw new RangeError(prefix + 'Index out of range');
        return state.values[k];
      },
      is(exceptionTag) {
        const state = exn(this, 'is');
        return checkTag(exceptionTag, 'WebAssembly.Exception.is(): ') === state.tag;
      },
    });
    $.defineGetters(Exception.prototype, { stack() { exn(this, 'stack'); return undefined; } });
    // WebAssembly.JSTag: the tag of JS exceptions caught in wasm (V8: one externref parameter); read-only
    const JSTag = new Tag({ __proto__: null, parameters: ['externref'] });
    ObjectDefineProperty(WA, 'JSTag', { __proto__: null, value: JSTag, writable: false, enumerable: false, configurable: true });
  }

  // ---- WebAssembly.Module in messages ----------------------------------------------------------------
  const Module = WA.Module;
  // GraalJS 25 makes WebAssembly.Module a subclass of the source-phase-imports proposal's AbstractModuleSource (whose
  // prototype's @@toStringTag getter names it); Chromium's Module is a plain interface object, as the JS API says.
  if (ObjectGetPrototypeOf(Module) !== FunctionPrototype) {
    ObjectSetPrototypeOf(Module, FunctionPrototype);
    ObjectSetPrototypeOf(Module.prototype, ObjectPrototype);
    ObjectDefineProperty(Module.prototype, SymbolToStringTag, { __proto__: null, value: 'WebAssembly.Module', configurable: true });
  }
  const moduleHandle = (v) => (v instanceof Module ? host.wasmModuleHandle(v) : null);
  const previousHostKind = $.hostKind;
  $.hostKind = (v) => (moduleHandle(v) !== null ? 'WebAssembly.Module' : previousHostKind ? previousHostKind(v) : undefined);
  const previousShareRef = $.shareRef;
  $.shareRef = (v) => {
    const handle = moduleHandle(v);
    return handle !== null ? { __proto__: null, kind: 'WebAssembly.Module', handle } : previousShareRef ? previousShareRef(v) : undefined;
  };
  const previousShareMaterialize = $.shareMaterialize;
  $.shareMaterialize = (kind, handle) => (kind === 'WebAssembly.Module' ? host.wasmModuleFor(handle)
    : previousShareMaterialize ? previousShareMaterialize(kind, handle) : undefined);
});
