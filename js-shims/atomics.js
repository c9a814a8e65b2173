// atomics.js — SharedArrayBuffer and Atomics across agents. A SharedArrayBuffer is Java-owned off-heap memory
// (ext/SharedMemory.java) mapped into each agent's context as an ArrayBuffer whose prototype is
// SharedArrayBuffer.prototype; every Atomics operation on it runs in Java (VarHandles: atomic across threads),
// and Atomics.wait parks the agent's thread. Other typed arrays keep GraalJS's own Atomics.
(function (g, $) {
  'use strict';
  const host = $.host;
  const NativeSAB = g.SharedArrayBuffer;
  const NativeAtomics = g.Atomics;
  const memoryOf = new WeakMap(); // our SharedArrayBuffer object -> SharedMemory (host)
  const abByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
  const sabByteLength = Object.getOwnPropertyDescriptor(NativeSAB.prototype, 'byteLength').get;
  const nativeSlice = NativeSAB.prototype.slice;
  const TypedArray = Object.getPrototypeOf(Int8Array);
  const taTag = Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;
  const taLength = Object.getOwnPropertyDescriptor(TypedArray.prototype, 'length').get;
  const taOffset = Object.getOwnPropertyDescriptor(TypedArray.prototype, 'byteOffset').get;
  const taBuffer = Object.getOwnPropertyDescriptor(TypedArray.prototype, 'buffer').get;

  // ---- SharedArrayBuffer ---------------------------------------------------------------------------
  function toIndex(value, what) {
    const n = value === undefined ? 0 : Math.trunc(Number(value)) || 0;
    if (n < 0 || n > Number.MAX_SAFE_INTEGER) throw new RangeError(what);
    return n;
  }

  function wrap(memory, proto) {
    const buffer = new ArrayBuffer(memory.buffer());
    Object.setPrototypeOf(buffer, proto);
    memoryOf.set(buffer, memory);
    return buffer;
  }

  function SharedArrayBuffer(length) {
    if (new.target === undefined) throw new TypeError("Constructor SharedArrayBuffer requires 'new'");
    const n = toIndex(length, 'Invalid array buffer length');
    if (n > 0x7fffffff) throw new RangeError('Array buffer allocation failed');
    const proto = new.target.prototype !== null && typeof new.target.prototype === 'object' ? new.target.prototype : NativeSAB.prototype;
    return wrap(host.sharedMemory(n), proto);
  }
  // One prototype for ours and GraalJS's own (e.g. a shared WebAssembly.Memory's buffer).
  SharedArrayBuffer.prototype = NativeSAB.prototype;
  Object.defineProperty(SharedArrayBuffer, 'prototype', { writable: false, enumerable: false, configurable: false });
  Object.defineProperty(NativeSAB.prototype, 'constructor', { value: SharedArrayBuffer, writable: true, configurable: true });
  Object.defineProperty(SharedArrayBuffer, Symbol.species, { get() { return this; }, configurable: true });
  Object.defineProperty(SharedArrayBuffer, 'length', { value: 1 });

  const byteLengthOf = (b) => (memoryOf.has(b) ? Reflect.apply(abByteLength, b, []) : Reflect.apply(sabByteLength, b, []));
  $.defineGetters(NativeSAB.prototype, {
    byteLength() { return byteLengthOf(this); },
    growable() { byteLengthOf(this); return false; },
    maxByteLength() { return byteLengthOf(this); },
  });
  $.defineMethods(NativeSAB.prototype, {
    slice(start, end) {
      if (!memoryOf.has(this)) return Reflect.apply(nativeSlice, this, [start, end]);
      const len = byteLengthOf(this);
      const rel = (v, d) => { const n = v === undefined ? d : Math.trunc(Number(v)) || 0; return n < 0 ? Math.max(len + n, 0) : Math.min(n, len); };
      const from = rel(start, 0);
      const count = Math.max(rel(end, len) - from, 0);
      const copy = new SharedArrayBuffer(count);
      new Uint8Array(copy).set(new Uint8Array(this, from, count));
      return copy;
    },
    grow() { throw new TypeError('SharedArrayBuffer.prototype.grow: receiver is not growable'); },
  });
  for (const k of ['byteLength', 'growable', 'maxByteLength']) {
    Object.defineProperty(NativeSAB.prototype, k, { enumerable: false });
  }
  for (const k of ['slice', 'grow']) Object.defineProperty(NativeSAB.prototype, k, { enumerable: false });

  $.sharedMemoryOf = (buffer) => memoryOf.get(buffer);
  $.sharedArrayBufferFor = (memory) => wrap(memory, NativeSAB.prototype);
  const previousHostKind = $.hostKind;
  $.hostKind = (v) => (memoryOf.has(v) ? 'SharedArrayBuffer' : previousHostKind ? previousHostKind(v) : undefined);

  if ($.crossOriginIsolated) $.defineGlobal('SharedArrayBuffer', SharedArrayBuffer);
  else delete g.SharedArrayBuffer; // as Chromium without cross-origin isolation

  // ---- Atomics -------------------------------------------------------------------------------------
  const KIND = { Int8Array: 1, Uint8Array: 2, Int16Array: 3, Uint16Array: 4, Int32Array: 5, Uint32Array: 6, BigInt64Array: 7, BigUint64Array: 8 };
  const ADD = 0, SUB = 1, AND = 2, OR = 3, XOR = 4, XCHG = 5;

  /** The Java memory and element kind of an integer typed array on one of our buffers, or undefined. */
  function target(ta) {
    if (typeof ta !== 'object' || ta === null) return undefined;
    const tag = Reflect.apply(taTag, ta, []);
    if (tag === undefined) return undefined;
    const memory = memoryOf.get(Reflect.apply(taBuffer, ta, []));
    if (memory === undefined) return undefined;
    const kind = KIND[tag];
    return kind === undefined ? undefined : { memory, kind };
  }

  function byteIndex(ta, index, kind) {
    const i = index === undefined ? 0 : Math.trunc(Number(index)) || 0;
    if (!(i >= 0 && i < Reflect.apply(taLength, ta, []))) throw new RangeError('Invalid atomic access index');
    return Reflect.apply(taOffset, ta, []) + i * (kind <= 2 ? 1 : kind <= 4 ? 2 : kind <= 6 ? 4 : 8);
  }

  const toInt = (v) => Math.trunc(Number(v)) || 0; // ToIntegerOrInfinity (finite part), -0 → 0
  const toBig = (v, kind) => (kind === 7 ? BigInt.asIntN(64, BigInt(v)) : BigInt.asUintN(64, BigInt(v)));
  const fromBig = (s, kind) => (kind === 7 ? BigInt(s) : BigInt.asUintN(64, BigInt(s)));

  function rmw(name, op) {
    const native = NativeAtomics[name];
    return {
      [name](ta, index, value) {
        const t = target(ta);
        if (t === undefined) return native(ta, index, value);
        const at = byteIndex(ta, index, t.kind);
        if (t.kind >= 7) return fromBig(t.memory.rmw64(at, op, String(toBig(value, t.kind))), t.kind);
        return t.memory.rmw(t.kind, at, op, toInt(value) | 0);
      },
    }[name];
  }

  const Atomics = {
    add: rmw('add', ADD),
    sub: rmw('sub', SUB),
    and: rmw('and', AND),
    or: rmw('or', OR),
    xor: rmw('xor', XOR),
    exchange: rmw('exchange', XCHG),
    load(ta, index) {
      const t = target(ta);
      if (t === undefined) return NativeAtomics.load(ta, index);
      const at = byteIndex(ta, index, t.kind);
      return t.kind >= 7 ? fromBig(t.memory.load64(at), t.kind) : t.memory.load(t.kind, at);
    },
    store(ta, index, value) {
      const t = target(ta);
      if (t === undefined) return NativeAtomics.store(ta, index, value);
      const at = byteIndex(ta, index, t.kind);
      if (t.kind >= 7) {
        const v = BigInt(value);
        t.memory.store64(at, String(BigInt.asIntN(64, v)));
        return v;
      }
      const v = toInt(value);
      t.memory.store(t.kind, at, v | 0);
      return Object.is(v, -0) ? 0 : v;
    },
    compareExchange(ta, index, expected, replacement) {
      const t = target(ta);
      if (t === undefined) return NativeAtomics.compareExchange(ta, index, expected, replacement);
      const at = byteIndex(ta, index, t.kind);
      if (t.kind >= 7) {
        return fromBig(t.memory.compareExchange64(at, String(BigInt.asIntN(64, toBig(expected, t.kind))),
          String(BigInt.asIntN(64, toBig(replacement, t.kind)))), t.kind);
      }
      return t.memory.compareExchange(t.kind, at, toInt(expected) | 0, toInt(replacement) | 0);
    },
    isLockFree(size) { return NativeAtomics.isLockFree(size); },
    wait(ta, index, value, timeout) {
      const t = waitTarget(ta, 'wait');
      if (t === undefined) return NativeAtomics.wait(ta, index, value, timeout);
      const at = byteIndex(ta, index, t.kind);
      const expected = t.kind === 7 ? String(BigInt.asIntN(64, BigInt(value))) : String(toInt(value) | 0);
      const ms = timeoutOf(timeout);
      if ($.agentKind === 'window') throw new TypeError('Atomics.wait cannot be called in this context');
      return host.atomicsWait(t.memory, t.kind === 7, at, expected, ms);
    },
    waitAsync(ta, index, value, timeout) {
      const t = waitTarget(ta, 'waitAsync');
      if (t === undefined) return NativeAtomics.waitAsync(ta, index, value, timeout);
      const at = byteIndex(ta, index, t.kind);
      const expected = t.kind === 7 ? String(BigInt.asIntN(64, BigInt(value))) : String(toInt(value) | 0);
      const ms = timeoutOf(timeout);
      let resolve;
      const promise = new Promise((r) => { resolve = r; });
      const r = host.atomicsWaitAsync(t.memory, t.kind === 7, at, expected, ms, resolve, $.nextTimerId());
      return r === 'async' ? { async: true, value: promise } : { async: false, value: r };
    },
    notify(ta, index, count) {
      const t = target(ta);
      if (t === undefined) return NativeAtomics.notify(ta, index, count);
      if (t.kind !== 5 && t.kind !== 7) return NativeAtomics.notify(ta, index, count); // throws the right TypeError
      const at = byteIndex(ta, index, t.kind);
      const c = count === undefined ? Infinity : Math.max(Math.trunc(Number(count)) || 0, 0);
      return t.memory.notify(at, c);
    },
  };
  if (typeof NativeAtomics.pause === 'function') Atomics.pause = NativeAtomics.pause;

  function waitTarget(ta, op) {
    const t = target(ta);
    if (t !== undefined && t.kind !== 5 && t.kind !== 7) {
      throw new TypeError(`[object Array] is not an int32 or BigInt64 typed array.`);
    }
    return t;
  }

  function timeoutOf(timeout) {
    const n = timeout === undefined ? Infinity : Number(timeout);
    return Number.isNaN(n) ? Infinity : Math.max(n, 0);
  }

  for (const [k, fn] of Object.entries(Atomics)) {
    Object.defineProperty(NativeAtomics, k, { value: fn, writable: true, enumerable: false, configurable: true });
  }
});
