// traps.js — what a hostile page does to the realm it shares with the shims. Each installer records, through
// watch() (watch.js), every receiver and argument its traps see, and otherwise behaves as the original would,
// so the APIs the page exercises afterwards work as in an untouched realm (and as Chromium prints them).
(function () {
  const defineProperty = Object.defineProperty, getOwnDesc = Object.getOwnPropertyDescriptor;
  const ownKeys = Reflect.ownKeys, apply = Reflect.apply, construct = Reflect.construct, getProto = Object.getPrototypeOf;
  const watch = self.watch;

  // Names the shims might read on their own objects (and more): a getter/setter for each on the prototypes.
  const NAMES = ['inspectSubtype', 'host', 'then', 'toJSON', 'constructor', 'get', 'set', 'value', 'writable',
    'enumerable', 'configurable', 'kind', 'buffer', 'type', 'data', 'handle', 'port', 'ports', 'refs', 'transfer',
    'blob', 'file', 'name', 'url', 'status', 'headers', 'body', 'callback', 'capture', 'once', 'passive', 'signal',
    'removed', 'listener', 'handleEvent', 'state', 'target', 'path', 'args', 'repeat', 'ms', 'handler', 'id',
    'next', 'done', 'return', 'throw', 'message', 'stack', 'cause', 'prefix', 'mem', 'entries', 'size', 'length',
    'level', 'text', 'indent', 'label', 'count', 'timers', 'start', 'end', 'index', 'input', 'groups', 'lastIndex',
    'href', 'origin', 'protocol', 'username', 'password', 'hostname', 'pathname', 'search', 'hash', 'query',
    'fragment', 'scheme', 'opaque', 'list', 'keys', 'values', 'code', 'reason', 'aborted', 'algorithms',
    'source', 'dependent', 'signals', 'fatal', 'ignoreBOM', 'encoding', 'stream', 'read', 'written', 'byteOffset',
    'byteLength', 'mode', 'credentials', 'redirect', 'method', 'integrity', 'keepalive', 'cache', 'referrer',
    'referrerPolicy', 'window', 'duplex', 'priority', 'ok', 'statusText', 'redirected', 'bodyUsed', 'guard',
    'lastModified', 'endings', 'subtype', 'preview', 'overflow', 'properties', 'description', 'className',
    '__proto__x', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '16', '32', '64', '100'];

  function trapName(proto, where, name) {
    if (Object.prototype.hasOwnProperty.call(proto, name)) return false;
    defineProperty(proto, name, {
      __proto__: null,
      get() { watch(where + '.' + name + ' getter', this); return undefined; },
      set(v) {
        watch(where + '.' + name + ' setter', this, [v]);
        defineProperty(this, name, { __proto__: null, value: v, writable: true, enumerable: true, configurable: true });
      },
      configurable: true,
    });
    return true;
  }

  /** Getters and setters for NAMES on the shared prototypes (where they are not already defined). */
  self.installPrototypeAccessors = function () {
    const protos = [[Object.prototype, 'Object.prototype'], [Array.prototype, 'Array.prototype'],
      [Function.prototype, 'Function.prototype'], [Promise.prototype, 'Promise.prototype'],
      [getProto(Uint8Array.prototype), 'TypedArray.prototype'], [Error.prototype, 'Error.prototype'],
      [Map.prototype, 'Map.prototype'], [Set.prototype, 'Set.prototype'], [String.prototype, 'String.prototype']];
    for (let i = 0; i < protos.length; i++) {
      for (let j = 0; j < NAMES.length; j++) {
        // (a `then` getter that returns undefined makes nothing a thenable: every promise resolution reads it)
        trapName(protos[i][0], protos[i][1], NAMES[j]);
      }
    }
  };

  function wrap(obj, where, key) {
    const d = getOwnDesc(obj, key);
    if (!d) return;
    const label = where + '.' + (typeof key === 'symbol' ? '[' + key.description + ']' : key);
    if (typeof d.value === 'function') {
      const original = d.value;
      const isCtor = key === 'constructor';
      const w = function (...args) {
        watch(label, this, args);
        return new.target ? construct(original, args, new.target) : apply(original, this, args);
      };
      if (isCtor) return;
      try {
        defineProperty(obj, key, { __proto__: null, value: w, writable: d.writable, enumerable: d.enumerable, configurable: true });
      } catch (e) { /* non-configurable (Function.prototype[Symbol.hasInstance]) */ }
    } else if (d.get) {
      const get = d.get, set = d.set;
      defineProperty(obj, key, {
        __proto__: null,
        get() { watch(label + ' getter', this); return apply(get, this, []); },
        set: set && function (v) { watch(label + ' setter', this, [v]); return apply(set, this, [v]); },
        enumerable: d.enumerable, configurable: true,
      });
    }
  }

  /**
   * Every method and accessor of the built-in prototypes (and statics) replaced by a recording wrapper:
   * push, map, get, set, then, call, apply, bind, Symbol.iterator, the iterators' next, Symbol.species ...
   */
  self.installMethodWrappers = function () {
    const targets = [[Object.prototype, 'Object.prototype'], [Array.prototype, 'Array.prototype'],
      [Function.prototype, 'Function.prototype'], [Promise.prototype, 'Promise.prototype'],
      [Map.prototype, 'Map.prototype'], [Set.prototype, 'Set.prototype'], [WeakMap.prototype, 'WeakMap.prototype'],
      [WeakSet.prototype, 'WeakSet.prototype'], [String.prototype, 'String.prototype'],
      [RegExp.prototype, 'RegExp.prototype'], [getProto(Uint8Array.prototype), 'TypedArray.prototype'],
      [ArrayBuffer.prototype, 'ArrayBuffer.prototype'], [DataView.prototype, 'DataView.prototype'],
      [getProto([][Symbol.iterator]()), 'ArrayIterator'], [getProto(new Map().entries()), 'MapIterator'],
      [getProto(new Set().values()), 'SetIterator'], [getProto(''[Symbol.iterator]()), 'StringIterator'],
      [Error.prototype, 'Error.prototype'], [Symbol.prototype, 'Symbol.prototype'],
      [Object, 'Object'], [Array, 'Array'], [Promise, 'Promise'], [JSON, 'JSON'], [Reflect, 'Reflect'],
      [Number, 'Number'], [String, 'String'], [Math, 'Math'], [Symbol, 'Symbol'], [Map, 'Map'],
      [getProto(Uint8Array), 'TypedArray'], [ArrayBuffer, 'ArrayBuffer']];
    for (let i = 0; i < targets.length; i++) {
      const keys = ownKeys(targets[i][0]);
      for (let j = 0; j < keys.length; j++) {
        const k = keys[j];
        if (k === 'prototype' || k === 'length' || k === 'name' || k === 'caller' || k === 'arguments' || k === 'callee') continue;
        if (targets[i][0] === Object.prototype && k === '__proto__') continue;
        wrap(targets[i][0], targets[i][1], k);
      }
    }
  };

  /**
   * The globals the shims might use at run time replaced by look-alikes that record what they see (and that
   * delegate, so the page's own code keeps working): Promise, Array, JSON, Reflect, Object, Map, Set, ...
   */
  self.installReplacedGlobals = function () {
    for (const name of ['Promise', 'Array', 'Object', 'Map', 'Set', 'WeakMap', 'WeakSet', 'Uint8Array', 'ArrayBuffer',
      'Error', 'TypeError', 'RangeError', 'String', 'Number', 'Symbol', 'Function', 'RegExp', 'Date', 'DataView',
      'Int32Array', 'SharedArrayBuffer', 'Proxy']) {
      const C = self[name];
      if (typeof C !== 'function') continue;
      const Fake = function (...args) {
        watch('global ' + name, this, args);
        return new.target ? construct(C, args, new.target === Fake ? C : new.target) : apply(C, this, args);
      };
      Fake.prototype = C.prototype;
      const statics = ownKeys(C);
      for (let i = 0; i < statics.length; i++) {
        const k = statics[i];
        if (k === 'prototype' || k === 'length' || k === 'name') continue;
        const d = getOwnDesc(C, k);
        if (typeof d.value === 'function') {
          const f = d.value;
          d.value = function (...args) { watch('global ' + name + '.' + String(k), this, args); return apply(f, this === Fake ? C : this, args); };
        }
        try { defineProperty(Fake, k, d); } catch (e) { /* non-configurable */ }
      }
      self[name] = Fake;
    }
    for (const name of ['JSON', 'Reflect', 'Math', 'Atomics']) {
      const N = self[name];
      const fake = {};
      const keys = ownKeys(N);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        const d = getOwnDesc(N, k);
        if (typeof d.value === 'function') {
          const f = d.value;
          d.value = function (...args) { watch('global ' + name + '.' + String(k), this, args); return apply(f, N, args); };
        }
        defineProperty(fake, k, d);
      }
      self[name] = fake;
    }
  };
})();
