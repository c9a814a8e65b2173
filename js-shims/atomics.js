// atomics.js — SharedArrayBuffer and Atomics across agents. A SharedArrayBuffer's memory and length are Java-owned
// (ext/SharedMemory.java); every agent that holds the buffer has GraalJS's own SharedArrayBuffer object over them
// (ext/SharedBuffers.java), so a growable buffer grows for all of them. Every Atomics operation on shared memory runs
// in Java (VarHandles: atomic across threads), and Atomics.wait parks the agent's thread. Other typed arrays keep
// GraalJS's own Atomics.
(function (g, $) {
  'use strict';
  const { MathMax, MathTrunc, NumberIsInteger, NumberMAX_SAFE_INTEGER, ObjectSetPrototypeOf, Promise, ReflectApply,
    ReflectConstruct, SafeWeakMap } = $.primordials;
  const host = $.host;
  const NativeSAB = g.SharedArrayBuffer;
  const NativeAtomics = g.Atomics;
  const memoryOf = new SafeWeakMap(); // a SharedArrayBuffer object of this realm -> its SharedMemory (host)
  const wasmMemoryOfBuffer = new SafeWeakMap(); // a shared WebAssembly.Memory's SharedArrayBuffer -> that Memory
  const sabProto = NativeSAB.prototype;
  const nativeSab = { __proto__: null }; // GraalJS's own SharedArrayBuffer.prototype members, captured before they are replaced
  for (const k of ['byteLength', 'growable', 'maxByteLength']) nativeSab[k] = Object.getOwnPropertyDescriptor(sabProto, k).get;
  for (const k of ['slice', 'grow']) nativeSab[k] = sabProto[k];
  const TypedArray = Object.getPrototypeOf(Int8Array);
  const taTag = Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;
  const taLength = Object.getOwnPropertyDescriptor(TypedArray.prototype, 'length').get;
  const taOffset = Object.getOwnPropertyDescriptor(TypedArray.prototype, 'byteOffset').get;
  const taBuffer = Object.getOwnPropertyDescriptor(TypedArray.prototype, 'buffer').get;

  // ---- SharedArrayBuffer ---------------------------------------------------------------------------
  function toIndex(value, message) {
    const n = value === undefined ? 0 : toIntegerOrInfinity(value);
    if (n < 0 || n > NumberMAX_SAFE_INTEGER) throw new RangeError(message);
    return n;
  }

  /** This agent's SharedArrayBuffer object on `memory` (a SharedMemory), with prototype `proto`. */
  function wrap(memory, proto) {
    const buffer = host.sharedArrayBuffer(memory);
    if (proto !== sabProto) ObjectSetPrototypeOf(buffer, proto);
    memoryOf.set(buffer, memory);
    return buffer;
  }

  const objToString = Object.prototype.toString;
  /** Is `b` a SharedArrayBuffer (its tag first: a failing brand check throws, which is slow on hot paths)? */
  function isNativeShared(b) {
    if (memoryOf.has(b)) return true;
    if (typeof b !== 'object' || b === null || ReflectApply(objToString, b, []) !== '[object SharedArrayBuffer]') return false;
    try {
      ReflectApply(nativeSab.byteLength, b, []);
      return true;
    } catch (e) {
      return false;
    }
  }

  /** The SharedMemory behind any SharedArrayBuffer of this realm; undefined for anything else. */
  function memoryOfBuffer(b) {
    let m = memoryOf.get(b);
    if (m === undefined && isNativeShared(b)) {
      m = host.adoptSharedArrayBuffer(b); // one GraalJS made itself (e.g. slice() through the intrinsic constructor)
      memoryOf.set(b, m);
    }
    return m;
  }

  // The largest length GraalJS can address (its buffers are int-indexed); V8 goes further for maxByteLength.
  const MAX_LENGTH = 0x7fffffff;
  function SharedArrayBuffer(length, options = undefined) {
    if (new.target === undefined) throw new TypeError("Constructor SharedArrayBuffer requires 'new'");
    const n = toIndex(length, 'Invalid array buffer length');
    let max = -1;
    if (typeof options === 'object' && options !== null) {
      const m = options.maxByteLength;
      if (m !== undefined) {
        max = toIndex(m, 'Invalid array buffer max length');
        if (n > max || max > MAX_LENGTH) throw new RangeError('Invalid array buffer max length');
      }
    }
    const p = new.target.prototype;
    const proto = p !== null && (typeof p === 'object' || typeof p === 'function') ? p : sabProto;
    const memory = n > MAX_LENGTH ? null : host.sharedMemory(n, max);
    if (memory === null) throw new RangeError('Array buffer allocation failed');
    return wrap(memory, proto);
  }
  SharedArrayBuffer.prototype = sabProto;
  Object.defineProperty(SharedArrayBuffer, 'prototype', { writable: false, enumerable: false, configurable: false });
  Object.defineProperty(sabProto, 'constructor', { value: SharedArrayBuffer, writable: true, configurable: true });
  Object.defineProperty(SharedArrayBuffer, Symbol.species, { get: Object.getOwnPropertyDescriptor({ get [Symbol.species]() { return this; } }, Symbol.species).get, configurable: true });
  Object.defineProperty(SharedArrayBuffer, 'length', { value: 1 });

  const incompatible = (what, receiver) => new TypeError(`Method ${what} called on incompatible receiver ${describe(receiver)}`);
  /**
   * GraalJS's own `fn` on receiver `b`; when it throws a TypeError and `wrongReceiver(b)`, V8's message instead. The
   * receiver is looked at only on failure: `byteLength` and friends are hot.
   */
  function withV8Receiver(fn, what, b, args, wrongReceiver) {
    try {
      return ReflectApply(fn, b, args);
    } catch (e) {
      if (e instanceof TypeError && wrongReceiver(b)) throw incompatible(what, b);
      throw e;
    }
  }
  const notShared = (b) => !isNativeShared(b);
  const callNative = (k, what, b, args) => withV8Receiver(nativeSab[k], what, b, args, notShared);
  const getters = {
    byteLength() { return callNative('byteLength', 'get SharedArrayBuffer.prototype.byteLength', this, []); },
    growable() { return callNative('growable', 'get SharedArrayBuffer.prototype.growable', this, []); },
    maxByteLength() { return callNative('maxByteLength', 'get SharedArrayBuffer.prototype.maxByteLength', this, []); },
  };
  const methods = {
    slice(start, end) {
      return callNative('slice', 'SharedArrayBuffer.prototype.slice', this, [start, end]);
    },
    grow(newLength) {
      const what = 'SharedArrayBuffer.prototype.grow';
      if (!callNative('growable', what, this, [])) throw incompatible(what, this);
      const n = toIntegerOrInfinity(newLength); // ToIndex, with V8's one message for every bad length
      const invalid = () => new RangeError(what + ': Invalid length parameter');
      if (!(n >= 0 && n <= ReflectApply(nativeSab.maxByteLength, this, []))) throw invalid();
      try {
        ReflectApply(nativeSab.grow, this, [n]); // a compare-and-set loop on the length every agent shares
      } catch (e) {
        if (e instanceof RangeError) throw invalid(); // shorter than the current length
        throw e;
      }
    },
  };
  for (const k of ['byteLength', 'growable', 'maxByteLength']) Object.defineProperty(getters[k], 'name', { value: 'get ' + k });
  // The prototype's own keys in V8's order: constructor, byteLength, slice, maxByteLength, growable, grow, @@toStringTag.
  const tagDesc = Object.getOwnPropertyDescriptor(sabProto, Symbol.toStringTag);
  for (const k of Reflect.ownKeys(sabProto)) if (k !== 'constructor') delete sabProto[k];
  for (const k of ['byteLength', 'slice', 'maxByteLength', 'growable', 'grow']) {
    Object.defineProperty(sabProto, k, k in getters
      ? { get: getters[k], set: undefined, enumerable: false, configurable: true }
      : { value: methods[k], writable: true, enumerable: false, configurable: true });
  }
  Object.defineProperty(sabProto, Symbol.toStringTag, tagDesc);

  // ArrayBuffer.prototype's own members refuse a SharedArrayBuffer with V8's message.
  for (const k of Reflect.ownKeys(ArrayBuffer.prototype)) {
    if (k === 'constructor' || typeof k !== 'string') continue;
    const d = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, k);
    if (typeof d.get === 'function') {
      const get = d.get, what = 'get ArrayBuffer.prototype.' + k;
      const guarded = { get [k]() { return withV8Receiver(get, what, this, [], isNativeShared); } };
      const g2 = Object.getOwnPropertyDescriptor(guarded, k).get;
      Object.defineProperty(g2, 'name', { value: 'get ' + k });
      Object.defineProperty(ArrayBuffer.prototype, k, { get: g2 });
    } else if (typeof d.value === 'function') {
      const fn = d.value, what = 'ArrayBuffer.prototype.' + k;
      const guarded = { [k](...args) { return withV8Receiver(fn, what, this, args, isNativeShared); } }[k];
      Object.defineProperty(guarded, 'length', { value: fn.length });
      Object.defineProperty(ArrayBuffer.prototype, k, { value: guarded });
    }
  }

  // ---- shared WebAssembly.Memory (ext/WasmMemories.java) -------------------------------------------------
  // Every SharedArrayBuffer a shared Memory hands out (a new one after each grow) is entered into memoryOf with
  // the one SharedMemory over that wasm memory, so JS Atomics on it run in Java: atomic across agents, and
  // wait/notify meet in one waiter list. Posting such a Memory (or its buffer) posts the wasm memory itself; the
  // receiver gets a new Memory object on it (as Chromium: one per deserialization). GraalJS keeps one wrapper per
  // agent and renews that one's buffer when the memory grows; every further wrapper remembers it (primaryOf) and
  // renews its own buffer in the getter below when the lengths differ. Wasm's memory.atomic.wait32/notify go to the
  // same Java lists in every agent from its start (WasmMemories.installCallbacks, called by Bootstrap).
  const WA = g.WebAssembly;
  const WasmMemory = typeof WA === 'object' && WA !== null && typeof WA.Memory === 'function' ? WA.Memory : undefined;
  const wasmShared = new SafeWeakMap(); // Memory -> SharedMemory, or null when the memory is not shared
  function wasmSharedOf(m) {
    let s = wasmShared.get(m);
    if (s === undefined) {
      s = host.wasmSharedMemory(m);
      wasmShared.set(m, s);
    }
    return s;
  }
  const isSharedWasmMemory = (v) => WasmMemory !== undefined && typeof v === 'object' && v !== null &&
    v instanceof WasmMemory && wasmSharedOf(v) !== null;
  const primaryOf = new SafeWeakMap(); // a further Memory of this agent -> GraalJS's wrapper for the same memory
  const memBuffer = WasmMemory === undefined ? undefined : Object.getOwnPropertyDescriptor(WasmMemory.prototype, 'buffer').get;
  if (WasmMemory !== undefined) {
    const d = Object.getOwnPropertyDescriptor(WasmMemory.prototype, 'buffer');
    const getter = Object.getOwnPropertyDescriptor({
      get buffer() {
        const primary = primaryOf.get(this);
        if (primary !== undefined) {
          const current = ReflectApply(memBuffer, primary, []);
          if (ReflectApply(nativeSab.byteLength, ReflectApply(memBuffer, this, []), []) !== ReflectApply(nativeSab.byteLength, current, [])) {
            host.resetWasmMemoryBuffer(this); // the memory grew
          }
        }
        const b = ReflectApply(memBuffer, this, []);
        if (!memoryOf.has(b)) {
          const s = wasmSharedOf(this);
          if (s !== null) {
            memoryOf.set(b, s);
            wasmMemoryOfBuffer.set(b, this);
          }
        }
        return b;
      },
    }, 'buffer').get;
    Object.defineProperty(WasmMemory.prototype, 'buffer', { get: getter, set: d.set, enumerable: d.enumerable, configurable: d.configurable });
  }
  /** A new Memory of this agent on a posted wasm memory. */
  function newMemoryFor(handle) {
    const primary = host.wasmMemoryFor(handle); // GraalJS's wrapper of this agent (made now if there is none)
    const m = host.anotherWasmMemoryFor(handle);
    primaryOf.set(m, primary);
    return m;
  }

  // ---- sharing: what postMessage and structuredClone carry ---------------------------------------------
  // A SharedArrayBuffer, a shared WebAssembly.Memory or such a Memory's buffer travels as {kind, handle} (the
  // SharedMemory, or the wasm memory itself); the receiving realm — another agent, or this one for structuredClone —
  // makes its own new object on the same memory, as Chromium does. wasm.js adds WebAssembly.Module.
  /** {kind, handle} for a shared buffer or memory of this realm, or undefined. */
  $.shareRef = (v) => {
    const m = wasmMemoryOfBuffer.get(v);
    if (m !== undefined) return { __proto__: null, kind: 'WebAssembly.Memory.buffer', handle: host.wasmMemoryHandle(m) };
    if (isSharedWasmMemory(v)) return { __proto__: null, kind: 'WebAssembly.Memory', handle: host.wasmMemoryHandle(v) };
    const memory = memoryOfBuffer(v);
    return memory === undefined ? undefined : { __proto__: null, kind: 'SharedArrayBuffer', handle: memory };
  };
  /** This realm's new object for a {kind, handle} of $.shareRef. */
  $.shareMaterialize = (kind, handle) => {
    switch (kind) {
      case 'SharedArrayBuffer': return wrap(handle, sabProto);
      case 'WebAssembly.Memory': return newMemoryFor(handle);
      case 'WebAssembly.Memory.buffer': return newMemoryFor(handle).buffer;
    }
    return undefined;
  };

  const previousHostKind = $.hostKind;
  // A shared Memory is cloned like a SharedArrayBuffer (same checks; $.shareRef carries the memory itself). Any
  // other SharedArrayBuffer structured-clone.js recognizes by itself.
  $.hostKind = (v) => (memoryOf.has(v) || isSharedWasmMemory(v) ? 'SharedArrayBuffer' : previousHostKind ? previousHostKind(v) : undefined);

  $.onBind(() => {
    if ($.crossOriginIsolated) $.defineGlobal('SharedArrayBuffer', SharedArrayBuffer);
    else delete g.SharedArrayBuffer; // as Chromium without cross-origin isolation
  });

  // ---- Atomics -------------------------------------------------------------------------------------
  // Every entry point validates and converts its arguments itself, in the specification's order and with V8's
  // messages; then it runs in Java (shared memory) or in GraalJS's own Atomics (a plain ArrayBuffer's typed
  // arrays), captured here before we replace the namespace's methods (calling `NativeAtomics.x` later would call
  // ourselves).
  const native = { __proto__: null };
  for (const k of Reflect.ownKeys(NativeAtomics)) {
    const d = Object.getOwnPropertyDescriptor(NativeAtomics, k);
    if (typeof d.value === 'function') native[k] = d.value;
  }
  const KIND = { __proto__: null, Int8Array: 1, Uint8Array: 2, Int16Array: 3, Uint16Array: 4, Int32Array: 5, Uint32Array: 6, BigInt64Array: 7, BigUint64Array: 8 };
  const SIZE = [0, 1, 1, 2, 2, 4, 4, 8, 8];
  const ADD = 0, SUB = 1, AND = 2, OR = 3, XOR = 4, XCHG = 5;
  const abDetached = (Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached') || {}).get;

  /** ValidateIntegerTypedArray (+ the detached check): {ta, kind, memory (the SharedMemory; undefined: not shared), buffer}. */
  function validate(ta, waitable, op) {
    const tag = typeof ta === 'object' && ta !== null ? ReflectApply(taTag, ta, []) : undefined;
    const kind = tag === undefined ? undefined : KIND[tag];
    if (kind === undefined || (waitable && kind !== 5 && kind !== 7)) {
      throw new TypeError(`${describe(ta)} is not ${waitable ? 'an int32 or BigInt64' : 'an integer'} typed array.`);
    }
    const buffer = ReflectApply(taBuffer, ta, []);
    const memory = memoryOfBuffer(buffer);
    if (memory === undefined) checkAttached(buffer, op);
    if (kind === 5 && memory !== undefined && !int32Views.has(ta)) {
      int32Views.set(ta, { __proto__: null, memory, base: ReflectApply(taOffset, ta, []), length: ReflectApply(taLength, ta, []) });
    }
    return { ta, kind, memory, buffer };
  }

  // Fast path for the common case — an Int32Array on shared memory, an int32 index and value: a view on a
  // SharedArrayBuffer never detaches and never gets shorter (a growable one only grows), so what validate() found
  // holds for good, its length as a lower bound (an index past it takes the slow path, which reads the length again).
  const int32Views = new SafeWeakMap(); // Int32Array on shared memory -> { memory, base, length }
  function fast(ta, index) {
    const f = int32Views.get(ta);
    return f !== undefined && typeof index === 'number' && (index | 0) === index && index >= 0 && index < f.length ? f : undefined;
  }
  const isInt32 = (v) => typeof v === 'number' && (v | 0) === v;

  function checkAttached(buffer, op) {
    if (abDetached !== undefined && ReflectApply(abDetached, buffer, [])) {
      throw new TypeError(`Cannot perform Atomics.${op} on a detached or out-of-bounds ArrayBuffer`);
    }
  }

  /** ValidateAtomicAccess: the element index (a Number), RangeError outside the array. */
  function accessIndex(t, index) {
    const i = index === undefined ? 0 : toIntegerOrInfinity(index);
    if (!(i >= 0 && i <= NumberMAX_SAFE_INTEGER) || i >= ReflectApply(taLength, t.ta, [])) {
      throw new RangeError('Invalid atomic access index');
    }
    return i;
  }

  const byteIndexOf = (t, i) => ReflectApply(taOffset, t.ta, []) + i * SIZE[t.kind];

  function toIntegerOrInfinity(v) {
    const n = +v; // ToNumber: TypeError for Symbol and BigInt, with V8's messages
    return n !== n ? 0 : MathTrunc(n) + 0;
  }

  /** ToBigInt (no Number → BigInt conversion, unlike BigInt(v)); V8's messages have no final period. */
  function toBigInt(v) {
    if (typeof v === 'bigint') return v;
    try {
      return BigInt.asIntN(NumberMAX_SAFE_INTEGER, v); // ToBigInt(v), unchanged
    } catch (e) {
      if (e instanceof Error && /^Cannot convert [^]* to a BigInt\.$/.test(e.message)) {
        const E = e instanceof SyntaxError ? SyntaxError : TypeError;
        throw new E(e.message.slice(0, -1));
      }
      throw e;
    }
  }

  /** The converted value: BigInt for 64-bit kinds, an integral Number (or ±Infinity) otherwise. */
  const toValue = (t, v) => (t.kind >= 7 ? toBigInt(v) : toIntegerOrInfinity(v));
  const bits64 = (v) => String(BigInt.asIntN(64, v));
  const fromBits64 = (s, kind) => (kind === 7 ? BigInt(s) : BigInt.asUintN(64, BigInt(s)));
  const int32 = (v) => v | 0; // ToInt32 (Infinity → 0); the Java side narrows further for 8/16-bit kinds

  // V8's Object::NoSideEffectsToString, as in "% is not an integer typed array." (typed arrays by their tag)
  function describe(v) {
    const tag = v !== null && typeof v === 'object' ? ReflectApply(taTag, v, []) : undefined;
    return tag !== undefined ? '[object ' + tag + ']' : $.describeValue(v);
  }

  function rmw(name, op) {
    const nativeOp = native[name];
    return {
      [name](ta, index, value) {
        const f = fast(ta, index);
        if (f !== undefined && isInt32(value)) return f.memory.rmw(5, f.base + index * 4, op, value | 0);
        const t = validate(ta, false, name);
        const i = accessIndex(t, index);
        const v = toValue(t, value);
        if (t.memory === undefined) {
          checkAttached(t.buffer, name);
          return nativeOp(ta, i, v);
        }
        const at = byteIndexOf(t, i);
        if (t.kind >= 7) return fromBits64(t.memory.rmw64(at, op, bits64(v)), t.kind);
        return t.memory.rmw(t.kind, at, op, int32(v));
      },
    }[name];
  }

  const Atomics = {
    add: rmw('add', ADD),
    and: rmw('and', AND),
    compareExchange(ta, index, expectedValue, replacementValue) {
      const t = validate(ta, false, 'store'); // sic: V8 names Atomics.store in the detached message
      const i = accessIndex(t, index);
      const expected = toValue(t, expectedValue);
      const replacement = toValue(t, replacementValue);
      if (t.memory === undefined) {
        checkAttached(t.buffer, 'store'); // sic: V8 names Atomics.store here
        return native.compareExchange(ta, i, expected, replacement);
      }
      const at = byteIndexOf(t, i);
      if (t.kind >= 7) return fromBits64(t.memory.compareExchange64(at, bits64(expected), bits64(replacement)), t.kind);
      return t.memory.compareExchange(t.kind, at, int32(expected), int32(replacement));
    },
    exchange: rmw('exchange', XCHG),
    isLockFree(size) {
      const n = +size; // as V8: no truncation (isLockFree(4.5) is false)
      return n === 1 || n === 2 || n === 4 || n === 8;
    },
    load(ta, index) {
      const f = fast(ta, index);
      if (f !== undefined) return f.memory.load(5, f.base + index * 4);
      const t = validate(ta, false, 'load');
      const i = accessIndex(t, index);
      if (t.memory === undefined) return native.load(ta, i);
      const at = byteIndexOf(t, i);
      return t.kind >= 7 ? fromBits64(t.memory.load64(at), t.kind) : t.memory.load(t.kind, at);
    },
    or: rmw('or', OR),
    store(ta, index, value) {
      const f = fast(ta, index);
      if (f !== undefined && isInt32(value)) {
        f.memory.store(5, f.base + index * 4, value | 0); // | 0: -0 → 0
        return value + 0;
      }
      const t = validate(ta, false, 'store');
      const i = accessIndex(t, index);
      const v = toValue(t, value);
      if (t.memory === undefined) {
        checkAttached(t.buffer, 'store');
        native.store(ta, i, v);
        return v;
      }
      const at = byteIndexOf(t, i);
      if (t.kind >= 7) t.memory.store64(at, bits64(v));
      else t.memory.store(t.kind, at, int32(v));
      return v;
    },
    sub: rmw('sub', SUB),
    wait(ta, index, value, timeout) {
      const f = fast(ta, index);
      if (f !== undefined && isInt32(value) && (timeout === undefined || typeof timeout === 'number') && $.agentKind !== 'window') {
        const ms = timeout === undefined || timeout !== timeout ? Infinity : MathMax(timeout, 0);
        return host.atomicsWait32(f.memory, f.base + index * 4, value | 0, ms);
      }
      const w = waitArgs(ta, index, value, timeout);
      if ($.agentKind === 'window') throw new TypeError('Atomics.wait cannot be called in this context');
      return host.atomicsWait(w.t.memory, w.t.kind === 7, byteIndexOf(w.t, w.i), w.expected, w.ms);
    },
    waitAsync(ta, index, value, timeout) {
      const w = waitArgs(ta, index, value, timeout);
      let resolve;
      const promise = new Promise((r) => { resolve = r; });
      const r = host.atomicsWaitAsync(w.t.memory, w.t.kind === 7, byteIndexOf(w.t, w.i), w.expected, w.ms, resolve, $.nextTimerId());
      return r === 'async' ? { async: true, value: promise } : { async: false, value: r };
    },
    notify(ta, index, count) {
      const f = fast(ta, index);
      if (f !== undefined && count === undefined) return f.memory.notify(f.base + index * 4, Infinity);
      const t = validate(ta, true, 'notify');
      const i = accessIndex(t, index);
      const c = count === undefined ? Infinity : MathMax(toIntegerOrInfinity(count), 0);
      if (t.memory === undefined) {
        checkAttached(t.buffer, 'notify');
        return 0; // not shared: nobody can be waiting
      }
      return t.memory.notify(byteIndexOf(t, i), c);
    },
    xor: rmw('xor', XOR),
    pause(n) {
      if (n !== undefined && !(typeof n === 'number' && NumberIsInteger(n))) {
        throw new TypeError('Atomics.pause argument must be undefined or an integer');
      }
      return undefined;
    },
  };

  /** DoWait's steps before blocking: validation, index, value, timeout (in ms; +Infinity = forever). */
  function waitArgs(ta, index, value, timeout) {
    const t = validate(ta, true, 'wait');
    if (t.memory === undefined) throw new TypeError(`${describe(ta)} is not a shared typed array.`);
    const i = accessIndex(t, index);
    const v = t.kind === 7 ? BigInt.asIntN(64, toBigInt(value)) : toIntegerOrInfinity(value) | 0;
    const q = timeout === undefined ? Infinity : +timeout;
    const ms = q !== q ? Infinity : MathMax(q, 0);
    return { t, i, v, ms, expected: String(v) };
  }

  for (const [k, fn] of Object.entries(Atomics)) {
    Object.defineProperty(NativeAtomics, k, { value: fn, writable: true, enumerable: false, configurable: true });
  }
  Object.defineProperty(Atomics.pause, 'length', { value: 0 });
});
