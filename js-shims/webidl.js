(function (g, $) {
  'use strict';
  const brands = new WeakMap();
  // Every platform object a shim makes (an instance of a WebIDL interface): structured clone refuses those that
  // are not serializable ("<Interface> object could not be cloned.").
  const platformObjects = new WeakSet();
  const weakSetAdd = Function.prototype.call.bind(WeakSet.prototype.add);
  const weakSetHas = Function.prototype.call.bind(WeakSet.prototype.has);
  $.markPlatformObject = (obj) => { weakSetAdd(platformObjects, obj); return obj; };
  $.isPlatformObject = (v) => v !== null && (typeof v === 'object' || typeof v === 'function') && weakSetHas(platformObjects, v);

  $.defineGlobal = function (name, value) {
    if (value !== null && (typeof value === 'object' || typeof value === 'function')) remember(value);
    Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: false });
  };

  $.defineMethods = function (target, methods) {
    remember(target);
    for (const name of Reflect.ownKeys(methods)) {
      Object.defineProperty(target, name, {
        value: methods[name], writable: true, configurable: true, enumerable: true,
      });
    }
  };

  $.defineGetters = function (target, getters) {
    remember(target);
    for (const name of Reflect.ownKeys(getters)) {
      Object.defineProperty(target, name, { get: getters[name], configurable: true, enumerable: true });
    }
  };

  $.toStringTag = function (Class, tag) {
    Object.defineProperty(Class.prototype, Symbol.toStringTag, { value: tag, configurable: true });
  };

  $.brand = function (obj, Class) {
    let set = brands.get(Class);
    if (!set) brands.set(Class, (set = new WeakSet()));
    set.add(obj);
    weakSetAdd(platformObjects, obj);
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
  // What the shims define through $.defineGlobal / $.defineMethods / $.defineGetters is remembered (cheaply: the
  // objects only). The first time toString meets a function it does not know, it looks one level into those
  // objects and the global's prototype chain (an interface's statics, its prototype's members and accessors) and
  // marks every function there as a built-in: done lazily, as most agents never ask (a page that replaced a
  // built-in method before that first call has its function printed as native too). GraalJS's own built-ins
  // already print [native code].
  const nativeNames = new WeakMap(); // function -> the name V8 prints
  const weakMapGet = Function.prototype.call.bind(WeakMap.prototype.get);
  const weakMapSet = Function.prototype.call.bind(WeakMap.prototype.set);
  const fnToString = Function.prototype.toString;
  const reflectApply = Reflect.apply;
  const getOwnDesc = Object.getOwnPropertyDescriptor;
  const defineProperty = Object.defineProperty;
  const ownKeys = Reflect.ownKeys;
  const getPrototypeOf = Object.getPrototypeOf;
  const toStringMethod = {
    toString() {
      if (nativeRoots !== null && typeof this === 'function' && weakMapGet(nativeNames, this) === undefined) markNativeFunctions();
      const name = typeof this === 'function' ? weakMapGet(nativeNames, this) : undefined;
      return name !== undefined ? `function ${name}() { [native code] }` : reflectApply(fnToString, this, []);
    },
  }.toString;
  weakMapSet(nativeNames, toStringMethod, 'toString');
  defineProperty(Function.prototype, 'toString', { value: toStringMethod, writable: true, configurable: true, enumerable: false });

  let nativeRoots = [];
  const remember = (obj) => { if (nativeRoots !== null) nativeRoots[nativeRoots.length] = obj; };
  $.defineNative = remember; // for shims that define members without these helpers

  /** An accessor's function is named "get x" / "set x" (WebIDL), a method or interface by its own name. */
  function markNative(fn, key, accessor) {
    if (weakMapGet(nativeNames, fn) !== undefined) return;
    const d = getOwnDesc(fn, 'name');
    const own = d !== undefined && typeof d.value === 'string' ? d.value : '';
    if (accessor === undefined) { weakMapSet(nativeNames, fn, own); return; }
    const name = `${accessor} ${typeof key === 'symbol' ? `[${key.description}]` : key}`;
    if (own !== name && (d === undefined || d.configurable)) defineProperty(fn, 'name', { value: name, configurable: true });
    weakMapSet(nativeNames, fn, name);
  }

  function markMembers(obj) {
    for (const key of ownKeys(obj)) {
      const d = getOwnDesc(obj, key);
      if (d.get !== undefined) markNative(d.get, key, 'get');
      if (d.set !== undefined) markNative(d.set, key, 'set');
      if (typeof d.value === 'function') markNative(d.value, key, undefined);
    }
  }

  function markNativeFunctions() {
    for (let o = g; o !== null; o = getPrototypeOf(o)) markMembers(o); // the global, Window.prototype, EventTarget.prototype...
    const roots = nativeRoots;
    nativeRoots = null;
    for (let i = 0; i < roots.length; i++) {
      const r = roots[i];
      markMembers(r);
      if (typeof r === 'function') {
        const p = getOwnDesc(r, 'prototype');
        if (p !== undefined && p.value !== null && typeof p.value === 'object') markMembers(p.value);
      }
    }
  }

  // WebIDL "Failed to execute 'op' on 'Iface': N argument(s) required, but only M present."
  $.requireArgs = function (args, n, iface, op) {
    if (args.length < n) {
      const what = op === undefined ? `Failed to construct '${iface}'` : `Failed to execute '${op}' on '${iface}'`;
      throw new TypeError(`${what}: ${n} argument${n === 1 ? '' : 's'} required, but only ${args.length} present.`);
    }
  };
});
