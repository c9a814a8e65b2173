// wasm.js — the WebAssembly JS API pieces a browser adds to GraalWasm's: compileStreaming and
// instantiateStreaming over a fetch Response (Blink checks the response, then compiles its bytes), and a
// WebAssembly.Module that postMessage and structuredClone carry to a new Module of the same compiled code
// (ext/WasmModules.java).
(function (g, $) {
  'use strict';
  const { ObjectDefineProperty, PromisePrototypeThen, RangeError, ReflectApply, ReflectConstruct, TypeError } = $.primordials;
  const WA = g.WebAssembly;
  const Response = g.Response;
  if (typeof WA !== 'object') return;
  const compile = WA.compile;
  const instantiate = WA.instantiate;

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
      return PromisePrototypeThen(responseBytes(source, 'compile'), (bytes) => ReflectApply(instantiate, WA, [bytes, importObject]));
    },
  });
  for (const k of ['compileStreaming', 'instantiateStreaming']) Object.defineProperty(WA, k, { enumerable: false });

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
      let old;
      try {
        old = ReflectApply(nativeGrow, this, [pages]);
      } catch (e) {
        host.wasmMemoryRelease(bytes);
        throw e;
      }
      host.wasmMemoryCharge(this, bytes);
      return old;
    },
  });
  ObjectDefineProperty(NativeMemory.prototype, 'grow', { __proto__: null, enumerable: true });

  // ---- WebAssembly.Module in messages ----------------------------------------------------------------
  const Module = WA.Module;
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
