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
    Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: false });
  };

  $.defineMethods = function (target, methods) {
    for (const name of Reflect.ownKeys(methods)) {
      Object.defineProperty(target, name, {
        value: methods[name], writable: true, configurable: true, enumerable: true,
      });
    }
  };

  $.defineGetters = function (target, getters) {
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

  // WebIDL "Failed to execute 'op' on 'Iface': N argument(s) required, but only M present."
  $.requireArgs = function (args, n, iface, op) {
    if (args.length < n) {
      const what = op === undefined ? `Failed to construct '${iface}'` : `Failed to execute '${op}' on '${iface}'`;
      throw new TypeError(`${what}: ${n} argument${n === 1 ? '' : 's'} required, but only ${args.length} present.`);
    }
  };
});
