// events.js — DOMException, Event, EventTarget, event handler attributes, CustomEvent, ErrorEvent,
// PromiseRejectionEvent, MessageEvent, AbortController, AbortSignal.
//
// Private helpers put on `$` for the other shims and the core:
//   $.DOMException(message, name)      platform-created DOMException (has an own `stack`, as Chromium's do)
//   $.isDOMException(v)
//   $.initEventTarget(obj)             give an object created without `new EventTarget` (the global,
//                                      a Worker, ...) the EventTarget internals/brand
//   $.isEventTarget(v), $.isEvent(v), $.hasEventListeners(target, type?)
//   $.dispatch(target, event)          the DOM "dispatch" algorithm (no checks, keeps isTrusted)
//   $.dispatchTrusted(target, event)   dispatch with isTrusted === true
//   $.fireEvent(target, type, init, EventClass = Event) -> boolean (not canceled); trusted
//   $.createEvent(EventClass, type, init) -> event built with the guest-invisible constructor
//   $.setEventTrusted(event, bool)
//   $.defineEventHandler(proto, name)  `on<name>` IDL attribute
//   $.getEventHandler(target, name) / $.setEventHandler(target, name, value)
//   $.defineEventInterface(spec)       helper to declare Event subclasses (see below)
//   $.getTheParent(target, event)      hook for "get the parent" (DOM/window shims wrap it); default null
//   $.isDefaultPassiveTarget(target)   hook for the "default passive value"; default false
//   $.isNodeEventTarget(target)        hook: true for DOM Nodes (full DOM dispatch; see dispatch()); default false
//   $.isMessagePort(v), $.isServiceWorker(v), $.isWindow(v)  hooks used by MessageEvent (defaults: false /
//                                      v === global on a window agent)
//   $.currentEvent                     the global's "current event" (window.event), undefined outside dispatch
//   $.createAbortSignal(), $.signalAbort(signal, reason), $.addAbortAlgorithm(signal, fn) -> fn,
//   $.removeAbortAlgorithm(signal, fn), $.isAbortSignal(v), $.createDependentAbortSignal(signals)
//   $.lastListenerError                last listener exception when $.reportException is not defined
(function (g, $) {
  'use strict';
  const { ArrayPrototypeIncludes, ArrayPrototypeIndexOf, ArrayPrototypeJoin, ArrayPrototypePush, ArrayPrototypeSlice,
    ArrayPrototypeSort, ArrayPrototypeSplice, ArrayPrototypeUnshift, Error, ErrorCaptureStackTrace, ErrorPrototype,
    InternalArray, MathTrunc, NumberIsFinite, NumberIsNaN, NumberMAX_SAFE_INTEGER, ObjectCreate, ObjectDefineProperty,
    ObjectFreeze, ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf, ObjectKeys, ObjectPrototypeHasOwnProperty,
    ObjectSetPrototypeOf, PromiseResolve, RangeError, ReflectApply, ReflectConstruct, ReflectOwnKeys, SafeMap, SafeSet,
    SafeWeakMap, StringPrototypeReplace, StringPrototypeSplit, StringPrototypeToWellFormed, SymbolIterator,
    SymbolToStringTag, TypeError, hardenRegExp } = $.primordials;

  // ---------------------------------------------------------------------------------------------
  // small WebIDL helpers (local)
  // ---------------------------------------------------------------------------------------------

  function isObject(v) {
    return v !== null && (typeof v === 'object' || typeof v === 'function');
  }
  function toDOMString(v) {
    if (typeof v === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    return `${v}`;
  }
  const LONE_SURROGATES = hardenRegExp(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g);
  function toUSVString(v) {
    const s = toDOMString(v);
    if (StringPrototypeToWellFormed !== undefined) return StringPrototypeToWellFormed(s);
    return StringPrototypeReplace(s, LONE_SURROGATES, '\uFFFD');
  }
  $.toUSVString = toUSVString;
  $.toDOMString = toDOMString;
  function toBoolean(v) { return !!v; }
  function toUnsignedLong(v) {
    let x = +v;
    if (typeof v === 'bigint') throw new TypeError('Cannot convert a BigInt value to a number');
    if (!NumberIsFinite(x)) return 0;
    x = MathTrunc(x);
    x = x % 4294967296;
    if (x < 0) x += 4294967296;
    return x === 0 ? 0 : x;
  }
  function toEnforcedUnsignedLongLong(v) {
    if (typeof v === 'bigint') throw new TypeError('Cannot convert a BigInt value to a number');
    const x = +v;
    if (NumberIsNaN(x)) throw new TypeError("Value is not of type 'unsigned long long'.");
    if (!NumberIsFinite(x)) throw new TypeError("Value is infinite and not of type 'unsigned long long'.");
    const t = MathTrunc(x);
    if (t < 0 || t > NumberMAX_SAFE_INTEGER) {
      throw new TypeError("Value is outside the 'unsigned long long' value range.");
    }
    return t === 0 ? 0 : t;
  }
  function prefixError(e, prefix) {
    if (e instanceof TypeError || e instanceof RangeError) {
      const E = e instanceof RangeError ? RangeError : TypeError;
      return new E(`${prefix}: ${e.message}`);
    }
    return e;
  }
  function ctorPrefix(iface) { return `Failed to construct '${iface}'`; }
  function opPrefix(iface, op) { return `Failed to execute '${op}' on '${iface}'`; }
  function illegal() { return new TypeError('Illegal invocation'); }
  function requireNew(nt, iface) {
    if (nt === undefined) {
      throw new TypeError(`${ctorPrefix(iface)}: Please use the 'new' operator, this DOM object constructor cannot be called as a function.`);
    }
  }
  function requireArgs(args, n, prefix) {
    if (args.length < n) {
      throw new TypeError(`${prefix}: ${n} argument${n === 1 ? '' : 's'} required, but only ${args.length} present.`);
    }
  }
  // Defines the accessors/methods of an object literal onto target with WebIDL attributes
  // (enumerable, configurable; methods writable), preserving the "get x"/"set x" function names.
  function defineMembers(target, members) {
    for (const key of ReflectOwnKeys(members)) {
      const d = ObjectGetOwnPropertyDescriptor(members, key);
      if ('value' in d) {
        ObjectDefineProperty(target, key, { value: d.value, writable: true, enumerable: true, configurable: true });
      } else {
        ObjectDefineProperty(target, key, { get: d.get, set: d.set, enumerable: true, configurable: true });
      }
    }
  }
  function defineConstants(Ctor, consts) {
    for (const key of ObjectKeys(consts)) {
      const desc = { value: consts[key], writable: false, enumerable: true, configurable: false };
      ObjectDefineProperty(Ctor, key, desc);
      ObjectDefineProperty(Ctor.prototype, key, desc);
    }
  }
  function setupInterface(Ctor, Parent) {
    if (Parent) {
      ObjectSetPrototypeOf(Ctor, Parent);
      Ctor.prototype = ObjectCreate(Parent.prototype, {
        constructor: { value: Ctor, writable: true, enumerable: false, configurable: true },
      });
    }
    ObjectDefineProperty(Ctor, 'prototype', { writable: false, enumerable: false, configurable: false });
    ObjectDefineProperty(Ctor.prototype, SymbolToStringTag, {
      value: Ctor.name, writable: false, enumerable: false, configurable: true,
    });
  }
  function setLength(fn, n) {
    ObjectDefineProperty(fn, 'length', { value: n, writable: false, enumerable: false, configurable: true });
  }
  function expose(name, value) {
    if (typeof $.defineGlobal === 'function') $.defineGlobal(name, value);
    else ObjectDefineProperty(g, name, { value, writable: true, configurable: true, enumerable: false });
  }
  // Sequence conversion (iterable -> array) with Chromium's message.
  function toSequence(v, each) {
    if (!isObject(v)) throw new TypeError('The provided value cannot be converted to a sequence.');
    const method = v[SymbolIterator];
    if (typeof method !== 'function') throw new TypeError('The provided value cannot be converted to a sequence.');
    const out = InternalArray();
    const it = ReflectApply(method, v, []);
    if (!isObject(it)) throw new TypeError('Result of the Symbol.iterator method is not an object');
    const next = it.next;
    for (;;) {
      const r = ReflectApply(next, it, []);
      if (!isObject(r)) throw new TypeError(`Iterator result ${r} is not an object`);
      if (r.done) break;
      ArrayPrototypePush(out, each(r.value));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // DOMException
  // ---------------------------------------------------------------------------------------------
  const DOMEX_NAMES = {
    IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
    NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InUseAttributeError: 10,
    InvalidStateError: 11, SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14,
    InvalidAccessError: 15, TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20,
    URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24,
    DataCloneError: 25,
  };
  const DOMEX_CONSTS = {
    INDEX_SIZE_ERR: 1, DOMSTRING_SIZE_ERR: 2, HIERARCHY_REQUEST_ERR: 3, WRONG_DOCUMENT_ERR: 4,
    INVALID_CHARACTER_ERR: 5, NO_DATA_ALLOWED_ERR: 6, NO_MODIFICATION_ALLOWED_ERR: 7, NOT_FOUND_ERR: 8,
    NOT_SUPPORTED_ERR: 9, INUSE_ATTRIBUTE_ERR: 10, INVALID_STATE_ERR: 11, SYNTAX_ERR: 12,
    INVALID_MODIFICATION_ERR: 13, NAMESPACE_ERR: 14, INVALID_ACCESS_ERR: 15, VALIDATION_ERR: 16,
    TYPE_MISMATCH_ERR: 17, SECURITY_ERR: 18, NETWORK_ERR: 19, ABORT_ERR: 20, URL_MISMATCH_ERR: 21,
    QUOTA_EXCEEDED_ERR: 22, TIMEOUT_ERR: 23, INVALID_NODE_TYPE_ERR: 24, DATA_CLONE_ERR: 25,
  };
  const domexData = new SafeWeakMap();

  function DOMException(message = undefined, name = undefined) {
    requireNew(new.target, 'DOMException');
    let m = '', n = 'Error';
    try {
      if (message !== undefined) m = toDOMString(message);
      if (name !== undefined) n = toDOMString(name);
    } catch (e) { throw prefixError(e, ctorPrefix('DOMException')); }
    domexData.set(this, { __proto__: null, name: n, message: m });
  }
  ObjectSetPrototypeOf(DOMException.prototype, ErrorPrototype);
  setupInterface(DOMException);
  function domex(self) {
    const d = domexData.get(self);
    if (!d) throw illegal();
    return d;
  }
  defineMembers(DOMException.prototype, {
    get code() { const d = domex(this); return ObjectPrototypeHasOwnProperty(DOMEX_NAMES, d.name) ? DOMEX_NAMES[d.name] : 0; },
    get name() { return domex(this).name; },
    get message() { return domex(this).message; },
  });
  defineConstants(DOMException, DOMEX_CONSTS);
  moveConstructorLast(DOMException.prototype); // own-key order as Chromium lists it
  expose('DOMException', DOMException);

  // Platform-created DOMException: same prototype, plus an own `stack` like Chromium's.
  function PlatformDOMException(message, name) {
    const e = ReflectConstruct(DOMException, [message, name], DOMException);
    try {
      if (typeof ErrorCaptureStackTrace === 'function') {
        ErrorCaptureStackTrace(e, PlatformDOMException);
      } else {
        const s = new Error().stack;
        if (typeof s === 'string') {
          const lines = StringPrototypeSplit(s, '\n');
          ArrayPrototypeSplice(lines, 0, 2);
          ObjectDefineProperty(e, 'stack', {
            value: `${domexData.get(e).name}: ${domexData.get(e).message}` + (lines.length ? '\n' + ArrayPrototypeJoin(lines, '\n') : ''),
            writable: true, enumerable: false, configurable: true,
          });
        }
      }
    } catch (_) { /* no stack support */ }
    return e;
  }
  PlatformDOMException.prototype = DOMException.prototype;
  $.DOMException = PlatformDOMException;
  $.isDOMException = (v) => isObject(v) && domexData.has(v);

  // ---------------------------------------------------------------------------------------------
  // Event
  // ---------------------------------------------------------------------------------------------
  const NONE = 0, CAPTURING_PHASE = 1, AT_TARGET = 2, BUBBLING_PHASE = 3;
  const evState = new SafeWeakMap();   // event -> internal state
  const evExtra = new SafeWeakMap();   // event -> { [interfaceName]: fields }

  function ev(self) {
    const s = evState.get(self);
    if (s === undefined) throw illegal();
    return s;
  }
  function now() {
    try {
      const p = g.performance;
      if (p && typeof p.now === 'function') return p.now();
    } catch (_) { /* ignore */ }
    return 0;
  }
  const isTrustedGetter = ({
    get isTrusted() { return ev(this).isTrusted; },
  });
  const isTrustedGet = ObjectGetOwnPropertyDescriptor(isTrustedGetter, 'isTrusted').get;

  const NO_PATH = ObjectFreeze(InternalArray()); // the path of an event outside dispatch (one shared empty list)
  function createEventState(obj, type) {
    const s = {
      __proto__: null, type, bubbles: false, cancelable: false, composed: false,
      target: null, relatedTarget: null, currentTarget: null, eventPhase: NONE,
      stopPropagation: false, stopImmediate: false, canceled: false, inPassive: false,
      initialized: true, dispatching: false, isTrusted: false, path: NO_PATH, timeStamp: now(),
    };
    evState.set(obj, s);
    ObjectDefineProperty(obj, 'isTrusted', { __proto__: null, get: isTrustedGet, set: undefined, enumerable: true, configurable: false });
    return s;
  }

  // Dictionary member descriptors: {name, conv(value) -> converted, def: () => default, required}
  const EVENT_INIT_MEMBERS = [
    { __proto__: null, name: 'bubbles', conv: toBoolean, def: () => false, required: false },
    { __proto__: null, name: 'cancelable', conv: toBoolean, def: () => false, required: false },
    { __proto__: null, name: 'composed', conv: toBoolean, def: () => false, required: false },
  ];
  // Reads a dictionary; `levels` is an array (base first) of arrays of members sorted by name.
  function readDictionary(value, levels, dictName, prefix) {
    if (value !== undefined && value !== null && !isObject(value)) {
      throw new TypeError(`${prefix}: The provided value is not of type '${dictName}'.`);
    }
    const out = { __proto__: null };
    for (let i = 0; i < levels.length; i++) {
      const level = levels[i];
      for (let j = 0; j < level.members.length; j++) {
        const m = level.members[j];
        let v = value == null ? undefined : value[m.name];
        if (v === undefined) {
          if (m.required) {
            throw new TypeError(`${prefix}: Failed to read the '${m.name}' property from '${level.dict}': Required member is undefined.`);
          }
          out[m.name] = m.def();
        } else {
          try { out[m.name] = m.conv(v); } catch (e) {
            if (e instanceof TypeError && !e.__noPrefix) {
              throw new TypeError(`${prefix}: Failed to read the '${m.name}' property from '${level.dict}': ${e.message}`);
            }
            if (e && e.__noPrefix) throw new TypeError(`${prefix}: ${e.message}`);
            throw e;
          }
        }
      }
    }
    return out;
  }

  function Event(type, eventInitDict = undefined) {
    requireNew(new.target, 'Event');
    requireArgs(arguments, 1, ctorPrefix('Event'));
    let t;
    try { t = toDOMString(type); } catch (e) { throw prefixError(e, ctorPrefix('Event')); }
    const init = readDictionary(eventInitDict, [{ dict: 'EventInit', members: EVENT_INIT_MEMBERS }], 'EventInit', ctorPrefix('Event'));
    const s = createEventState(this, t);
    s.bubbles = init.bubbles; s.cancelable = init.cancelable; s.composed = init.composed;
  }
  setupInterface(Event);

  function setCanceled(s) {
    if (s.cancelable && !s.inPassive) s.canceled = true;
  }

  defineMembers(Event.prototype, {
    get type() { return ev(this).type; },
    get target() { return ev(this).target; },
    get currentTarget() { return ev(this).currentTarget; },
    get eventPhase() { return ev(this).eventPhase; },
    get bubbles() { return ev(this).bubbles; },
    get cancelable() { return ev(this).cancelable; },
    get defaultPrevented() { return ev(this).canceled; },
    get composed() { return ev(this).composed; },
    get timeStamp() { return ev(this).timeStamp; },
    get srcElement() { return ev(this).target; },
    get returnValue() { return !ev(this).canceled; },
    set returnValue(v) {
      const s = ev(this);
      if (arguments.length === 0) throw new TypeError("Failed to set the 'returnValue' property on 'Event': 1 argument required, but only 0 present.");
      if (!toBoolean(v)) setCanceled(s);
    },
    get cancelBubble() { return ev(this).stopPropagation; },
    set cancelBubble(v) {
      const s = ev(this);
      if (arguments.length === 0) throw new TypeError("Failed to set the 'cancelBubble' property on 'Event': 1 argument required, but only 0 present.");
      if (toBoolean(v)) s.stopPropagation = true;
    },
  });
  defineConstants(Event, { NONE, CAPTURING_PHASE, AT_TARGET, BUBBLING_PHASE });
  defineMembers(Event.prototype, {
    composedPath() {
      const s = ev(this);
      return composedPath(s);
    },
    initEvent(type, bubbles = false, cancelable = false) {
      const s = ev(this);
      requireArgs(arguments, 1, opPrefix('Event', 'initEvent'));
      let t;
      try { t = toDOMString(type); } catch (e) { throw prefixError(e, opPrefix('Event', 'initEvent')); }
      bubbles = toBoolean(bubbles); cancelable = toBoolean(cancelable);
      if (s.dispatching) return;
      initializeEvent(s, t, bubbles, cancelable);
    },
    preventDefault() { setCanceled(ev(this)); },
    stopImmediatePropagation() { const s = ev(this); s.stopPropagation = true; s.stopImmediate = true; },
    stopPropagation() { ev(this).stopPropagation = true; },
  });
  // keep `constructor` last in own-key order like Chromium
  function moveConstructorLast(proto) {
    const c = ObjectGetOwnPropertyDescriptor(proto, 'constructor');
    delete proto.constructor;
    ObjectDefineProperty(proto, 'constructor', c);
  }
  moveConstructorLast(Event.prototype);
  expose('Event', Event);

  function initializeEvent(s, type, bubbles, cancelable) {
    s.initialized = true;
    s.stopPropagation = false;
    s.stopImmediate = false;
    s.canceled = false;
    s.isTrusted = false;
    s.target = null;
    s.type = type;
    s.bubbles = bubbles;
    s.cancelable = cancelable;
  }

  function composedPath(s) {
    // DOM "composedPath()" — without shadow trees every path item is visible.
    const path = s.path;
    if (path.length === 0) return [];
    const composed = [];
    const currentTarget = s.currentTarget;
    if (currentTarget === null) return [];
    // Full algorithm with hidden-subtree levels (rootOfClosedTree / slotInClosedTree are always false
    // here unless another shim sets them).
    let currentTargetIndex = 0, currentTargetHiddenSubtreeLevel = 0;
    for (let index = path.length - 1; index >= 0; index--) {
      if (path[index].rootOfClosedTree) currentTargetHiddenSubtreeLevel++;
      if (path[index].item === currentTarget) { currentTargetIndex = index; break; }
      if (path[index].slotInClosedTree) currentTargetHiddenSubtreeLevel--;
    }
    let currentHiddenLevel = currentTargetHiddenSubtreeLevel, maxHiddenLevel = currentTargetHiddenSubtreeLevel;
    for (let index = currentTargetIndex - 1; index >= 0; index--) {
      if (path[index].rootOfClosedTree) currentHiddenLevel++;
      if (currentHiddenLevel <= maxHiddenLevel) ArrayPrototypeUnshift(composed, path[index].item);
      if (path[index].slotInClosedTree) {
        currentHiddenLevel--;
        if (currentHiddenLevel < maxHiddenLevel) maxHiddenLevel = currentHiddenLevel;
      }
    }
    ArrayPrototypePush(composed, currentTarget);
    currentHiddenLevel = currentTargetHiddenSubtreeLevel; maxHiddenLevel = currentTargetHiddenSubtreeLevel;
    for (let index = currentTargetIndex + 1; index < path.length; index++) {
      if (path[index].slotInClosedTree) currentHiddenLevel++;
      if (currentHiddenLevel <= maxHiddenLevel) ArrayPrototypePush(composed, path[index].item);
      if (path[index].rootOfClosedTree) {
        currentHiddenLevel--;
        if (currentHiddenLevel < maxHiddenLevel) maxHiddenLevel = currentHiddenLevel;
      }
    }
    return composed;
  }

  $.isEvent = (v) => isObject(v) && evState.has(v);
  $.setEventTrusted = (event, trusted) => { ev(event).isTrusted = !!trusted; };
  $.eventState = (event) => evState.get(event);

  // ---------------------------------------------------------------------------------------------
  // Event subclasses helper
  // ---------------------------------------------------------------------------------------------
  // spec = {
  //   name: 'CustomEvent', parent: Event (or another interface made by this helper),
  //   dict: 'CustomEventInit', members: [{name, conv, def, required}] (any order; sorted here),
  //   attributes: ['detail', ...] (getter order on the prototype; each returns fields[name]),
  //   extraMembers: { ... } object literal of extra accessors/methods (use $.eventFields(this, name)),
  //   length: 1 (constructor length), requiredInit: false (init dictionary argument not optional),
  //   expose: true,
  // }
  const ifaceLevels = new SafeMap(); // Ctor -> levels array
  ifaceLevels.set(Event, [{ __proto__: null, dict: 'EventInit', members: EVENT_INIT_MEMBERS }]);

  function eventFields(self, name) {
    if (!evState.has(self)) throw illegal();
    const x = evExtra.get(self);
    if (x === undefined || !x[name]) throw illegal();
    return x[name];
  }
  $.eventFields = eventFields;

  function defineEventInterface(spec) {
    const name = spec.name;
    const Parent = spec.parent || Event;
    // the members as null-prototype records (read at run time), sorted by name
    const own = [];
    const specMembers = spec.members || [];
    for (let i = 0; i < specMembers.length; i++) {
      const m = specMembers[i];
      own[i] = { __proto__: null, name: m.name, conv: m.conv, def: m.def, required: m.required === true };
    }
    ArrayPrototypeSort(own, (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const parentLevels = ifaceLevels.get(Parent);
    const levels = [];
    for (let i = 0; i < parentLevels.length; i++) levels[i] = parentLevels[i];
    levels[levels.length] = { __proto__: null, dict: spec.dict, members: own };
    const argc = spec.requiredInit ? 2 : 1;
    const Ctor = ({
      [name]: function (type, eventInitDict = undefined) {
        requireNew(new.target, name);
        requireArgs(arguments, argc, ctorPrefix(name));
        let t;
        try { t = toDOMString(type); } catch (e) { throw prefixError(e, ctorPrefix(name)); }
        const init = readDictionary(eventInitDict, levels, spec.dict, ctorPrefix(name));
        if (spec.validate) spec.validate(init, ctorPrefix(name));
        const s = createEventState(this, t);
        s.bubbles = init.bubbles; s.cancelable = init.cancelable; s.composed = init.composed;
        let x = evExtra.get(this);
        if (x === undefined) evExtra.set(this, (x = { __proto__: null }));
        // every interface in the chain made by this helper gets its own fields
        for (let C = Ctor; C && C !== Event; C = ObjectGetPrototypeOf(C)) {
          const info = ifaceInfo.get(C);
          if (!info) break;
          const f = { __proto__: null };
          for (let i = 0; i < info.own.length; i++) f[info.own[i].name] = init[info.own[i].name];
          x[info.name] = f;
        }
      },
    })[name];
    setupInterface(Ctor, Parent);
    setLength(Ctor, argc);
    ifaceLevels.set(Ctor, levels);
    ifaceInfo.set(Ctor, { __proto__: null, name, own });
    const getters = {};
    for (const a of spec.attributes || []) {
      ObjectDefineProperty(getters, a, {
        get: ObjectGetOwnPropertyDescriptor({ get [a]() { return eventFields(this, name)[a]; } }, a).get,
        enumerable: true, configurable: true,
      });
    }
    defineMembers(Ctor.prototype, getters);
    if (spec.extraMembers) defineMembers(Ctor.prototype, spec.extraMembers);
    moveConstructorLast(Ctor.prototype);
    if (spec.expose !== false) expose(name, Ctor);
    return Ctor;
  }
  const ifaceInfo = new SafeMap();
  $.defineEventInterface = defineEventInterface;

  // Fast path for events the platform creates itself with members it already converted (a `message` event per
  // postMessage): no init dictionary is read. `own` holds every member of Ctor's own interface; Ctor must be a
  // direct child of Event made by defineEventInterface. Same object shape as `new Ctor(type, init)`.
  $.createPlatformEvent = function (Ctor, type, own) {
    const e = ObjectCreate(Ctor.prototype);
    createEventState(e, type);
    evExtra.set(e, { __proto__: null, [ifaceInfo.get(Ctor).name]: own });
    return e;
  };

  // ---------------------------------------------------------------------------------------------
  // EventTarget
  // ---------------------------------------------------------------------------------------------
  const etState = new SafeWeakMap(); // target -> { listeners: [], handlers: Map }

  function etOf(self) {
    const s = etState.get(self);
    if (s === undefined) throw illegal();
    return s;
  }
  function initEventTarget(obj) {
    if (!etState.has(obj)) etState.set(obj, { __proto__: null, listeners: InternalArray(), handlers: new SafeMap() });
    return obj;
  }
  $.initEventTarget = initEventTarget;
  $.isEventTarget = (v) => isObject(v) && etState.has(v);
  /** Whether any listener (or event handler) is registered on target (XHR's upload listener flag). */
  $.hasEventListeners = (target, type) => {
    const st = etState.get(target);
    if (st === undefined) return false;
    const listeners = st.listeners;
    for (let i = 0; i < listeners.length; i++) {
      const l = listeners[i];
      if (!l.removed && (type === undefined || l.type === type)) return true;
    }
    return false;
  };

  $.getTheParent = function (target, event) { return null; };
  $.isDefaultPassiveTarget = function (target) { return false; };
  $.isNodeEventTarget = function (target) { return false; };

  function EventTarget() {
    requireNew(new.target, 'EventTarget');
    initEventTarget(this);
  }
  setupInterface(EventTarget);

  function flattenOptions(options) {
    if (typeof options === 'boolean') return options;
    if (isObject(options)) return toBoolean(options.capture);
    if (options === undefined || options === null) return false;
    return toBoolean(options);
  }

  function addListener(target, st, listener) {
    if (listener.signal && listener.signal !== null && abortState(listener.signal).aborted) return;
    if (listener.callback === null) return;
    if (listener.passive === null) {
      listener.passive = false;
      if ((listener.type === 'touchstart' || listener.type === 'touchmove' || listener.type === 'wheel' ||
           listener.type === 'mousewheel') && $.isDefaultPassiveTarget(target)) listener.passive = true;
    }
    const listeners = st.listeners;
    for (let i = 0; i < listeners.length; i++) {
      const l = listeners[i];
      if (l.type === listener.type && l.callback === listener.callback && l.capture === listener.capture) return;
    }
    ArrayPrototypePush(st.listeners, listener);
    if (listener.signal) {
      addAbortAlgorithm(listener.signal, () => removeListener(st, listener));
    }
  }
  function removeListener(st, listener) {
    listener.removed = true;
    const i = ArrayPrototypeIndexOf(st.listeners, listener);
    if (i >= 0) ArrayPrototypeSplice(st.listeners, i, 1);
  }

  defineMembers(EventTarget.prototype, {
    addEventListener(type, callback, options = undefined) {
      const st = etOf(this === undefined || this === null ? g : this);
      const target = this === undefined || this === null ? g : this;
      const P = opPrefix('EventTarget', 'addEventListener');
      requireArgs(arguments, 2, P);
      let t;
      try { t = toDOMString(type); } catch (e) { throw prefixError(e, P); }
      if (callback === undefined) callback = null;
      if (callback !== null && !isObject(callback)) throw new TypeError(`${P}: parameter 2 is not of type 'Object'.`);
      let capture = false, once = false, passive = null, signal = null;
      if (isObject(options)) {
        capture = toBoolean(options.capture);
        once = toBoolean(options.once);
        const p = options.passive;
        if (p !== undefined) passive = toBoolean(p);
        const sig = options.signal;
        if (sig !== undefined) {
          if (!$.isAbortSignal(sig)) {
            throw new TypeError(`${P}: Failed to read the 'signal' property from 'AddEventListenerOptions': Failed to convert value to 'AbortSignal'.`);
          }
          signal = sig;
        }
      } else if (options !== undefined && options !== null) {
        capture = toBoolean(options);
      }
      addListener(target, st, { __proto__: null, type: t, callback, capture, once, passive, signal, removed: false });
    },
    dispatchEvent(event) {
      const target = this === undefined || this === null ? g : this;
      etOf(target);
      const P = opPrefix('EventTarget', 'dispatchEvent');
      requireArgs(arguments, 1, P);
      const s = evState.get(event);
      if (!isObject(event) || s === undefined) throw new TypeError(`${P}: parameter 1 is not of type 'Event'.`);
      if (s.dispatching) throw new PlatformDOMException(`${P}: The event is already being dispatched.`, 'InvalidStateError');
      if (!s.initialized) throw new PlatformDOMException(`${P}: The event provided is uninitialized.`, 'InvalidStateError');
      s.isTrusted = false;
      return dispatch(target, event);
    },
    removeEventListener(type, callback, options = undefined) {
      const target = this === undefined || this === null ? g : this;
      const st = etOf(target);
      const P = opPrefix('EventTarget', 'removeEventListener');
      requireArgs(arguments, 2, P);
      let t;
      try { t = toDOMString(type); } catch (e) { throw prefixError(e, P); }
      if (callback === undefined) callback = null;
      if (callback !== null && !isObject(callback)) throw new TypeError(`${P}: parameter 2 is not of type 'Object'.`);
      const capture = flattenOptions(options);
      if (callback === null) return;
      const listeners = st.listeners;
      for (let i = 0; i < listeners.length; i++) {
        const l = listeners[i];
        if (l.type === t && l.callback === callback && l.capture === capture) {
          removeListener(st, l);
          break;
        }
      }
    },
  });
  moveConstructorLast(EventTarget.prototype);
  expose('EventTarget', EventTarget);

  // --- dispatch ---------------------------------------------------------------------------------
  function reportListenerException(error) {
    if (typeof $.reportException === 'function') {
      try { $.reportException(error); } catch (_) { /* reporting must not throw into dispatch */ }
    } else {
      $.lastListenerError = error;
    }
  }

  const LEGACY_TYPES = {
    animationend: 'webkitAnimationEnd', animationiteration: 'webkitAnimationIteration',
    animationstart: 'webkitAnimationStart', transitionend: 'webkitTransitionEnd',
  };

  function dispatch(target, event) {
    const s = ev(event);
    // Chromium dispatches at a target that is not a Node (EventTarget, Window, AbortSignal, Worker...)
    // without an event path: a stop-propagation flag set before dispatch does not prevent the listeners,
    // and the stop flags are not cleared afterwards. Nodes use the full DOM algorithm.
    const nodeDispatch = !!$.isNodeEventTarget(target);
    s.dispatching = true;
    const path = s.path = InternalArray();
    ArrayPrototypePush(path, { __proto__: null, item: target, shadowAdjustedTarget: target, rootOfClosedTree: false, slotInClosedTree: false });
    try {
      if (!nodeDispatch) {
        // Chromium (EventTarget::DispatchEventInternal): one pass at the target, all listeners in
        // registration order whatever their capture flag; only stopImmediatePropagation() stops it.
        s.target = target;
        s.eventPhase = AT_TARGET;
        invoke(path, 0, event, s, 'all', false);
        return !s.canceled;
      }
      let parent = $.getTheParent(target, event);
      while (parent !== null && parent !== undefined) {
        ArrayPrototypePush(path, { __proto__: null, item: parent, shadowAdjustedTarget: null, rootOfClosedTree: false, slotInClosedTree: false });
        parent = $.getTheParent(parent, event);
      }
      for (let i = path.length - 1; i >= 0; i--) {
        s.eventPhase = path[i].shadowAdjustedTarget !== null ? AT_TARGET : CAPTURING_PHASE;
        invoke(path, i, event, s, 'capturing', true);
      }
      for (let i = 0; i < path.length; i++) {
        if (path[i].shadowAdjustedTarget !== null) s.eventPhase = AT_TARGET;
        else {
          if (!s.bubbles) continue;
          s.eventPhase = BUBBLING_PHASE;
        }
        invoke(path, i, event, s, 'bubbling', true);
      }
    } finally {
      s.eventPhase = NONE;
      s.currentTarget = null;
      s.path = NO_PATH;
      s.dispatching = false;
      if (nodeDispatch) {
        s.stopPropagation = false;
        s.stopImmediate = false;
      }
    }
    return !s.canceled;
  }

  function invoke(path, i, event, s, phase, nodeDispatch) {
    for (let j = i; j >= 0; j--) {
      if (path[j].shadowAdjustedTarget !== null) { s.target = path[j].shadowAdjustedTarget; break; }
    }
    if (s.stopPropagation && nodeDispatch) return;
    const ct = path[i].item;
    s.currentTarget = ct;
    const st = etState.get(ct);
    if (st === undefined) return;
    const listeners = ArrayPrototypeSlice(st.listeners); // a copy (an ordinary array, read by index only)
    const found = innerInvoke(event, s, st, listeners, phase);
    if (!found && s.isTrusted) {
      const legacy = ObjectPrototypeHasOwnProperty(LEGACY_TYPES, s.type) ? LEGACY_TYPES[s.type] : undefined;
      if (legacy !== undefined) {
        const original = s.type;
        s.type = legacy;
        try { innerInvoke(event, s, st, listeners, phase); } finally { s.type = original; }
      }
    }
  }

  function innerInvoke(event, s, st, listeners, phase) {
    let found = false;
    for (let i = 0; i < listeners.length; i++) {
      const l = listeners[i];
      if (s.stopImmediate) break; // also covers a flag set before dispatch (Chromium, non-Node targets)
      if (l.removed) continue;
      if (l.type !== s.type) continue;
      found = true;
      if (phase === 'capturing' && !l.capture) continue; // phase 'all': non-Node single pass
      if (phase === 'bubbling' && l.capture) continue;
      if (l.once) removeListener(st, l);
      const previousEvent = $.currentEvent;
      $.currentEvent = event;
      if (l.passive) s.inPassive = true;
      try {
        const cb = l.callback;
        if (typeof cb === 'function') {
          ReflectApply(cb, s.currentTarget, [event]);
        } else {
          const handle = cb.handleEvent;
          // Chromium silently ignores a listener object without a callable handleEvent.
          if (typeof handle === 'function') ReflectApply(handle, cb, [event]);
        }
      } catch (e) {
        s.inPassive = false;
        reportListenerException(e);
      }
      s.inPassive = false;
      $.currentEvent = previousEvent;
    }
    return found;
  }

  $.dispatch = dispatch;
  $.dispatchTrusted = function (target, event) {
    const s = ev(event);
    if (s.dispatching) {
      throw new PlatformDOMException("Failed to execute 'dispatchEvent' on 'EventTarget': The event is already being dispatched.", 'InvalidStateError');
    }
    if (!etState.has(target)) initEventTarget(target);
    s.isTrusted = true;
    return dispatch(target, event);
  };
  $.createEvent = function (EventClass, type, init) {
    return ReflectConstruct(EventClass || Event, init === undefined ? [type] : [type, init]);
  };
  $.fireEvent = function (target, type, init, EventClass) {
    const e = $.createEvent(EventClass || Event, type, init);
    return $.dispatchTrusted(target, e);
  };

  // --- event handler IDL attributes ---------------------------------------------------------------
  function handlerReceiver(self) {
    const t = self === undefined || self === null ? g : self;
    if (!etState.has(t)) throw illegal();
    return t;
  }
  function getEventHandler(target, name) {
    const h = etOf(target).handlers.get(name);
    return h === undefined ? null : h.value;
  }
  function setEventHandler(target, name, value) {
    const st = etOf(target);
    if (!isObject(value)) value = null;
    let h = st.handlers.get(name);
    if (value === null) {
      if (h !== undefined) {
        h.value = null;
        if (h.listener !== null) { removeListener(st, h.listener); h.listener = null; }
      }
      return;
    }
    if (h === undefined) st.handlers.set(name, (h = { __proto__: null, value: null, listener: null }));
    h.value = value;
    if (h.listener === null) {
      const handlerRecord = h;
      const callback = function (event) { return processEventHandler(target, name, handlerRecord, event); };
      h.listener = { __proto__: null, type: name, callback, capture: false, once: false, passive: false, signal: null, removed: false };
      // Append directly (the callback is private so no duplicate can exist); keeps its position.
      ArrayPrototypePush(st.listeners, h.listener);
    }
  }
  function processEventHandler(target, name, h, event) {
    const callback = h.value;
    if (callback === null) return;
    const s = ev(event);
    if (typeof callback !== 'function') return; // [LegacyTreatNonObjectAsNull]: non-callable objects are ignored
    const special = name === 'error' && $.isErrorEvent(event) && isGlobalScope(s.currentTarget);
    let rv;
    if (special) {
      const f = eventFields(event, 'ErrorEvent');
      rv = ReflectApply(callback, s.currentTarget, [f.message, f.filename, f.lineno, f.colno, f.error]);
    } else {
      rv = ReflectApply(callback, s.currentTarget, [event]);
    }
    if (special) {
      if (rv === true) setCanceled(s);
    } else if (name === 'beforeunload' && typeof $.isBeforeUnloadEvent === 'function' && $.isBeforeUnloadEvent(event)) {
      if (rv !== null && rv !== undefined) {
        setCanceled(s);
        if (typeof $.setBeforeUnloadReturnValue === 'function') $.setBeforeUnloadReturnValue(event, toDOMString(rv));
      }
    } else if (rv === false) {
      setCanceled(s);
    }
  }
  function isGlobalScope(t) {
    if (t === g) return true;
    return typeof $.isGlobalScope === 'function' ? !!$.isGlobalScope(t) : false;
  }
  $.getEventHandler = getEventHandler;
  $.setEventHandler = setEventHandler;
  $.defineEventHandler = function (proto, name) {
    const attr = 'on' + name;
    const holder = {
      get [attr]() { return getEventHandler(handlerReceiver(this), name); },
      set [attr](v) {
        const t = handlerReceiver(this);
        setEventHandler(t, name, v);
      },
    };
    const d = ObjectGetOwnPropertyDescriptor(holder, attr);
    ObjectDefineProperty(proto, attr, { get: d.get, set: d.set, enumerable: true, configurable: true });
  };

  // ---------------------------------------------------------------------------------------------
  // CustomEvent / ErrorEvent / PromiseRejectionEvent / MessageEvent
  // ---------------------------------------------------------------------------------------------
  const anyConv = (v) => v;
  const CustomEvent = defineEventInterface({
    name: 'CustomEvent', dict: 'CustomEventInit',
    members: [{ name: 'detail', conv: anyConv, def: () => null }],
    attributes: ['detail'],
    extraMembers: {
      initCustomEvent(type, bubbles = false, cancelable = false, detail = null) {
        const f = eventFields(this, 'CustomEvent');
        const s = ev(this);
        const P = opPrefix('CustomEvent', 'initCustomEvent');
        requireArgs(arguments, 1, P);
        let t;
        try { t = toDOMString(type); } catch (e) { throw prefixError(e, P); }
        bubbles = toBoolean(bubbles); cancelable = toBoolean(cancelable);
        if (s.dispatching) return;
        initializeEvent(s, t, bubbles, cancelable);
        f.detail = detail;
      },
    },
  });

  const ErrorEvent = defineEventInterface({
    name: 'ErrorEvent', dict: 'ErrorEventInit',
    members: [
      { name: 'message', conv: toDOMString, def: () => '' },
      { name: 'filename', conv: toDOMString, def: () => '' }, // Chromium: DOMString (keeps lone surrogates)
      { name: 'lineno', conv: toUnsignedLong, def: () => 0 },
      { name: 'colno', conv: toUnsignedLong, def: () => 0 },
      { name: 'error', conv: anyConv, def: () => undefined },
    ],
    attributes: ['message', 'filename', 'lineno', 'colno', 'error'],
  });
  $.isErrorEvent = (v) => isObject(v) && evExtra.has(v) && !!evExtra.get(v).ErrorEvent;

  const PromiseRejectionEvent = defineEventInterface({
    name: 'PromiseRejectionEvent', dict: 'PromiseRejectionEventInit', requiredInit: true,
    members: [
      { name: 'promise', conv: PromiseResolve, def: () => undefined, required: true },
      { name: 'reason', conv: anyConv, def: () => undefined },
    ],
    attributes: ['promise', 'reason'],
  });

  $.isMessagePort = $.isMessagePort || (() => false);
  $.isServiceWorker = $.isServiceWorker || (() => false);
  $.isWindow = $.isWindow || ((v) => $.agentKind === 'window' && v === g);
  function isMessageSource(v) {
    return $.isWindow(v) || $.isMessagePort(v) || $.isServiceWorker(v);
  }
  function convertSource(v) {
    if (v === null) return null;
    if (!isObject(v) || !(etState.has(v) || $.isWindow(v))) throw new TypeError("Failed to convert value to 'EventTarget'.");
    return v;
  }
  function convertPorts(v) {
    return toSequence(v, (p) => {
      if (!$.isMessagePort(p)) throw new TypeError("Failed to convert value to 'MessagePort'.");
      return p;
    });
  }
  function convertUserActivation(v) {
    if (v === null) return null;
    if (typeof $.isUserActivation === 'function' && $.isUserActivation(v)) return v;
    throw new TypeError("Failed to convert value to 'UserActivation'.");
  }
  const MessageEvent = defineEventInterface({
    name: 'MessageEvent', dict: 'MessageEventInit',
    members: [
      { name: 'data', conv: anyConv, def: () => null },
      { name: 'origin', conv: toUSVString, def: () => '' },
      { name: 'lastEventId', conv: toDOMString, def: () => '' },
      { name: 'source', conv: convertSource, def: () => null },
      { name: 'ports', conv: convertPorts, def: () => [] },
      { name: 'userActivation', conv: convertUserActivation, def: () => null },
    ],
    validate(init, prefix) {
      if (init.source !== null && !isMessageSource(init.source)) {
        throw new TypeError(`${prefix}: The optional 'source' property is neither a Window nor MessagePort.`);
      }
      init.ports = ObjectFreeze(ArrayPrototypeSlice(init.ports));
    },
    attributes: ['data', 'origin', 'lastEventId', 'source', 'ports'],
    extraMembers: {
      get userActivation() { return eventFields(this, 'MessageEvent').userActivation; },
      initMessageEvent(type, bubbles = false, cancelable = false, data = null, origin = '', lastEventId = '',
        source = null, ports = undefined) {
        const f = eventFields(this, 'MessageEvent');
        const s = ev(this);
        const P = opPrefix('MessageEvent', 'initMessageEvent');
        requireArgs(arguments, 1, P);
        let t, o, l, src = null, pts = [];
        try {
          t = toDOMString(type);
          bubbles = toBoolean(bubbles); cancelable = toBoolean(cancelable);
          o = toDOMString(origin);
          l = toDOMString(lastEventId);
        } catch (e) { throw prefixError(e, P); }
        if (source !== null && source !== undefined) {
          if (!isObject(source) || !(etState.has(source) || $.isWindow(source))) {
            throw new TypeError(`${P}: parameter 7 is not of type 'EventTarget'.`);
          }
          src = source;
        }
        if (ports !== undefined) {
          try { pts = convertPorts(ports); } catch (e) { throw prefixError(e, P); }
        }
        if (s.dispatching) return;
        initializeEvent(s, t, bubbles, cancelable);
        f.data = data; f.origin = o; f.lastEventId = l; f.source = src; f.ports = ObjectFreeze(pts);
      },
    },
  });
  setLength(MessageEvent.prototype.initMessageEvent, 1);
  setLength(CustomEvent.prototype.initCustomEvent, 1);
  setLength(Event.prototype.initEvent, 1);

  // ---------------------------------------------------------------------------------------------
  // AbortSignal / AbortController
  // ---------------------------------------------------------------------------------------------
  const abortStates = new SafeWeakMap();
  function abortState(sig) {
    const s = abortStates.get(sig);
    if (s === undefined) throw illegal();
    return s;
  }
  let allowSignalConstruction = false;
  function AbortSignal() {
    if (!allowSignalConstruction) {
      requireNew(new.target, 'AbortSignal');
      throw new TypeError("Failed to construct 'AbortSignal': Illegal constructor");
    }
    initEventTarget(this);
    abortStates.set(this, {
      __proto__: null, aborted: false, reason: undefined, algorithms: new SafeSet(),
      dependent: false, sourceSignals: InternalArray(), dependentSignals: InternalArray(),
    });
  }
  setupInterface(AbortSignal, EventTarget);
  setLength(AbortSignal, 0);

  function createAbortSignal() {
    allowSignalConstruction = true;
    try { return ReflectConstruct(AbortSignal, [], AbortSignal); } finally { allowSignalConstruction = false; }
  }
  function defaultAbortReason() {
    return new PlatformDOMException('signal is aborted without reason', 'AbortError');
  }
  function signalAbort(signal, reason) {
    const s = abortState(signal);
    if (s.aborted) return;
    s.aborted = true;
    s.reason = reason !== undefined ? reason : defaultAbortReason();
    const toAbort = InternalArray();
    for (let i = 0; i < s.dependentSignals.length; i++) {
      const dep = s.dependentSignals[i];
      const ds = abortState(dep);
      if (!ds.aborted) {
        ds.aborted = true;
        ds.reason = s.reason;
        ArrayPrototypePush(toAbort, dep);
      }
    }
    runAbortSteps(signal);
    for (let i = 0; i < toAbort.length; i++) runAbortSteps(toAbort[i]);
  }
  function runAbortSteps(signal) {
    const s = abortState(signal);
    const algos = InternalArray();
    for (const a of s.algorithms) ArrayPrototypePush(algos, a); // SafeSet: its iterator is the shims' own
    s.algorithms.clear();
    for (let i = 0; i < algos.length; i++) algos[i]();
    $.dispatchTrusted(signal, ReflectConstruct(Event, ['abort']));
  }
  function addAbortAlgorithm(signal, fn) {
    const s = abortState(signal);
    if (!s.aborted) s.algorithms.add(fn);
    return fn;
  }
  function createDependentAbortSignal(signals) {
    const result = createAbortSignal();
    const rs = abortState(result);
    for (let i = 0; i < signals.length; i++) {
      const ss = abortState(signals[i]);
      if (ss.aborted) {
        rs.aborted = true;
        rs.reason = ss.reason;
        return result;
      }
    }
    rs.dependent = true;
    for (let i = 0; i < signals.length; i++) {
      const sig = signals[i];
      const ss = abortState(sig);
      if (!ss.dependent) {
        if (!ArrayPrototypeIncludes(rs.sourceSignals, sig)) {
          ArrayPrototypePush(rs.sourceSignals, sig);
          ArrayPrototypePush(ss.dependentSignals, result);
        }
      } else {
        for (let j = 0; j < ss.sourceSignals.length; j++) {
          const src = ss.sourceSignals[j];
          if (!ArrayPrototypeIncludes(rs.sourceSignals, src)) {
            ArrayPrototypePush(rs.sourceSignals, src);
            ArrayPrototypePush(abortState(src).dependentSignals, result);
          }
        }
      }
    }
    return result;
  }

  defineMembers(AbortSignal.prototype, {
    get aborted() { return abortState(this).aborted; },
    get reason() { return abortState(this).reason; },
  });
  $.defineEventHandler(AbortSignal.prototype, 'abort');
  defineMembers(AbortSignal.prototype, {
    throwIfAborted() {
      const s = abortState(this);
      if (s.aborted) throw s.reason;
    },
  });
  moveConstructorLast(AbortSignal.prototype);
  defineMembers(AbortSignal, {
    abort(reason = undefined) {
      const sig = createAbortSignal();
      const s = abortState(sig);
      s.aborted = true;
      s.reason = reason !== undefined ? reason : defaultAbortReason();
      return sig;
    },
    any(signals) {
      const P = opPrefix('AbortSignal', 'any');
      requireArgs(arguments, 1, P);
      let list;
      try {
        list = toSequence(signals, (v) => {
          if (!$.isAbortSignal(v)) throw new TypeError("Failed to convert value to 'AbortSignal'.");
          return v;
        });
      } catch (e) { throw prefixError(e, P); }
      return createDependentAbortSignal(list);
    },
    timeout(milliseconds) {
      const P = opPrefix('AbortSignal', 'timeout');
      requireArgs(arguments, 1, P);
      let ms;
      try { ms = toEnforcedUnsignedLongLong(milliseconds); } catch (e) { throw prefixError(e, P); }
      const sig = createAbortSignal();
      // timers.js's own timer (not the page's setTimeout, which it may have replaced)
      if (typeof $.startTimer === 'function') {
        $.startTimer(() => {
          signalAbort(sig, new PlatformDOMException('signal timed out', 'TimeoutError'));
        }, ms);
      }
      return sig;
    },
  });
  // Chromium orders the statics abort, any, timeout (after length,name,prototype) — already so.
  expose('AbortSignal', AbortSignal);

  $.isAbortSignal = (v) => isObject(v) && abortStates.has(v);
  $.createAbortSignal = createAbortSignal;
  $.signalAbort = signalAbort;
  $.addAbortAlgorithm = addAbortAlgorithm;
  $.removeAbortAlgorithm = (signal, fn) => { abortState(signal).algorithms.delete(fn); };
  $.createDependentAbortSignal = createDependentAbortSignal;
  $.abortSignalState = (signal) => {
    const s = abortState(signal);
    return { __proto__: null, aborted: s.aborted, reason: s.reason };
  };

  const controllerSignals = new SafeWeakMap();
  function AbortController() {
    requireNew(new.target, 'AbortController');
    controllerSignals.set(this, createAbortSignal());
    $.markPlatformObject(this);
  }
  setupInterface(AbortController);
  function controllerSignal(self) {
    const s = controllerSignals.get(self);
    if (s === undefined) throw illegal();
    return s;
  }
  defineMembers(AbortController.prototype, {
    get signal() { return controllerSignal(this); },
    abort(reason = undefined) { signalAbort(controllerSignal(this), reason); },
  });
  moveConstructorLast(AbortController.prototype);
  expose('AbortController', AbortController);
});
