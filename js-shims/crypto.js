// crypto.js — Crypto (getRandomValues, randomUUID) and SubtleCrypto.digest. Java half: ext/Crypto.java
// (SecureRandom, MessageDigest) through AgentBridge's "crypto.js" methods; a digest runs on the browser's I/O
// pool and settles as a task, as Chromium's does.
(function (g, $) {
  'use strict';
  const host = $.host;
  const uncurry = (f) => Function.prototype.call.bind(f);
  const getter = (proto, name) => uncurry(Object.getOwnPropertyDescriptor(proto, name).get);
  const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
  const taTag = getter(TypedArrayProto, Symbol.toStringTag);
  const taBuffer = getter(TypedArrayProto, 'buffer');
  const taByteOffset = getter(TypedArrayProto, 'byteOffset');
  const taByteLength = getter(TypedArrayProto, 'byteLength');
  const taSet = uncurry(TypedArrayProto.set);
  const dvBuffer = getter(DataView.prototype, 'buffer');
  const dvByteOffset = getter(DataView.prototype, 'byteOffset');
  const dvByteLength = getter(DataView.prototype, 'byteLength');
  const abByteLength = getter(ArrayBuffer.prototype, 'byteLength');
  const isView = ArrayBuffer.isView;
  const NativeUint8Array = Uint8Array;
  const NativeArrayBuffer = ArrayBuffer;
  const NativePromise = Promise;
  const INTEGER_TYPES = { __proto__: null, Int8Array: 1, Uint8Array: 1, Uint8ClampedArray: 1, Int16Array: 1, Uint16Array: 1,
    Int32Array: 1, Uint32Array: 1, BigInt64Array: 1, BigUint64Array: 1 };
  // `buffer` is a view's: an ArrayBuffer or a SharedArrayBuffer. Asking the common case first throws (and pays for an
  // exception's stack trace) only for shared memory.
  const isShared = (buffer) => {
    try { abByteLength(buffer); return false; } catch (e) { return true; }
  };
  /** A Uint8Array over the bytes of a BufferSource, or undefined if `v` is not one. */
  function bytesOf(v) {
    if (v === null || typeof v !== 'object') return undefined;
    if (isView(v)) {
      return taTag(v) !== undefined
        ? new NativeUint8Array(taBuffer(v), taByteOffset(v), taByteLength(v))
        : new NativeUint8Array(dvBuffer(v), dvByteOffset(v), dvByteLength(v));
    }
    try { abByteLength(v); } catch (e) { return undefined; }
    return new NativeUint8Array(v);
  }
  /** A copy of some bytes in Java-owned memory. */
  function copyOut(bytes) {
    const bb = host.allocate(bytes.byteLength);
    if (bytes.byteLength) taSet(new NativeUint8Array(new NativeArrayBuffer(bb)), bytes);
    return bb;
  }

  // ---- Crypto --------------------------------------------------------------------------------------
  const KEY = Symbol('crypto');
  const cryptoPrefix = "Failed to execute 'getRandomValues' on 'Crypto': ";
  let theCrypto, theSubtle;
  function Crypto(key) {
    if (key !== KEY) throw new TypeError("Failed to construct 'Crypto': Illegal constructor");
  }
  $.defineMethods(Crypto.prototype, {
    getRandomValues(array) {
      if (this !== theCrypto) throw new TypeError('Illegal invocation');
      $.requireArgs(arguments, 1, 'Crypto', 'getRandomValues');
      if (array === null || typeof array !== 'object' || !isView(array)) {
        throw new TypeError(`${cryptoPrefix}parameter 1 is not of type 'ArrayBufferView'.`);
      }
      const tag = taTag(array);
      const buffer = tag !== undefined ? taBuffer(array) : dvBuffer(array);
      if (isShared(buffer)) throw new TypeError(`${cryptoPrefix}The provided ArrayBufferView value must not be shared.`);
      if (tag === undefined || !INTEGER_TYPES[tag]) {
        const type = tag === undefined ? 'DataView' : tag.slice(0, -5);
        throw new $.DOMException(`${cryptoPrefix}The provided ArrayBufferView is of type '${type}', which is not an integer array type.`, 'TypeMismatchError');
      }
      const n = taByteLength(array);
      if (n > 65536) {
        throw new $.DOMException(`${cryptoPrefix}The ArrayBufferView's byte length (${n}) exceeds the number of bytes of entropy available via this API (65536).`, 'QuotaExceededError');
      }
      if (n > 0) taSet(new NativeUint8Array(buffer, taByteOffset(array), n), new NativeUint8Array(new NativeArrayBuffer(host.randomBytes(n))));
      return array;
    },
    randomUUID() {
      if (this !== theCrypto) throw new TypeError('Illegal invocation');
      return host.randomUUID();
    },
  });
  $.defineGetters(Crypto.prototype, {
    subtle() {
      if (this !== theCrypto) throw new TypeError('Illegal invocation');
      return theSubtle;
    },
  });
  $.toStringTag(Crypto, 'Crypto');

  // ---- SubtleCrypto.digest ------------------------------------------------------------------------
  const DIGESTS = { __proto__: null, 'SHA-1': 'SHA-1', 'SHA-256': 'SHA-256', 'SHA-384': 'SHA-384', 'SHA-512': 'SHA-512' };
  const digestPrefix = "Failed to execute 'digest' on 'SubtleCrypto': ";
  function SubtleCrypto(key) {
    if (key !== KEY) throw new TypeError("Failed to construct 'SubtleCrypto': Illegal constructor");
  }
  $.defineMethods(SubtleCrypto.prototype, {
    digest(algorithm, data) {
      // a promise-returning operation: every error is a rejection
      return new NativePromise((resolve, reject) => {
        if (this !== theSubtle) throw new TypeError('Illegal invocation');
        $.requireArgs(arguments, 2, 'SubtleCrypto', 'digest');
        const bytes = bytesOf(data);
        if (bytes === undefined) throw new TypeError(`${digestPrefix}The provided value is not of type '(ArrayBuffer or ArrayBufferView)'.`);
        let name = algorithm;
        if (algorithm !== null && (typeof algorithm === 'object' || typeof algorithm === 'function')) {
          name = algorithm.name;
          if (typeof name !== 'string') throw new TypeError(`${digestPrefix}Algorithm: name: Missing or not a string`);
        } else {
          name = $.toDOMString(algorithm);
        }
        const jdkName = DIGESTS[name.toUpperCase()];
        if (jdkName === undefined) throw new $.DOMException(`${digestPrefix}Algorithm: Unrecognized name`, 'NotSupportedError');
        host.digest(jdkName, copyOut(bytes), (result) => {
          const java = new NativeUint8Array(new NativeArrayBuffer(result));
          const out = new NativeArrayBuffer(taByteLength(java));
          taSet(new NativeUint8Array(out), java);
          resolve(out);
        });
      });
    },
  });
  $.toStringTag(SubtleCrypto, 'SubtleCrypto');

  theCrypto = $.markPlatformObject(new Crypto(KEY));
  theSubtle = $.markPlatformObject(new SubtleCrypto(KEY));
  for (const C of [Crypto, SubtleCrypto]) {
    Object.defineProperty(C, 'prototype', { writable: false });
    $.defineGlobal(C.name, C);
  }
  $.defineGetters(g, { crypto() { return theCrypto; } });
});
