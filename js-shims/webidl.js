(function (g, $) {
  'use strict';
  // ---- primordials ---------------------------------------------------------------------------------
  // The intrinsics every shim uses, captured here, before any page script runs (js-shims/README.md,
  // "Page code cannot steer the shims"). Names follow Node's primordials:
  //   Array (constructors), ArrayIsArray, JSONStringify, ReflectApply (statics), ArrayPrototypePush(arr, x)
  //   (methods), TypedArrayPrototypeGetBuffer(view) (getters), SymbolIterator (well-known symbols), ...
  // Prototype methods are "uncurried": the receiver is the first argument, no page-visible property is read
  // to call them. The object itself is not frozen (that cost Truffle a shape per property, seconds per agent);
  // only the shims hold it. Safe collections (SafeMap, SafeSet, SafeWeakMap, SafeWeakSet) have frozen, null-rooted
  // prototypes of their own, so map.get(k) never reaches Map.prototype; their iterators too (SafeMap's
  // entries are read with e[0]/e[1], never destructured). SafeArrayIterator(arr) iterates an array with
  // for...of without touching Array.prototype[Symbol.iterator] or %ArrayIteratorPrototype%.next.
  // InternalArray(...items) is an array with a null prototype: reads and writes of its elements never
  // consult Array.prototype (a setter on Array.prototype['0'] does not see it); use the uncurried methods.
  const P = Object.create(null);
  const FunctionPrototypeCall = Function.prototype.call;
  const uncurryThis = Function.prototype.bind.bind(FunctionPrototypeCall);
  const ReflectApply = Reflect.apply, ReflectOwnKeys = Reflect.ownKeys;
  const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor, ObjectDefineProperty = Object.defineProperty;
  const ObjectSetPrototypeOf = Object.setPrototypeOf, ObjectFreeze = Object.freeze;
  const ObjectGetPrototypeOf = Object.getPrototypeOf;
  const StringPrototypeSlice = uncurryThis(String.prototype.slice);
  const StringPrototypeToUpperCase = uncurryThis(String.prototype.toUpperCase);
  const SymbolPrototypeGetDescription = uncurryThis(ObjectGetOwnPropertyDescriptor(Symbol.prototype, 'description').get);
  P.uncurryThis = uncurryThis;

  function keyName(key) {
    if (typeof key === 'symbol') {
      const d = SymbolPrototypeGetDescription(key);
      return 'Symbol' + StringPrototypeToUpperCase(d[7]) + StringPrototypeSlice(d, 8); // 'Symbol.iterator'
    }
    return StringPrototypeToUpperCase(key[0]) + StringPrototypeSlice(key, 1);
  }

  /** Copies a constructor's or namespace's static members (as NameMember) and uncurried prototype members. */
  function copy(name, src, bindStatics) {
    if (src === undefined || src === null) return;
    P[name] = src;
    const keys = ReflectOwnKeys(src);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === 'length' || k === 'name' || k === 'prototype' || k === 'caller' || k === 'arguments') continue;
      if (typeof k === 'symbol' && !(typeof SymbolPrototypeGetDescription(k) === 'string' &&
        StringPrototypeSlice(SymbolPrototypeGetDescription(k), 0, 7) === 'Symbol.')) continue;
      const d = ObjectGetOwnPropertyDescriptor(src, k);
      const n = name + keyName(k);
      if ('value' in d) {
        P[n] = typeof d.value === 'function' && bindStatics ? ReflectApply(Function.prototype.bind, d.value, [src]) : d.value;
      } else if (d.get !== undefined) {
        P[n] = ReflectApply(d.get, src, []);
      }
    }
    const proto = typeof src === 'function' ? src.prototype : undefined;
    if (proto === undefined || proto === null) return;
    copyProto(name + 'Prototype', proto);
  }

  function copyProto(prefix, proto) {
    P[prefix] = proto;
    const keys = ReflectOwnKeys(proto);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === 'constructor' || k === 'caller' || k === 'arguments' || k === 'callee') continue;
      if (typeof k === 'symbol' && !(typeof SymbolPrototypeGetDescription(k) === 'string' &&
        StringPrototypeSlice(SymbolPrototypeGetDescription(k), 0, 7) === 'Symbol.')) continue;
      const d = ObjectGetOwnPropertyDescriptor(proto, k);
      const n = keyName(k);
      if ('value' in d) {
        if (typeof d.value === 'function') P[prefix + n] = uncurryThis(d.value);
      } else {
        if (d.get !== undefined) P[prefix + 'Get' + n] = uncurryThis(d.get);
        if (d.set !== undefined) P[prefix + 'Set' + n] = uncurryThis(d.set);
      }
    }
  }

  const CONSTRUCTORS = ['Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'BigInt', 'Date',
    'RegExp', 'Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError',
    'AggregateError', 'Map', 'Set', 'WeakMap', 'WeakSet', 'WeakRef', 'FinalizationRegistry', 'Proxy',
    'ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray',
    'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float16Array', 'Float32Array', 'Float64Array',
    'BigInt64Array', 'BigUint64Array'];
  for (let i = 0; i < CONSTRUCTORS.length; i++) copy(CONSTRUCTORS[i], g[CONSTRUCTORS[i]], false);
  copy('Promise', g.Promise, true);
  for (const name of ['JSON', 'Math', 'Reflect', 'Atomics', 'WebAssembly']) copy(name, g[name], false);
  for (const name of ['parseInt', 'parseFloat', 'isNaN', 'isFinite', 'encodeURIComponent', 'decodeURIComponent',
    'encodeURI', 'decodeURI', 'escape', 'unescape', 'eval']) P[name] = g[name];
  P.globalThis = g;
  copy('TypedArray', ObjectGetPrototypeOf(Uint8Array), false);
  copyProto('ArrayIteratorPrototype', ObjectGetPrototypeOf([][Symbol.iterator]()));
  copyProto('StringIteratorPrototype', ObjectGetPrototypeOf(''[Symbol.iterator]()));
  copyProto('MapIteratorPrototype', ObjectGetPrototypeOf(new Map().entries()));
  copyProto('SetIteratorPrototype', ObjectGetPrototypeOf(new Set().values()));
  copyProto('IteratorPrototype', ObjectGetPrototypeOf(ObjectGetPrototypeOf([][Symbol.iterator]())));
  copyProto('AsyncFunctionPrototype', ObjectGetPrototypeOf(async function () {}));
  P.AsyncFunction = P.AsyncFunctionPrototype.constructor;

  /** An iterator over `iterator` whose next is `next` (captured), with a frozen prototype of its own. */
  function createSafeIterator(next) {
    class SafeIterator {
      #it;
      constructor(it) { this.#it = it; }
      next() { return next(this.#it); }
      [Symbol.iterator]() { return this; }
    }
    ObjectSetPrototypeOf(SafeIterator.prototype, null);
    ObjectFreeze(SafeIterator.prototype);
    ObjectFreeze(SafeIterator);
    return SafeIterator;
  }

  /** `safe` (a class extending `unsafe`) gets own copies of unsafe.prototype's members; its iterators are safe. */
  function makeSafe(unsafe, safe, SafeIterator) {
    const src = unsafe.prototype, dst = safe.prototype;
    const keys = ReflectOwnKeys(src);
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === 'constructor') continue;
      const d = ObjectGetOwnPropertyDescriptor(src, k);
      if (SafeIterator !== undefined && typeof d.value === 'function' &&
        (k === Symbol.iterator || k === 'entries' || k === 'keys' || k === 'values')) {
        const make = d.value;
        d.value = function () { return new SafeIterator(ReflectApply(make, this, [])); };
      }
      ObjectDefineProperty(dst, k, d);
    }
    ObjectSetPrototypeOf(dst, null);
    ObjectFreeze(dst);
    ObjectFreeze(safe);
    return safe;
  }

  // (an initial iterable is read with the page-visible iterator protocol: pass one at start-up only)
  P.SafeMap = makeSafe(Map, class SafeMap extends Map { constructor(entries) { super(entries); } },
    createSafeIterator(P.MapIteratorPrototypeNext));
  P.SafeSet = makeSafe(Set, class SafeSet extends Set { constructor(values) { super(values); } },
    createSafeIterator(P.SetIteratorPrototypeNext));
  P.SafeWeakMap = makeSafe(WeakMap, class SafeWeakMap extends WeakMap { constructor() { super(); } });
  P.SafeWeakSet = makeSafe(WeakSet, class SafeWeakSet extends WeakSet { constructor() { super(); } });

  class SafeArrayIterator {
    #a;
    #i = 0;
    constructor(a) { this.#a = a; }
    next() {
      const a = this.#a, i = this.#i;
      if (i < a.length) { this.#i = i + 1; return { value: a[i], done: false }; }
      return { value: undefined, done: true };
    }
    [Symbol.iterator]() { return this; }
  }
  ObjectSetPrototypeOf(SafeArrayIterator.prototype, null);
  ObjectFreeze(SafeArrayIterator.prototype);
  P.SafeArrayIterator = ObjectFreeze(SafeArrayIterator);

  /** for (const ch of SafeStringIterator(s)): the code points of s, without String.prototype[Symbol.iterator]. */
  const StringIterator = createSafeIterator(P.StringIteratorPrototypeNext);
  const StringPrototypeSymbolIterator = P.StringPrototypeSymbolIterator;
  P.SafeStringIterator = (s) => new StringIterator(StringPrototypeSymbolIterator(s));

  /**
   * An array whose prototype chain is one frozen empty object with a null prototype (see above): made by the Array
   * constructor with a new.target of its own, so every internal array has the same shape (no per-array
   * setPrototypeOf on hot paths), and no `constructor` or Symbol.species lookup can reach the page.
   */
  const INTERNAL_ARRAY_PROTOTYPE = ObjectFreeze(Object.create(null));
  function InternalArrayNewTarget() {}
  InternalArrayNewTarget.prototype = INTERNAL_ARRAY_PROTOTYPE;
  const ReflectConstruct = Reflect.construct, ArrayCtor = Array, NO_ARGS = [];
  P.InternalArray = function InternalArray(...items) {
    const a = ReflectConstruct(ArrayCtor, NO_ARGS, InternalArrayNewTarget);
    for (let i = 0; i < items.length; i++) a[i] = items[i];
    return a;
  };
  /**
   * `re` with its own copies of what String.prototype.replace/match/search and RegExp's Symbol methods read
   * (exec, flags, lastIndex and the flag getters), and a null prototype: no page patch of RegExp.prototype
   * reaches it. (Not for split/matchAll: they build a new RegExp through the species constructor.)
   * RegExpPrototypeExec(re, s) needs no hardening: the built-in exec reads only re's own lastIndex.
   */
  const RegExpPrototype = RegExp.prototype;
  const REGEXP_OWN = ['exec', 'flags', 'global', 'ignoreCase', 'multiline', 'dotAll', 'unicode', 'unicodeSets',
    'sticky', 'hasIndices', 'source', Symbol.replace, Symbol.match, Symbol.search];
  P.hardenRegExp = function hardenRegExp(re) {
    for (let i = 0; i < REGEXP_OWN.length; i++) {
      const d = ObjectGetOwnPropertyDescriptor(RegExpPrototype, REGEXP_OWN[i]);
      if (d === undefined) continue;
      const value = d.get !== undefined ? ReflectApply(d.get, re, []) : d.value;
      ObjectDefineProperty(re, REGEXP_OWN[i], { __proto__: null, value, writable: false, configurable: false });
    }
    ObjectDefineProperty(re, 'constructor', { __proto__: null, value: undefined });
    return ObjectSetPrototypeOf(re, null);
  };
  $.primordials = P; // not frozen: freezing ~500 properties costs Truffle a shape per property; nothing outside the shims can reach it

  // ---- WebIDL helpers ------------------------------------------------------------------------------
  const brands = new P.SafeWeakMap();
  // Every platform object a shim makes (an instance of a WebIDL interface): structured clone refuses those that
  // are not serializable ("<Interface> object could not be cloned.").
  const platformObjects = new P.SafeWeakSet();
  $.markPlatformObject = (obj) => { platformObjects.add(obj); return obj; };
  $.isPlatformObject = (v) => v !== null && (typeof v === 'object' || typeof v === 'function') && platformObjects.has(v);

  $.defineGlobal = function (name, value) {
    ObjectDefineProperty(g, name, { __proto__: null, value, writable: true, configurable: true, enumerable: false });
  };

  $.defineMethods = function (target, methods) {
    const names = ReflectOwnKeys(methods);
    for (let i = 0; i < names.length; i++) {
      ObjectDefineProperty(target, names[i], {
        __proto__: null, value: methods[names[i]], writable: true, configurable: true, enumerable: true,
      });
    }
  };

  /** Accessors from `{ name() {...} }` methods: each getter is named "get name", as WebIDL's (and V8's) are. */
  $.defineGetters = function (target, getters) {
    const names = ReflectOwnKeys(getters);
    for (let i = 0; i < names.length; i++) {
      const get = getters[names[i]];
      ObjectDefineProperty(get, 'name', { __proto__: null, value: 'get ' + (typeof names[i] === 'symbol' ? `[${SymbolPrototypeGetDescription(names[i])}]` : names[i]), configurable: true });
      ObjectDefineProperty(target, names[i], { __proto__: null, get, configurable: true, enumerable: true });
    }
  };

  $.toStringTag = function (Class, tag) {
    ObjectDefineProperty(Class.prototype, Symbol.toStringTag, { __proto__: null, value: tag, configurable: true });
  };

  $.brand = function (obj, Class) {
    let set = brands.get(Class);
    if (!set) brands.set(Class, (set = new P.SafeWeakSet()));
    set.add(obj);
    platformObjects.add(obj);
    return obj;
  };

  $.hasBrand = function (obj, Class) {
    const set = brands.get(Class);
    return !!set && obj !== null && (typeof obj === 'object' || typeof obj === 'function') && set.has(obj);
  };

  $.checkBrand = function (obj, Class) {
    if (!$.hasBrand(obj, Class)) throw new TypeError('Illegal invocation');
  };

  // ---- the shims' functions are the browser's built-ins: Function.prototype.toString says [native code] ----
  // A function whose code is a shim's (Java knows it by its source, harness:*.js) prints as V8 prints a built-in,
  // with its own name; asked the first time a page prints that function, so a realm does no work for it at start-up.
  // GraalJS's own built-ins already print [native code]. (Without a host, as in the Node suites, shims print as code.)
  const nativeNames = new WeakMap(); // function -> the name V8 prints
  const weakMapGet = Function.prototype.call.bind(WeakMap.prototype.get);
  const weakMapSet = Function.prototype.call.bind(WeakMap.prototype.set);
  const fnToString = Function.prototype.toString;
  const reflectApply = Reflect.apply;
  const getOwnDesc = Object.getOwnPropertyDescriptor;
  const defineProperty = Object.defineProperty;
  const host = $.host;
  const isShimFunction = host !== undefined && host !== null && typeof host.isShimFunction === 'function'
    ? (fn) => host.isShimFunction(fn) : () => false;
  const toStringMethod = {
    toString() {
      if (typeof this === 'function') {
        let name = weakMapGet(nativeNames, this);
        if (name === undefined && isShimFunction(this)) {
          const d = getOwnDesc(this, 'name');
          name = d !== undefined && typeof d.value === 'string' ? d.value : '';
          weakMapSet(nativeNames, this, name);
        }
        if (name !== undefined) return `function ${name}() { [native code] }`;
      }
      return reflectApply(fnToString, this, []);
    },
  }.toString;
  weakMapSet(nativeNames, toStringMethod, 'toString');
  defineProperty(Function.prototype, 'toString', { value: toStringMethod, writable: true, configurable: true, enumerable: false });

  // WebIDL "Failed to execute 'op' on 'Iface': N argument(s) required, but only M present."
  $.requireArgs = function (args, n, iface, op) {
    if (args.length < n) {
      const what = op === undefined ? `Failed to construct '${iface}'` : `Failed to execute '${op}' on '${iface}'`;
      throw new TypeError(`${what}: ${n} argument${n === 1 ? '' : 's'} required, but only ${args.length} present.`);
    }
  };
});
